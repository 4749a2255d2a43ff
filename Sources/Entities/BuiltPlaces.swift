/// "Orlan Dam", "Kelvar Engine Plant", "Morwindy Town Hall", "Government House", "Lake Drive", a cricket
/// ground's "Pavilion End": a
/// name ending with a word for a structure people build names the structure, a place, though the
/// tagger often reads the name before it as a body's. ("Stadium", "Airport", "Bridge" are
/// `NameRules.facilityWords` already.) Some of these words are surnames too ("Stuart Hall"):
/// after a known first name those stay people.
enum BuiltPlaces {
    /// Last words of built places that name no body in news.
    static let heads: Set<String> = [
        "dam", "hall", "plant", "complex", "drive", "pavilion", "reservoir", "refinery", "terminal", "pier",
        "barrage", "smelter", "lane", "highway", "motorway", "interchange", "expressway", "quay", "wharf",
        "esplanade", "promenade", "embankment", "viaduct", "tunnel", "freeway", "trail", "plaza", "market",
        "buildings", "building", "end", "mall", "showground", "showgrounds", "statehouse", "barracks", "campus",
        "field", "depot",
    ]
    /// Last words of land and water as people name them ("Tarrow Passage", "Kelby Hills"), after
    /// capitalized words, none a body's (not what the tagger kept of "Society for the Protection of
    /// Orlan Wetlands"). Not "Ocean", "Reef", "Falls", "Coast" or "Creek": firms and First Nations
    /// take those ("Kelby Ocean" the shipbuilder, "Tarrow Reef Lines"), and a short form would
    /// lose its body.
    static let naturalHeads = KeyTable([
        "passage", "hills", "highlands", "heights", "plateau", "basin", "glacier", "lagoon", "archipelago", "atoll",
        "canyon", "gorge", "fjord", "estuary", "wetlands", "volcano",
    ])
    /// First words of built places named the Spanish, Italian or English way round ("Estadio BBVA",
    /// "Palacio Nacional", "Hotel Imperial", "Mount Kenya", "Loch Lomond"); an air force's station is
    /// named after its place ("RAF Tarnwick", "RAAF Base Amberley"); and the Levant's villages,
    /// valleys and hills by the Hebrew or Arabic word for one ("Kfar Aza", "Beit Lahia", "Wadi Ara").
    static let leadingHeads: Set<String> = [
        "estadio", "palacio", "palazzo", "plaza", "piazza", "parque", "aeropuerto", "aeroporto", "hotel",
        "mount", "lake", "loch", "lough", "camp", "fort", "isla", "lago", "monte", "raf", "raaf", "rnas",
        "kfar", "kafr", "beit", "deir", "khirbet", "wadi", "jebel", "jabal", "givat", "ramat", "kiryat",
    ]
    /// Words of water and coast that open a place's name before "of" ("Sea of Marmara", "Bay of
    /// Biscay", "Isle of Man"); alone they open bodies' names too ("Sea Shepherd", "Cape Cod Bank").
    static let ofHeads = KeyTable(["sea", "bay", "gulf", "strait", "straits", "isle", "cape", "bight", "firth"])

