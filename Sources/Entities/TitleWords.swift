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

    /// "the General Confederation of Veldrian Labour", "the General Union of Oil Workers": after "the", a rank
    /// word at `title` opening "X of Y" is the first word of a body's name. A person's title is
    /// followed by a name, and a title's own "of" comes right after it ("the Prince of Wales") or
    /// after another office word ("the Chief Minister of Punjab").
    static func opensBodysName(at title: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        guard title > 0, title + 3 < tokens.count, tokens[title - 1].text.lowercased() == "the" else { return false }
        let next = facts[title + 1]
        guard tokens[title + 1].isWord, next.startsUppercase, !next.isTitle, !next.rules.contains(.portfolio) else { return false }
        var index = title + 2
        while index + 1 < tokens.count, tokens[index].isWord, facts[index].startsUppercase { index += 1 }
        return tokens[index].text == "of" && index + 1 < tokens.count && facts[index + 1].startsUppercase
    }
}
