import NewsCore

/// "Cebu Pacific and Philippine Airlines cancelled flights", "TD Cowen and Leerink Partners
/// managed the offering": two firms joined by "and" are two names, though the tagger runs them
/// into one. Only when the part after "and" is a whole firm's name by itself (a name and a word
/// firms end with: "Airlines", "Partners", "Bank") and the part before is a name, not a common
/// word ("Pharmacists and Dentists Union" is one union). Names with "and" inside a complement
/// stay whole ("Bank for Reconstruction and Development", "Office of Rail and Road"), as do
/// firms named after two people ("Procter and Gamble Co"). A body's name after "and The", or
/// after a station's call letters or a place, is a name of its own too.
enum CoordinatedOrganizations {
    /// Last words of a firm's name that a second firm in a pair ends with.
    static let firmEndings: Set<String> = [
        "airlines", "airways", "bank", "partners", "holdings", "group", "capital", "ventures", "securities",
        "motors", "energy", "technologies", "systems", "industries", "pharmaceuticals", "media", "telecom",
    ]

    /// Splits each pair of firms in `spans`.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        spans = spans.flatMap { pieces(of: $0, paragraph, commonWords: commonWords) }
    }

    /// The two firms a span names, or the span alone.
    static func pieces(of span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // "Flights between Paris & Lyon": two known places joined by "&" are two places, no firm.
        if span.end - span.first == 3, span.canonical == nil, tokens[span.first + 1].text == "&",
           facts[span.first].flags.contains(.place), facts[span.first + 2].flags.contains(.place) {
            return [span.first, span.first + 2].map {
                MentionSpan(paragraph: span.paragraph, first: $0, end: $0 + 1, type: .place)
            }
        }
        // "the Ministry of Defence and NATO": a body's acronym after "and" is a body of its own.
        if span.type == .organization, span.canonical == nil, span.end - span.first >= 3, tokens[span.end - 2].text == "and",
           isAcronym(tokens[span.end - 1].text) {
            var first = span
            first.end = span.end - 2
            return [first, MentionSpan(paragraph: span.paragraph, first: span.end - 1, end: span.end, type: .organization)]
        }
        // At least a word, "and", and two words.
        guard span.type == .organization, span.canonical == nil, span.end - span.first >= 4,
              let and = (span.first + 1..<span.end - 2).first(where: { tokens[$0].text == "and" }) else { return [span] }
        let left = span.first..<and, right = and + 1..<span.end
        let capitalizedWords = { (range: Range<Int>) in range.allSatisfy { tokens[$0].isWord && facts[$0].startsUppercase } }
        guard capitalizedWords(left), capitalizedWords(right) else { return [span] }
        var first = span, second = span
        first.end = and
        second.first = and + 1
        if firmEndings.contains(facts[span.end - 1].key),
           left.count >= 2 || !commonWords.contains(facts[left.lowerBound].key) {
            return [first, second]
        }
        // "and The Associated Press": a name does not run on past "and The", whatever stands
        // before it, which keeps the tagger's type.
        let afterAndThe = tokens[second.first].text == "The"
        if afterAndThe { second.first += 1 }
        guard second.end - second.first >= 2, endsWithBodyWord(second, facts),
              let kind = kindBeforeABody(left, paragraph) ?? (afterAndThe ? first.type : nil) else { return [span] }
        first.type = kind
        return [first, second]
    }

    /// "NATO", "UNHCR": two to six capitals and nothing else.
    private static func isAcronym(_ word: String) -> Bool {
        (2...6).contains(word.utf8.count) && isAllCapitals(word)
    }

    /// Only the letters A to Z, all capitals.
    private static func isAllCapitals(_ word: String) -> Bool {
        word.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// "Harbour Health News", "Halvard College": a body's name by its last word.
    private static func endsWithBodyWord(_ span: MentionSpan, _ facts: [TokenFacts]) -> Bool {
        isBodyWord(facts[span.end - 1])
    }

    /// "News", "College", "Council": a word a body's name ends with.
    static func isBodyWord(_ word: TokenFacts) -> Bool {
        word.flags.contains(.organizationWord) || !word.rules.isDisjoint(with: [.organizationHead, .institution, .body])
    }

    /// What stands before "and" and a body's name as a name of its own: a station's call letters
    /// ("WKRN and Harbour Health News"), or a lone name after "in" or "at", a place ("in Dunmore
    /// and Halvard College"). Anything else may be the body's own first words: "Victoria and
    /// Albert Museum", "Bill and Melinda Gates Foundation". (A person's full name before it was
    /// tried, and cost dev 4 0.2 on organizations.)
    private static func kindBeforeABody(_ left: Range<Int>, _ paragraph: TokenizedParagraph) -> EntityType? {
        let tokens = paragraph.tokens
        guard left.count == 1 else { return nil }
        let word = tokens[left.lowerBound].text
        if word.utf8.count >= 3, isAllCapitals(word) { return .organization }
        if left.lowerBound > 0, ["in", "at", "from", "near"].contains(tokens[left.lowerBound - 1].text) { return .place }
        return nil
    }
}
