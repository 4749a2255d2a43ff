/// Text whose capitals say nothing about names: shouted ("TROOPS LEAVE IRAQ") or Title Case
/// ("US Troops Leave Iraq Within Days"), as headlines are.
enum HeadlineCase {
    static func capitalsMeanNothing(_ tokens: [TaggerToken]) -> Bool {
        var letters = 0
        var upper = 0
        var longWords = 0
        var capitalizedLongWords = 0
        for token in tokens where token.isWord {
            var first = true
            for character in token.text where character.isLetter {
                letters += 1
                if character.isUppercase { upper += 1 }
                if first, token.text.count > 3 {
                    longWords += 1
                    if character.isUppercase { capitalizedLongWords += 1 }
                }
                first = false
            }
        }
        if letters > 12, upper * 10 > letters * 8 { return true }
        // Title Case: nearly every longer word capitalized, in a short line without a full stop.
        let sentenceLike = tokens.last?.text == "." || tokens.count > 40
        return !sentenceLike && longWords >= 4 && capitalizedLongWords * 10 >= longWords * 8
    }
}
