import NewsCore

/// A key that spelling variants of one name share, for matching and for ids across articles:
/// "Soleimani"/"Suleimani", "Qasem"/"Qassem", "Mohammed"/"Muhammad", "Al Kadhimi"/"al-Kadhimi".
/// Vowel runs become "a" after the first letter, doubled letters count once, and
/// particles ("al", "bin", "de") are left out. The first letter stays exact ("Oman" is not "Amman").
enum SpellingKey {
    static func words(_ name: String) -> [String] {
        var words = TextFolding.nameKey(name).split(separator: " ")
            .filter { !NameRules.particles.contains(String($0)) }
        // "Apple Inc." is "Apple": a trailing legal form does not tell two companies apart.
        if words.count > 1, let last = words.last, NameRules.legalForms.contains(String(last)) { words.removeLast() }
        return words.map { skeleton(Substring($0)) }
    }

    static func key(_ name: String) -> String {
        let result = words(name)
        return result.isEmpty ? TextFolding.nameKey(name) : result.joined(separator: "-")
    }

    static func skeleton(_ word: Substring) -> String {
        var result = ""
        var previous: Character = " "
        for (offset, character) in word.enumerated() {
            let mapped: Character = offset > 0 && "aeiouy".contains(character) ? "a" : character
            if mapped != previous { result.append(mapped) }
            previous = mapped
        }
        return result
    }
}
