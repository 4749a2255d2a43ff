/// "Avon and Somerset Police", "Dumfries and Galloway Council", "Trinidad and Tobago Police Service":
/// a public service of two places joined by "and" is one body, though the tagger reads the first
/// place alone and the second with the body's words. Both places known to the gazetteer, and the
/// body ending in a public service's word.
enum JointPlaceBodies {
    /// Words that end a public service's name.
    static let services: Set<String> = [
        "police", "constabulary", "fire", "rescue", "ambulance", "council", "service", "authority", "board",
    ]

    /// `spans` sorted by first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 1
        while index < spans.count {
            let left = spans[index - 1], right = spans[index]
            guard left.type != .person, right.type == .organization, left.canonical == nil, right.canonical == nil,
                  left.end + 1 == right.first, tokens[left.end].text == "and",
                  facts[left.first].flags.contains(.place), facts[right.first].flags.contains(.place),
                  services.contains(facts[right.end - 1].key) else {
                index += 1
                continue
            }
            spans[index - 1].end = right.end
            spans[index - 1].type = .organization
            spans.remove(at: index)
        }
    }
}
