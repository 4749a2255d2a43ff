/// "Madina Ceesay of Gambia", "Tereza Novak of Médecins Sans Frontières": a person's full name,
/// "of", then where she is from or whom she works for, which the tagger reads as one name. A
/// person's name does not go on with "of" after two words or more (nobles' titles come first:
/// "Duke of Sussex", "Prince William of Wales"), so the span is the person and a place or a body.
enum PersonOfBody {
    /// Verbs after which a quotation's speaker is named.
    static let speechVerbs: Set<String> = ["said", "says", "added", "explained", "noted", "wrote", "warned", "argued"]

    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) {
        spans = spans.flatMap { pieces(of: $0, paragraph, gazetteer: gazetteer) }
    }

    static func pieces(of span: MentionSpan, _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        guard span.type != .place, span.canonical == nil, span.end - span.first >= 4 else { return [span] }
        // "Det Con Sarah Hale of Avon and Somerset Police", read as one body: ranks, then a first name.
        // "said Florence Nsenga of Resource Matters", read as one body: a first name right after
        // the verb of speech.
        var start = span.first
        while span.type == .organization, start < span.end, TitledPersonInsideName.isTitle(facts[start]) { start += 1 }
        guard start + 2 < span.end - 1,
              let of = (start + 2..<span.end - 1).first(where: { tokens[$0].text == "of" }) else { return [span] }
        // "Aino Mechanical of Kelloway Falls": a name ending in a trade's word is a firm's, of a place.
        let firmOfPlace = UnmarkedOrganizations.isTradeWord(facts[of - 1])
        if span.type == .organization, !firmOfPlace {
            let quoted = start == span.first && span.first > 0 && speechVerbs.contains(tokens[span.first - 1].text)
            // "Hartley Oduya of Olthuis Kleer LLP": what follows "of" is unmistakably a firm's name.
            let last = facts[span.end - 1]
            let firm = last.rules.contains(.legalForm) || last.flags.contains(.legalSuffix)
            // After a verb of speech the speaker comes first, though the first-name lists do
            // not know her name ("said Tereza Novakova of ...").
            guard start > span.first || quoted || firm, start < span.end,
                  facts[start].flags.contains(.firstName) || firm || quoted else { return [span] }
        }
        let name = start..<of
        guard name.allSatisfy({ tokens[$0].isWord && facts[$0].startsUppercase && !TitledPersonInsideName.isTitle(facts[$0])
                                && !facts[$0].flags.contains(.organizationWord) })
        else { return [span] }
        var person = span
        person.first = start
        person.type = firmOfPlace ? .organization : .person
        person.end = of
        var other = span
        other.first = of + 1
        guard tokens[other.first].isWord, facts[other.first].startsUppercase else { return [span] }
        // "of Gambia", "of Resource Matters": a body unless the place lists know the name.
        other.type = firmOfPlace || gazetteer.flags(key: NameKey.of(other.surface(tokens))).contains(.place) ? .place : .organization
        return [person, other]
    }
}
