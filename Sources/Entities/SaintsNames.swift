import NewsCore

/// "St Peter's Hospice", "St Thomas' Hospital", "St Mary's Cathedral": a saint's name with its
/// possessive, then what is named after the saint. The tagger cuts such names at the possessive
/// ("St Peter" + "Hospice"), and neither piece names anything. The last word says the kind:
/// a hospital, hospice, college or school is a body; a church, cathedral or park a place.
enum SaintsNames {
    static let bodies: Set<String> = [
        "hospital", "hospice", "infirmary", "clinic", "college", "school", "academy", "university", "hall",
    ]
    static let places: Set<String> = [
        "church", "cathedral", "chapel", "abbey", "basilica", "park", "square", "gardens", "road", "street",
        "place", "green", "island", "bay",
    ]

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        var found: [MentionSpan] = []
        for first in tokens.indices where tokens[first].hasText("St") || tokens[first].hasText("St.") || tokens[first].hasText("Saint") {
            let possessive = first + 2
            guard possessive + 1 < tokens.count, paragraph.isCapitalizedWord(first + 1),
                  ["'s", "\u{2019}s", "'", "\u{2019}"].contains(tokens[possessive].text),
                  tokens[possessive].start == tokens[first + 1].end else { continue }
            var end = possessive + 1
            while end < tokens.count, end - possessive <= 3, paragraph.isCapitalizedWord(end) { end += 1 }
            guard end > possessive + 1 else { continue }
            let kind = paragraph.facts[end - 1].key
            let type: EntityType
            if bodies.contains(kind) {
                type = .organization
            } else if places.contains(kind) {
                type = .place
            } else {
                continue
            }
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: type, cued: true))
        }
        return found
    }
}
