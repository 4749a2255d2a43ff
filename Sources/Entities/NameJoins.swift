/// "Mohamed El-Amine Souef": the tagger may read a long name as two people with a word between
/// them it passed by. Two people's names with nothing between them, or one capitalized word,
/// are one person's name; two organizations' names with nothing between them ("Vantor" +
/// "Labs Europe") are one organization's.
enum NameJoins {
    static func apply(_ spans: [MentionSpan], _ paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard spans.count >= 2 else { return spans }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var result = spans.sorted { $0.first < $1.first }
        var index = 1
        while index < result.count {
            let left = result[index - 1]
            let right = result[index]
            let gap = right.first - left.end
            let organizations = left.type == .organization && right.type == .organization && gap == 0
                && right.canonical == nil && tokens[right.first].isWord && tokens[left.end - 1].isWord
            var joins = (left.type == .person && right.type == .person && left.canonical == nil && right.canonical == nil
                && (gap == 0 || gap == 1) || organizations)
                && !tokens[right.first].sentenceStart && !tokens[right.first].lineStart
            if joins, gap == 1 {
                let between = facts[left.end]
                joins = tokens[left.end].isWord && between.startsUppercase && !between.isTitle
                    && !between.rules.contains(.functionWord) && !tokens[left.end].sentenceStart
            }
            if joins {
                result[index - 1].end = right.end
                if organizations { result[index - 1].canonical = nil }
                result.remove(at: index)
            } else {
                index += 1
            }
        }
        return result
    }
}
