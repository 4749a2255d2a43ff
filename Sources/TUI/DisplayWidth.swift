import CNCurses

/// Columns a piece of text takes in a terminal, per grapheme cluster, from the C library's
/// `wcwidth`: counting code points or bytes breaks alignment with CJK, emoji and accents.
public enum DisplayWidth {
    /// wcwidth answers by the C locale's character type; make sure it is a UTF-8 one.
    public static func prepareLocale() {
        gz_prepare_utf8_locale()
    }

    /// 0 for marks that join the character before, 2 for wide characters, -1 for unprintable.
    public static func width(of character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : -1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Emoji shown as pictures take two columns, whatever their base scalar says.
        if scalars.contains(where: { $0.value == 0xFE0F }) || (first.properties.isEmojiPresentation && first.value > 0xFF) {
            return 2
        }
        var widest = -1
        for scalar in scalars {
            let columns = Int(gz_wcwidth(scalar.value))
            if scalar == first, columns < 0 { return -1 }
            widest = max(widest, columns)
        }
        return widest
    }

    public static func width(of text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += max(0, width(of: character)) }
        return total
    }

    /// The longest prefix that fits in `columns`, with "…" when something was cut.
    public static func truncate(_ text: String, to columns: Int, ellipsis: Bool = true) -> String {
        guard columns > 0 else { return "" }
        if width(of: text) <= columns { return text }
        var result = ""
        var used = 0
        let limit = ellipsis ? columns - 1 : columns
        for character in text {
            let w = max(0, width(of: character))
            if used + w > limit { break }
            result.append(character)
            used += w
        }
        return ellipsis ? result + "\u{2026}" : result
    }

    /// Pads with spaces (or truncates) to exactly `columns`.
    public static func fit(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - width(of: cut)))
    }
}
