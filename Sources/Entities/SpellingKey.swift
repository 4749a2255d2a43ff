import NewsCore

/// A key that spelling variants of one name share, for matching and for ids across articles:
/// "Soleimani"/"Suleimani", "Qasem"/"Qassem", "Mohammed"/"Muhammad", "Al Kadhimi"/"al-Kadhimi".
/// Vowel runs become "a" after the first letter, doubled letters count once, and
/// particles ("al", "bin", "de") are left out. The first letter stays exact ("Oman" is not "Amman").
enum SpellingKey {
    static func words(_ name: String) -> [String] {
        var words = NameKey.of(name).split(separator: " ")
            .filter { !NameRules.particles.contains(String($0)) }
        // "Apple Inc." is "Apple": a trailing legal form does not tell two companies apart.
        if words.count > 1, let last = words.last, NameRules.legalForms.contains(String(last)) { words.removeLast() }
        return words.map { skeleton(Substring($0)) }
    }

    static func key(_ name: String) -> String {
        let result = words(name)
        return result.isEmpty ? TextFolding.nameKey(name) : result.joined(separator: "-")
    }

    static func skeleton(_ word: Substring) -> String {
        if let ascii = word.utf8.withContiguousStorageIfAvailable(asciiSkeleton), let result = ascii { return result }
        var result = ""
        var previous: Character = " "
        for (offset, character) in word.enumerated() {
            let mapped: Character = offset > 0 && "aeiouy".contains(character) ? "a" : character
            if mapped != previous { result.append(mapped) }
            previous = mapped
        }
        return result
    }

    /// The same skeleton by bytes, for an ASCII word (one byte, one Character); nil otherwise.
    private static func asciiSkeleton(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var previous = UInt8(ascii: " ")
            for (offset, byte) in bytes.enumerated() {
                var mapped = byte
                if offset > 0 {
                    switch byte {
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
}
