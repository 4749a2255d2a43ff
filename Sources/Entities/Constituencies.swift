/// "the Labour MP for Carvel Ridings", "TDs for Dunmore East", "councillor for Harbury": the
/// name after a representative's "for" is the seat, a place, though the tagger reads seats
/// named by two words ("Carvel Ridings") as bodies.
enum Constituencies {
    /// Lowercase or capitalized, singular or plural: whom a seat elects.
    static let members = KeyTable([
        "mp", "mps", "td", "tds", "mla", "mlas", "msp", "msps", "mpp", "mpps", "mep", "meps", "member", "members",
        "councillor", "councillors", "councilor", "councilors", "alderman",
    ])
    static let forHash = FeatureHash.hash("for")
    static let theHash = FeatureHash.hash("the")

    /// `spans` sorted by first token; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices where spans[index].type != .place {
            var at = spans[index].first - 1
            if at >= 0, facts[at].keyHash == theHash, tokens[at].isWord { at -= 1 }
            guard at >= 1, facts[at].keyHash == forHash, facts[at].startsLowercase, tokens[at - 1].isWord,
                  members.contains(facts[at - 1]), spans[index].canonical == nil else { continue }
            guard !(spans[index].first..<spans[index].end).contains(where: {
                facts[$0].flags.contains(.organizationWord) || facts[$0].flags.contains(.legalSuffix)
            }) else { continue }
            spans[index].type = .place
        }
    }
}
