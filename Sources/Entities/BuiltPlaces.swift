/// "Carvel City Hall", "Orvane Truck Plant", "Lake Drive", "Tessel Dam": a name whose last word
/// says it is a building, a works, a road or a dam is a place, though the tagger reads names of
/// buildings that house bodies as the bodies ("Parliament House"). `NameRules.facilityWords`
/// covers the commonest endings; these are the rest. Some are surnames too ("Stuart Hall"):
/// after a known first name those stay people.
enum BuiltPlaces {
    /// Never a surname: whatever comes before, the name is a place.
    static let endings: Set<String> = [
        "drive", "dam", "plant", "wing", "reservoir", "pier", "quay", "wharf", "terminal", "esplanade",
        "promenade", "embankment", "viaduct", "tunnel", "motorway", "highway", "freeway", "interchange",
    ]
    /// Surnames as well: a place only when the name does not open with a known first name.
    static let sharedWithSurnames: Set<String> = ["hall", "house", "lane", "heath"]

    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices {
            let span = spans[index]
            guard span.type != .place, span.end - span.first >= 2, span.canonical == nil, !span.cued,
                  tokens[span.end - 1].isWord, facts[span.end - 1].startsUppercase else { continue }
            let last = facts[span.end - 1].key
            if endings.contains(last)
                || sharedWithSurnames.contains(last) && !facts[span.first].flags.contains(.firstName) {
                spans[index].type = .place
            }
        }
    }
}
