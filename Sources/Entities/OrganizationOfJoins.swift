/// "Velden Museum" + "of" + "Harbury Art", "Institute" + "of" + "Velden": the tagger may cut a body's
/// name at its "of". A body's name that ends with its head word ("Museum", "University", "Bank"),
/// then "of" and a name with no head word of its own, is one name: the body of that subject or place.
/// The same holds for "for" and "on" after the heads that take them ("Campaign for Better
/// Transport", "Panel on Climate Change"), and the head may stand alone, outside any span.
/// A body's name also goes on after "of the" and "for the" to the country or subject it serves
/// ("Ministry of Canal Works of the Republic of Moldova", "Policy Center for the New West").
enum OrganizationOfJoins {
    /// Heads whose name goes on after "for" or "on"; other bodies are followed by them in sentences
    /// ("Fox News on Trump", "the bank for years").
    static let forOnHeads: Set<String> = [
        "campaign", "committee", "commission", "panel", "convention", "conference", "council", "coalition",
        "alliance", "institute", "centre", "center", "fund", "office", "foundation", "society", "association",
        "forum", "ministry", "department", "bank", "agency", "organization", "organisation", "partnership",
        "party", "movement", "front", "union", "league", "federation", "trust", "board", "authority", "court",
        "tribunal", "school", "academy", "observatory", "commissioner", "subcommittee", "caucus", "group",
        "endowment", "project",
        // People banded together for a cause, and firms for an industry ("Students for Fair Wages",
        // "Parents for Safer Roads").
        "students", "parents", "mothers", "doctors", "lawyers", "scientists", "citizens", "veterans",
        "americans", "airlines",
    ]

    /// Whether the "for" or "on" at `link` goes on with the name begun at `first`: the word before it
    /// takes them ("Council on Foreign Relations", "Centers for Disease Control"), or the body's head
    /// sits before the name's own "of" ("Court of Appeals for the 9th Circuit"). After any other word
    /// the sentence goes on: "the Radio Network on Seattle Sports", "Drug Administration for HB-221".
    static func linkContinuesName(at link: Int, from first: Int, _ paragraph: TokenizedParagraph) -> Bool {
        guard link > first else { return false }
        let before = paragraph.facts[link - 1].key
        if forOnHeads.contains(before) || before.hasSuffix("s") && forOnHeads.contains(String(before.dropLast())) {
            return true
        }
        return (first + 1..<link).contains { paragraph.tokens[$0].text == "of" && isHead(paragraph.facts[$0 - 1], link: "of") }
    }

    /// `spans` sorted by their first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 0
        while index < spans.count {
            defer { index += 1 }
            let right = spans[index]
            guard right.canonical == nil, right.type != .person, right.first >= 2, right.end - right.first <= 4 else { continue }
            let link = tokens[right.first - 1].text
            // "The Security Council on Syria": a place after "for" or "on" is what the body discusses.
            guard link == "of" || (link == "for" || link == "on") && right.type == .organization else { continue }
            let head = facts[right.first - 2]
            guard tokens[right.first - 2].isWord, head.startsUppercase, isHead(head, link: link) else { continue }
            guard !hasBodysWord(facts[right.first..<right.end]) else { continue }
            if index > 0, spans[index - 1].end == right.first - 1 {
                // The head ends the span before: "Velden Museum" + "of Harbury Art".
                let left = spans[index - 1]
                guard left.type == .organization || link != "of", left.canonical == nil else { continue }
                spans[index - 1].end = right.end
                spans[index - 1].type = .organization
                spans.remove(at: index)
                index -= 1
            } else if link != "of" {
                // "the Campaign for Better Transport": the head and the capitals before it, unclaimed.
                var first = right.first - 2
                while first > 0, tokens[first - 1].isWord, facts[first - 1].startsUppercase,
                      !facts[first - 1].rules.contains(.functionWord), index == 0 || spans[index - 1].end <= first - 1 {
                    first -= 1
                }
                if index > 0, spans[index - 1].end > first { continue }
                spans[index].first = first
                spans[index].type = .organization
            }
        }
        takeStandingHeads(&spans, paragraph)
        joinAcrossThe(&spans, paragraph)
    }

    /// "Office" + "of the" + "U.S. Trade Representative": the tagger reads a body after "of the" but
    /// leaves the head word before it ("Office", "Ministry", "Council"), capitalized and in no span.
    /// The head opens the body's name; the whole is the office, not the holder it serves.
    private static func takeStandingHeads(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices {
            let right = spans[index], head = right.first - 3
            guard right.type == .organization, right.canonical == nil, head >= 0,
                  tokens[right.first - 1].text == "the", tokens[right.first - 2].text == "of",
                  index == 0 || spans[index - 1].end <= head,
                  tokens[head].isWord, facts[head].startsUppercase, isHead(facts[head], link: "of"),
                  !hasBodysWord(facts[right.first..<right.end]) else { continue }
            spans[index].first = head
        }
    }

    /// "Ministry of Canal Works" + "of the" + "Republic of Moldova": a body named by its head and
    /// what it is "of" runs on to the place it serves. A company's legal suffix ends its name ("Acme Corp of
    /// the United States" is two names), and a body after "of the" is another body.
    private static func joinAcrossThe(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 1
        while index < spans.count {
            defer { index += 1 }
            let left = spans[index - 1], right = spans[index]
            guard left.type == .organization, left.canonical == nil, right.canonical == nil, right.type != .person,
                  right.first >= 2, left.end == right.first - 2, right.end - right.first <= 4,
                  tokens[right.first - 1].text == "the" else { continue }
            let link = tokens[right.first - 2].text
            guard link == "of" || link == "for" && right.type == .organization else { continue }
            guard !hasBodysWord(facts[right.first..<right.end]) else { continue }
            let last = facts[left.end - 1]
            guard !last.flags.contains(.legalSuffix) else { continue }
            let named: Bool
            if link == "for" {
                named = forOnHeads.contains(last.key)
            } else {
                // The head ends the name ("Velden Museum") or opens it before its own "of"
                // ("Ministry of Canal Works").
                let ofInside = (left.first + 1..<left.end).first { tokens[$0].text == "of" }
                named = isHead(last, link: "of") || ofInside.map { isHead(facts[$0 - 1], link: "of") } ?? false
            }
            guard named else { continue }
            spans[index - 1].end = right.end
            spans.remove(at: index)
            index -= 1
        }
    }

    /// "Harbury Art" has none; "Harbury Art Trust", "Velden Ltd" name a body of their own.
    private static func hasBodysWord(_ words: ArraySlice<TokenFacts>) -> Bool {
        words.contains {
            $0.flags.contains(.organizationWord) || $0.flags.contains(.legalSuffix) || $0.rules.contains(.organizationHead)
        }
    }

    private static func isHead(_ head: TokenFacts, link: String) -> Bool {
        if link == "of" {
            // "Harumi Biologics Ltd of Nagoya": a legal form ends a company's name; "of" says where it is.
            if head.rules.contains(.legalForm) { return false }
            return head.flags.contains(.organizationWord) || head.rules.contains(.organizationHead)
                || UnmarkedOrganizations.businessWords.contains(head.key)
        }
        return forOnHeads.contains(head.key)
    }
}
