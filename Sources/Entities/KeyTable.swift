/// A fixed list of words, looked up by a token's `TokenFacts.keyHash`: a slot read or two, no
/// String hashed or compared (a Set<String> lookup hashes the whole word with a fresh Hasher,
/// and the rule passes ask about every name's neighbours). Keys are name keys (`NameKey.of`):
/// lowercase, folded. Two different words share a 64-bit FNV hash about never; a word of no
/// list (nearly every word) costs one slot.
struct KeyTable {
    private let slots: [UInt64]
    private let mask: Int

    /// `keys` as written ("fly-half"): each is looked up by its name key ("fly half").
    init(_ keys: Set<String>) {
        var size = 16
        while size < keys.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for key in keys {
            let stored = KeyTable.stored(FeatureHash.hash(NameKey.of(key)))
            var slot = Int(truncatingIfNeeded: stored) & (size - 1)
            while slots[slot] != 0, slots[slot] != stored { slot = (slot + 1) & (size - 1) }
            slots[slot] = stored
        }
        self.slots = slots
        mask = size - 1
    }

    /// `hash`: `FeatureHash.hash(key)`, as `TokenFacts.keyHash` holds it.
    @inline(__always)
    func contains(hash: UInt64) -> Bool {
        let stored = KeyTable.stored(hash)
        var slot = Int(truncatingIfNeeded: stored) & mask
        while true {
            let entry = slots[slot]
            if entry == stored { return true }
            if entry == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ facts: TokenFacts) -> Bool { contains(hash: facts.keyHash) }

    /// Never 0, the empty slot.
    @inline(__always)
    private static func stored(_ hash: UInt64) -> UInt64 { FeatureHash.finish(hash) | 1 }
}
