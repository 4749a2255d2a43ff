/// "the Deputy Minister for Foreign Affairs, Mr ...", "Secretary of State": what follows an office's
/// title and "for" or "of" is the office's portfolio, part of the title, not a body; the tagger reads
/// it as one. A name with an organization word there is a body ("Minister of the Veldrian Navy").
/// The office holder's name may follow the portfolio in the same run of capitals ("Minister for
/// Foreign Affairs Penny Wong"): that is the person's.
enum PortfolioNames {
    /// Titles of offices that have portfolios.
    static let offices: Set<String> = ["minister", "secretary", "commissioner", "spokesperson", "spokesman", "spokeswoman"]

    /// Drops portfolios read as organizations, keeping the name of the person holding one.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        var index = 0
        while index < spans.count {
            let span = spans[index]
            // The tagger may read the portfolio and the holder's given name as a person ("Transport Darragh").
            let personal = span.type == .person
            guard span.type == .organization || personal, followsAnOffice(span, paragraph) else { index += 1; continue }
            if let holder = holder(after: span, paragraph, commonWords: commonWords) {
                spans[index] = holder
                index += 1
            } else if personal {
                index += 1
            } else {
                spans.remove(at: index)
            }
        }
    }

    /// The span opens with a portfolio's word right after an office's title and "for" or "of" (or
    /// after more of the portfolio's words the tagger left out: "Minister of Foreign" + "Affairs
    /// Tomas Hale"), and has no word of a body in it.
    private static func followsAnOffice(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var start = span.first
        while start >= 3, tokens[start - 1].isWord, facts[start - 1].startsUppercase,
              facts[start - 1].rules.contains(.portfolio) { start -= 1 }
        guard start >= 2 else { return false }
        let link = tokens[start - 1].text
        // "Minister of State for Transport": the office's own "of State" comes between.
        var office = start - 2
        if link == "for", office >= 2, tokens[office].text == "State", tokens[office - 1].text == "of" { office -= 2 }
        guard link == "for" || link == "of", facts[office].startsUppercase,
              offices.contains(facts[office].key), facts[span.first].rules.contains(.portfolio)
        else { return false }
        return !facts[span.first..<span.end].contains { $0.flags.contains(.organizationWord) || $0.flags.contains(.legalSuffix) }
    }

    /// The words after the portfolio's ("Transport", "Energy Security", "Children"), two or three,
    /// capitalized and none an ordinary word: the office holder.
    private static func holder(after span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> MentionSpan? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        func isPortfolioWord(_ index: Int) -> Bool {
            facts[index].rules.contains(.portfolio)
                || commonWords.contains(facts[index].key) && !facts[index].flags.contains(.firstName)
        }
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
