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
}
