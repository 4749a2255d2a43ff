/// "Orlan Dam", "Kelvar Engine Plant", "Morwindy Town Hall", "Government House": a name ending with a word for
/// a structure people build names the structure, a place, though the tagger often reads the name
/// before it as a body's. ("Stadium", "Airport", "Bridge" are `NameRules.facilityWords` already.)
enum BuiltPlaces {
    /// Last words of built places that name no body in news.
    static let heads: Set<String> = [
        "dam", "hall", "plant", "complex", "drive", "pavilion", "reservoir", "refinery", "terminal", "pier",
        "barrage", "smelter", "lane", "highway", "motorway", "interchange", "expressway",
    ]
    /// "House" names a building only after one of these ("Government House", "Opera House");
    /// "Chatham House" or "Random House" name a body or a firm.
    static let houseOwners: Set<String> = [
        "state", "parliament", "government", "opera", "court", "town", "city", "council", "custom", "customs",
        "assembly", "statehouse", "legislative",
    ]

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
}
