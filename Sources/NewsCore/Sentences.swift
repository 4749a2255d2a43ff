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
        if isPlainASCII(text) { return splitASCII(text, limit: limit) }
        var sentences: [String] = []
        // Sentences are cut from the text as slices: no Character is copied one at a time.
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let character = text[i]
            i = text.index(after: i)
            guard character == "." || character == "?" || character == "!" else { continue }
            var end = i
            while end < text.endIndex, isClosing(text[end]) { end = text.index(after: end) }
            if end < text.endIndex, text[end].isWhitespace, startsSentence(text, after: end),
               !(character == "." && isAbbreviation(text[start..<end])) {
                sentences.append(text[start..<end].trimmingSpaces())
                if sentences.count == limit { return sentences }
                start = end
            }
            i = end
        }
        let rest = text[start...].trimmingSpaces()
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// ASCII without a carriage return (which with "\n" makes one Character): every byte is a Character.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
    }

    /// `split` of plain ASCII text, byte by byte: the same cuts without walking Characters.
    private static func splitASCII(_ text: String, limit: Int) -> [String] {
        var sentences: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            i = bytes.index(after: i)
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") else { continue }
            var end = i
            while end < bytes.endIndex, isClosing(bytes[end]) { end = bytes.index(after: end) }
            if end < bytes.endIndex, isWhitespace(bytes[end]), startsSentence(bytes[end...]),
               !(byte == UInt8(ascii: ".") && isAbbreviation(bytes[start..<end])) {
                sentences.append(text[start..<end].trimmingSpaces())
                if sentences.count == limit { return sentences }
                start = end
            }
            i = end
        }
        let rest = text[start...].trimmingSpaces()
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static func isClosing(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
    }

    /// `Character.isWhitespace` of an ASCII byte.
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (9...13).contains(byte)
    }

    private static func startsSentence(_ bytes: Substring.UTF8View) -> Bool {
        guard let next = bytes.first(where: { !isWhitespace($0) }) else { return false }
        return (65...90).contains(next) || (48...57).contains(next)
            || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") || next == UInt8(ascii: "(")
    }

    /// `isAbbreviation` by bytes: the letters and dots before the text's last byte.
    private static func isAbbreviation(_ bytes: Substring.UTF8View) -> Bool {
        let wordEnd = bytes.index(before: bytes.endIndex)
        var wordStart = wordEnd
        while wordStart > bytes.startIndex {
            let before = bytes[bytes.index(before: wordStart)]
            guard (65...90).contains(before) || (97...122).contains(before) || before == UInt8(ascii: ".") else { break }
            wordStart = bytes.index(before: wordStart)
        }
        let length = bytes.distance(from: wordStart, to: wordEnd)
        if length == 1 { return true }
        guard length <= longestAbbreviation else { return false }
        return abbreviations.contains(String(Substring(bytes[wordStart..<wordEnd])).lowercased())
    }

    private static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0

    private static func isClosing(_ c: Character) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]"
    }

    private static func startsSentence(_ text: String, after index: String.Index) -> Bool {
        guard let next = text[index...].first(where: { !$0.isWhitespace }) else { return false }
        return next.isUppercase || next.isNumber || next == "\"" || next == "\u{201C}" || next == "'" || next == "\u{2018}"
            || next == "(" || (next.isLetter && !next.isLowercase)
    }

    /// True when the text ends in a known abbreviation or a single initial ("J.").
    private static func isAbbreviation(_ text: Substring) -> Bool {
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
