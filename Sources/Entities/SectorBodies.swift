/// "Rugby Australia", "Health Canada", "Canada Post", "Scottish Water", "British Cycling": a
/// country's (or state's) body for one field is named by the field and the place, two words that
/// the lists know as a common noun and a place, and the tagger reads as a person or a place. Two
/// capitalized words, a field and a known place or its demonym, with no capitalized word on
/// either side, are an organization.
enum SectorBodies {
    /// Fields that national bodies are named by.
    static let fields: Set<String> = [
        "rugby", "cricket", "tennis", "athletics", "swimming", "cycling", "football", "hockey", "netball", "golf",
        "rowing", "sailing", "boxing", "basketball", "volleyball", "gymnastics", "triathlon", "sport", "sports",
        "colleges", "universities", "tourism", "housing", "health", "transport", "water", "energy", "rail", "post",
        "statistics", "heritage", "parks", "fisheries", "immigration", "citizenship", "hydro", "gas", "steel",
        "telecom", "music", "film", "screen",
    ]

    /// "American Football", "Gaelic Football": a demonym before these names a game, not a body.
    static let games: Set<String> = ["football"]

    /// "American Football" read as a name, or its game's word read alone after the demonym: a
    /// game, no entity.
    static func isGame(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        guard span.canonical == nil, games.contains(facts[span.end - 1].key) else { return false }
        let demonym = span.end - span.first == 2 ? span.first : span.end - span.first == 1 ? span.first - 1 : -1
        return demonym >= 0 && paragraph.tokens[demonym].isWord && facts[demonym].flags.contains(.demonym)
    }

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        for first in tokens.indices.dropLast() where paragraph.isCapitalizedWord(first) && paragraph.isCapitalizedWord(first + 1) {
            guard !paragraph.isCapitalizedWord(first - 1), !paragraph.isCapitalizedWord(first + 2) else { continue }
            let left = facts[first], right = facts[first + 1]
            let fieldThenPlace = fields.contains(left.key) && right.flags.contains(.place)
            let placeThenField = fields.contains(right.key) && left.flags.contains(.place)
            let demonymThenField = fields.contains(right.key) && !games.contains(right.key) && left.flags.contains(.demonym)
            guard fieldThenPlace || placeThenField || demonymThenField else { continue }
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: first + 2, type: .organization))
        }
        found += fieldForPlace(paragraph)
        return found
    }

    /// "Transport for London", "Transport for Scotland", "Sport for Queensland": a field, "for" and
    /// a place (a known one, or its initials) name the body that runs the field there.
    private static func fieldForPlace(_ paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        for first in tokens.indices.dropLast(2) where tokens[first + 1].hasText("for") && paragraph.isCapitalizedWord(first) {
            guard fields.contains(facts[first].key), !paragraph.isCapitalizedWord(first - 1),
                  paragraph.isCapitalizedWord(first + 2) else { continue }
            var end = first + 3
            while end < tokens.count, end - first < 6, paragraph.isCapitalizedWord(end) { end += 1 }
            let place = (first + 2..<end).contains { facts[$0].flags.contains(.place) }
                || end == first + 3 && CapitalLetters.count(in: tokens[first + 2].text).map { (2...4).contains($0) } == true
            guard place else { continue }
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .organization))
        }
        return found
    }
}
