import NewsCore

/// "Office of the Public Guardian" + "and Trustee", "Council for Radio" + "and Television
/// Licensing": the tagger cuts a body's name at the "and" inside what it is "of" or "for".
/// After a body named by its head and its subject, "and" and a run of capitalized ordinary words
/// that ends there is more of that subject, and so are the runs a list puts before the "and"
/// ("Department of Culture" + ", Media and Sport"). A run with a name in it ("and NATO", "and Yorkshire
/// Water", "and Barclays") or ending with a body's own word ("and Police") is a second name, and
/// stays apart, unless the word is a field a body can oversee ("and Television Broadcasting").
enum CoordinatedComplements {
    /// Words of bodies' names ("Korea Broadcasting", "Kelvar Media") that also name what a
    /// ministry or a council is "of" or "for" ("Ministry of Information and Broadcasting").
    static let fields: Set<String> = ["broadcasting", "communications", "telecommunications", "media", "television", "entertainment"]

    /// `spans` sorted by their first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        let tokens = paragraph.tokens
        var index = 0
        while index < spans.count {
            defer { index += 1 }
            let left = spans[index]
            guard left.type == .organization, left.canonical == nil, left.end + 1 < tokens.count,
                  tokens[left.end].text == "and" || tokens[left.end].text == ",", hasHeadAndSubject(left, paragraph) else { continue }
            // ", Media" and more such runs, then "and" and the last: each a subject, not a body.
            var link = left.end
            var end: Int?
            while end == nil, link + 1 < tokens.count, tokens[link].text == "," || tokens[link].text == "and",
                  let runEnd = subjectRun(from: link + 1, paragraph, commonWords) {
                if tokens[link].text == "and" { end = runEnd } else { link = runEnd }
            }
            guard let end else { continue }
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

    /// The end of a run of one to three capitalized ordinary words at `first` that ends the capitals
    /// ("and Trustee said", not "and Trustee Halvard") and does not end with a body's own word
    /// ("and Police", "and National Radio"), unless that word is a field.
    private static func subjectRun(from first: Int, _ paragraph: TokenizedParagraph, _ commonWords: Set<String>) -> Int? {
        let tokens = paragraph.tokens, facts = paragraph.facts
        var end = first
        // A field is a subject even where a town shares its name (Media, Pennsylvania).
        while end < tokens.count, tokens[end].isWord, facts[end].startsUppercase,
              isOrdinary(facts[end], commonWords) || fields.contains(facts[end].key) {
            end += 1
        }
        guard (1...3).contains(end - first), end == tokens.count || !(tokens[end].isWord && facts[end].startsUppercase)
        else { return nil }
        let last = facts[end - 1]
        guard fields.contains(last.key) || !CoordinatedOrganizations.isBodyWord(last) && !NameRules.organizationWords.contains(last.key)
        else { return nil }
        return end
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
    static func isOrdinary(_ word: TokenFacts, _ commonWords: Set<String>) -> Bool {
        commonWords.contains(word.key) && !word.flags.contains(.place)
    }
}
