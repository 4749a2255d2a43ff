import NewsCore

/// One possible mention: a run of words and what the rules made of it.
struct Candidate {
    var surface: String
    /// nil when the words alone do not say (a lone "Kadhimi"); resolved against the rest of the article.
    var type: EntityType?
    /// The alias table's canonical name, when it knew the words.
    var canonical: String?
    var location: MentionLocation
}

/// Reads one run of capitalised words: strips function words and titles, splits
/// "US President Joe Biden" into a place and a person, and types what is left.
struct SequenceClassifier {
    let lexicon: Lexicon

    func candidates(_ words: ArraySlice<WordToken>, paragraph: Int) -> [Candidate] {
        var words = words
        while let first = words.first, NameRules.functionWords.contains(first.text.lowercased()) { words.removeFirst() }
        while let last = words.last, NameRules.connectors.contains(last.text.lowercased()) { words.removeLast() }
        guard !words.isEmpty else { return [] }

        // Whole-run matches first: the alias table, places and organizations keep their words.
        if let whole = typedWhole(words, paragraph: paragraph) { return [whole] }

        // "US President Joe Biden", "Iraqi Maj Gen Tahsin Al Khafaji": a person after a title.
        if let titleStart = words.firstIndex(where: { isTitle($0.text) }) {
            var index = titleStart
            while index < words.endIndex {
                let word = withoutDot(words[index].text)
                guard NameRules.titles.contains(word) || NameRules.portfolioWords.contains(word) else { break }
                index += 1
            }
            var result = candidates(words[words.startIndex..<titleStart], paragraph: paragraph)
            let name = words[index...]
            if !name.isEmpty, !name.contains(where: { isOrganizationWord($0.text) }) {
                result.append(candidate(name, type: .person, paragraph: paragraph))
            } else if !name.isEmpty {
                result += candidates(name, paragraph: paragraph)
            }
            return result
        }

        // A leading demonym describes what follows: "Iraqi militia", "Turkish" alone.
        if lexicon.demonyms.contains(TextFolding.nameKey(words.first!.text)) {
            return candidates(words.dropFirst(), paragraph: paragraph)
        }

        let first = TextFolding.nameKey(words.first!.text)
        if words.count >= 2, lexicon.firstNames.contains(first) {
            return [candidate(words, type: .person, paragraph: paragraph)]
        }
        if words.count == 1, isAcronym(words.first!.text) {
            return [candidate(words, type: .organization, paragraph: paragraph)]
        }
        // Sentence-initial single words are usually ordinary words; unknown ones wait for a match.
        if words.count == 1, words.first!.sentenceStart, NameRules.functionWords.contains(first) { return [] }
        return [candidate(words, type: nil, paragraph: paragraph)]
    }

    private func typedWhole(_ words: ArraySlice<WordToken>, paragraph: Int) -> Candidate? {
        let surface = text(of: words)
        if let (type, canonical) = lexicon.aliases[Lexicon.aliasKey(surface)] {
            var result = candidate(words, type: type, paragraph: paragraph)
            result.canonical = canonical
            return result
        }
        let key = TextFolding.nameKey(surface)
        if lexicon.places.contains(key) { return candidate(words, type: .place, paragraph: paragraph) }
        if words.count >= 2, words.contains(where: { isOrganizationWord($0.text) }), !isTitle(words.first!.text) {
            return candidate(words, type: .organization, paragraph: paragraph)
        }
        return nil
    }

    private func isTitle(_ word: String) -> Bool {
        NameRules.titles.contains(withoutDot(word))
    }

    /// "Gen." -> "gen".
    private func withoutDot(_ word: String) -> String {
        (word.hasSuffix(".") ? String(word.dropLast()) : word).lowercased()
    }

    private func isOrganizationWord(_ word: String) -> Bool {
        NameRules.organizationWords.contains(word.lowercased())
    }

    private func isAcronym(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return (2...6).contains(letters.count) && letters.allSatisfy(\.isUppercase)
            && !NameRules.commonAcronyms.contains(String(letters))
    }

    private func text(of words: ArraySlice<WordToken>) -> String {
        words.map(\.text).joined(separator: " ")
    }

    private func candidate(_ words: ArraySlice<WordToken>, type: EntityType?, paragraph: Int) -> Candidate {
        let start = words.first!.start
        let end = words.last!.end
        return Candidate(surface: text(of: words), type: type, canonical: nil,
                         location: MentionLocation(paragraph: paragraph, start: start, length: end - start))
    }
}
