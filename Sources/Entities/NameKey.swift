import NewsCore

/// `TextFolding.nameKey`, without its scratch array for the usual ASCII word: the key of a
/// plain lowercase word is the word itself, and other ASCII keys are written in place.
enum NameKey {
    static func of(_ text: String) -> String {
        var text = text
        switch text.withUTF8(fold) {
        case .itself: return text
        case .built(let key): return key
        case .unicode: return TextFolding.nameKey(text)
        }
    }

    /// The words of a name key (`key.split(separator: " ")`), split by bytes when the key is ASCII
    /// (elsewhere a combining mark may make a space part of a larger Character).
    static func words(_ key: String) -> [Substring] {
        // One pass over the bytes; the generic `split` of the UTF-8 view cost more than the key.
        var words: [Substring] = []
        let utf8 = key.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0x80 { return key.split(separator: " ") }
            if byte == UInt8(ascii: " ") {
                if start != index { words.append(key[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != index { words.append(key[start..<index]) }
        return words
    }

    /// `FeatureHash.hash` of each of `words(of(span.surface(tokens)))`, in order. For ASCII tokens
    /// the words are the runs of letters and digits, read off the tokens' bytes: a run goes on
    /// into the next token only where the surface has no space between them.
    static func forEachWordHash(_ span: MentionSpan, _ tokens: [TaggerToken], _ body: (UInt64) -> Void) {
        let slice = tokens[span.first..<span.end]
        guard slice.allSatisfy({ $0.text.utf8.allSatisfy { $0 < 0x80 } }) else {
            for word in words(of(span.surface(tokens))) { body(FeatureHash.hash(String(word))) }
            return
        }
        var hash = FeatureHash.seed
        var inWord = false
        for index in slice.indices {
            if index > span.first, tokens[index].start > tokens[index - 1].end, inWord {
                body(hash)
                inWord = false
            }
            for byte in tokens[index].text.utf8 {
                switch byte {
                case 97...122, 48...57, 65...90:
                    if !inWord { hash = FeatureHash.seed; inWord = true }
                    hash = FeatureHash.mix(hash, byte >= 65 && byte <= 90 ? byte + 32 : byte)
                default:
                    if inWord { body(hash); inWord = false }
                }
            }
        }
        if inWord { body(hash) }
    }

    /// The text is ASCII and its key is a single word: it has one run of letters and digits.
    /// False for any other text, so a caller that skips work for one word does not skip it wrongly.
    static func isOneAsciiWord(_ text: String) -> Bool {
        var runs = 0
        var inRun = false
        for byte in text.utf8 {
            if byte >= 0x80 { return false }
            let isAlnum = (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
            if isAlnum, !inRun { runs += 1 }
            inRun = isAlnum
        }
        return runs == 1
    }

    /// `words(key).last`, without the other words.
    static func lastWord(_ key: String) -> Substring? {
        let utf8 = key.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return words(key).last }
        var end = utf8.endIndex
        while end != utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
        guard end != utf8.startIndex else { return nil }
        var start = end
        while start != utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: " ") { start = utf8.index(before: start) }
        return key[start..<end]
    }

    private enum Folded {
        case itself
        case built(String)
        case unicode
    }

    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> Folded {
        var plain = true
        for byte in bytes {
            if byte >= 0x80 { return .unicode }
            if !((byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)) { plain = false }
        }
        return plain ? .itself : .built(asciiKey(bytes))
    }

    /// Letters and digits lowercased; any run of other bytes one space, none at either end.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var lastWasSpace = true
            for byte in bytes {
                switch byte {
                case 97...122, 48...57:
                    out[count] = byte; count += 1; lastWasSpace = false
                case 65...90:
                    out[count] = byte + 32; count += 1; lastWasSpace = false
                default:
                    if !lastWasSpace { out[count] = 32; count += 1; lastWasSpace = true }
                }
            }
            if count > 0, out[count - 1] == 32 { count -= 1 }
            return count
        }
    }
}
