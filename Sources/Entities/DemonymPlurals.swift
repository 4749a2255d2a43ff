/// "Ghanaians living abroad", "so many Nigerians in the stand": a demonym's plural names a
/// people, not a person nor a place. The tagger, seeing a capitalized word it does not know,
/// may read it as either. So does a demonym the list lacks but a place's name shows
/// ("Calgarian", "Bavarian", "Congolese", "New Zealander"), read as anything at all.
enum DemonymPlurals {
    /// Demonym endings and what the place's name ended with instead ("Calgar|ian" from "Calgar|y").
    static let endings: [(suffix: String, placeEndings: [String])] = [
        ("ians", ["y", "ia", "a", ""]), ("ian", ["y", "ia", "a", ""]), ("ans", ["a", ""]), ("an", ["a", ""]),
        ("ns", ["", "a"]), ("n", ["", "a"]), ("lese", [""]), ("ese", ["", "a", "o"]),
        ("ers", [""]), ("er", [""]), ("is", [""]), ("i", [""]),
    ]

    /// A nation's people by a noun of its own, not the demonym the lists hold: "the Dane", "a
    /// Frenchman", "Swedes". Some are names as well (Finn, Pole, Scot), so one alone counts only
    /// after an article. (Not "Kiwis" or "Aussies": national teams go by them.)
    static let nationalityNouns: Set<String> = [
        "dane", "swede", "finn", "pole", "turk", "scot", "brit", "briton", "spaniard", "icelander",
        "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman", "welshman",
        "welshwoman", "scotsman", "scotswoman", "dutchman", "dutchwoman",
    ]

    static func isNationalityNoun(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.end - span.first == 1 else { return false }
        let key = paragraph.facts[span.first].key
        if key.hasSuffix("men") || key.hasSuffix("s"), nationalityNouns.contains(pluralStem(key)) { return true }
        guard nationalityNouns.contains(key), span.first > 0 else { return false }
        return ["the", "a", "an"].contains(paragraph.facts[span.first - 1].key)
    }

    /// "Frenchmen" to "frenchman", "Danes" to "dane".
    private static func pluralStem(_ key: String) -> String {
        key.hasSuffix("men") ? String(key.dropLast(3)) + "man" : String(key.dropLast())
    }

    /// Drops one-word people and places that are a known demonym with an "s" added, and names of
    /// one or two words made from a known place's name with a demonym's ending.
    static func apply(_ result: inout [MentionSpan], _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        result.removeAll { span in
            guard span.canonical == nil, !span.cued, span.end - span.first <= 2 else { return false }
            let last = span.end - 1
            // "Republicans" is a party, though "Republic" is a town somewhere.
            if span.end - span.first == 1, PartyNames.plurals.contains(facts[last].key) { return false }
            if isNationalityNoun(span, paragraph) { return true }
            // A person's or a known place's name is itself ("Adrian", "Jordan", "Sudan").
            guard facts[last].flags.isDisjoint(with: [.place, .firstName, .surname]) else { return false }
            let text = tokens[last].text
            if span.end - span.first == 1, span.type == .person || span.type == .place,
               text.utf8.count > 4, text.hasSuffix("s"), !text.hasSuffix("ss"),
               gazetteer.flags(hash: FeatureHash.nameKeyHash(String(text.dropLast()))).contains(.demonym) { return true }
            // Most names end with no demonym's ending: the surface is built only for those that do.
            return endings.contains { text.hasSuffix($0.suffix) } && isMadeFromAPlace(span.surface(tokens), gazetteer: gazetteer)
        }
    }

    /// "Calgarian": "Calgary" is a known place and "-ian" a demonym's ending.
    static func isMadeFromAPlace(_ surface: String, gazetteer: NameGazetteer) -> Bool {
        guard surface.utf8.count >= 6, surface.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        for (suffix, placeEndings) in endings where surface.hasSuffix(suffix) {
            let stem = surface.dropLast(suffix.count)
            guard stem.utf8.count >= 4 else { continue }
            for ending in placeEndings where gazetteer.flags(key: NameKey.of(stem + ending)).contains(.place) {
                return true
            }
        }
        return false
    }
}
