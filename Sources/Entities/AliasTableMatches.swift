import NewsCore

/// Names the alias table knows ("Reuters", "Daesh", "UK"), found in the text even where the
/// tagger passed them by: the table is the user's word on what is an entity.
enum AliasTableMatches {
    static let longestAlias = 6

    static func find(in paragraph: TokenizedParagraph, lexicon: Lexicon) -> [MentionSpan] {
        guard !lexicon.aliases.isEmpty else { return [] }
        let capitalized = longest(in: paragraph, firstWords: lexicon.aliasFirstWords) { lexicon.aliases[$0] }.map { match in
            MentionSpan(paragraph: paragraph.index, first: match.first, end: match.end, type: match.value.0, canonical: match.value.1)
        }
        return capitalized + lowercase(in: paragraph, lexicon: lexicon)
    }

    /// "dpa": names the table writes with a lowercase first letter, found only as written.
    private static func lowercase(in paragraph: TokenizedParagraph, lexicon: Lexicon) -> [MentionSpan] {
        guard !lexicon.lowercaseNames.isEmpty else { return [] }
        let tokens = paragraph.tokens
        var found: [MentionSpan] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].isWord, paragraph.facts[index].startsLowercase,
                  lexicon.lowercaseFirstWordHashes.contains(paragraph.facts[index].keyHash) else { continue }
            for end in stride(from: min(tokens.count, index + 3), through: index + 1, by: -1) {
                let span = MentionSpan(paragraph: paragraph.index, first: index, end: end, type: .organization)
                guard let (type, canonical) = lexicon.lowercaseNames[span.surface(tokens)] else { continue }
                found.append(MentionSpan(paragraph: paragraph.index, first: index, end: end, type: type, canonical: canonical))
                index = end - 1
                break
            }
        }
        return found
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
                // "US$4,120": a sum in the code's currency, not a name going on (an acronym's key
                // keeps only its letters, so "US$4" would read as "US").
                if !token.isWord, PageStamps.isCurrencySign(token.text) { break }
                // "USA 3 0 1 2": an acronym's key keeps only its letters, so a figure after it is no part of it.
                if paragraph.facts[end - 1].numeral, paragraph.facts[index].startsUppercase,
                   Lexicon.aliasKey(surface).hasPrefix("=") { break }
                if end - 1 > index, token.start > tokens[end - 2].end { surface.append(" ") }
                surface += token.text
                // A possessive ends a name only when the table lists it with one ("Moody's").
                if token.isWord || token.text == "'s" || token.text == "\u{2019}s", let value = lookup(Lexicon.aliasKey(surface)) {
                    matched = (index, end, value)
                }
            }
            // "HK" of "HK$11.06" names the currency.
            if let match = matched, PageStamps.isCurrencyCode(match.end - 1, paragraph) {
                index = match.end
            } else if let match = matched {
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
