import Foundation

/// Case- and accent-insensitive forms of text, for matching what a person typed.
public enum TextFolding {
    /// "Café" -> "cafe". Keeps length in Characters for almost all Latin text.
    public static func fold(_ text: String) -> String {
        // Most news text is ASCII; Foundation's folding is far slower than lowercasing it.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A key for names: folded, with hyphens, dots and apostrophes read as spaces,
    /// so "Al Kadhimi", "al-Kadhimi" and "AL-KADHIMI" share one key.
    public static func nameKey(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiNameKey(name) }
        var key = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in fold(name).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                key.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace, scalar.properties.generalCategory != .nonspacingMark {
                key.append(" ")
                lastWasSpace = true
            }
        }
        if key.last == " " { key.removeLast() }
        return String(key)
    }

    /// The same key by bytes, for the common all-ASCII name.
    private static func asciiNameKey(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var lastWasSpace = true
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                bytes.append(byte)
                lastWasSpace = false
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(byte + 32)
                lastWasSpace = false
            default:
                if !lastWasSpace { bytes.append(UInt8(ascii: " ")); lastWasSpace = true }
            }
        }
        if bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
