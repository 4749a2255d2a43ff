/// "Photo: Ann Lee/Veldria Images", "(Brask Press Photo/Tom Hale)", "Image source: Veldria Images":
/// a photo credit names the agency that sells the picture, an organization, though the credit's other
/// words are dropped as furniture. The agency is the part of the credit, around its slash or after its
/// label, that has an agency's word in it.
enum CreditAgencies {
    /// Words of picture agencies' names.
    static let agencyWords: Set<String> = ["images", "press", "news", "agency", "photography", "pictures", "wire"]
    /// Labels before a credit's colon.
    static let labels: Set<String> = ["credit", "credits", "source", "photo", "photograph", "image", "picture"]

    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        var index = 1
        while index + 1 < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            guard !token.isWord, token.text == "/" || token.text == ":" else { continue }
            if token.text == "/" {
                // "Ann Lee/Veldria Images": both sides touch the slash.
                guard tokens[index - 1].end == token.start, token.end == tokens[index + 1].start,
                      tokens[index - 1].isWord, tokens[index + 1].isWord else { continue }
                if let after = run(from: index + 1, forward: true, paragraph) { add(after, &spans, paragraph) }
                if let before = run(from: index - 1, forward: false, paragraph) { add(before, &spans, paragraph) }
            } else {
                guard tokens[index - 1].isWord, labels.contains(paragraph.facts[index - 1].key) else { continue }
                // "ST PHOTO: Ong Kai Xiang": the agency wears the label.
                if paragraph.facts[index - 1].key == "photo", let before = run(from: index - 1, forward: false, paragraph) {
                    add(before, &spans, paragraph)
                }
                if let after = run(from: index + 1, forward: true, paragraph) { add(after, &spans, paragraph) }
            }
        }
    }

    /// The capitalized words from `start` on (or back), when they hold an agency word;
    /// "Photo" at the end of "Brask Press Photo" is the kind of credit, not the agency.
    private static func run(from start: Int, forward: Bool, _ paragraph: TokenizedParagraph) -> Range<Int>? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var first = start
        var end = start + 1
        guard tokens[start].isWord, facts[start].startsUppercase else { return nil }
        if forward {
            while end < tokens.count, tokens[end].isWord, facts[end].startsUppercase, !tokens[end].lineStart { end += 1 }
        } else {
            while first > 0, tokens[first - 1].isWord, facts[first - 1].startsUppercase, !tokens[first].lineStart { first -= 1 }
        }
        // "AP Photo/Jane Roe": what comes before "Photo" is the agency, whatever its words.
        let photoCredit = end - first > 1 && (facts[end - 1].key == "photo" || facts[end - 1].key == "photos")
        if photoCredit { end -= 1 }
        guard end - first <= 4, photoCredit || (first..<end).contains(where: { agencyWords.contains(facts[$0].key) }) else { return nil }
        return first..<end
    }

    private static func add(_ range: Range<Int>, _ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        spans.removeAll { $0.first < range.upperBound && range.lowerBound < $0.end }
        spans.append(MentionSpan(paragraph: paragraph.index, first: range.lowerBound, end: range.upperBound, type: .organization))
    }
}
