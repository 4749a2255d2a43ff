/// A paragraph's Characters, each classified once, with where it starts in the UTF-8 bytes.
/// The tokenizer asks about every Character several times; asking a `Character` means
/// grapheme breaking and Unicode property lookups, and for ASCII text none of that is needed.
struct CharacterTable {
    struct Entry {
        /// Where the Character starts in `bytes`.
        var offset: Int32
        /// The Character's scalar when it is a single scalar, else `CharacterTable.noScalar`.
        var scalar: UInt32
        var kind: Kind
    }

    struct Kind: OptionSet {
        let rawValue: UInt8
        /// `TaggerTokenizer.isWordCharacter`.
        static let word = Kind(rawValue: 1 << 0)
        /// `TaggerTokenizer.isSpace`.
        static let space = Kind(rawValue: 1 << 1)
        static let uppercase = Kind(rawValue: 1 << 2)
        static let lowercase = Kind(rawValue: 1 << 3)
    }

    static let noScalar = UInt32.max

    let bytes: [UInt8]
    /// One entry per Character, then one more whose offset is the end of the text.
    private(set) var entries: [Entry]

    var count: Int { entries.count - 1 }

    init(_ text: String) {
        bytes = Array(text.utf8)
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count + 1)
        var offset = 0
        var index = text.startIndex
        while offset < bytes.count {
            let byte = bytes[offset]
            // Two ASCII scalars always have a Character break between them, but for CR LF.
            if byte < 0x80, offset + 1 == bytes.count || bytes[offset + 1] < 0x80 && !(byte == 13 && bytes[offset + 1] == 10) {
                entries.append(Entry(offset: Int32(offset), scalar: UInt32(byte), kind: CharacterTable.asciiKind(byte)))
                offset += 1
                index = text.utf8.index(after: index)
                continue
            }
            let next = text.index(after: index)
            let character = text[index]
            var kind: Kind = []
            if TaggerTokenizer.isWordCharacter(character) { kind.insert(.word) }
            if TaggerTokenizer.isSpace(character) { kind.insert(.space) }
            if character.isUppercase { kind.insert(.uppercase) }
            if character.isLowercase { kind.insert(.lowercase) }
            let scalars = character.unicodeScalars
            let scalar = scalars.count == 1 ? scalars.first!.value : CharacterTable.noScalar
            entries.append(Entry(offset: Int32(offset), scalar: scalar, kind: kind))
            offset += text.utf8.distance(from: index, to: next)
            index = next
        }
        entries.append(Entry(offset: Int32(bytes.count), scalar: CharacterTable.noScalar, kind: []))
        self.entries = entries
    }

    @inline(__always)
    private static func asciiKind(_ byte: UInt8) -> Kind {
        switch byte {
        case 65...90: [.word, .uppercase]
        case 97...122: [.word, .lowercase]
        case 48...57: .word
        case 32, 9...13: .space
        default: []
        }
    }

    @inline(__always)
    func kind(_ index: Int) -> Kind { entries[index].kind }

    /// The Character at `index` is exactly `scalar`.
    @inline(__always)
    func character(_ index: Int, is scalar: Unicode.Scalar) -> Bool { entries[index].scalar == scalar.value }

    /// The text of Characters `from..<to`.
    func text(_ from: Int, _ to: Int) -> String {
        let start = Int(entries[from].offset), end = Int(entries[to].offset)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
}
