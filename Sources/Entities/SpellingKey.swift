import NewsCore

/// A key that spelling variants of one name share, for matching and for ids across articles:
/// "Soleimani"/"Suleimani", "Qasem"/"Qassem", "Mohammed"/"Muhammad", "Al Kadhimi"/"al-Kadhimi".
/// Vowel runs become "a" after the first letter, doubled letters count once, and
/// particles ("al", "bin", "de") are left out. The first letter stays exact ("Oman" is not "Amman").
enum SpellingKey {
    static func words(_ name: String) -> [String] {
        var result: [String]
        if let ascii = name.utf8.withContiguousStorageIfAvailable(asciiWords), let words = ascii {
            result = words
        } else {
            var words = TextFolding.nameKey(name).split(separator: " ")
                .filter { !NameRules.particles.contains(String($0)) }
            // "Apple Inc." is "Apple", and "Kyoto Steel Co., Ltd." is "Kyoto Steel": trailing legal
            // forms do not tell two companies apart.
            while words.count > 1, let last = words.last, legalForms.contains(String(last)) { words.removeLast() }
            result = words.map { skeleton(Substring($0)) }
        }
        // So is one written with a slash, two words of the key ("Maersk A/S").
        if result.count > 2, endsWithSlashedLegalForm(name) { result.removeLast(2) }
        // And one written in dotted initials, a word of the key per letter ("Vltavín Media a.s.").
        if let letters = dottedLegalFormLetters(name), result.count > letters { result.removeLast(letters) }
        return result
    }

    /// Legal forms written in dotted initials, their letters joined: "a.s.", "s.r.o.", "S.A.",
    /// "S.p.A.", "N.V.", "B.V.", "K.K.", "d.o.o.".
    private static let dottedLegalForms: Set<String> = [
        "as", "sro", "sa", "spa", "nv", "bv", "ag", "ab", "sas", "sarl", "sl", "kk", "doo", "dd", "oy", "se",
    ]

    /// How many letters the name's last word has when it is a dotted legal form; nil otherwise.
    private static func dottedLegalFormLetters(_ name: String) -> Int? {
        // Asked of every name, and few end with a dot: that byte is read first.
        guard name.utf8.last == UInt8(ascii: "."), let space = name.lastIndex(of: " ") else { return nil }
        let letters = name[name.index(after: space)...].split(separator: ".")
        guard letters.count >= 2, letters.allSatisfy({ $0.count == 1 && $0.first!.isLetter }) else { return nil }
        return dottedLegalForms.contains(letters.joined().lowercased()) ? letters.count : nil
    }

    private static func endsWithSlashedLegalForm(_ name: String) -> Bool {
        let bytes = name.utf8
        guard bytes.count > 4, bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "/") else { return false }
        return MentionCleaner.slashedLegalForms.contains(String(name.suffix(3)))
    }

    static func key(_ name: String) -> String {
        let result = words(name)
        return result.isEmpty ? TextFolding.nameKey(name) : result.joined(separator: "-")
    }

    static func skeleton(_ word: Substring) -> String {
        var result = ""
        var previous: Character = " "
        for (offset, character) in word.enumerated() {
            let mapped: Character = offset > 0 && "aeiouy".contains(character) ? "a" : character
            if mapped != previous { result.append(mapped) }
            previous = mapped
        }
        return result
    }

    /// Particles and legal forms are this short: longer words need no list lookup.
    private static let longestListedWord = (NameRules.particles.union(legalForms)).map(\.utf8.count).max() ?? 0

    /// The tagger's legal forms, and those the key alone drops: "Corvane Frères & Cie" is "Corvane
    /// Frères" (French "et Compagnie", as "& Co").
    private static let legalForms = NameRules.legalForms.union(["cie"])

    /// The same words for an ASCII name, read off its bytes (the key's words are its runs of
    /// letters and digits, lowercased); nil for any other name.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        var trailingLegalForms = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] >= 0x80 { return nil }
            guard isLetterOrDigit(bytes[index]) else { index += 1; continue }
            var end = index + 1
            while end < bytes.count, isLetterOrDigit(bytes[end]) { end += 1 }
            let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
            index = end
            var isLegalForm = false
            if run.count <= longestListedWord {
                let word = String(unsafeUninitializedCapacity: run.count) { out in
                    for (offset, byte) in run.enumerated() { out[offset] = lowercased(byte) }
                    return run.count
                }
                if NameRules.particles.contains(word) { continue }
                isLegalForm = legalForms.contains(word)
            }
            trailingLegalForms = isLegalForm ? trailingLegalForms + 1 : 0
            words.append(asciiSkeleton(run))
        }
        // "Apple Inc." is "Apple", and "Kyoto Steel Co., Ltd." is "Kyoto Steel": trailing legal
        // forms do not tell two companies apart.
        words.removeLast(max(0, min(trailingLegalForms, words.count - 1)))
        return words
    }

    /// `skeleton` of the lowercased word, by bytes.
    private static func asciiSkeleton(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var previous = UInt8(ascii: " ")
            for (offset, byte) in bytes.enumerated() {
                var mapped = lowercased(byte)
                if offset > 0 {
                    switch mapped {
                    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
                        mapped = UInt8(ascii: "a")
                    default: break
                    }
                }
                if mapped != previous { out[count] = mapped; count += 1 }
                previous = mapped
            }
            return count
        }
    }

    @inline(__always)
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
