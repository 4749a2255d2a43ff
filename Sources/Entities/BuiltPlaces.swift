/// "Carvel City Hall", "Orvane Truck Plant", "Lake Drive", "Tessel Dam": a name whose last word
/// says it is a building, a works, a road or a dam is a place, though the tagger reads names of
/// buildings that house bodies as the bodies ("Parliament House"). `NameRules.facilityWords`
/// covers the commonest endings; these are the rest. Some are surnames too ("Stuart Hall"):
/// after a known first name those stay people.
enum BuiltPlaces {
    /// Never a surname: whatever comes before, the name is a place.
    static let endings = KeyTable([
        "drive", "dam", "plant", "wing", "reservoir", "pier", "quay", "wharf", "terminal", "esplanade",
        "promenade", "embankment", "viaduct", "tunnel", "motorway", "highway", "freeway", "interchange",
    ])
    /// Surnames as well: a place only when the name does not open with a known first name.
    static let sharedWithSurnames = KeyTable(["hall", "house", "lane", "heath"])

    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices where spans[index].type != .place && spans[index].end - spans[index].first >= 2 {
            let first = spans[index].first
            let last = spans[index].end - 1
            guard spans[index].canonical == nil, !spans[index].cued, tokens[last].isWord, facts[last].startsUppercase else { continue }
            if endings.contains(facts[last])
                || sharedWithSurnames.contains(facts[last]) && !facts[first].flags.contains(.firstName) {
                spans[index].type = .place
            }
        }
    }
}
