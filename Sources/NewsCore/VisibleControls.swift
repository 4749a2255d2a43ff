/// Control characters from an article must never reach a terminal raw: an ESC could recolour,
/// move the cursor or retitle the window. They become visible placeholders instead.
public enum VisibleControls {
    /// ESC becomes "␛", other C0 controls their U+2400 picture, DEL "␡", C1 controls "�".
    /// Tabs become spaces; newlines are kept only when `keepNewlines` is set.
    /// No-break spaces become plain spaces too, so wrapping and matching treat them alike.
    public static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        guard needsCleaning(text, keepNewlines: keepNewlines) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(replacement(for: scalar, keepNewlines: keepNewlines))
        }
        return String(scalars)
    }

    /// A byte scan: C0 controls, DEL, and 0xC2 (which leads C1 controls and the no-break space).
    static func needsCleaning(_ text: String, keepNewlines: Bool) -> Bool {
        text.utf8.contains { ($0 < 0x20 && ($0 != 0x0A || !keepNewlines)) || $0 == 0x7F || $0 == 0xC2 }
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
