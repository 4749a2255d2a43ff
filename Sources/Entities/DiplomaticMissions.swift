import NewsCore

/// "Embassy of Japan", "Consulate General of India", "Embassy of the Kingdom of the Netherlands":
/// a country's mission named as what it is of. The tagger reads the country alone, and after
/// "General" may take it for a person. Also "the British Embassy", named by its country first.
enum DiplomaticMissions {
    /// The longest country's name followed, in words ("Democratic Republic of the Congo").
    static let longestCountry = 6

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        for first in tokens.indices where paragraph.isCapitalizedWord(first) && NameRules.missionWords.contains(facts[first].key) {
            var end = first + 1
            if end < tokens.count, tokens[end].text == "General" { end += 1 }
            if let country = countryBefore(first, paragraph) {
                found.append(MentionSpan(paragraph: paragraph.index, first: country, end: end, type: .organization, cued: true))
                continue
            }
            guard end < tokens.count, tokens[end].text == "of" else { continue }
            end += 1
            if end < tokens.count, tokens[end].text == "the" { end += 1 }
            let country = end
            while end - country < longestCountry {
                // Not "Tuesday" or "Ambassador" after it: "the Embassy of Japan Ambassador Koji Tomita".
                if FormalStateNames.isNameWord(end, paragraph) {
                    end += 1
                    continue
                }
                // A state's formal name goes on through its own "of": "Kingdom of the Netherlands".
                guard end > country, let next = FormalStateNames.countryStart(afterStatehood: end - 1, paragraph) else { break }
                end = next
            }
            guard end > country else { continue }
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .organization, cued: true))
        }
        return found
    }

    /// "the British Embassy", "the US Consulate", "the South Korean Embassy": the country's name
    /// or demonym, in capitalized words right before the mission's word. The tagger, trained to
    /// leave "British" out of names, often reads "Embassy" alone or nothing.
    static func countryBefore(_ mission: Int, _ paragraph: TokenizedParagraph) -> Int? {
        var start = mission
        while start > 0, mission - start < longestCountry, paragraph.isCapitalizedWord(start - 1),
              !paragraph.facts[start - 1].flags.isDisjoint(with: [.demonym, .place]) {
            start -= 1
        }
        return start < mission ? start : nil
    }
}
