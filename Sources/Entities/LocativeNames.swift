/// "a plant in Schwarzheide", "an academy in Guindy", "villages near Ostrava", "a trip to Anfield": a
/// lone word right after "in" or "near", or "to" after a journey, is where something is. The tagger
/// reads unknown names there as organizations (longer names there are as often journals and leagues:
/// "in Nature Astronomy"); bodies after "in" show themselves (an organization word, an acronym,
/// "in Acme's results").
enum LocativeNames {
    static let prepositions: Set<String> = ["in", "near", "outside"]
    /// "a trip to Anfield", "fled to Guiuan": after these, "to" leads to a place too. ("moved to",
    /// "returned to" are left out: people move to firms.)
    static let journeys: Set<String> = [
        "trip", "trips", "visit", "visits", "journey", "travel", "travels", "travelled", "traveled", "travelling",
        "traveling", "flew", "fly", "flies", "flying", "drove", "sailed", "fled", "flee", "fleeing", "evacuated",
        "deported", "commute", "commuted", "marched", "walked", "pilgrimage", "voyage", "flight", "flights",
    ]

    /// "in X", "near X", "a trip to X".
    private static func leadsToAPlace(_ first: Int, _ tokens: [TaggerToken]) -> Bool {
        guard first > 0 else { return false }
        let before = tokens[first - 1].text
        if prepositions.contains(before) { return true }
        return before == "to" && first >= 2 && journeys.contains(tokens[first - 2].text)
    }

    static func isPlace(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        guard span.type == .organization, span.end - span.first == 1, leadsToAPlace(span.first, tokens) else { return false }
        // A capital next: the tagger cut a longer name short ("in Single A").
        if span.end < tokens.count, tokens[span.end].isWord, facts[span.end].startsUppercase { return false }
        // "a stake in Acme's unit", "in Acme Corp".
        if span.end < tokens.count, tokens[span.end].text == "'s" || tokens[span.end].text == "\u{2019}s" { return false }
        for index in span.first..<span.end {
            let word = facts[index]
            let text = tokens[index].text
            guard tokens[index].isWord, word.startsUppercase else { return false }
            if text.count > 1, text.allSatisfy({ !$0.isLowercase }) { return false }
            if word.flags.contains(.organizationWord) || word.flags.contains(.legalSuffix)
                || !word.rules.isDisjoint(with: [.institution, .organizationHead, .legalForm, .body]) { return false }
            if UnmarkedOrganizations.businessWords.contains(word.key) { return false }
        }
        return OrganizationCues.of(span, paragraph) == .none
    }
}
