/// "the Treasury would release", "the Treasury's budget plans": the finance ministry named by its one
/// word is a body. The word is also a portfolio ("Treasury Secretary") and a kind of bond ("Treasury
/// yields"), which the cleaner rightly drops, so the tagger's readings never keep it: it is found
/// here, after "the" and before no title or market word.
enum TreasuryNames {
    /// Words after "Treasury" that make it a portfolio or a security.
    static let notTheBody: Set<String> = [
        "secretary", "minister", "chief", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
        "yields", "yield", "bonds", "bond", "bills", "bill", "notes", "note", "securities", "market", "markets",
        "futures", "auction", "auctions", "prices", "rates",
    ]

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        var found: [MentionSpan] = []
        for index in tokens.indices.dropFirst() where tokens[index].text == "Treasury" {
            guard tokens[index - 1].text.lowercased() == "the" else { continue }
            if index + 1 < tokens.count, tokens[index + 1].isWord {
                let next = paragraph.facts[index + 1]
                // "the Treasury Department" is the tagger's to read; "the Treasury bill market" is no body.
                guard next.startsLowercase, !notTheBody.contains(next.key) else { continue }
            }
            found.append(MentionSpan(paragraph: paragraph.index, first: index, end: index + 1, type: .organization))
        }
        return found
    }
}
