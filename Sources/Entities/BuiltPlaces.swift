/// "Orlan Dam", "Kelvar Engine Plant", "Morwindy Town Hall", "Government House", "Lake Drive": a
/// name ending with a word for a structure people build names the structure, a place, though the
/// tagger often reads the name before it as a body's. ("Stadium", "Airport", "Bridge" are
/// `NameRules.facilityWords` already.) Some of these words are surnames too ("Stuart Hall"):
/// after a known first name those stay people.
enum BuiltPlaces {
    /// Last words of built places that name no body in news.
    static let heads: Set<String> = [
        "dam", "hall", "plant", "complex", "drive", "pavilion", "reservoir", "refinery", "terminal", "pier",
        "barrage", "smelter", "lane", "highway", "motorway", "interchange", "expressway", "quay", "wharf",
        "esplanade", "promenade", "embankment", "viaduct", "tunnel", "freeway",
    ]
    /// "House" names a building only after one of these ("Government House", "Opera House");
    /// "Chatham House" or "Random House" name a body or a firm.
    static let houseOwners: Set<String> = [
        "state", "parliament", "government", "opera", "court", "town", "city", "council", "custom", "customs",
        "assembly", "statehouse", "legislative",
    ]
    /// Heads that are surnames as well: a place only when the name does not open with a first name.
    static let sharedWithSurnames: Set<String> = ["hall", "house", "lane", "heath"]

    private static let headTable = KeyTable(heads.subtracting(sharedWithSurnames))
    private static let surnameTable = KeyTable(sharedWithSurnames)

    /// `heads` and "house" by `TokenFacts.keyHash`: most names' last words are compared, not hashed again.
    static let headHashes: [UInt64] = heads.map { FeatureHash.hash($0) }
    static let houseHash = FeatureHash.hash("house")

    /// True when `span` (two words or more) ends with a built place's word and has no word of an
    /// organization before it ("Veldria Steel Company Hall" is left to the other rules).
    static func isPlace(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.end - span.first > 1 else { return false }
        let facts = paragraph.facts
        let last = facts[span.end - 1]
        guard last.startsUppercase else { return false }
        if last.keyHash == houseHash, last.key == "house" {
            return houseOwners.contains(facts[span.end - 2].key)
        }
        guard headHashes.contains(last.keyHash), heads.contains(last.key) else { return false }
        return !facts[span.first..<(span.end - 1)].contains { word in
            word.flags.contains(.organizationWord) || word.flags.contains(.legalSuffix) || word.rules.contains(.legalForm)
        }
    }

    /// On a paragraph's final names: any two-word-or-longer name with such an ending, unless a
    /// cue or the alias table typed it.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices where spans[index].type != .place && spans[index].end - spans[index].first >= 2 {
            let first = spans[index].first
            let last = spans[index].end - 1
            guard spans[index].canonical == nil, !spans[index].cued, tokens[last].isWord, facts[last].startsUppercase else { continue }
            if headTable.contains(facts[last])
                || surnameTable.contains(facts[last]) && !facts[first].flags.contains(.firstName) {
                spans[index].type = .place
            }
        }
    }
}
