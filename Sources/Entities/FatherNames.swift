/// "Priya d/o Ramasamy", "Senthil Kumar s/o Murugan": in Singapore and Malaysia a person's name may
/// name the father after "d/o" (daughter of) or "s/o" (son of). The whole is one person's name,
/// though the tagger reads two people, or a person and a place, either side of the slash.
enum FatherNames {
    /// `spans` sorted by first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 0
        while index < spans.count {
            defer { index += 1 }
            let name = spans[index]
            let link = name.end
            guard name.type == .person, name.canonical == nil, link + 3 < tokens.count, isLink(at: link, tokens),
                  tokens[link + 3].isWord, facts[link + 3].startsUppercase else { continue }
            // The father's name: the next span when it starts there, or the capitalized words there.
            var end = link + 3
            while end < tokens.count, tokens[end].isWord, facts[end].startsUppercase, !tokens[end].lineStart { end += 1 }
            if index + 1 < spans.count, spans[index + 1].first == link + 3 { end = max(end, spans[index + 1].end) }
            spans[index].end = end
            spans.removeAll { $0.first >= link && $0.first < end }
        }
    }

    /// "d/o" or "s/o", three tokens with no space between them.
    private static func isLink(at index: Int, _ tokens: [TaggerToken]) -> Bool {
        let letter = tokens[index].text
        return (letter == "d" || letter == "s") && tokens[index + 1].text == "/" && tokens[index + 2].text == "o"
            && tokens[index].end == tokens[index + 1].start && tokens[index + 1].end == tokens[index + 2].start
    }
}
