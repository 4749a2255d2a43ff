import NewsCore

/// "Kingdom of the Netherlands", "Republic of the Congo": a state's formal name, one place. The
/// tagger reads the country alone and the statehood word as a second name.
enum FormalStateNames {
    /// The longest country's name after "of" ("Great Britain and Northern Ireland" is not followed).
    static let longestCountry = 4

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        for first in tokens.indices where paragraph.isCapitalizedWord(first) && facts[first].rules.contains(.statehood) {
            var end = first + 1
            guard end < tokens.count, tokens[end].text == "of" else { continue }
            end += 1
            if end < tokens.count, tokens[end].text == "the" { end += 1 }
            let country = end
            while end < tokens.count, end - country < longestCountry, paragraph.isCapitalizedWord(end),
                  !facts[end].rules.contains(.functionWord), !facts[end].isTitle {
                end += 1
            }
            guard end > country else { continue }
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .place))
        }
        return found
    }
}
