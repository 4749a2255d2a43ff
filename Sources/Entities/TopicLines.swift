/// Words that look like names only because of where they stand: a topic-tag line
/// ("Floods | Rivers and lakes | Health", "Related topics: Energy, Coal") capitalizes its
/// ordinary words, a funding round ("a Series B round") and a page's newsletter ("Sign up for
/// Morning Money") are no organizations.
enum TopicLines {
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        let tokens = paragraph.tokens
        spans.removeAll { span in
            guard span.canonical == nil else { return false }
            // "Series B", "a Series A in September".
            if tokens[span.first].text == "Series", span.end - span.first <= 2,
               span.end - span.first == 1 ? span.end < tokens.count && isRoundLetter(tokens[span.end].text)
                                          : isRoundLetter(tokens[span.first + 1].text) {
                return true
            }
            return isNewsletter(span, paragraph)
        }
        guard isTopicLine(paragraph) else { return }
        spans.removeAll { span in
            // "Coal", or "Climate" of "Climate change".
            span.canonical == nil && span.end - span.first == 1
                && (commonWords.contains(tokens[span.first].text.lowercased())
                    || span.end < tokens.count && tokens[span.end].isWord
                       && tokens[span.end].text.first?.isLowercase == true)
        }
    }

    /// Words before a newsletter's or a podcast's name in a page's prompts.
    static let subscriptionLeads: [[String]] = [["sign", "up", "for"], ["subscribe", "to"], ["signup", "for"]]
    static let serials: Set<String> = ["newsletter", "newsletters", "podcast", "bulletin"]

    /// "Sign up for Essential California", "in Morning Money, POLITICO's daily newsletter", "the
    /// Playbook newsletter": a page's newsletter is no organization, whatever its name.
    /// Asked of every name: words are compared by their keys, worked out already, never lowercased again.
    private static func isNewsletter(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var before = span.first
        if before > 0, ["the", "our"].contains(facts[before - 1].key) { before -= 1 }
        for lead in subscriptionLeads where before >= lead.count
            && zip(facts[(before - lead.count)..<before], lead).allSatisfy({ $0.key == $1 }) { return true }
        // The serial's word right after the name, or after a comma within a few words ("X, the daily newsletter").
        var index = span.end
        if index < tokens.count, serials.contains(facts[index].key) { return true }
        guard index < tokens.count, tokens[index].text == "," else { return false }
        index += 1
        while index < tokens.count, index - span.end <= 6, tokens[index].text != "." {
            if serials.contains(facts[index].key) { return true }
            index += 1
        }
        return false
    }

    private static func isRoundLetter(_ text: String) -> Bool {
        text.count == 1 && text.first!.isUppercase
    }

    /// Three or more short items between "|", or a line opening "Topics:", "Related topics:", "Tags:".
    static func isTopicLine(_ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard tokens.count <= 60 else { return false }
        let bars = tokens.filter { $0.text == "|" }.count
        if bars >= 3 {
            var run = 0
            for token in tokens {
                if token.text == "|" { run = 0; continue }
                run += 1
                if run > 5 { return false }
            }
            return true
        }
        let opening = tokens.prefix(4).map { $0.text.lowercased() }
        guard let colon = opening.firstIndex(of: ":") else { return false }
        let head = opening[..<colon]
        return head.last == "topics" || head.last == "tags" || head.last == "topic"
    }
}
