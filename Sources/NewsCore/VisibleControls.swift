/// Control characters from an article must never reach a terminal raw: an ESC could recolour,
/// move the cursor or retitle the window. They become visible placeholders instead. Invisible
/// format characters (zero-width spaces, soft hyphens, byte-order marks, bidirectional overrides
/// that can make text display as something else) carry nothing a reader sees: they are dropped.
public enum VisibleControls {
    /// ESC becomes "␛", other C0 controls their U+2400 picture, DEL "␡", C1 controls "�";
    /// invisible format characters are dropped (`isInvisibleFormat`).
    /// Tabs become spaces; newlines are kept only when `keepNewlines` is set.
    /// No-break spaces become plain spaces too, so wrapping and matching treat them alike.
    public static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        guard needsCleaning(text, keepNewlines: keepNewlines) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isInvisibleFormat(scalar) {
            scalars.append(replacement(for: scalar, keepNewlines: keepNewlines))
        }
        return String(scalars)
    }

    /// A byte scan: C0 controls, DEL, 0xC2 (which leads C1 controls, the no-break space and the
    /// soft hyphen), and the UTF-8 forms of the other invisible format characters.
    static func needsCleaning(_ text: String, keepNewlines: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                // ASCII letters and most other bytes are passed over with one comparison.
                if byte >= 0x20 && byte < 0x7F { continue }
                if (byte < 0x20 && (byte != 0x0A || !keepNewlines)) || byte == 0x7F || byte == 0xC2 { return true }
                guard index + 1 < bytes.count || byte == 0xD8 && index < bytes.count else { continue }
                let next = bytes[index]
                switch byte {
                case 0xE2:
                    let last = bytes[index + 1]
                    if next == 0x80 && ((0x8B...0x8F).contains(last) || (0xAA...0xAE).contains(last)) { return true }
                    if next == 0x81 && (0xA0...0xAF).contains(last) { return true }
                case 0xEF: if next == 0xBB && bytes[index + 1] == 0xBF { return true }
                case 0xD8: if next == 0x9C { return true }
                default: break
                }
            }
            return false
        }
    }

    /// Zero width spaces and joiners' kin (U+200B, U+2060–U+2064), soft hyphens, byte-order marks,
    /// left-to-right and right-to-left marks, and bidirectional embeddings, overrides and isolates.
    /// (The zero width joiner and non-joiner, U+200C and U+200D, stay: emoji and scripts such as
    /// Persian and Hindi need them, and they join the character before them.)
    public static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF: true
        default: false
        }
    }

    static func replacement(for scalar: Unicode.Scalar, keepNewlines: Bool) -> Unicode.Scalar {
        switch scalar.value {
        case 0x0A: return keepNewlines ? scalar : " "
        case 0x09, 0xA0: return " "
        default: return picture(for: scalar) ?? scalar
        }
    }

    /// The visible stand-in for a control character ("␛" for ESC), or nil for any other.
    public static func picture(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "\u{FFFD}"
        default: nil
        }
    }
}
