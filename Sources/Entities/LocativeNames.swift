/// "a plant in Schwarzheide", "an academy in Guindy", "villages near Ostrava": a lone word right after
/// "in" or "near" is where something is. The tagger reads unknown names there as organizations (longer
/// names there are as often journals and leagues: "in Nature Astronomy");
/// bodies after "in" show themselves (an organization word, an acronym, "in Acme's results").
enum LocativeNames {
    static let prepositions: Set<String> = ["in", "near", "outside"]

    static func isPlace(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        guard span.type == .organization, span.first > 0, span.end - span.first == 1,
              prepositions.contains(tokens[span.first - 1].text) else { return false }
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
