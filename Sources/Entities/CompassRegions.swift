/// "the North-central zone", "South-west Nigeria", "the North-east": a region named by two compass
/// points joined by a hyphen, the second in lowercase. The tokenizer cuts it as it cuts "US-led",
/// so the tagger reads the first point alone.
enum CompassRegions {
    static let points: Set<String> = ["north", "south", "east", "west"]
    static let seconds: Set<String> = ["north", "south", "east", "west", "central", "eastern", "western"]

    /// `spans` sorted by first token; extended and retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        for index in spans.indices where spans[index].canonical == nil {
            let last = spans[index].end - 1
            let dash = last + 1, second = last + 2
            guard second < tokens.count, points.contains(paragraph.facts[last].key), paragraph.facts[last].capitalized,
                  tokens[dash].text == "-", tokens[last].end == tokens[dash].start, tokens[dash].end == tokens[second].start,
                  tokens[second].isWord, paragraph.facts[second].startsLowercase, seconds.contains(tokens[second].text),
                  index + 1 == spans.count || spans[index + 1].first > second else { continue }
            spans[index].end = second + 1
            spans[index].type = .place
        }
    }
}
