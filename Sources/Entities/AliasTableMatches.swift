import NewsCore

/// Names the alias table knows ("Reuters", "Daesh", "UK"), found in the text even where the
/// tagger passed them by: the table is the user's word on what is an entity.
enum AliasTableMatches {
    static let longestAlias = 6

    static func find(in paragraph: TokenizedParagraph, lexicon: Lexicon) -> [MentionSpan] {
        guard !lexicon.aliases.isEmpty else { return [] }
        let tokens = paragraph.tokens
        var result: [MentionSpan] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, paragraph.facts[index].startsUppercase,
                  lexicon.aliasFirstWords.contains(firstWord(of: paragraph.facts[index].key))
            else { index += 1; continue }
            var matched: MentionSpan?
            var surface = ""
            for end in (index + 1)...min(tokens.count, index + longestAlias) {
                let token = tokens[end - 1]
                if end - 1 > index, token.start > tokens[end - 2].end { surface.append(" ") }
                surface += token.text
                if let (type, canonical) = lexicon.aliases[Lexicon.aliasKey(surface)], token.isWord {
                    matched = MentionSpan(paragraph: paragraph.index, first: index, end: end, type: type, canonical: canonical)
                }
            }
            if let span = matched {
                result.append(span)
                index = span.end
            } else {
                index += 1
            }
        }
        return result
    }

    /// The key's first word, lowercased; an ASCII key with one word already is that.
    private static func firstWord(of key: String) -> String {
        if key.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: " ") }) { return key }
        return key.prefix { $0 != " " }.lowercased()
    }
}
