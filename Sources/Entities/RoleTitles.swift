/// "Chief Executive Officer Ilan Brask-Mora", "Referee Tomas Brel": capitalized role
/// words the title lists lack sit before a person's name. The tagger may take the role word
/// into the name, or read it alone as a person and the name after it as something else.
enum RoleTitles {
    static let words: Set<String> = ["officer", "referee", "umpire"]

    /// `result` sorted by first token; changed in place.
    static func apply(_ result: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        var offset = 0
        while offset < result.count {
            let span = result[offset]
            guard span.type == .person, span.canonical == nil, tokens[span.first].isWord,
                  paragraph.facts[span.first].startsUppercase,
                  words.contains(tokens[span.first].text.lowercased()) else { offset += 1; continue }
            if span.end - span.first >= 3 {
                // "Referee Tomas Brel": the role word goes; the name stays.
                result[offset].first += 1
            } else if span.end - span.first == 1, offset + 1 < result.count, result[offset + 1].canonical == nil,
                      span.end < tokens.count, !tokens[span.end].lineStart,
                      result[offset + 1].first == span.end
                        || result[offset + 1].first == span.end + 1 && tokens[span.end].isWord
                            && paragraph.facts[span.end].startsUppercase && !paragraph.facts[span.end].isTitle,
                      result[offset + 1].end - span.end >= 2 {
                // "Officer" + "Ilan Brask-Mora": the role word alone names no one; what
                // follows is a person (with a given name the tagger passed by).
                result[offset + 1].first = span.end
                result[offset + 1].type = .person
                result.remove(at: offset)
                continue
            }
            offset += 1
        }
    }
}
