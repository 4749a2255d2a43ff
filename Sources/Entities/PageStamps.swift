/// "08:47 pm IST", "GMT Updated", "Nov 9, 2025", "HK$11.06", "bt All Blacks 20 (...)", "Crowd of
/// 31,000": time stamps, dates, currency codes and scores sit next to names on a page, and the
/// tagger runs names into them. They are cut from a name's ends; a name of nothing else goes.
enum PageStamps {
    /// Time zones after a clock time, written in capitals.
    static let timeZones: Set<String> = [
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
        "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "WAT", "EAT", "CAT",
        "SAST", "MSK", "PHT", "WIB", "ICT",
    ]
    /// North American zones of two letters ("8:00 a.m. ET"): stamps only right after a clock's half of the day.
    static let shortTimeZones: Set<String> = ["ET", "PT", "CT", "MT"]
    static let halvesOfTheDay: Set<String> = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "AM", "PM"]

    /// What a page says of when an article appeared or changed.
    static let stampWords: Set<String> = ["updated", "published", "posted", "modified"]
    /// Signs glued after a currency's letter code ("HK$", "GH₵", "R$").
    static let currencySigns: Set<String> = ["$", "₵", "€", "£", "¥", "₹", "₦", "₩", "₱", "₪", "₺", "₽", "₴", "₸"]

    /// Moves the span's ends in past stamps; it may end up empty.
    static func trim(_ span: inout MentionSpan, _ paragraph: TokenizedParagraph) {
        while span.first < span.end, isStamp(span.first, paragraph) { span.first += 1 }
        while span.end > span.first {
            let last = span.end - 1
            if isStamp(last, paragraph) || MonthAbbreviations.startsDate(at: last, paragraph)
                || isScoreOrCount(last, paragraph) || isCurrencyCode(last, paragraph) {
                span.end -= 1
                continue
            }
            break
        }
    }

    private static func isStamp(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let token = paragraph.tokens[index]
        guard token.isWord, paragraph.facts[index].startsUppercase else { return false }
        // Asked of every name's ends: the lengths rule out nearly every word before a set is hashed.
        let length = token.text.utf8.count
        if length >= 3, length <= 4, mayBeTimeZone(token.text), timeZones.contains(token.text) { return true }
        if length == 2 { return isShortTimeZone(index, paragraph.tokens) }
        return length >= 6 && length <= 9 && paragraph.facts[index].rules.contains(.stampWord)
    }

    /// "a.m. ET", "PM ET": a two-letter zone with the half of the day right before, its closing
    /// full stop apart or not.
    static func isShortTimeZone(_ index: Int, _ tokens: [TaggerToken]) -> Bool {
        guard shortTimeZones.contains(tokens[index].text) else { return false }
        var before = index - 1
        if before > 0, tokens[before].text == "." { before -= 1 }
        return before >= 0 && halvesOfTheDay.contains(tokens[before].text)
    }

    /// False for a word with a byte that is neither a capital nor outside ASCII ("John", "Lima"):
    /// no time zone is written so, and the set is not hashed for it.
    private static func mayBeTimeZone(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || $0 >= 0x80 }
    }

    /// "20 (" after a team, "20-17", "31,000": a number that scores or counts ends no name
    /// ("Channel 4", "Formula 1" stay).
    private static func isScoreOrCount(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard paragraph.facts[index].numeral, index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].text
        if next == "(" { return true }
        guard index + 2 < tokens.count, paragraph.facts[index + 2].startsNumber else { return false }
        return next == "-" || next == "\u{2013}" || next == "," && tokens[index + 1].end == tokens[index + 2].start
    }

    /// "$", "€": a byte first, then the set, as nearly every mark asked is "," or ".".
    static func isCurrencySign(_ text: String) -> Bool {
        guard let head = text.utf8.first, head == UInt8(ascii: "$") || head >= 0x80 else { return false }
        return currencySigns.contains(text)
    }

    /// "HK" in "HK$11.06".
    static func isCurrencyCode(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard index + 1 < tokens.count, tokens[index].end == tokens[index + 1].start else { return false }
        let next = tokens[index + 1].text
        // Every sign but "$" is outside ASCII; most glued tokens are "," or ".".
        guard let head = next.utf8.first, head == UInt8(ascii: "$") || head >= 0x80 else { return false }
        return currencySigns.contains(next) || next.unicodeScalars.first.map { currencySigns.contains(String($0)) } == true
    }
}
