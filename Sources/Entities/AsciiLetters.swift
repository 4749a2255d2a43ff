/// `text.filter(\.isLetter)` for ASCII text, by bytes: there each byte is a Character and
/// the letters are A-Z and a-z. Nil for other text (and for CR LF, one Character of two bytes).
enum AsciiLetters {
    static func of(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return nil }
        // Written straight into the new string's bytes: appending scalar by scalar cost more.
        return String(unsafeUninitializedCapacity: utf8.count) { out in
            var count = 0
            for byte in utf8 where (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) {
                out[count] = byte
                count += 1
            }
            return count
        }
    }
}
