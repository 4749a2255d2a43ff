import Foundation
import NewsCore

/// What the word lists say about a name or a word, as bits: one lookup per token at run time.
public struct GazetteerFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let firstName = GazetteerFlags(rawValue: 1 << 0)
    public static let surname = GazetteerFlags(rawValue: 1 << 1)
    /// The whole key names a place ("baghdad", "new york").
    public static let place = GazetteerFlags(rawValue: 1 << 2)
    /// The word occurs inside a longer place name ("new", "york").
    public static let placeWord = GazetteerFlags(rawValue: 1 << 3)
    /// A company legal form ("inc", "gmbh").
    public static let legalSuffix = GazetteerFlags(rawValue: 1 << 4)
    /// A word that heads or ends an organization's name ("ministry", "agency").
    public static let organizationWord = GazetteerFlags(rawValue: 1 << 5)
    /// A title or rank ("president", "gen").
    public static let title = GazetteerFlags(rawValue: 1 << 6)
    /// "Iraqi", "French": describes, never names.
    public static let demonym = GazetteerFlags(rawValue: 1 << 7)
}

/// Every known name key, hashed, with its flags: a sorted array of 64-bit entries
/// (high 56 bits the key's hash, low 8 bits the flags), as stored; 212k place names fit in
/// about 1.5 MB and load with one read. Lookups go through `GazetteerTable`, built at load.
public struct NameGazetteer: Sendable {
    static let magic: [UInt8] = Array("GZGAZ001".utf8)
    let entries: [UInt64]
    let table: GazetteerTable

    public init(entries: [UInt64]) {
        self.entries = entries
        table = GazetteerTable(entries)
    }

    public static let empty = NameGazetteer(entries: [])

    /// The hash of a name key, already avalanched, with the flag byte cleared.
    @inline(__always)
    public static func keyHash(_ hash: UInt64) -> UInt64 { FeatureHash.finish(hash) & ~0xFF }

    /// Flags for a key given as its running FNV hash (see `FeatureHash.hash`).
    @inline(__always)
    public func flags(hash: UInt64) -> GazetteerFlags {
        GazetteerFlags(rawValue: table.flags(key: NameGazetteer.keyHash(hash)))
    }

    public func flags(key: String) -> GazetteerFlags { flags(hash: FeatureHash.hash(key)) }

    /// Builds the table from (name key, flags) pairs; keys must already be `TextFolding.nameKey`s.
    public static func build(_ pairs: [(String, GazetteerFlags)]) -> NameGazetteer {
        var merged: [UInt64: UInt8] = [:]
        for (key, flags) in pairs where !key.isEmpty {
            merged[keyHash(FeatureHash.hash(key)), default: 0] |= flags.rawValue
        }
        return NameGazetteer(entries: merged.map { $0.key | UInt64($0.value) }.sorted())
    }

    public func serialized() -> Data {
        var data = Data(NameGazetteer.magic)
        var count = UInt64(entries.count).littleEndian
        withUnsafeBytes(of: &count) { data.append(contentsOf: $0) }
        entries.map(\.littleEndian).withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }

    public init?(data: Data) {
        let header = NameGazetteer.magic.count + 8
        guard data.count >= header, Array(data.prefix(NameGazetteer.magic.count)) == NameGazetteer.magic else { return nil }
        let count = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: NameGazetteer.magic.count, as: UInt64.self) }
        guard data.count == header + Int(count) * 8 else { return nil }
        self.init(entries: data.withUnsafeBytes { raw in
            (0..<Int(count)).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: header + $0 * 8, as: UInt64.self)) }
        })
    }
}

extension NameGazetteer {
    /// The hand-made word lists of `NameRules`, as gazetteer entries (built into the table at training time).
    public static func ruleWords() -> [(String, GazetteerFlags)] {
        NameRules.titles.map { ($0, GazetteerFlags.title) }
            + NameRules.organizationWords.map { ($0, GazetteerFlags.organizationWord) }
    }
}
