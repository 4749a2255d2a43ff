/// The hashed forms of one token the features use: lowercase word, its first three and last
/// three and two letters, its shape. Computed from the bytes for ASCII words (most of them),
/// from Characters otherwise; both give the same hashes for the same word.
struct WordForms {
    var lower: UInt64
    var prefix3: UInt64
    var suffix3: UInt64
    var suffix2: UInt64
    var shape: UInt64
    var capitalized: Bool

    init(_ text: String) {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> WordForms? in
            for byte in bytes where byte >= 0x80 { return nil }
            return WordForms(ascii: bytes)
        }
        if let forms = ascii, let value = forms {
            self = value
        } else {
            self.init(characters: text)
        }
    }

    private init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        @inline(__always) func lowered(_ byte: UInt8) -> UInt8 { (byte >= 65 && byte <= 90) ? byte + 32 : byte }
        var lower = FeatureHash.seed
        var prefix = FeatureHash.seed
        for (offset, byte) in bytes.enumerated() {
            lower = FeatureHash.mix(lower, lowered(byte))
            if offset < 3 { prefix = FeatureHash.mix(prefix, lowered(byte)) }
        }
        var suffix3 = FeatureHash.seed
        var suffix2 = FeatureHash.seed
        let count = bytes.count
        for offset in max(0, count - 3)..<count { suffix3 = FeatureHash.mix(suffix3, lowered(bytes[offset])) }
        for offset in max(0, count - 2)..<count { suffix2 = FeatureHash.mix(suffix2, lowered(bytes[offset])) }
        var shape = FeatureHash.seed
        var last: UInt8 = 0
        var run = 0
        var length = 0
        for byte in bytes {
            let kind: UInt8
            switch byte {
            case 65...90: kind = UInt8(ascii: "X")
            case 97...122: kind = UInt8(ascii: "x")
            case 48...57: kind = UInt8(ascii: "d")
            default: kind = byte
            }
            if kind == last { run += 1 } else { run = 1; last = kind }
            if run <= 2 { shape = FeatureHash.mix(shape, kind); length += 1 }
            if length >= 12 { break }
        }
        self.lower = lower
        prefix3 = prefix
        self.suffix3 = suffix3
        self.suffix2 = suffix2
        self.shape = shape
        capitalized = bytes.first.map { $0 >= 65 && $0 <= 90 } ?? false
    }

    private init(characters text: String) {
        let lowered = text.lowercased()
        let characters = Array(lowered)
        lower = FeatureHash.hash(lowered)
        prefix3 = FeatureHash.hash(String(characters.prefix(3)))
        suffix3 = FeatureHash.hash(String(characters.suffix(3)))
        suffix2 = FeatureHash.hash(String(characters.suffix(2)))
        shape = FeatureHash.hash(WordShape.of(text))
        capitalized = text.first?.isUppercase ?? false
    }
}
