/// "the Deputy Minister for Foreign Affairs, Mr ...", "Secretary of State": what follows an office's
/// title and "for" or "of" is the office's portfolio, part of the title, not a body; the tagger reads
/// it as one. A name with an organization word there is a body ("Minister of the Veldrian Navy").
/// The office holder's name may follow the portfolio in the same run of capitals ("Minister for
/// Foreign Affairs Penny Wong"): that is the person's.
enum PortfolioNames {
    /// Titles of offices that have portfolios.
    static let offices: Set<String> = ["minister", "secretary", "commissioner", "spokesperson", "spokesman", "spokeswoman"]

    /// What else a government's portfolios are named after, besides `NameRules.portfolioWords`
    /// and ordinary words: "Minister of Transportation and Communications", "of Mineral and
    /// Petroleum Resources", "for Fisheries and Oceans".
    static let domains: Set<String> = [
        "transportation", "communications", "telecommunications", "information", "mineral", "minerals", "mines",
        "mining", "resources", "petroleum", "tourism", "environment", "housing", "fisheries", "oceans", "works",
        "infrastructure", "planning", "development", "water", "sanitation", "lands", "forestry", "aviation",
        "youth", "sports", "sport", "women", "gender", "children", "family", "families", "welfare", "social",
        "employment", "industry", "industries", "investment", "technology", "science", "innovation", "digital",
        "power", "electricity", "natural", "public", "local", "rural", "urban", "regional", "cooperation",
        "integration", "arts", "heritage", "veterans", "immigration", "citizenship", "customs", "revenue",
        "climate", "maritime", "railways", "roads", "highways", "irrigation", "livestock", "food", "disaster",
        "management", "emergency", "refugees", "human", "rights", "constitutional", "legal", "higher",
    ]

    /// A capitalized word that may name a portfolio.
    static func isPortfolioWord(_ index: Int, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> Bool {
        let word = paragraph.facts[index]
        return paragraph.tokens[index].isWord && word.startsUppercase
            && (word.rules.contains(.portfolio) || domains.contains(word.key)
                || commonWords.contains(word.key) && !word.flags.contains(.firstName))
    }

    /// Drops portfolios read as organizations, keeping the name of the person holding one.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        var index = 0
        while index < spans.count {
            let span = spans[index]
            // The tagger may read the portfolio and the holder's given name as a person ("Transport Darragh").
            let personal = span.type == .person
            guard span.type == .organization || personal,
                  let portfolio = portfolioStart(span, paragraph, commonWords: commonWords)
            else { index += 1; continue }
            if let holder = holder(after: span, paragraph, commonWords: commonWords) {
                spans[index] = holder
                // The portfolio's first words, read as a name of their own ("Mineral"), go too.
                let before = spans[..<index].filter { $0.first >= portfolio }.count
                spans.removeSubrange((index - before)..<index)
                index += 1 - before
            } else if personal {
                index += 1
            } else {
                spans.remove(at: index)
            }
        }
    }

    /// Where the portfolio begins, when the span opens with a portfolio's word right after an
    /// office's title and "for" or "of" (or
    /// after more of the portfolio's words the tagger left out: "Minister of Foreign" + "Affairs
    /// Tomas Hale", "Minister of Mineral and" + "Petroleum Resources Ondine Vellacott"), and has no
    /// word of a body in it but the portfolio's own ("Transportation and Communications").
    private static func portfolioStart(_ span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> Int? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        func isPortfolioWord(_ index: Int) -> Bool { PortfolioNames.isPortfolioWord(index, paragraph, commonWords: commonWords) }
        var start = span.first
        while start >= 3 {
            if isPortfolioWord(start - 1) {
                start -= 1
            } else if start >= 4, ["and", "&", ","].contains(tokens[start - 1].text), isPortfolioWord(start - 2) {
                start -= 2
            } else {
                break
            }
        }
        guard start >= 2 else { return nil }
        let link = tokens[start - 1].text
        // "Minister of State for Transport": the office's own "of State" comes between.
        var office = start - 2
        if link == "for", office >= 2, tokens[office].text == "State", tokens[office - 1].text == "of" { office -= 2 }
        guard link == "for" || link == "of", facts[office].startsUppercase,
              offices.contains(facts[office].key), isPortfolioWord(span.first)
        else { return nil }
        let portfolioEnd = (span.first..<span.end).first { !isPortfolioWord($0) } ?? span.end
        let bodysWord = facts[portfolioEnd..<span.end].contains { $0.flags.contains(.organizationWord) || $0.flags.contains(.legalSuffix) }
            || portfolioEnd == span.end && facts[span.first..<span.end].contains { $0.flags.contains(.organizationWord) }
        return bodysWord ? nil : start
    }

    /// The words after the portfolio's ("Transport", "Energy Security", "Children"), two or three,
    /// capitalized and none an ordinary word: the office holder.
    private static func holder(after span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> MentionSpan? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        func isPortfolioWord(_ index: Int) -> Bool { PortfolioNames.isPortfolioWord(index, paragraph, commonWords: commonWords) }
        var first = span.first
        while first < span.end, isPortfolioWord(first) { first += 1 }
        guard first < span.end else { return nil }
        // The tagger may cut the holder's name short ("Transport Seán" + "Ó Deághaidh"): it runs on
        // through the capitalized words and hyphens after it.
        var end = first
        var words = 0
        while end < tokens.count, words < 4 {
            if tokens[end].isWord, facts[end].startsUppercase, !isPortfolioWord(end) {
                words += 1
                end += 1
            } else if ["-", "'", "\u{2019}"].contains(tokens[end].text), end > first, end + 1 < tokens.count,
                      tokens[end + 1].isWord, facts[end + 1].startsUppercase {
                end += 1
            } else if tokens[end].text == "-", end > first, end + 1 < tokens.count, tokens[end - 1].end == tokens[end].start,
                      tokens[end].end == tokens[end + 1].start, tokens[end + 1].isWord, facts[end + 1].startsLowercase,
                      tokens[end + 1].text.utf8.count <= 6 {
                // "Tsai Mei-kuan": a given name's second syllable, in lowercase.
                end += 2
                break
            } else {
                break
            }
        }
        guard end >= span.end, words >= 2, words <= 3 else { return nil }
        var person = span
        person.first = first
        person.end = end
        person.type = .person
        person.needsSupport = false
        return person
    }
}
