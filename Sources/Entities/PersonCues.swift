/// Words around a name that only a person's name has: "Elon Varga's company", "Rui Costa's side",
/// "the Hallam administration". Read from the tokens right after the name.
enum PersonCues {
    /// After "X's": what a person has and a company or a place does not.
    static let possessions: Set<String> = [
        "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "family", "widow",
        "lawyer", "lawyers", "side", "team", "company", "campaign", "administration", "presidency",
        "career", "death", "birthday", "memoir", "successor", "predecessor",
    ]
    /// Right after the name: "the Hallam administration".
    static let offices: Set<String> = ["administration", "presidency"]

    static func follow(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let after = span.end
        guard after < tokens.count else { return false }
        let next = tokens[after].text
        if next == "'s" || next == "\u{2019}s" {
            return after + 1 < tokens.count && possessions.contains(tokens[after + 1].text)
        }
        // "administration", "presidency": long words only (most names have a short one next).
        return next.utf8.count >= 10 && offices.contains(next)
    }
}
