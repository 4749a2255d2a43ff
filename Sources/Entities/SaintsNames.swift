import NewsCore

/// "St Peter's Hospice", "St Thomas' Hospital", "St Mary's Cathedral", "King's College London": a
/// saint's name (or a king's or queen's) with its possessive, then what is named after them. The
/// tagger cuts such names at the possessive ("St Peter" + "Hospice"), and neither piece names
/// anything. The last word of a kind says which: a hospital, hospice, college, school or health
/// system is a body; a church, cathedral or park a place. A place's name may follow the kind.
enum SaintsNames {
    static let bodies: Set<String> = [
        "hospital", "hospice", "infirmary", "clinic", "college", "school", "academy", "university", "hall",
        "health", "healthcare", "center", "centre",
    ]
    static let places: Set<String> = [
        "church", "cathedral", "chapel", "abbey", "basilica", "park", "square", "gardens", "road", "street",
        "place", "green", "island", "bay",
    ]

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        var found: [MentionSpan] = []
        for first in tokens.indices {
            // "King's College": the possessive right after the king, with no name between.
            let royal = tokens[first].hasText("King") || tokens[first].hasText("Queen")
            guard royal || tokens[first].hasText("St") || tokens[first].hasText("St.") || tokens[first].hasText("Saint") else { continue }
            let possessive = royal ? first + 1 : first + 2
            guard possessive + 1 < tokens.count, royal || paragraph.isCapitalizedWord(first + 1),
                  ["'s", "\u{2019}s", "'", "\u{2019}"].contains(tokens[possessive].text),
                  tokens[possessive].start == tokens[possessive - 1].end else { continue }
            var run = possessive + 1
            while run < tokens.count, run - possessive <= 3, paragraph.isCapitalizedWord(run) { run += 1 }
            // The last word of a kind in the run, and a place's name right after it ("London").
            guard let kindAt = (possessive + 1..<run).last(where: { bodies.contains(paragraph.facts[$0].key) || places.contains(paragraph.facts[$0].key) })
            else { continue }
            var end = kindAt + 1
            if end < run, paragraph.facts[end].flags.contains(.place) { end += 1 }
            guard end == run else { continue }
            let type: EntityType = bodies.contains(paragraph.facts[kindAt].key) ? .organization : .place
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: type, cued: true))
        }
        return found
    }
}
