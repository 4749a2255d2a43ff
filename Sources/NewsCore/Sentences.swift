/// Splits running text into sentences, knowing that "Mr.", "Gen." and "U.S." do not end one.
public enum Sentences {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "cmdr", "adm",
        "gov", "sen", "rep", "pres", "st", "jr", "sr", "rev", "fr", "hon", "no", "nos", "vs", "etc", "inc",
        "co", "corp", "ltd", "dept", "univ", "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "e.g", "i.e",
    ]

    /// Sentences with their own spacing trimmed. Text without an end mark is one sentence.
    /// With `limit`, stops once it has that many (a title needs only the first).
    public static func split(_ text: String, limit: Int = .max) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let character = characters[i]
            current.append(character)
            if character == "." || character == "?" || character == "!" {
                var end = i + 1
                while end < characters.count, isClosing(characters[end]) {
                    current.append(characters[end])
                    end += 1
                }
                if end < characters.count, characters[end].isWhitespace,
                   startsSentence(characters, after: end), !(character == "." && isAbbreviation(current)) {
                    sentences.append(current.trimmingSpaces())
                    if sentences.count == limit { return sentences }
                    current = ""
                }
                i = end
                continue
            }
            i += 1
        }
        let rest = current.trimmingSpaces()
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static func isClosing(_ c: Character) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]"
    }

    private static func startsSentence(_ characters: [Character], after index: Int) -> Bool {
        var j = index
        while j < characters.count, characters[j].isWhitespace { j += 1 }
        guard j < characters.count else { return false }
        let next = characters[j]
        return next.isUppercase || next.isNumber || next == "\"" || next == "\u{201C}" || next == "'" || next == "\u{2018}"
            || next == "(" || (next.isLetter && !next.isLowercase)
    }

    /// True when the text ends in a known abbreviation or a single initial ("J.").
    private static func isAbbreviation(_ text: String) -> Bool {
        var word = ""
        for character in text.dropLast().reversed() {
            if character.isLetter || character == "." { word.append(character) } else { break }
        }
        let token = String(word.reversed()).lowercased()
        if token.count == 1 { return true }
        return abbreviations.contains(token)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
