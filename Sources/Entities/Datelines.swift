/// "WASHINGTON —", "BEIRUT (Reuters) -", "DUBAI/LONDON (Reuters) -", "NAIROBI, Jan 3 -": a wire
/// story opens with the city it was filed from, in capitals, before a dash, a bracket, a colon or
/// a comma and the date.
enum Datelines {
    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var result: [MentionSpan] = []
        var index = 0
        var start = 0
        while index < tokens.count, index < 8 {
            let token = tokens[index]
            if token.isWord, isCapitals(token.text), !facts[index].rules.contains(.functionWord) {
                index += 1
                continue
            }
            guard index > start else { return [] }
            result.append(MentionSpan(paragraph: paragraph.index, first: start, end: index, type: .place))
            if token.text == "/" {
                index += 1
                start = index
                continue
            }
            // "UNICEF, which ..." opens with a name but no dateline: after a comma, a date must follow.
            if token.text == "," {
                let next = index + 1
                let dated = next < tokens.count && (facts[next].startsNumber || MonthAbbreviations.startsDate(at: next, paragraph)
                    || NameRules.functionWords.contains(facts[next].key) && next + 1 < tokens.count && facts[next + 1].startsNumber)
                return dated ? result : []
            }
            return ["—", "–", "-", "(", ":"].contains(token.text) ? result : []
        }
        return []
    }

    /// Two or more letters, all capitals (the name's own hyphens and dots aside).
    private static func isCapitals(_ text: String) -> Bool {
        // Most paragraphs open with a capital and then a lowercase letter: bytes answer that.
        let utf8 = text.utf8
        if utf8.count >= 2, let second = utf8.dropFirst().first, second >= 97, second <= 122 { return false }
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }
}
