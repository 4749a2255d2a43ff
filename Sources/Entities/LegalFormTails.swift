/// "Tarnwick Resources plc", "Orlin Media, Inc.", "Karoo Print (Pty) Ltd", "Lanka Tea (Pvt) Ltd": a
/// company's legal form written the ways the tagger does not take in (in lower case, after a comma,
/// after a bracketed word, after a word the tagger left out) still ends its name, and says the
/// name is a company's.
enum LegalFormTails {
    /// Legal forms that follow a comma in a company's name ("Hartwell Biosciences, Inc.").
    static let afterComma: Set<String> = ["Inc", "Inc.", "LLC", "LLP", "Ltd", "Ltd.", "Limited", "Corp", "Corp.", "L.P."]
    /// Bracketed words before "Ltd" or "Limited" in South African and South Asian company names.
    static let bracketed: Set<String> = ["Pty", "Pvt", "Private"]

    /// The end of the company's name when a legal form follows `span`, else nil.
    static func end(after span: MentionSpan, _ paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        let at = span.end
        guard at < tokens.count, span.end > span.first else { return nil }
        func glued(_ index: Int) -> Bool { index < tokens.count && tokens[index - 1].end == tokens[index].start }
        func text(_ index: Int) -> String? { index < tokens.count ? tokens[index].text : nil }
        // "plc", "s.r.o.", "a.s.": lower case, and only these (a lowercase "co" or "as" is a word).
        if tokens[at].isWord, tokens[at].text == "plc" || tokens[at].text == "s.r.o" || tokens[at].text == "a.s" {
            return tokens[at].text.contains(".") && text(at + 1) == "." && glued(at + 1) ? at + 2 : at + 1
        }
        // "(Pty) Ltd".
        if text(at) == "(", let word = text(at + 1), bracketed.contains(word), text(at + 2) == ")",
           let form = text(at + 3), form == "Ltd" || form == "Ltd." || form == "Limited" {
            return at + 4
        }
        // "Orvane" + "Strand Ltd": the tagger left out the word before the legal form.
        if tokens[at].isWord, !tokens[at].lineStart, paragraph.isCapitalizedWord(at), at + 1 < tokens.count,
           !paragraph.facts[at].rules.contains(.functionWord), !paragraph.facts[at].isTitle,
           paragraph.isCapitalizedWord(at + 1), !tokens[at + 1].lineStart, paragraph.facts[at + 1].rules.contains(.legalForm) {
            return at + 2
        }
        // ", Inc." and ", Co., Ltd.".
        guard text(at) == ",", at + 1 < tokens.count, tokens[at + 1].isWord else { return nil }
        let form = tokens[at + 1].text
        if form == "Co." || form == "Co", text(at + 2) == ",", let next = text(at + 3), next == "Ltd" || next == "Ltd." {
            return at + 4
        }
        return afterComma.contains(form) ? at + 2 : nil
    }
}
