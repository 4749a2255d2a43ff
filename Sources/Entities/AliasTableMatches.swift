import NewsCore

/// Names the alias table knows ("Reuters", "Daesh", "UK"), found in the text even where the
/// tagger passed them by: the table is the user's word on what is an entity.
enum AliasTableMatches {
    static let longestAlias = 6

    static func find(in paragraph: TokenizedParagraph, lexicon: Lexicon) -> [MentionSpan] {
        guard !lexicon.aliases.isEmpty else { return [] }
        return longest(in: paragraph, firstWords: lexicon.aliasFirstWords) { lexicon.aliases[$0] }.map { match in
            MentionSpan(paragraph: paragraph.index, first: match.first, end: match.end, type: match.value.0, canonical: match.value.1)
        }
    }

    /// The longest names a table holds, left to right, none overlapping: `lookup` takes a
    /// surface's `Lexicon.aliasKey`. Each name starts with a capital and ends on a word or a possessive.
    static func longest<Value>(in paragraph: TokenizedParagraph, firstWords: Set<String>,
                               lookup: (String) -> Value?) -> [(first: Int, end: Int, value: Value)] {
        let tokens = paragraph.tokens
        var result: [(first: Int, end: Int, value: Value)] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, paragraph.facts[index].startsUppercase,
                  firstWords.contains(firstWord(of: paragraph.facts[index].key))
            else { index += 1; continue }
            var matched: (first: Int, end: Int, value: Value)?
            var surface = ""
            for end in (index + 1)...min(tokens.count, index + longestAlias) {
                let token = tokens[end - 1]
                if end - 1 > index, token.start > tokens[end - 2].end { surface.append(" ") }
                surface += token.text
                // A possessive ends a name only when the table lists it with one ("Moody's").
                if token.isWord || token.text == "'s" || token.text == "\u{2019}s", let value = lookup(Lexicon.aliasKey(surface)) {
                    matched = (index, end, value)
                }
            }
            if let match = matched {
                result.append(match)
                index = match.end
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
