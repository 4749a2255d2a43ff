/// "BERLIN, Jan 12 (Reuters)", "Nov. 16": a month's short form before a day is a date, though
/// "Jan" is a first name and "Nov" may be a place to the word lists.
enum MonthAbbreviations {
    static let words: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// The word at `index` is a month's short form followed by a number (after an optional dot).
    static func startsDate(at index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard paragraph.facts[index].rules.contains(.monthAbbreviation) else { return false }
        var next = index + 1
        if next < tokens.count, tokens[next].text == "." { next += 1 }
        return next < tokens.count && paragraph.facts[next].startsNumber
    }
}
