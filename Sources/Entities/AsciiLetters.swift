/// `text.filter(\.isLetter)` for ASCII text, by bytes: there each byte is a Character and
/// the letters are A-Z and a-z. Nil for other text (and for CR LF, one Character of two bytes).
enum AsciiLetters {
    static func of(_ text: String) -> String? {
        var letters = ""
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 13 { return nil }
            if (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) { letters.unicodeScalars.append(Unicode.Scalar(byte)) }
        }
        return letters
    }
}
