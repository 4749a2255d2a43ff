import NewsCore

/// The first extractor: runs of capitalised words, typed by titles, word lists and
/// organization words, with partial names folded into the full name used in the same article.
/// Honest about its limits: a name it cannot type from these cues is left out, not guessed.
public struct CapitalizedNameExtractor: EntityExtractor {
    let classifier: SequenceClassifier

    public init(lexicon: Lexicon = .shared) {
        classifier = SequenceClassifier(lexicon: lexicon)
    }

    public func entities(in article: Article) -> [ArticleEntity] {
        var candidates: [Candidate] = []
        for (index, text) in [article.title].enumerated() where !article.titleDerived {
            candidates += self.candidates(in: text, paragraph: index - 1)
        }
        for (index, paragraph) in article.paragraphs.enumerated() {
            candidates += self.candidates(in: paragraph, paragraph: index)
        }
        return AliasResolver.resolve(candidates)
    }

    func candidates(in text: String, paragraph: Int) -> [Candidate] {
        // An all-capitals line is a shouted headline: every word looks like an acronym.
        if isShouted(text) { return [] }

        let words = NameTokens.words(in: text)
        var result: [Candidate] = []
        var runStart: Int?
        for index in words.indices {
            let word = words[index]
            let capitalized = NameTokens.isCapitalized(word.text)
            let continues = runStart != nil && word.joinedToPrevious
                && (capitalized || isConnector(words, at: index))
            if continues { continue }
            if let start = runStart { result += classifier.candidates(words[start..<index], paragraph: paragraph) }
            runStart = capitalized ? index : nil
        }
        if let start = runStart { result += classifier.candidates(words[start..<words.endIndex], paragraph: paragraph) }
        return result
    }

    /// More than four letters in five upper case, over a dozen letters.
    private func isShouted(_ text: String) -> Bool {
        var letters = 0
        var upper = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 65 && value <= 90 { letters += 1; upper += 1 } else if value >= 97 && value <= 122 { letters += 1 }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
            }
        }
        return letters > 12 && upper * 10 > letters * 8
    }

    /// "of" in "Ministry of Foreign Affairs": a lowercase word inside a name, never at its end.
    private func isConnector(_ words: [WordToken], at index: Int) -> Bool {
        guard NameRules.connectors.contains(words[index].text), index + 1 < words.count else { return false }
        let next = words[index + 1]
        return next.joinedToPrevious && NameTokens.isCapitalized(next.text)
    }
}
