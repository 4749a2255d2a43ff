import Foundation

/// Case- and accent-insensitive forms of text, for matching what a person typed.
public enum TextFolding {
    /// "Café" -> "cafe". Keeps length in Characters for almost all Latin text.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A key for names: folded, with hyphens, dots and apostrophes read as spaces,
    /// so "Al Kadhimi", "al-Kadhimi" and "AL-KADHIMI" share one key.
    public static func nameKey(_ name: String) -> String {
        let folded = fold(name)
        var key = ""
        var lastWasSpace = true
        for character in folded {
            if character.isLetter || character.isNumber {
                key.append(character)
                lastWasSpace = false
            } else if !lastWasSpace {
                key.append(" ")
                lastWasSpace = true
            }
        }
        if key.hasSuffix(" ") { key.removeLast() }
        return key
    }
}
