import NewsCore

/// "Kingdom of the Netherlands", "Republic of the Congo": a state's formal name, one place. The
/// tagger reads the country alone and the statehood word as a second name.
enum FormalStateNames {
    /// The longest country's name after "of" ("Great Britain and Northern Ireland" is not followed).
    static let longestCountry = 4

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        var found: [MentionSpan] = []
        for first in paragraph.tokens.indices {
            guard let country = countryStart(afterStatehood: first, paragraph) else { continue }
            var end = country
            while end - country < longestCountry, isNameWord(end, paragraph) { end += 1 }
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .place))
        }
        return found
    }

    /// Where the country's name starts after a capitalized statehood word at `index` and its "of"
    /// or "of the" ("Kingdom" + "of the" + "Netherlands"); nil when no name word follows.
    static func countryStart(afterStatehood index: Int, _ paragraph: TokenizedParagraph) -> Int? {
        let tokens = paragraph.tokens
        guard paragraph.isCapitalizedWord(index), paragraph.facts[index].rules.contains(.statehood),
              index + 1 < tokens.count, tokens[index + 1].text == "of" else { return nil }
        var start = index + 2
        if start < tokens.count, tokens[start].text == "the" { start += 1 }
        return isNameWord(start, paragraph) ? start : nil
    }

    /// A capitalized word of a name: not "Tuesday" or "The", not a title ("Ambassador").
    static func isNameWord(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        paragraph.isCapitalizedWord(index) && !paragraph.facts[index].rules.contains(.functionWord)
            && !paragraph.facts[index].isTitle
    }
}
