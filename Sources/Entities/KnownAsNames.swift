/// "Mohamed Hamdan Dagalo, widely known as Hemedti,": the name after "known as", right after a
/// person's or a body's name, is another name for the same one, used alone later ("Hemedti
/// denied"). Folded like an acronym defined in brackets.
enum KnownAsNames {
    /// Words that may come between the comma and "known as".
    static let manners: Set<String> = ["widely", "better", "popularly", "commonly", "also", "locally", "simply", "often"]

    /// (other name, the name it stands for) for each "NAME, … known as OTHER" in the paragraph.
    static func find(in paragraph: TokenizedParagraph, after spans: [MentionSpan]) -> [(String, MentionSpan)] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var result: [(String, MentionSpan)] = []
        for span in spans where span.type != .place && span.end + 3 < tokens.count && tokens[span.end].text == "," {
            var index = span.end + 1
            if manners.contains(tokens[index].text) { index += 1 }
            guard index + 2 < tokens.count, tokens[index].text == "known", tokens[index + 1].text == "as" else { continue }
            // The other name: one to three capitalized words, none a title or a small word.
            let first = index + 2
            var end = first
            while end < tokens.count, end - first < 3, tokens[end].isWord, facts[end].startsUppercase, !facts[end].isTitle,
                  !facts[end].rules.contains(.functionWord) {
                end += 1
            }
            guard end > first, end == tokens.count || !tokens[end].isWord || facts[end].startsLowercase else { continue }
            let other = MentionSpan(paragraph: span.paragraph, first: first, end: end, type: span.type)
            result.append((other.surface(tokens), span))
        }
        return result
    }
}
