import NewsCore

/// "Office of the Public Guardian" + "and Trustee", "Council for Radio" + "and Television
/// Licensing": the tagger cuts a body's name at the "and" inside what it is "of" or "for".
/// After a body named by its head and its subject, "and" and a run of capitalized ordinary words
/// that ends there is more of that subject. A run with a name in it ("and NATO", "and Yorkshire
/// Water", "and Barclays") or ending with a body's own word ("and Police") is a second name, and
/// stays apart.
enum CoordinatedComplements {
    /// `spans` sorted by their first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 0
        while index < spans.count {
            defer { index += 1 }
            let left = spans[index]
            let and = left.end
            guard left.type == .organization, left.canonical == nil, and + 1 < tokens.count, tokens[and].text == "and",
                  hasHeadAndSubject(left, paragraph) else { continue }
            var end = and + 1
            while end < tokens.count, tokens[end].isWord, facts[end].startsUppercase, isOrdinary(facts[end], commonWords) {
                end += 1
            }
            // The run is one to three words and ends the capitals: "and Trustee said", not "and Trustee Halvard".
            guard (1...3).contains(end - and - 1), end == tokens.count || !(tokens[end].isWord && facts[end].startsUppercase)
            else { continue }
            // "and Police", "and National Radio": ending with a body's own word, the run is a body.
            let last = facts[end - 1]
            guard !CoordinatedOrganizations.isBodyWord(last), !NameRules.organizationWords.contains(last.key) else { continue }
            // A span inside the run goes with it; one reaching past it is a name of its own.
            var next = index + 1
            while next < spans.count, spans[next].first < end {
                guard spans[next].end <= end else { break }
                next += 1
            }
            if next < spans.count, spans[next].first < end { continue }
            spans[index].end = end
            spans.removeSubrange(index + 1..<next)
        }
    }

    /// "Office of the Public Guardian", "Council for Radio": a head word, then "of" or "for", then
    /// the subject in capitals.
    private static func hasHeadAndSubject(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens, facts = paragraph.facts
        guard span.end - span.first >= 3,
              let link = (span.first + 1..<span.end - 1).first(where: { tokens[$0].text == "of" || tokens[$0].text == "for" })
        else { return false }
        let head = facts[link - 1]
        guard head.flags.contains(.organizationWord) || head.rules.contains(.organizationHead)
                || OrganizationOfJoins.forOnHeads.contains(head.key) else { return false }
        return facts[span.end - 1].startsUppercase
    }

    /// "Trustee", "Television": a word news writes in lower case when it names nothing.
    private static func isOrdinary(_ word: TokenFacts, _ commonWords: Set<String>) -> Bool {
        commonWords.contains(word.key) && !word.flags.contains(.place)
    }
}
