/// "Harlow & Finch", "Brask Quenneth Marr & Vell": capitalized names joined by "&" (written as a word
/// of its own) name a firm, most of all a law firm or a partnership, though each half reads as a
/// person's or a place's name. ("Trinidad & Tobago" is known as a place; "Anna & Tom", two first
/// names alone, a pair of people.)
enum AmpersandNames {
    /// The end of the firm's name when "& Name" follows `span`, else nil.
    static func end(after span: MentionSpan, _ paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let at = span.end
        guard at + 1 < tokens.count, !tokens[at].isWord, tokens[at].text == "&",
              tokens[at - 1].end < tokens[at].start, tokens[at].end < tokens[at + 1].start,
              tokens[at + 1].isWord, facts[at + 1].startsUppercase, !facts[at + 1].numeral else { return nil }
        var end = at + 2
        while end < tokens.count, end - at <= 3, tokens[end].isWord, facts[end].startsUppercase,
              tokens[end - 1].end < tokens[end].start, !facts[end].rules.contains(.functionWord),
              !MentionCleaner.isMembersTitle(tokens[end]) {
            end += 1
        }
        // "Orvane Marine & Kessel Fire Insurance Co.": a legal form after the words ends the firm's name.
        if end < tokens.count, tokens[end].isWord, facts[end].startsUppercase, facts[end].rules.contains(.legalForm),
           tokens[end - 1].end < tokens[end].start {
            end += 1
        }
        // Two first names alone: a couple.
        func onlyFirstName(_ index: Int) -> Bool {
            facts[index].flags.contains(.firstName) && !facts[index].flags.contains(.surname)
        }
        if span.end - span.first == 1, end == at + 2, onlyFirstName(span.first), onlyFirstName(at + 1) { return nil }
        return end
    }
}
