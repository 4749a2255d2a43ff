import NewsCore

enum NameTokens {
    /// Capitalised, or a lowercase particle glued to a capitalised name ("al-Kadhimi").
    static func isCapitalized(_ word: String) -> Bool {
        if let head = word.utf8.first, head < 0x80 {
            if head >= 65 && head <= 90 { return true }
            if !(head >= 97 && head <= 122) { return false }
            if !word.includesByte(UInt8(ascii: "-")) { return false }
        }
        guard let first = word.first else { return false }
        if first.isUppercase { return true }
        guard let dash = word.firstIndex(of: "-") else { return false }
        let particle = word[..<dash].lowercased()
        let rest = word[word.index(after: dash)...]
        return ["al", "el", "bin", "ibn", "abu", "ad", "as", "ash", "an", "ar", "at", "az"].contains(particle)
            && rest.first?.isUppercase == true
    }
}
