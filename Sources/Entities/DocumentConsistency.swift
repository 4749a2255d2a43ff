import NewsCore

/// One article names one thing one way: once a name is found, its other capitalized
/// occurrences are mentions too (headlines included, where capitals say nothing), and
/// every mention of a name takes the type most of its mentions got.
enum DocumentConsistency {
    static let longestName = 6

    /// Every letter a capital, and a letter or two at least: "WHO", "U.S.", "IMF".
    static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    static func apply(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph]) -> [MentionSpan] {
        // Keyed by the hash of the name key, so candidates are checked without building strings.
        var votes: [UInt64: TypeVotes] = [:]
        var canonical: [UInt64: (name: String, type: EntityType)] = [:]
        var known: [UInt64: Int] = [:]  // name key -> token count
        // Names only ever written as an acronym ("WHO", "US"): "Who" or "Us" opening a sentence is no mention.
        var acronymOnly: [UInt64: Bool] = [:]
        let position = paragraphs.positionsByIndex
        // Each span's name key hash, worked out once: the last step needs them again.
        var spanKeys: [UInt64?] = []
        spanKeys.reserveCapacity(spans.count)
        // And the name key itself: the surname passes read its words.
        var nameKeys: [String] = []
        nameKeys.reserveCapacity(spans.count)
        for span in spans {
            guard let at = position[span.paragraph] else { spanKeys.append(nil); nameKeys.append(""); continue }
            let nameKey = NameKey.of(span.surface(paragraphs[at].tokens))
            let key = FeatureHash.hash(nameKey)
            spanKeys.append(key)
            nameKeys.append(nameKey)
            if !paragraphs[at].capitalsMeanNothing {  // in a headline in capitals, every name looks like one
                let acronym = span.end - span.first == 1 && isAcronym(paragraphs[at].tokens[span.first].text)
                acronymOnly[key] = (acronymOnly[key] ?? true) && acronym
            }
            // A headline is read worse than the body (few words, odd capitals): the body outvotes it.
            votes[key, default: TypeVotes()].add(span.type, span.paragraph < 0 ? 1 : 2)
            // Between equal votes, a lone word read as a place somewhere stays the place ("India").
            if span.end - span.first == 1, span.type == .place { votes[key]!.placeWinsTies = true }
            if span.cued { votes[key]!.add(span.type, 4) }
            // "Chelsea drew", "shares of Volkswagen": the words around one mention outvote the lists.
            if span.end - span.first == 1, span.type != .person, OrganizationCues.of(span, paragraphs[at]) == .strong {
                votes[key, default: TypeVotes()].add(.organization, 4)
            }
            if let name = span.canonical { canonical[key] = (name, span.type) }
            // "Apple Inc." once makes every "Apple" in the article the company.
            if span.type == .organization, span.end - span.first > 1 {
                var words = NameKey.words(nameKey)
                if let last = words.last, NameRules.legalForms.contains(String(last)) {
                    words.removeLast()
                    votes[FeatureHash.hash(words.joined(separator: " ")), default: TypeVotes()].add(.organization, 4)
                }
            }
            known[key] = span.end - span.first
        }
        // The sentence around a mention outweighs how its words look: "Tomas Vell, 27," and
        // "Mr Vell" are people, "analysts at Fenwick Hale" work for a firm.
        var personSurnames: Set<String> = []
        for (offset, span) in spans.enumerated() {
            guard let at = position[span.paragraph], let key = spanKeys[offset] else { continue }
            let paragraph = paragraphs[at]
            // A place stays one ("workers at Heathrow"), but for a lone word the tagger read as a place
            // and no list knows, a body's evidence is read: "nurses at Orvane", "Orvane's shares".
            if span.type == .place, span.end - span.first > 1 || paragraph.facts[span.first].flags.contains(.place) { continue }
            let stop = offset + 1 < spans.count && spans[offset + 1].paragraph == span.paragraph
                ? spans[offset + 1].first : paragraph.tokens.count
            if span.type != .place, PersonEvidence.holds(span, paragraph, stop: stop, readPronouns: span.type != .person) {
                votes[key, default: TypeVotes()].add(.person, 4)
                if let last = NameKey.lastWord(nameKeys[offset]) { personSurnames.insert(String(last)) }
            } else if OrganizationEvidence.holds(span, paragraph, stop: stop) {
                votes[key, default: TypeVotes()].add(.organization, 4)
            }
        }
        // "Tomas Vell" once, "Mr Vell" later: what the surname's sentence says of him holds for the full name.
        if !personSurnames.isEmpty {
            for (offset, span) in spans.enumerated() where span.end - span.first >= 2 {
                guard let at = position[span.paragraph], let key = spanKeys[offset] else { continue }
                if let last = NameKey.lastWord(nameKeys[offset]), personSurnames.contains(String(last)),
                   !paragraphs[at].facts[span.first..<span.end].contains(where: { $0.flags.contains(.organizationWord) }) {
                    votes[key, default: TypeVotes()].add(.person, 4)
                }
            }
        }
        // A person named in full is then called by surname ("Kadhimi said", "al-Kadhimi said").
        for (offset, span) in spans.enumerated() where span.end - span.first >= 2 {
            guard let at = position[span.paragraph], let key = spanKeys[offset],
                  (votes[key] ?? TypeVotes()).majority == .person else { continue }
            let words = NameKey.words(nameKeys[offset]).map(String.init)
            guard let last = words.last, last.count > 2 else { continue }
            // "Vance-Ortiz" is the surname of "Marisol Vance-Ortiz", not "Ortiz".
            let lastToken = paragraphs[at].facts[span.end - 1].key
            var surnames = [lastToken.utf8.count > last.utf8.count ? lastToken : last]
            // "al-Araji" is called "Araji" too: a particle joined by a hyphen drops, unlike half a
            // double-barrelled surname.
            if surnames[0] != last, let head = NameKey.words(lastToken).first, NameRules.particles.contains(String(head)) {
                surnames.append(last)
            }
            if words.count >= 3, NameRules.particles.contains(words[words.count - 2]) {
                surnames.append(words[words.count - 2] + " " + last)
            }
            for surname in surnames.map({ FeatureHash.hash($0) }) {
                guard known[surname] != nil else {
                    votes[surname, default: TypeVotes()].add(.person, 2)
                    known[surname] = 1
                    continue
                }
                // "Marisol Vance-Ortiz", then "Vance-Ortiz" alone read as a place: the full name says who it is.
                votes[surname, default: TypeVotes()].add(.person, 4)
            }
        }
        // "Harbury Rovers" is then "Rovers": a team's plural no list knows names the club alone too.
        for (offset, span) in spans.enumerated() where span.end - span.first >= 2 {
            guard let at = position[span.paragraph], let key = spanKeys[offset],
                  (votes[key] ?? TypeVotes()).majority == .organization else { continue }
            let last = paragraphs[at].facts[span.end - 1]
            guard MentionCleaner.isPlural(paragraphs[at].tokens[span.end - 1].text),
                  last.flags.isDisjoint(with: [.surname, .firstName, .place, .organizationWord, .legalSuffix, .demonym]),
                  !UnmarkedOrganizations.businessWords.contains(last.key), !PartyNames.plurals.contains(last.key),
                  known[last.keyHash] == nil else { continue }
            votes[last.keyHash, default: TypeVotes()].add(.organization, 2)
            known[last.keyHash] = 1
        }
        guard !known.isEmpty else { return spans }

        var result = spans
        var taken = paragraphs.map { [Bool](repeating: false, count: $0.tokens.count) }
        for span in spans {
            guard let at = position[span.paragraph] else { continue }
            for index in span.first..<span.end { taken[at][index] = true }
        }

        for (at, paragraph) in paragraphs.enumerated() {
            let tokens = paragraph.tokens
            var index = 0
            while index < tokens.count {
                guard tokens[index].isWord, !taken[at][index],
                      paragraph.capitalsMeanNothing || paragraph.facts[index].capitalized else { index += 1; continue }
                var matchedEnd: Int?
                var key: UInt64 = 0
                var end = index
                var candidateKey = FeatureHash.seed
                while end < tokens.count, end - index < longestName, !taken[at][end], tokens[end].isWord {
                    let from = end == index ? FeatureHash.seed : FeatureHash.mix(candidateKey, UInt8(ascii: " "))
                    candidateKey = FeatureHash.nameKeyHash(tokens[end].text, from: from)
                    if candidateKey == from { break }
                    end += 1
                    let capitalizedLast = paragraph.capitalsMeanNothing || paragraph.facts[end - 1].capitalized
                    if known[candidateKey] != nil, capitalizedLast,
                       acronymOnly[candidateKey] != true || isAcronym(tokens[end - 1].text) {
                        matchedEnd = end
                        key = candidateKey
                    }
                }
                guard let found = matchedEnd else { index += 1; continue }
                let type = canonical[key]?.type ?? (votes[key] ?? TypeVotes()).majority
                result.append(MentionSpan(paragraph: paragraph.index, first: index, end: found, type: type,
                                          canonical: canonical[key]?.name))
                for k in index..<found { taken[at][k] = true }
                index = found
            }
        }
        // Every mention takes its name's majority type, but for the alias table's and the team
        // list's names, whose type the user gave ("Sinn Féin's three councillors" is no person).
        for offset in result.indices where result[offset].canonical == nil {
            let key: UInt64
            if offset < spanKeys.count {
                guard let known = spanKeys[offset] else { continue }
                key = known
            } else {
                guard let at = position[result[offset].paragraph] else { continue }
                key = FeatureHash.nameKeyHash(result[offset].surface(paragraphs[at].tokens))
            }
            if let counts = votes[key] { result[offset].type = counts.majority }
        }
        return result
    }

}

/// How many mentions of one name got each type.
struct TypeVotes {
    private var person = 0
    private var place = 0
    private var organization = 0

    mutating func add(_ type: EntityType, _ count: Int = 1) {
        switch type {
        case .person: person += count
        case .place: place += count
        case .organization: organization += count
        }
    }

    /// Set for a lone word some mention of which was read as a place.
    var placeWinsTies = false

    /// Most votes; ties go to person, then organization, then place (a fixed order, so runs agree),
    /// or to place first when `placeWinsTies`.
    var majority: EntityType {
        if placeWinsTies, place > 0, place >= person, place >= organization { return .place }
        var best = EntityType.person
        var most = person
        if organization > most { best = .organization; most = organization }
        if place > most { best = .place }
        return best
    }
}
