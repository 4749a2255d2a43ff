import NewsCore

/// A stretch of tokens in one paragraph that names something, and what it names.
struct MentionSpan {
    var paragraph: Int
    /// Token indices in the paragraph, end exclusive.
    var first: Int
    var end: Int
    var type: EntityType
    /// The alias table's or an acronym's expansion, when one applies.
    var canonical: String?
    /// A lone capitalized word at a sentence start: kept only if the article names it elsewhere.
    var needsSupport = false
    /// Typed by the words right beside it ("law firm X", "X, its chief executive,"): its type
    /// outweighs the tagger's reading of the name's other mentions.
    var cued = false

    func surface(_ tokens: [TaggerToken]) -> String {
        var text = ""
        for index in first..<end {
            // Tokens are rejoined with a space only where the text had one.
            if index > first, tokens[index].start > tokens[index - 1].end { text.append(" ") }
            text += tokens[index].text
        }
        return text
    }

    func location(_ tokens: [TaggerToken]) -> MentionLocation {
        MentionLocation(paragraph: paragraph, start: tokens[first].start, length: tokens[end - 1].end - tokens[first].start)
    }

    func overlaps(_ other: MentionSpan) -> Bool {
        paragraph == other.paragraph && first < other.end && other.first < end
    }
}

/// One tokenized paragraph (or the title, paragraph -1) of the article being read.
struct TokenizedParagraph {
    var index: Int
    var tokens: [TaggerToken]
    /// Per token, what the rules ask of it, worked out once.
    var facts: [TokenFacts]
    /// Headlines in capitals or Title Case: capitals carry no signal, so only names already
    /// found in the body are looked for here.
    var capitalsMeanNothing: Bool
}

extension TokenizedParagraph {
    /// A word token starting with a capital; false past either end of the paragraph.
    func isCapitalizedWord(_ index: Int) -> Bool {
        tokens.indices.contains(index) && tokens[index].isWord && facts[index].startsUppercase
    }
}

extension Array where Element == TokenizedParagraph {
    /// Where each paragraph sits in the array, by its `index` (spans name paragraphs by index).
    var positionsByIndex: [Int: Int] {
        Dictionary(uniqueKeysWithValues: enumerated().map { ($0.element.index, $0.offset) })
    }
}

enum SpanDecoder {
    /// BIO labels to spans; a stray "I-" after something else opens a new span.
    static func spans(_ labels: [BIOLabel], paragraph: Int) -> [MentionSpan] {
        var result: [MentionSpan] = []
        var open: MentionSpan?
        for (index, label) in labels.enumerated() {
            if let current = open, label.isInside, label.type == current.type {
                open?.end = index + 1
                continue
            }
            if let current = open { result.append(current); open = nil }
            if let type = label.type { open = MentionSpan(paragraph: paragraph, first: index, end: index + 1, type: type) }
        }
        if let current = open { result.append(current) }
        return result
    }
}
