/// "Winston Ho Chun-yip", "Cheryl Mok Hoi-ying", "Lee Jae-myung": a Hong Kong, Taiwanese or
/// Korean name writes its two-syllable given name with a hyphen and the second syllable in
/// lowercase. The tokenizer cuts such a word as it cuts "US-led" (a name, then a modifier), so
/// the tagger may end the person's name at the
/// first syllable or read that syllable as a name of its own. A person's name followed, with no
/// space, by a short capitalized syllable, a hyphen and a short lowercase syllable that is no
/// English word takes both syllables.
enum HyphenatedGivenNames {
    /// `result` sorted by first token; changed in place.
    static func apply(_ result: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        let tokens = paragraph.tokens
        var offset = 0
        while offset < result.count {
            defer { offset += 1 }
            let span = result[offset]
            guard span.type == .person, span.canonical == nil, span.end < tokens.count else { continue }
            // The capitalized syllable: the person's last word, or the word right after the name.
            // Or the one after a surname the tagger left off ("Winson" + "Ip Wai-lun").
            var syllable = span.end - 1
            if tokens[span.end].isWord, !tokens[span.end].lineStart, isSyllable(tokens[span.end].text, capitalized: true),
               span.end + 2 < tokens.count, tokens[span.end + 1].text == "-" {
                syllable = span.end
            } else if span.end + 3 < tokens.count, tokens[span.end].isWord, !tokens[span.end].lineStart,
                      isSyllable(tokens[span.end].text, capitalized: true), !commonWords.contains(paragraph.facts[span.end].key),
                      tokens[span.end + 1].isWord, isSyllable(tokens[span.end + 1].text, capitalized: true),
                      tokens[span.end + 2].text == "-" {
                syllable = span.end + 1
            }
            let dash = syllable + 1
            let tail = syllable + 2
            if let end = givenNameFirst(span, paragraph, commonWords: commonWords) {
                result[offset].end = end
                var next = offset + 1
                while next < result.count, result[next].first < end {
                    if result[next].end <= end { result.remove(at: next) } else { next += 1 }
                }
                continue
            }
            guard syllable - span.first >= 1, tail < tokens.count, tokens[syllable].isWord,
                  isSyllable(tokens[syllable].text, capitalized: true),
                  tokens[dash].text == "-", tokens[syllable].end == tokens[dash].start,
                  tokens[tail].isWord, tokens[dash].end == tokens[tail].start,
                  isSyllable(tokens[tail].text, capitalized: false),
                  // "Pak Seo-won": an English word after a syllable that is none.
                  !commonWords.contains(tokens[tail].text) || !commonWords.contains(tokens[syllable].text.lowercased()),
                  // Nothing glued on after the syllable ("Lam Pui-sze-led").
                  tail + 1 == tokens.count || tokens[tail + 1].start > tokens[tail].end || tokens[tail + 1].text != "-"
            else { continue }
            result[offset].end = tail + 1
            // A syllable the tagger read as a name of its own goes.
            var next = offset + 1
            while next < result.count, result[next].first <= tail {
                if result[next].end <= tail + 1 { result.remove(at: next) } else { next += 1 }
            }
        }
    }

    /// "Hyun-woo Tarrant", "Ji-yeon Vell": the given name first, Western style, then the surname. A
    /// person's name of one syllable, glued to a hyphen and a lowercase syllable that is no English
    /// word, then a capitalized word: the end of the whole name, else nil.
    private static func givenNameFirst(_ span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> Int? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let syllable = span.first, dash = span.first + 1, tail = span.first + 2, surname = span.first + 3
        guard span.end == span.first + 1, surname < tokens.count, isSyllable(tokens[syllable].text, capitalized: true),
              tokens[dash].text == "-", tokens[syllable].end == tokens[dash].start, tokens[dash].end == tokens[tail].start,
              tokens[tail].isWord, isSyllable(tokens[tail].text, capitalized: false), !commonWords.contains(tokens[tail].text),
              tokens[surname].isWord, tokens[surname].start > tokens[tail].end, !tokens[surname].lineStart,
              facts[surname].capitalized, !facts[surname].isTitle, !facts[surname].rules.contains(.functionWord),
              !commonWords.contains(facts[surname].key) || facts[surname].flags.contains(.surname)
        else { return nil }
        return surname + 1
    }

    /// Two to six ASCII letters ("Myeong"); the first a capital if `capitalized`, all others lowercase.
    private static func isSyllable(_ text: String, capitalized: Bool) -> Bool {
        let scalars = text.unicodeScalars
        guard (2...6).contains(scalars.count) else { return false }
        for (index, scalar) in scalars.enumerated() {
            let upper = scalar.value >= 65 && scalar.value <= 90
            let lower = scalar.value >= 97 && scalar.value <= 122
            if index == 0 && capitalized ? !upper : !lower { return false }
        }
        return true
    }
}
