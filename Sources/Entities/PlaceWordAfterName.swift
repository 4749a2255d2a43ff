/// "Harlan Pierce station", "the Kelmoor and Dunraven neighborhoods", "the Tarrow power station",
/// "Omaru village": a lowercase word for a kind of place right after a name says the
/// name is that place's, though the tagger read a body's ("Center") or a person's. A name the alias
/// table or a cue typed keeps its type ("the BBC station").
enum PlaceWordAfterName {
    static let kinds: Set<String> = [
        "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "suburb", "suburbs", "village",
        "villages", "township", "station",
    ]
    /// Words between a name and "station" that say which kind it is: "Piccadilly railway station".
    static let stationKinds: Set<String> = [
        "railway", "rail", "train", "bus", "subway", "metro", "tube", "underground", "power", "police", "fire", "ferry", "tram",
    ]

    /// `spans` sorted by first token; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices where spans[index].type != .place && spans[index].canonical == nil && !spans[index].cued {
            var word = spans[index].end
            if word + 1 < tokens.count, facts[word].startsLowercase, stationKinds.contains(tokens[word].text),
               tokens[word + 1].text == "station" { word += 1 }
            guard word < tokens.count, tokens[word].isWord, facts[word].startsLowercase, kinds.contains(tokens[word].text),
                  !hasOrganizationWord(spans[index], paragraph) else { continue }
            spans[index].type = .place
            // "the Kelmoor and Dunraven neighborhoods": the plural is the name's before "and" too.
            let first = spans[index].first
            guard tokens[word].text.hasSuffix("s"), index > 0, first > 1, tokens[first - 1].text == "and" || tokens[first - 1].text == ",",
                  spans[index - 1].end == first - 1, spans[index - 1].canonical == nil, !spans[index - 1].cued,
                  !hasOrganizationWord(spans[index - 1], paragraph) else { continue }
            spans[index - 1].type = .place
        }
    }

    /// "Shell Oil station", "Tarrow Police station": a body's own word or legal form says whose it is;
    /// so do initials, the network's ("an MRT station").
    private static func hasOrganizationWord(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        if span.end - span.first == 1, AcronymDefinitions.acronymLetters(paragraph.tokens[span.first].text) != nil { return true }
        return paragraph.facts[span.first..<span.end].contains { word in
            word.flags.contains(.legalSuffix) || !word.rules.isDisjoint(with: [.legalForm, .institution, .body])
        }
    }
}
