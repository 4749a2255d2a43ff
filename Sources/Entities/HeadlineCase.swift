/// Text whose capitals say nothing about names: shouted ("TROOPS LEAVE IRAQ") or Title Case
/// ("US Troops Leave Iraq Within Days"), as headlines are.
public enum HeadlineCase {
    /// `inListItem`: a headline in a list may hold an abbreviation's full stop ("Warner Bros.
    /// Discovery Sets …"); a line of its own is read as the tagger's training reads it.
    public static func capitalsMeanNothing(_ tokens: [TaggerToken], inListItem: Bool = false) -> Bool {
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
        // "Bros.", "Inc.": a short capitalized word glued to its full stop.
        func isAbbreviation(before stop: Int) -> Bool {
            stop > 0 && tokens[stop - 1].isWord && tokens[stop - 1].end == tokens[stop].start
                && tokens[stop - 1].text.utf8.count <= 4 && tokens[stop - 1].text.first?.isUppercase == true
        }
        let sentenceLike = tokens.last?.text == "." || tokens.count > 40
            || tokens.indices.dropLast().contains { tokens[$0].text == "." && tokens[$0 + 1].isWord && !(inListItem && isAbbreviation(before: $0)) }
        return !sentenceLike && longWords >= 4 && capitalizedLongWords * 10 >= longWords * 8
            && !CreditLines.isCreditLine(tokens)
    }

    /// "1. Tarvel Cuts Prices Again 2. Orrin Wage Talks Set Up Rate Rise", "- Tarvel Cuts Prices
    /// Again - Orrin Names Kelby as Chair": a list of headlines, numbered or bulleted, each in Title
    /// Case, which the reader ran into one paragraph and whose "1." keeps `capitalsMeanNothing`
    /// from seeing (it reads a full stop before a word as a sentence's end). Apart from it, so the
    /// tagger's training, which skips headlines by that test, reads what it always read.
    public static func isListedHeadlines(_ tokens: [TaggerToken]) -> Bool {
        // The item's mark and the words it opens: "1." then a word, or a bullet set off by spaces.
        func itemStart(_ index: Int) -> Int? {
            guard index + 1 < tokens.count else { return nil }
            let token = tokens[index]
            if index + 2 < tokens.count, token.isWord, token.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
               tokens[index + 1].text == ".", tokens[index + 2].isWord {
                return index + 2
            }
            let spaced = (index == 0 || tokens[index - 1].end < token.start) && token.end < tokens[index + 1].start
            return spaced && bullets.contains(token.text) && tokens[index + 1].isWord ? index + 1 : nil
        }
        guard let first = itemStart(0) else { return false }
        var itemFirst = first
        var index = first
        var items = 1
        while index <= tokens.count {
            // An item ends after a word or a closing quote, where the next one's mark begins.
            let next = index < tokens.count && (tokens[index - 1].isWord || tokens[index - 1].text == "'") ? itemStart(index) : nil
            if index == tokens.count || next != nil {
                guard capitalsMeanNothing(Array(tokens[itemFirst..<index]), inListItem: true) else { return false }
                guard let next else { break }
                itemFirst = next
                items += 1
                index = next
            }
            index += 1
        }
        // One numbered headline is a list's; one line after a dash may be anything.
        return items >= 2 || tokens[0].text.utf8.first.map { $0 >= 48 && $0 <= 57 } == true
    }

    static let bullets: Set<String> = ["-", "\u{2022}", "*", "\u{2013}"]

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
