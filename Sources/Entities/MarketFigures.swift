/// "The KOSPI rose 0.8%", "the MASI index fell", "Rent is CHF 1,720": a share index or a currency
/// is a figure a market report quotes, not a body, though it is written in capitals like one.
/// The exchange that runs an index stays a name ("the Korea Exchange", "Nasdaq"). One mention that
/// reads as a figure tells for all of the article's ("the benchmark VSX" ... "The VSX rose").
/// A name ending in "Index" is `EventNames`' ("Hang Seng Index"), and one named with its number of
/// shares `Designations`' ("FTSE 250"): each mention of those says so by itself.
enum MarketFigures {
    /// Share indexes whose names name nothing else, lowercased ("Nikkei" is a newspaper too and
    /// "Dow Jones" a publisher, so neither is here: "index" after them still tells).
    static let indexes: Set<String> = [
        "kospi", "kosdaq", "hang seng", "sensex", "nifty", "taiex", "masi", "madex", "ibovespa", "merval", "stoxx",
        "euro stoxx", "ibex", "omxs30", "wig20", "egx30", "tasi", "klci", "psei", "jci", "bist", "smi", "atx", "aex",
    ]

    /// ISO 4217 codes a sum is quoted in, besides those a reader knows by sign ("$", "£", "€").
    static let currencies: Set<String> = [
        "usd", "eur", "gbp", "jpy", "chf", "cny", "rmb", "hkd", "sgd", "aud", "nzd", "cad", "sek", "nok", "dkk",
        "pln", "czk", "huf", "ron", "inr", "pkr", "krw", "twd", "thb", "myr", "idr", "php", "vnd", "zar", "ngn",
        "kes", "ghs", "egp", "mad", "aed", "sar", "qar", "kwd", "ils", "rub", "uah", "brl", "mxn", "ars", "clp", "cop",
    ]

    /// Words that say the name before them is an index ("the MASI index").
    private static let indexWords: Set<String> = ["index", "indices", "indexes"]

    static func drop(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph]) -> [MentionSpan] {
        let position = paragraphs.positionsByIndex
        var figures: Set<String> = []
        for span in spans {
            guard let at = position[span.paragraph], isFigure(span, paragraphs[at]) else { continue }
            figures.insert(NameKey.of(span.surface(paragraphs[at].tokens)))
        }
        guard !figures.isEmpty else { return spans }
        return spans.filter { span in
            guard span.canonical == nil, let at = position[span.paragraph] else { return true }
            return !figures.contains(NameKey.of(span.surface(paragraphs[at].tokens)))
        }
    }

    static func isFigure(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.canonical == nil, span.type == .organization else { return false }
        let facts = paragraph.facts
        let length = span.end - span.first
        // Every listed index is one or two words: longer names are not joined into a key.
        if length <= 2, indexes.contains(facts[span.first ..< span.end].map(\.key).joined(separator: " ")) { return true }
        if span.end < facts.count, indexWords.contains(facts[span.end].key) { return true }
        if span.first >= 1, facts[span.first - 1].key == "benchmark" { return true }
        return length == 1 && currencies.contains(facts[span.first].key) && isCode(paragraph.tokens[span.first].text)
            && besideAnAmount(span, facts)
    }

    /// "CHF", not "Chf": a code is written in capitals.
    private static func isCode(_ word: String) -> Bool {
        word.utf8.count == 3 && word.utf8.allSatisfy { (65...90).contains($0) }
    }

    /// Words a sum is counted in before its code ("40 million CHF", "2 bn EUR"), lowercased.
    private static let amountWords: Set<String> = ["million", "billion", "trillion", "bn", "m"]

    /// "CHF 1,720", "40 million CHF", "1,720 CHF".
    private static func besideAnAmount(_ span: MentionSpan, _ facts: [TokenFacts]) -> Bool {
        if span.end < facts.count, facts[span.end].startsNumber { return true }
        guard span.first >= 1 else { return false }
        let before = facts[span.first - 1]
        return before.startsNumber || amountWords.contains(before.key)
    }
}
