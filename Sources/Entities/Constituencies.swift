/// "the Labour MP for Carvel Ridings", "TDs for Dunmore East", "councillor for Harbury": the
/// name after a representative's "for" is the seat, a place, though the tagger reads seats
/// named by two words ("Carvel Ridings") as bodies.
enum Constituencies {
    /// Lowercase or capitalized, singular or plural: whom a seat elects.
    static let members: Set<String> = [
        "mp", "mps", "td", "tds", "mla", "mlas", "msp", "msps", "mpp", "mpps", "mep", "meps", "member", "members",
        "councillor", "councillors", "councilor", "councilors", "alderman",
    ]

    /// `spans` sorted by first token; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices where spans[index].type != .place && spans[index].canonical == nil {
            let span = spans[index]
            var at = span.first - 1
            if at >= 0, facts[at].key == "the", tokens[at].isWord { at -= 1 }
            guard at >= 1, tokens[at].text == "for", tokens[at - 1].isWord, members.contains(facts[at - 1].key),
                  !(span.first..<span.end).contains(where: { facts[$0].flags.contains(.organizationWord) || facts[$0].flags.contains(.legalSuffix) })
            else { continue }
            spans[index].type = .place
        }
    }
}
