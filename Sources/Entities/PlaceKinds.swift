/// "the Zamora displacement camp", "the Kibera district", "the Ostrava neighbourhood": a name
/// right before a lowercase word for a kind of place names that place, whatever the tagger read.
/// "camp" alone follows factions too ("the Hallam camp"): only after "refugee" or "displacement".
enum PlaceKinds {
    /// Kinds of place a name stands before by itself.
    static let kinds: Set<String> = [
        "neighbourhood", "neighborhood", "district", "suburb", "township", "village", "municipality", "county",
        "province", "valley", "basin", "delta",
    ]
    /// "refugee camp", "displacement complex".
    static let campModifiers: Set<String> = ["refugee", "displacement", "displaced", "idp"]
    static let camps: Set<String> = ["camp", "camps", "complex", "settlement"]

    /// `spans` sorted by first token; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices where spans[index].type != .place && spans[index].canonical == nil && !spans[index].cued {
            let span = spans[index]
            let next = span.end
            guard next < tokens.count, tokens[next].isWord, facts[next].startsLowercase else { continue }
            let key = facts[next].key
            let placed = kinds.contains(key)
                || campModifiers.contains(key) && next + 1 < tokens.count && camps.contains(facts[next + 1].key)
            guard placed, !(span.first..<span.end).contains(where: {
                facts[$0].flags.contains(.organizationWord) || facts[$0].flags.contains(.legalSuffix)
            }) else { continue }
            spans[index].type = .place
        }
    }
}
