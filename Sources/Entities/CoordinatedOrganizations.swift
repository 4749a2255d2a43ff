/// "Cebu Pacific and Philippine Airlines cancelled flights", "TD Cowen and Leerink Partners
/// managed the offering": two firms joined by "and" are two names, though the tagger runs them
/// into one. Only when the part after "and" is a whole firm's name by itself (a name and a word
/// firms end with: "Airlines", "Partners", "Bank") and the part before is a name, not a common
/// word ("Pharmacists and Dentists Union" is one union). Names with "and" inside a complement
/// stay whole ("Bank for Reconstruction and Development", "Office of Rail and Road"), as do
/// firms named after two people ("Procter and Gamble Co").
enum CoordinatedOrganizations {
    /// Last words of a firm's name that a second firm in a pair ends with.
    static let firmEndings: Set<String> = [
        "airlines", "airways", "bank", "partners", "holdings", "group", "capital", "ventures", "securities",
        "motors", "energy", "technologies", "systems", "industries", "pharmaceuticals", "media", "telecom",
    ]

    /// Splits each pair of firms in `spans`.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        spans = spans.flatMap { pieces(of: $0, paragraph, commonWords: commonWords) }
    }

    /// The two firms a span names, or the span alone.
    static func pieces(of span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // "Flights between Paris & Lyon": two known places joined by "&" are two places, no firm.
        if span.end - span.first == 3, span.canonical == nil, tokens[span.first + 1].text == "&",
           facts[span.first].flags.contains(.place), facts[span.first + 2].flags.contains(.place) {
            return [span.first, span.first + 2].map {
                MentionSpan(paragraph: span.paragraph, first: $0, end: $0 + 1, type: .place)
            }
        }
        // At least a word, "and", and two words.
        guard span.type == .organization, span.canonical == nil, span.end - span.first >= 4,
              let and = (span.first + 1..<span.end - 2).first(where: { tokens[$0].text == "and" }) else { return [span] }
        let left = span.first..<and, right = and + 1..<span.end
        let capitalizedWords = { (range: Range<Int>) in range.allSatisfy { tokens[$0].isWord && facts[$0].startsUppercase } }
        guard capitalizedWords(left), capitalizedWords(right), firmEndings.contains(facts[span.end - 1].key),
              left.count >= 2 || !commonWords.contains(facts[left.lowerBound].key) else { return [span] }
        var first = span, second = span
        first.end = and
        second.first = and + 1
        return [first, second]
    }
}
