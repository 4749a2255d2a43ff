import NewsCore

/// Names the tagger missed but a title vouches for: "Gen Al Khafaji", "President Biden".
/// A capitalized title, optionally more titles, then capitalized words: a person.
enum TitledNames {
    static func find(in paragraph: TokenizedParagraph, gazetteer: NameGazetteer, commonWords: Set<String>) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var result: [MentionSpan] = []
        var index = 0
        while index < tokens.count {
            guard isCapitalizedTitle(tokens[index], facts[index]) else { index += 1; continue }
            var first = index + 1
            while first < tokens.count, isCapitalizedTitle(tokens[first], facts[first]) || tokens[first].text == "."
                    || titleAfterHonorific(first, paragraph) {
                first += 1
            }
            var end = first
            while end < tokens.count, tokens[end].isWord, end - first < 4 {
                let word = facts[end]
                let nameWord = word.capitalized && !word.rules.contains(.functionWord)
                    && !word.flags.contains(.organizationWord) && !word.flags.contains(.title) && !word.flags.contains(.demonym)
                let particle = isConnectorAsWritten(tokens[end], word) && tokens[end].text != "of"
                guard nameWord || (particle && end > first) else { break }
                end += 1
            }
            while end > first, isConnectorAsWritten(tokens[end - 1], facts[end - 1]) { end -= 1 }
            // "General Catalyst", "Leeds General Infirmary": the title is a word of a name.
            let partOfName = facts[index].startsUppercase
                && TitleWords.onlyOrdinaryWordsFollow(from: first, to: TitleWords.capitalizedRunEnd(after: first - 1, paragraph),
                                                      paragraph, commonWords: commonWords)
            if end > first, !partOfName, !TitleWords.opensBodysName(at: index, paragraph) {
                // The title is the sentence's word on the name: it outvotes a pronoun after it ("… described its conduct").
                result.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .person, cued: true))
            }
            index = max(end, index + 1)
        }
        return result
    }

    /// Forms of address a judge's or a peer's title follows.
    static let honorifics: Set<String> = PersonEvidence.honorifics.union(["lord", "lady"])

    /// "Mr Justice Hale", "Lord Justice Vell": after an honorific, any title is the person's too.
    private static func titleAfterHonorific(_ at: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        return paragraph.tokens[at].isWord && facts[at].startsUppercase && facts[at].isTitle && honorifics.contains(facts[at - 1].key)
    }

    /// "al", "bin", "de" exactly as written (lowercase); a word written so is its own key.
    private static func isConnectorAsWritten(_ token: TaggerToken, _ facts: TokenFacts) -> Bool {
        facts.rules.contains(.connector) && NameRules.connectors.contains(token.text)
    }

    /// A title that sits right before a person's name: capitalized ("President", "Gen") or a
    /// lowercase role word ("security adviser Qassim al-Araji", "militia leader Abu Mahdi").
    private static func isCapitalizedTitle(_ token: TaggerToken, _ facts: TokenFacts) -> Bool {
        guard token.isWord else { return false }
        // Titles and role words are all in the gazetteer: one lookup rules most words out.
        guard facts.flags.contains(.title) || facts.startsLowercase && token.text.utf8.count >= 5 else { return false }
        if facts.startsLowercase { return facts.rules.contains(.roleWord) }
        if token.text.utf8.count >= 2, CapitalLetters.count(in: token.text) != nil,
           !NameRules.titlesWrittenInCapitals.contains(facts.key) { return false }
        // "Minister" alone may head a portfolio; only these titles promise a name next.
        return facts.startsUppercase && facts.flags.contains(.title) && facts.rules.contains(.personTitle)
    }
}
