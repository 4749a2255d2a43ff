import NewsCore

/// Names the tagger missed but a title vouches for: "Gen Al Khafaji", "President Biden".
/// A capitalized title, optionally more titles, then capitalized words: a person.
enum TitledNames {
    static func find(in paragraph: TokenizedParagraph, gazetteer: NameGazetteer) -> [MentionSpan] {
        let tokens = paragraph.tokens
        var result: [MentionSpan] = []
        var index = 0
        while index < tokens.count {
            guard isCapitalizedTitle(tokens[index], gazetteer) else { index += 1; continue }
            var first = index + 1
            while first < tokens.count, isCapitalizedTitle(tokens[first], gazetteer) || tokens[first].text == "." {
                first += 1
            }
            var end = first
            while end < tokens.count, tokens[end].isWord, end - first < 4 {
                let token = tokens[end]
                let key = TextFolding.nameKey(token.text)
                let flags = gazetteer.flags(key: key)
                let nameWord = NameTokens.isCapitalized(token.text) && !NameRules.functionWords.contains(key)
                    && !flags.contains(.organizationWord) && !flags.contains(.title) && !flags.contains(.demonym)
                let particle = NameRules.connectors.contains(token.text) && token.text != "of"
                guard nameWord || (particle && end > first) else { break }
                end += 1
            }
            while end > first, NameRules.connectors.contains(tokens[end - 1].text) { end -= 1 }
            if end > first {
                result.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .person))
            }
            index = max(end, index + 1)
        }
        return result
    }

    /// A title that sits right before a person's name: capitalized ("President", "Gen") or a
    /// lowercase role word ("security adviser Qassim al-Araji", "militia leader Abu Mahdi").
    private static func isCapitalizedTitle(_ token: TaggerToken, _ gazetteer: NameGazetteer) -> Bool {
        guard token.isWord, let first = token.text.first else { return false }
        // Titles and role words are all in the gazetteer: one lookup rules most words out.
        guard gazetteer.flags(hash: FeatureHash.nameKeyHash(token.text)).contains(.title)
            || first.isLowercase && token.text.utf8.count >= 5 else { return false }
        let key = TextFolding.nameKey(token.text)
        if first.isLowercase { return NameRules.roleWords.contains(key) }
        // "Minister" alone may head a portfolio; only these titles promise a name next.
        return first.isUppercase && gazetteer.flags(key: key).contains(.title) && NameRules.personTitles.contains(key)
    }
}
