/// "Mohamed El-Amine Souef": the tagger may read a long name as two people with a word between
/// them it passed by. Two people's names with nothing between them, or one capitalized word,
/// are one person's name.
enum PersonJoins {
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
            var joins = left.type == .person && right.type == .person && left.canonical == nil && right.canonical == nil
                && (gap == 0 || gap == 1) && !tokens[right.first].sentenceStart && !tokens[right.first].lineStart
            if joins, gap == 1 {
                let between = facts[left.end]
                joins = tokens[left.end].isWord && between.startsUppercase && !between.isTitle
                    && !between.rules.contains(.functionWord) && !tokens[left.end].sentenceStart
            }
            if joins {
                result[index - 1].end = right.end
                result.remove(at: index)
            } else {
                index += 1
            }
        }
        return result
    }
}
