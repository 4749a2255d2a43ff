/// Text whose capitals say nothing about names: shouted ("TROOPS LEAVE IRAQ") or Title Case
/// ("US Troops Leave Iraq Within Days"), as headlines are.
public enum HeadlineCase {
    public static func capitalsMeanNothing(_ tokens: [TaggerToken]) -> Bool {
        var letters = 0
        var upper = 0
        var longWords = 0
        var capitalizedLongWords = 0
        for token in tokens where token.isWord {
            if let counted = token.text.utf8.withContiguousStorageIfAvailable({ asciiCounts($0) }), let (l, u, capitalized) = counted {
                letters += l
                upper += u
                if token.text.utf8.count > 3 {
                    longWords += 1
                    if capitalized { capitalizedLongWords += 1 }
                }
                continue
            }
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
        // Title Case: nearly every longer word capitalized, in a short line without a full stop, at
        // its end or between two sentences ("…at Optus Stadium. Photo: Tom Hale/Getty Images").
        let sentenceLike = tokens.last?.text == "." || tokens.count > 40
            || tokens.indices.dropLast().contains { tokens[$0].text == "." && tokens[$0 + 1].isWord }
        return !sentenceLike && longWords >= 4 && capitalizedLongWords * 10 >= longWords * 8
            && !CreditLines.isCreditLine(tokens)
    }

    /// "1. Tarvel Cuts Prices Again 2. Orrin Wage Talks Set Up Rate Rise": a numbered list of headlines,
    /// each in Title Case, which the list's "1." keeps `capitalsMeanNothing` from seeing (it reads
    /// a full stop before a word as a sentence's end). Apart from it, so the tagger's training,
    /// which skips headlines by that test, reads what it always read.
    public static func isNumberedHeadlines(_ tokens: [TaggerToken]) -> Bool {
        func opensItem(_ index: Int) -> Bool {
            index + 2 < tokens.count && tokens[index].isWord && tokens[index].text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
                && tokens[index + 1].text == "." && tokens[index + 2].isWord
        }
        guard opensItem(0) else { return false }
        var start = 0
        var index = 2
        while index <= tokens.count {
            if index == tokens.count || opensItem(index) && tokens[index - 1].isWord {
                guard capitalsMeanNothing(Array(tokens[(start + 2)..<index])) else { return false }
                start = index
                index += 2
            }
            index += 1
        }
        return true
    }

    /// Letters, capitals and whether the first letter is one, for an ASCII word; nil otherwise.
    private static func asciiCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Bool)? {
        var letters = 0
        var upper = 0
        var firstIsUpper = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte >= 65 && byte <= 90 {
                if letters == 0 { firstIsUpper = true }
                letters += 1
                upper += 1
            } else if byte >= 97 && byte <= 122 {
                letters += 1
            }
        }
        return (letters, upper, firstIsUpper)
    }
}
