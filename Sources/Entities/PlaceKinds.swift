/// "the Zamora displacement camp", "the Kibera district", "off the Connemara coast", "the Hong Kong
/// airport": a name
/// right before a lowercase word for a kind of place names that place, whatever the tagger read.
/// "camp" alone follows factions too ("the Hallam camp"): only after "refugee" or "displacement".
/// An area or a road known by its number ("Ward 14") is named with it. A name that ends in its
/// own word for an administrative area ("Potter County", "Sigi Regency") is that area, though the
/// tagger reads it as the body that runs it before its officials ("Potter County Judge ...") or
/// as a person before a plural. So is an Irish county written short ("Dunboyne, Co Meath"), whose
/// "Co" the tagger takes for a firm's.
enum PlaceKinds {
    /// Kinds of place a name stands before by itself.
    static let kinds = KeyTable([
        "neighbourhood", "neighborhood", "district", "suburb", "township", "village", "municipality", "county",
        "province", "valley", "basin", "delta", "coast", "coastline", "region", "peninsula", "archipelago",
        "island", "islands", "highlands", "plateau", "estuary", "borough", "parish", "ward", "governorate",
        "oblast", "prefecture", "canton", "emirate", "rainforest", "desert",
        // Water and land: "the Orlanby reservoir", "the Kelvarn river", "the Drumvale airport".
        "river", "lake", "reservoir", "lagoon", "creek", "wetlands", "glacier", "mountains", "hills", "forest",
        "airport", "airfield",
    ])
    /// Administrative areas that end their own names: "Potter County", "Sigi Regency", "Capital Territory", "Niigata
    /// Prefecture". Not "District" or "Municipality", which end the names of bodies too ("Scioto Bend
    /// Local School District", "Emfuleni Local Municipality").
    static let areaNameEnds = KeyTable(["county", "regency", "province", "prefecture", "oblast", "governorate", "township", "territory"])

    /// "refugee camp", "displacement complex".
    static let campModifiers = KeyTable(["refugee", "displacement", "displaced", "idp"])
    static let camps = KeyTable(["camp", "camps", "complex", "settlement"])

    /// Areas and roads known by a number after their word: "Ward 14", "District 9", "Kreis 4", "Route 62".
    static let numberedAreas: Set<String> = ["Ward", "District", "Zone", "Sector", "Precinct", "Kreis", "Route", "Highway", "Interstate"]

    /// `spans` sorted by first token; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // The tagger leaves the number off, or the word alone, which names nothing.
        // The number is asked first: it is a flag, and the word's text would be hashed for every token.
        for word in tokens.indices.dropLast() where facts[word + 1].numeral && tokens[word + 1].isWord
            && !tokens[word].sentenceStart && numberedAreas.contains(tokens[word].text) {
            let area = MentionSpan(paragraph: paragraph.index, first: word, end: word + 2, type: .place)
            let overlapping = spans.indices.filter { spans[$0].first < area.end && area.first < spans[$0].end }
            // Only the word alone gives way: "Ward 14" inside a longer name stays that name's.
            guard overlapping.allSatisfy({ spans[$0].first == word && spans[$0].end == word + 1 && spans[$0].canonical == nil })
            else { continue }
            spans.removeAll { $0.first == word && $0.end == word + 1 }
            spans.insert(area, at: spans.firstIndex { $0.first > word } ?? spans.endIndex)
        }
        for index in spans.indices where spans[index].type != .place {
            let next = spans[index].end
            guard next < tokens.count, tokens[next].isWord, facts[next].startsLowercase else { continue }
            let placed = kinds.contains(facts[next])
                || campModifiers.contains(facts[next]) && next + 1 < tokens.count && camps.contains(facts[next + 1])
            let span = spans[index]
            guard placed, span.canonical == nil, !span.cued, !(span.first..<span.end).contains(where: {
                facts[$0].flags.contains(.organizationWord) || facts[$0].flags.contains(.legalSuffix)
            }) else { continue }
            spans[index].type = .place
        }
        for index in spans.indices where spans[index].type != .place
            && (endsInAreaWord(spans[index], facts) || isShortCounty(spans[index], tokens, facts)) {
            spans[index].type = .place
        }
    }

    /// "Co Meath", "Co. Kerry": "Co" and one capitalized word, nothing before them in the name.
    private static func isShortCounty(_ span: MentionSpan, _ tokens: [TaggerToken], _ facts: [TokenFacts]) -> Bool {
        guard span.end - span.first >= 2, span.canonical == nil, !span.cued, tokens[span.first].text == "Co" else { return false }
        let name = tokens[span.first + 1].text == "." ? span.first + 2 : span.first + 1
        return span.end == name + 1 && facts[name].capitalized && !facts[name].flags.contains(.legalSuffix)
    }

    /// A club named for its county ("Derby County") is cued by the team list. A body's own word
    /// ("Bank of Hebei Province") or a lowercase one ("Friends of Kaso County") makes the name a
    /// longer one than the area's.
    private static func endsInAreaWord(_ span: MentionSpan, _ facts: [TokenFacts]) -> Bool {
        let last = span.end - 1
        guard span.end - span.first >= 2, span.canonical == nil, !span.cued, facts[last].capitalized,
              areaNameEnds.contains(facts[last]) else { return false }
        return !(span.first..<last).contains {
            facts[$0].flags.contains(.organizationWord) || facts[$0].flags.contains(.legalSuffix) || facts[$0].startsLowercase
        }
    }
}
