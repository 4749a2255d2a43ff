/// The gazetteer's entries in an open-addressing hash table. Nearly every token is looked up,
/// most are not there, and bisecting 212k sorted entries costs a chain of cache misses; the
/// keys are avalanched hashes already, so their bits pick the slot, and a miss reads one or
/// two neighbouring slots. About 4 MB for the shipped gazetteer.
struct GazetteerTable: Sendable {
    /// Entries (key | flags); 0 is an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    /// A key whose hash bits are all zero cannot be told from an empty slot; kept apart.
    private let zeroKeyFlags: UInt8

    /// For a key found more than once the first entry wins, as bisection of the sorted
    /// entries finds the first (the stored gazetteer has each key once).
    init(_ entries: [UInt64]) {
        var size = 16
        while size < entries.count * 2 + 1 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var zeroKeyFlags: UInt8 = 0
        var sawZeroKey = false
        for entry in entries {
            let key = entry & ~0xFF
            if key == 0 {
                if !sawZeroKey { zeroKeyFlags = UInt8(truncatingIfNeeded: entry); sawZeroKey = true }
                continue
            }
            var slot = GazetteerTable.slot(key, size - 1)
            while slots[slot] != 0, slots[slot] & ~0xFF != key { slot = (slot + 1) & (size - 1) }
            if slots[slot] == 0 { slots[slot] = entry }
        }
        self.slots = slots
        mask = size - 1
        self.zeroKeyFlags = zeroKeyFlags
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key >> 32) & mask
    }

    /// The flags of `key` (a `NameGazetteer.keyHash`), 0 when it is not listed.
    @inline(__always)
    func flags(key: UInt64) -> UInt8 {
        if key == 0 { return zeroKeyFlags }
        return slots.withUnsafeBufferPointer { slots in
            var slot = GazetteerTable.slot(key, mask)
            while true {
                let entry = slots[slot]
                if entry == 0 { return 0 }
                if entry & ~0xFF == key { return UInt8(truncatingIfNeeded: entry) }
                slot = (slot + 1) & mask
            }
        }
    }
}
