/// "Parliament passed the bill", "the Senate voted", "Congress adjourned": a legislature named by its
/// one word is a body, wherever it stands (a sentence's first word is written so either way). A
/// capitalized word on either side makes it part of a longer name ("European Parliament", "Senate
/// Judiciary Committee"), which is the tagger's to read. "Member of Parliament" is a title.
enum LegislatureNames {
    static let words: Set<String> = ["Parliament", "Senate", "Congress"]
    /// `words` by key: every token of every paragraph is asked, and few are.
    private static let wordTable = KeyTable(words)

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        var found: [MentionSpan] = []
        for index in tokens.indices where tokens[index].isWord && wordTable.contains(paragraph.facts[index])
            && words.contains(tokens[index].text) {
            guard !paragraph.isCapitalizedWord(index - 1), !paragraph.isCapitalizedWord(index + 1),
                  index < 2 || memberTitleEnd(at: index - 2, paragraph) == nil else { continue }
            found.append(MentionSpan(paragraph: paragraph.index, first: index, end: index + 1, type: .organization))
        }
        return found
    }

    /// "Member of Parliament", "Members of Congress", "Member of the Assembly" starting at `index`:
    /// where the title ends.
    static func memberTitleEnd(at index: Int, _ paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        guard index + 2 < tokens.count, ["member", "members"].contains(paragraph.facts[index].key),
              tokens[index + 1].text == "of" else { return nil }
        let body = tokens[index + 2].text == "the" ? index + 3 : index + 2
        guard body < tokens.count, words.contains(tokens[body].text) || tokens[body].text == "Assembly" else { return nil }
        return body + 1
    }
}
