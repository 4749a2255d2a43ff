/// "the towns of Estarra, Mulvane and Roca Verde", "the village of Kessaly", "residents of Porlock
/// Vale": names after a lowercase word for a kind of place (or for the people living there) and
/// "of" are those places, though the tagger read an unknown village as a body or a person. A name
/// the alias table or a cue typed keeps its type, and so does one with a body's word in it ("the
/// city of Tarrow Council" is not written, "the City of Tarrow" is a body and capitalized).
enum PlacesOfKind {
    static let kinds: Set<String> = [
        "town", "towns", "village", "villages", "city", "cities", "municipality", "municipalities", "district",
        "districts", "province", "provinces", "state", "states", "region", "regions", "county", "counties",
        "island", "islands", "suburb", "suburbs", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
        "borough", "boroughs", "township", "townships", "commune", "communes", "hamlet", "hamlets", "port",
        // Where people live: "residents of", "the outskirts of".
        "residents", "inhabitants", "outskirts", "streets",
    ]

    /// `spans` sorted by first token; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // Whether the span before is a place this rule read: a list goes on with "," and "and".
        var previousPlaced = false
        for index in spans.indices {
            let span = spans[index]
            let first = span.first
            // The kind's word is lowercase, or capitalized only to open the sentence ("Residents of").
            let afterKind = first >= 2 && tokens[first - 1].text == "of"
                && (facts[first - 2].startsLowercase ? kinds.contains(tokens[first - 2].text)
                    : tokens[first - 2].sentenceStart && kinds.contains(tokens[first - 2].text.lowercased()))
            let listGoesOn = previousPlaced && index > 0 && spans[index - 1].end == first - 1
                && (tokens[first - 1].text == "," || tokens[first - 1].text == "and")
            // A known place in the list ("the cities of Lyon, Vireux and Tarn") carries it on.
            previousPlaced = (afterKind || listGoesOn) && span.type == .place
            guard afterKind || listGoesOn, span.canonical == nil, !span.cued, !BuiltPlaces.hasOrganizationWord(span, paragraph) else { continue }
            spans[index].type = .place
            previousPlaced = true
        }
    }
}
