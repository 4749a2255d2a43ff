/// "Earth", "Venus": a planet's name alone is capitalized like a person's and some are given
/// names, but a science story's "Venus" is the planet. One word alone read as a person is none.
enum CelestialBodies {
    static let planets: Set<String> = ["earth", "venus", "mars", "jupiter", "saturn", "neptune", "uranus", "pluto"]

    static func apply(_ result: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        result.removeAll { span in
            span.type == .person && span.end - span.first == 1 && span.canonical == nil
                && planets.contains(paragraph.facts[span.first].key)
        }
    }
}