    /// "Stock Market", "Single Market": markets that are no place.
    static let economicMarkets: Set<String> = [
        "stock", "single", "common", "capital", "money", "bond", "energy", "labour", "labor", "internal",
        "digital", "commodity", "commodities", "futures", "options", "debt", "equity", "housing", "property",
    ]
    /// "House" names a building only after one of these ("Government House", "Opera House");
    /// "Chatham House" or "Random House" name a body or a firm.
    static let houseOwners: Set<String> = [
        "state", "parliament", "government", "opera", "court", "town", "city", "council", "custom", "customs",
        "assembly", "statehouse", "legislative",
    ]
    /// Protected land and venues, named by their last two words ("Angeles National Forest", "Kruger
    /// National Park", "Hawaii Volcanoes National Park"): a place, though "National" and "Park" read as a body's.
    static let protectedAreas: Set<[String]> = [
        ["national", "park"], ["national", "forest"], ["nature", "reserve"], ["game", "reserve"], ["state", "park"],
        ["wildlife", "refuge"], ["wildlife", "sanctuary"], ["marine", "park"], ["forest", "reserve"],
        ["national", "monument"], ["national", "seashore"], ["conservation", "area"], ["national", "reserve"],
        // Venues ("Nangang Exhibition Center"), where "Center" alone may be a body's ("Carter Center").
        ["exhibition", "center"], ["exhibition", "centre"], ["convention", "center"], ["convention", "centre"],
        ["conference", "center"], ["conference", "centre"], ["shopping", "center"], ["shopping", "centre"],
        ["leisure", "centre"], ["community", "centre"], ["community", "center"], ["office", "building"],
        ["sports", "centre"], ["sports", "center"], ["aquatic", "centre"], ["aquatic", "center"],
        ["financial", "centre"], ["financial", "center"], ["student", "center"], ["student", "centre"],
        ["performance", "centre"], ["performance", "center"],
        // Land zoned for work ("Tilbury Industrial Area", "Kelvar Business Park").
        ["industrial", "area"], ["industrial", "estate"], ["industrial", "park"], ["business", "park"],
        ["science", "park"], ["retail", "park"],
    ]
    /// "Harbord Street West", "King Road East": a street's half named by its direction.
    static let compassPoints = KeyTable(["west", "east", "north", "south"])

    /// Heads that are surnames as well: a place only when the name does not open with a first name.
    static let sharedWithSurnames: Set<String> = ["hall", "house", "lane", "heath"]

    private static let headTable = KeyTable(heads.subtracting(sharedWithSurnames))
    private static let surnameTable = KeyTable(sharedWithSurnames)
    private static let leadingHeadTable = KeyTable(leadingHeads)

    /// "Nasdaq Stock Market", "Single Market": a market of trade, no place.
    private static func isTradeMarket(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        return facts[span.end - 1].key == "market" && economicMarkets.contains(facts[span.end - 2].key)
    }

    /// "Hotel Workers Union", "Lake Erie Shipping Co": a body's word after the place word.
    static func hasOrganizationWord(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        paragraph.facts[span.first..<span.end].contains { word in
            word.flags.contains(.organizationWord) || word.flags.contains(.legalSuffix)
                || !word.rules.isDisjoint(with: [.legalForm, .institution, .organizationHead, .body])
        }
    }

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
        guard headHashes.contains(last.keyHash), heads.contains(last.key), !isTradeMarket(span, paragraph) else { return false }
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
            if isTradeMarket(spans[index], paragraph) { continue }
            // "Hayat Medical Complex": a hospital, which news counts as a body.
            if facts[last].key == "complex", facts[last - 1].key == "medical" { continue }
            if last - first >= 2, protectedAreas.contains([facts[last - 1].key, facts[last].key])
                || compassPoints.contains(facts[last]) && facts[last - 1].rules.contains(.facility) {
                spans[index].type = .place
                continue
            }
            // "First Avenue South" read as a person "Avenue South": the street's name before it
            // belongs to it, and a street is a place.
            if last - first == 1, compassPoints.contains(facts[last]), facts[first].rules.contains(.facility) {
                if first > 0, paragraph.isCapitalizedWord(first - 1), !tokens[first].lineStart,
                   !spans.contains(where: { $0.first < first && first - 1 < $0.end }) {
                    spans[index].first -= 1
                }
                spans[index].type = .place
                continue
            }
            if headTable.contains(facts[last])
                || surnameTable.contains(facts[last]) && !facts[first].flags.contains(.firstName)
                || leadingHeadTable.contains(facts[first]) && !hasOrganizationWord(spans[index], paragraph)
                || naturalHeads.contains(facts[last]) && !facts[first].flags.contains(.firstName)
                    && facts[first...last].allSatisfy(\.startsUppercase) && !hasOrganizationWord(spans[index], paragraph)
                || ofHeads.contains(facts[first]) && tokens[first + 1].text == "of" && !hasOrganizationWord(spans[index], paragraph) {
                spans[index].type = .place
            }
        }
    }
}
