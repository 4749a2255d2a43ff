/// "COP29", "C-130", "M72", "HELIX-2", "Graviton4", "Sh1.4": one word of letters and digits
/// is a model, a trial, a summit or a sum, not a person or a body, though the tagger reads its
/// capitals as a name. A name the alias table gives, or one the words beside it type, stays.
enum AlphanumericCodes {
    static func drop(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph]) -> [MentionSpan] {
        let tokensByParagraph = Dictionary(uniqueKeysWithValues: paragraphs.map { ($0.index, $0.tokens) })
        return spans.filter { span in
            guard span.end - span.first == 1, span.type != .place, span.canonical == nil, !span.cued,
                  let tokens = tokensByParagraph[span.paragraph] else { return true }
            return !isCode(tokens[span.first].text)
        }
    }

    /// Letters and digits in one word.
    static func isCode(_ word: String) -> Bool {
        var letters = false, digits = false
        for byte in word.utf8 {
            if byte >= 48 && byte <= 57 { digits = true } else if byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122 { letters = true }
        }
        return letters && digits
    }
}
