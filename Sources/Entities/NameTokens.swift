/// A word of running text with where it sits (offsets in Characters).
struct WordToken {
    var text: String
    var start: Int
    var end: Int
    /// True when only spaces separate this word from the one before.
    var joinedToPrevious: Bool
    /// True when a sentence may start here (text start, or after . ! ? or a quote mark).
    var sentenceStart: Bool
}

enum NameTokens {
    /// Words with internal hyphens, apostrophes and dots kept ("al-Kadhimi", "O'Brien", "U.S."),
    /// and a possessive "'s" left off ("Iraq's" -> "Iraq").
    static func words(in text: String) -> [WordToken] {
        let characters = Array(text)
        var tokens: [WordToken] = []
        var i = 0
        var onlySpacesSincePrevious = false
        var sentenceStart = true
        while i < characters.count {
            let c = characters[i]
            guard isWordCharacter(c) else {
                if !c.isWhitespace {
                    onlySpacesSincePrevious = false
                    if ".!?:\u{201C}\"".contains(c) { sentenceStart = true }
                }
                i += 1
                continue
            }
            var j = i + 1
            while j < characters.count {
                let d = characters[j]
                if isWordCharacter(d) { j += 1; continue }
                let joinsWord = d == "-" || d == "'" || d == "\u{2019}" || d == "."
                if joinsWord, j + 1 < characters.count, isWordCharacter(characters[j + 1]) {
                    j += 1
                    continue
                }
                // "U.S." keeps its final dot.
                if d == ".", j >= 2, characters[j - 2] == ".", characters[j - 1].isUppercase { j += 1 }
                break
            }
            // "Mr." and "Gen." keep their dot, which then neither ends a sentence nor splits a name.
            if j < characters.count, characters[j] == ".",
               NameTokens.abbreviatedTitles.contains(String(characters[i..<j]).lowercased()) {
                j += 1
            }
            var end = j
            if end - i > 2, characters[end - 1] == "s", characters[end - 2] == "'" || characters[end - 2] == "\u{2019}" {
                end -= 2
            }
            tokens.append(WordToken(text: String(characters[i..<end]), start: i, end: end,
                                    joinedToPrevious: onlySpacesSincePrevious && !tokens.isEmpty,
                                    sentenceStart: sentenceStart))
            // A possessive ends a name: "Iraq's Minister" is two names.
            onlySpacesSincePrevious = end == j
            sentenceStart = false
            i = j
        }
        return tokens
    }

    /// Letters and digits, with a shortcut for ASCII (Character properties are slow).
    @inline(__always)
    static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (ascii >= 48 && ascii <= 57) || (ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122)
        }
        return character.isLetter || character.isNumber
    }

    static let abbreviatedTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "cmdr", "rev", "sen",
        "rep", "gov", "st", "jr", "sr", "brig",
    ]

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
