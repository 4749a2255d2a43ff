/// "the planet KX 2871 c", "the BRX 100 index", "the FTSE 250", "the 737 MAX 8": capitals and a number
/// are a catalogue's, an index's or a maker's designation for a star, a planet, a market measure or a
/// model, not the organization the letters may stand for.
enum Designations {
    /// Families of stock indexes, named with their number of shares ("FTSE 250", "S&P 500",
    /// "S&P/ASX 200", "Nikkei 225"): with the number, a market's measure, not the index's owner.
    static let marketIndexes: Set<String> = [
        "FTSE", "S&P", "ASX", "DAX", "MDAX", "CAC", "IBEX", "KOSPI", "KOSDAQ", "NIFTY", "Nifty", "SENSEX", "Sensex",
        "STOXX", "Stoxx", "TOPIX", "Topix", "BIST", "MSCI", "JSE", "KLCI", "NZX", "TSX", "AEX", "SMI", "OMX", "WIG",
        "Nikkei", "NIKKEI", "Russell", "FTSEurofirst", "Euro",
    ]

    /// A competition's groups and tiers, named by a letter or a number: "Group B", "Pool C",
    /// "Division II", "Division 1".
    static let competitionStages: Set<String> = ["group", "pool", "division", "tier"]
    static let romanNumerals: Set<String> = ["I", "II", "III", "IV", "V", "VI"]

    static func isDesignation(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        if span.end - span.first <= 2, isCompetitionStage(at: span.first, paragraph) { return true }
        // "Boeing 737 MAX 8": capitals between two numbers are a model's, no body's.
        if span.end - span.first == 1, span.first > 0, span.end < tokens.count, facts[span.first - 1].numeral,
           facts[span.end].numeral, AcronymDefinitions.acronymLetters(tokens[span.first].text) != nil { return true }
        // "Turn 1", "Turn 4": a race track's corner by its number.
        if span.end - span.first == 2, facts[span.first].key == "turn", facts[span.first + 1].numeral { return true }
        // The tagger may take the number in ("S&P 500"): the name is what comes before it.
        let nameEnd = span.end - span.first == 2 && facts[span.end - 1].numeral ? span.end - 1 : span.end
        guard nameEnd - span.first == 1, nameEnd < paragraph.tokens.count else { return false }
        if marketIndexes.contains(tokens[span.first].text) {
            // "S&P/ASX 200": families joined by a slash, then the number.
            var next = nameEnd
            while next + 1 < tokens.count, tokens[next].text == "/", marketIndexes.contains(tokens[next + 1].text) { next += 2 }
            if next < tokens.count, tokens[next].isWord, facts[next].numeral { return true }
        }
        // "S&P" of "S&P/ASX 200" seen from "ASX": a family after a slash is part of the same index.
        if span.first >= 2, tokens[span.first - 1].text == "/", marketIndexes.contains(tokens[span.first - 2].text),
           marketIndexes.contains(tokens[span.first].text) { return true }
        guard nameEnd + 1 < tokens.count else { return false }
        let number = nameEnd
        guard tokens[number].isWord, facts[number].numeral, tokens[number - 1].end < tokens[number].start,
              AcronymDefinitions.acronymLetters(tokens[span.first].text) != nil else { return false }
        let after = tokens[number + 1]
        guard after.isWord, facts[number + 1].startsLowercase else { return false }
        // "b", "c": a planet of the star; "index": a market's measure.
        return after.text.utf8.count == 1 || after.text == "index"
    }

    /// "Group B of the qualifying round": the stage's word, then its letter or number, and no
    /// capitalized word after them ("Group 4 Securicor" is a company).
    private static func isCompetitionStage(at index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let mark = index + 1
        guard mark < tokens.count, competitionStages.contains(paragraph.facts[index].key), tokens[mark].isWord,
              tokens[index].end < tokens[mark].start else { return false }
        let text = tokens[mark].text
        let letter = text.utf8.count == 1 && text.utf8.first.map { $0 >= 65 && $0 <= 90 } == true
        let number = paragraph.facts[mark].numeral && text.utf8.count <= 2
        guard letter || number || romanNumerals.contains(text) else { return false }
        return !paragraph.isCapitalizedWord(mark + 1)
    }
}
