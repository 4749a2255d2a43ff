/// "Maarten van Oorschot", "Aoife Ní Bhraonáin", "Faisal bin Nasser": a particle of a surname
/// between capitalized words joins one person's name. The tagger reads such names as bodies
/// (three words, one of them odd) or keeps only the part after the particle, and reads that as
/// a place ("Oorschot"). Romance particles ("de", "da", "del") open places and bodies as often
/// ("Banco de Portugal"): with them a known first name must open the name.
enum ParticleNames {
    /// As written, lowercase: Dutch, German, Arabic.
    static let particles: Set<String> = ["van", "von", "der", "den", "ter", "ten", "zu", "bin", "ibn", "bint"]
    /// As written, capitalized: Irish ("Ó Dálaigh", "Ní Bhriain", "Nic Aodha", "Uí Néill").
    static let irishParticles: Set<String> = ["Ó", "Ní", "Nic", "Uí", "Ua", "Mhic"]
    /// As written, lowercase: only after a known first name.
    static let romanceParticles: Set<String> = ["de", "da", "di", "del", "della", "dos", "das", "du"]
    /// All of them by key, to rule most words out without reading their text.
    static let keys = KeyTable(particles.union(irishParticles).union(romanceParticles))

    /// `spans` sorted by first token; retyped and extended in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for offset in spans.indices {
            let start = spans[offset].first
            let end = spans[offset].end
            // "van Leeuwen" read alone: the capitalized word before the particle opens the name.
            var opener = start - 1
            // "van der Berg": two particles at most.
            while opener >= 1, start - opener <= 2, tokens[opener].isWord, keys.contains(facts[opener]) { opener -= 1 }
            var first = start
            if opener < start - 1, opener >= 0, isNameWord(opener, paragraph),
               (opener + 1..<start).allSatisfy({ isParticle($0, paragraph, opener: opener) }),
               offset == 0 || spans[offset - 1].end <= opener {
                first = opener
            }
            let extended = first < start
            let inner = !extended && end - start >= 3 && spans[offset].type != .person && (start + 1..<end - 1).contains { index in
                keys.contains(facts[index]) && isParticle(index, paragraph, opener: start)
                    && facts[index - 1].startsUppercase && facts[index + 1].startsUppercase
            }
            guard extended || inner, spans[offset].canonical == nil, !spans[offset].cued else { continue }
            var span = spans[offset]
            span.first = first
            guard !(span.first..<span.end).contains(where: { facts[$0].flags.contains(.organizationWord) || facts[$0].flags.contains(.legalSuffix) }),
                  !gazetteer.flags(hash: FeatureHash.nameKeyHash(span.surface(tokens))).contains(.place) else { continue }
            span.type = .person
            span.needsSupport = false
            spans[offset] = span
        }
    }

    private static func isParticle(_ index: Int, _ paragraph: TokenizedParagraph, opener: Int) -> Bool {
        let token = paragraph.tokens[index]
        guard token.isWord else { return false }
        if particles.contains(token.text) || irishParticles.contains(token.text) { return true }
        return romanceParticles.contains(token.text) && paragraph.facts[opener].flags.contains(.firstName)
    }

    /// A capitalized word that may open a person's name: no title, function word, organization word or demonym.
    private static func isNameWord(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let word = paragraph.facts[index]
        return paragraph.tokens[index].isWord && word.startsUppercase && !word.isTitle
            && !word.rules.contains(.functionWord) && word.flags.isDisjoint(with: [.organizationWord, .demonym, .title])
    }
}
