/// "President Ruto's Kenya Kwanza coalition", "the Adani Green group": a lowercase word for a kind
/// of body right after a name of two words or more, with "the", "a" or a possessive before it,
/// says the name is that body's, though the tagger read a person's. One word is left alone: "a
/// Murdoch newspaper", "a Musk company" name the owner, and so does a known first name first.
enum KindAfterName {
    static let kinds: Set<String> = [
        "coalition", "party", "alliance", "movement", "militia", "faction", "bloc", "union", "group",
        "company", "firm", "conglomerate", "airline", "carrier", "bank", "lender", "insurer", "broadcaster",
        "newspaper", "charity", "club", "network", "consultancy", "startup", "start-up", "regulator",
    ]

    /// `spans` sorted or not; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices where spans[index].type == .person && spans[index].canonical == nil {
            let span = spans[index]
            guard span.end - span.first >= 2, span.end < tokens.count, span.first > 0,
                  facts[span.end].startsLowercase, kinds.contains(tokens[span.end].text),
                  // "the Jane Roe group" is a person's; "Kenya" is a first name too, but a place first.
                  !facts[span.first].flags.contains(.firstName) || facts[span.first].flags.contains(.place) else { continue }
            let before = tokens[span.first - 1].text
            guard ["the", "The", "a", "A", "an", "An", "'s", "\u{2019}s"].contains(before) else { continue }
            spans[index].type = .organization
            spans[index].cued = true
        }
    }
}
