import NewsCore

/// "Nimmo's Pier", "King's Cross", "Shepherd's Bush", "Land's End": a name, its possessive and a
/// word for somewhere people walk or sail to make one place. The tagger cuts such names at the
/// possessive and reads each piece alone ("Nimmo" a place, "Pier" a body). Saints' names have
/// their own rule (`SaintsNames`).
enum PossessivePlaces {
    /// Heads that name a spot on a map after a possessive. Words that also follow a party's or a
    /// firm's possessive ("Labour's Green ...", "Apple's Court ...") are left out.
    static let heads: Set<String> = [
        "pier", "cross", "park", "square", "bridge", "wharf", "quay", "hill", "bay", "island", "wood", "lane",
        "road", "street", "row", "walk", "end", "bush", "heath", "cove", "creek", "landing", "harbour", "harbor",
        "beach", "reef", "falls",
    ]
    private static let headTable = KeyTable(heads)

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        for mark in tokens.indices.dropFirst() where tokens[mark].isPossessive {
            let name = mark - 1, head = mark + 1
            // One capitalized word, glued to its possessive, not a saint's nor part of a longer name.
            guard tokens[mark].start == tokens[name].end, paragraph.isCapitalizedWord(name),
                  !paragraph.isCapitalizedWord(name - 1), !["St", "St."].contains(tokens[name].text),
                  paragraph.isCapitalizedWord(head), headTable.contains(facts[head]),
                  !paragraph.isCapitalizedWord(head + 1) else { continue }
            found.append(MentionSpan(paragraph: paragraph.index, first: name, end: head + 1, type: .place, cued: true))
        }
        return found
    }
}
