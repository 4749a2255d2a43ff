/// "Bpifrance, the state investment bank, is a shareholder": a capitalized word the tagger passed
/// by (often at a sentence start, where capitals say little) that the words after it describe as
/// an organization or a person (`Appositions`), in a description closed by a comma or "which",
/// is a name.
enum DescribedNames {
    static func find(in paragraph: TokenizedParagraph, commonWords: Set<String>) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var result: [MentionSpan] = []
        // Cheap test first: a word, then a comma, then the description.
        for index in 0..<max(tokens.count - 2, 0) where tokens[index + 1].text == "," && tokens[index].isWord {
            let word = facts[index]
            guard word.startsUppercase, word.rules.isDisjoint(with: [.functionWord, .title, .portfolio]),
                  !word.isTitle, word.flags.isDisjoint(with: [.demonym, .organizationWord, .title]),
                  index == 0 || !facts[index - 1].startsUppercase,
                  !commonWords.contains(tokens[index].text.lowercased()),
                  let type = Appositions.typeAfter(index + 1, paragraph, closed: true) else { continue }
            result.append(MentionSpan(paragraph: paragraph.index, first: index, end: index + 1, type: type, cued: true))
        }
        return result
    }
}
