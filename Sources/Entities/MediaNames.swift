/// "the newspaper Welt am Mittwoch", "the broadcaster RTÉ", "the magazine Der Spiegel": a lowercase
/// word for a kind of news outlet right before a capitalized name says the name is the outlet's,
/// with the small words of its language inside it ("am", "de", "della"). The tagger often passes
/// such names by: foreign words with nothing of a body in them.
enum MediaNames {
    static let outlets: Set<String> = [
        "newspaper", "paper", "daily", "weekly", "tabloid", "magazine", "broadcaster", "channel", "website",
        "outlet", "publication", "journal", "radio", "network",
    ]
    /// Lowercase words inside an outlet's name, only between capitalized words.
    static let innerWords: Set<String> = [
        "am", "im", "an", "der", "die", "das", "de", "del", "della", "di", "du", "des", "la", "le", "el",
        "y", "e", "of", "the", "and", "on",
    ]

    /// `outlets` by key: every token of every paragraph is asked, and few are.
    private static let outletTable = KeyTable(outlets)

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        for kind in tokens.indices.dropLast() where tokens[kind].isWord && outletTable.contains(facts[kind]) && facts[kind].startsLowercase {
            let first = kind + 1
            guard paragraph.isCapitalizedWord(first) else { continue }
            // "The Guardian", "New Statesman": a small word opens a name only before another capital
            // ("the paper Monday", "the daily In ...": none).
            if paragraph.facts[first].rules.contains(.functionWord),
               !["the", "new"].contains(paragraph.facts[first].key) || !paragraph.isCapitalizedWord(first + 1) { continue }
            var end = first + 1
            while end < tokens.count, end - first < 6 {
                if paragraph.isCapitalizedWord(end) {
                    end += 1
                } else if innerWords.contains(tokens[end].text), paragraph.isCapitalizedWord(end + 1) {
                    end += 2
                } else {
                    break
                }
            }
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .organization, cued: true))
        }
        return found
    }
}
