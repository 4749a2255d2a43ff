/// "General Catalyst", "Leeds General Infirmary", "General Motors": a title followed only by
/// ordinary words no name list knows is a word of an organization's name, not a person's title
/// ("General Abdel Fattah", "President Bush": name lists know the words after those).
enum TitleWords {
    /// True when every word from `first` to `end` (end exclusive, at least one) is capitalized,
    /// an ordinary word and neither a first name nor a surname.
    static func onlyOrdinaryWordsFollow(from first: Int, to end: Int, _ paragraph: TokenizedParagraph,
                                        commonWords: Set<String>) -> Bool {
        guard first < end, end <= paragraph.tokens.count else { return false }
        for index in first..<end {
            let token = paragraph.tokens[index]
            let facts = paragraph.facts[index]
            guard token.isWord, facts.startsUppercase, !facts.isTitle,
                  facts.flags.isDisjoint(with: [.firstName, .surname]),
                  commonWords.contains(token.text.lowercased()) else { return false }
        }
        return true
    }

    /// The capitalized words right after `index`, up to four.
    static func capitalizedRunEnd(after index: Int, _ paragraph: TokenizedParagraph) -> Int {
        var end = index + 1
        while end < paragraph.tokens.count, end - index <= 4, paragraph.tokens[end].isWord,
              paragraph.facts[end].startsUppercase {
            end += 1
        }
        return end
    }
}
