import NewsCore

/// FNV-1a hashing of feature names and names, stable across runs and machines
/// (Swift's Hasher is seeded per process; weights and gazetteers are files).
public enum FeatureHash {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    public static func mix(_ state: UInt64, _ byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* prime
    }

    @inline(__always)
    public static func hash(_ text: String, from state: UInt64 = seed) -> UInt64 {
        var state = state
        for byte in text.utf8 { state = mix(state, byte) }
        return state
    }

    /// A template tag then a value: "w=" + "baghdad".
    @inline(__always)
    public static func feature(_ template: UInt8, _ value: String) -> UInt64 {
        hash(value, from: mix(seed, template))
    }

    @inline(__always)
    public static func feature(_ template: UInt8, _ value: UInt64) -> UInt64 {
        var state = mix(seed, template)
        var v = value
        for _ in 0..<8 { state = mix(state, UInt8(truncatingIfNeeded: v)); v >>= 8 }
        return state
    }

    /// Final avalanche so the low bits (the bucket) depend on every input byte.
    @inline(__always)
    public static func finish(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return x
    }

    /// The hash of `TextFolding.nameKey(text)` without building the key, for ASCII text
    /// (the usual case); other text goes through the key itself.
    @inline(__always)
    public static func nameKeyHash(_ text: String, from state: UInt64 = seed) -> UInt64 {
        if let hash = text.utf8.withContiguousStorageIfAvailable({ asciiNameKeyHash($0, from: state) }),
           let result = hash { return result }
        return hash(TextFolding.nameKey(text), from: state)
    }

    /// nil when the bytes are not all ASCII. Letters and digits lowercased; any run of other
    /// bytes one space, none at either end: exactly what `TextFolding.nameKey` does to ASCII.
    static func asciiNameKeyHash(_ bytes: UnsafeBufferPointer<UInt8>, from start: UInt64) -> UInt64? {
        var state = start
        var pendingSpace = false
        var started = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            var b = byte
            let isAlnum: Bool
            switch b {
            case 97...122, 48...57: isAlnum = true
            case 65...90: b += 32; isAlnum = true
            default: isAlnum = false
            }
            if isAlnum {
                if pendingSpace && started { state = mix(state, 32) }
                pendingSpace = false
                started = true
                state = mix(state, b)
            } else {
                pendingSpace = true
            }
        }
        return state
    }
}
