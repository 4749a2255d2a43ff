enum NameTokens {
    /// Capitalised, or a lowercase particle glued to a capitalised name ("al-Kadhimi").
    static func isCapitalized(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        if first.isUppercase { return true }
        guard let dash = word.firstIndex(of: "-") else { return false }
        let particle = word[..<dash].lowercased()
        let rest = word[word.index(after: dash)...]
        return ["al", "el", "bin", "ibn", "abu", "ad", "as", "ash", "an", "ar", "at", "az"].contains(particle)
            && rest.first?.isUppercase == true
    }
}
