/// "Kelvarsheide Children's Hospital", "Orvane Women's Institute": a name cut at a possessive
/// runs on through it when the word before the possessive is an ordinary word and the
/// capitalized words after it end in an organization word. ("Veldria's Central Bank" is cut:
/// a place's name is no ordinary word.)
enum PossessiveNames {
    /// `spans` sorted by first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 0
        while index < spans.count {
            let span = spans[index]
            let mark = span.end
            guard span.canonical == nil, mark + 2 < tokens.count,
                  tokens[mark].text == "'s" || tokens[mark].text == "\u{2019}s",
                  tokens[mark].start == tokens[mark - 1].end,
                  commonWords.contains(tokens[mark - 1].text.lowercased()),
                  facts[mark - 1].flags.isDisjoint(with: [.firstName, .surname, .place])
            else { index += 1; continue }
            var end = mark + 1
            while end < tokens.count, end - mark <= 4, tokens[end].isWord, facts[end].startsUppercase { end += 1 }
            guard end > mark + 1, facts[end - 1].flags.contains(.organizationWord) else { index += 1; continue }
            var joined = span
            joined.end = end
            joined.type = .organization
            joined.needsSupport = false
            spans.removeAll { $0.paragraph == joined.paragraph && $0.first >= mark && $0.first < end }
            spans[index] = joined
            index += 1
        }
    }
}
