/// How many letters a word set all in capitals has ("WASHINGTON" 10, "AP" 2); nil when any letter
/// is lowercase. Bylines and entity names ask it of a word's setting.
enum CapitalLetters {
    static func count(in text: String) -> Int? {
        var letters = 0
        for character in text where character.isLetter {
            if character.isLowercase { return nil }
            letters += 1
        }
        return letters
    }
}
