/// "(Nasdaq: KLVR)", "NYSE: ORVL", "under the ticker HLWY", "ticker symbol TRVN": a stock's
/// symbol on its exchange, not a body of its own, though it is written in capitals like an
/// acronym. The exchange before the colon stays a name; the company is named beside it.
enum TickerSymbols {
    /// Exchanges written before a colon and a symbol, lowercased.
    static let exchanges: Set<String> = [
        "nasdaq", "nyse", "amex", "arca", "american", "lse", "aim", "tsx", "tsxv", "cse", "asx", "nzx", "jse", "hkex",
        "sehk", "sgx", "nse", "bse", "otc", "otcqb", "otcqx", "euronext", "xetra", "fra", "six", "cboe", "tyo", "krx",
        "idx", "set", "bursa", "ngx", "pse", "tase", "bmv", "bovespa", "b3",
    ]

    /// Words a symbol follows without a colon: "ticker", "symbol".
    static let symbolWords: Set<String> = ["ticker", "symbol"]

    static func isTicker(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.end - span.first == 1, span.canonical == nil, span.first >= 1,
              isSymbol(paragraph.tokens[span.first].text) else { return false }
        let facts = paragraph.facts
        let before = span.first - 1
        if symbolWords.contains(facts[before].key) { return true }
        guard before >= 1, paragraph.tokens[before].text == ":" else { return false }
        return exchanges.contains(facts[before - 1].key)
    }

    /// One to six capitals and digits, a capital first ("KLVR", "K2V").
    private static func isSymbol(_ word: String) -> Bool {
        let bytes = word.utf8
        guard (1...6).contains(bytes.count), let first = bytes.first, (65...90).contains(first) else { return false }
        return bytes.allSatisfy { (65...90).contains($0) || (48...57).contains($0) }
    }
}
