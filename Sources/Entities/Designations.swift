/// "the planet KX 2871 c", "the BRX 100 index": capitals and a number are a catalogue's or an
/// index's designation for a star, a planet or a market measure, not the organization the letters
/// may stand for.
enum Designations {
    static func isDesignation(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.end - span.first == 1, span.end + 1 < paragraph.tokens.count else { return false }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let number = span.end
        guard tokens[number].isWord, facts[number].numeral, tokens[number - 1].end < tokens[number].start,
              AcronymDefinitions.acronymLetters(tokens[span.first].text) != nil else { return false }
        let after = tokens[number + 1]
        guard after.isWord, facts[number + 1].startsLowercase else { return false }
        // "b", "c": a planet of the star; "index": a market's measure.
        return after.text.utf8.count == 1 || after.text == "index"
    }
}
