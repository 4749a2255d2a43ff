import NewsCore

/// Names the tagger passed by that the word lists vouch for on their own:
/// a run of capitalized words holding an organization word ("Joint Operations Command",
/// "Ministry of Foreign Affairs"), a first name and a surname ("Angela Merkel"), and a known
/// place written mid-sentence ("Rome").
enum ListedNames {
    static func find(in paragraph: TokenizedParagraph, gazetteer: NameGazetteer, commonWords: Set<String>) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var result: [MentionSpan] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, facts[index].startsUppercase else { index += 1; continue }
            // The capitalized run from here, with "of"/"for"/"and" between capitalized words.
            var end = index + 1
            while end < tokens.count, tokens[end].isWord {
                let text = tokens[end].text
                if facts[end].startsUppercase { end += 1; continue }
                if ["of", "for", "and"].contains(text), end + 1 < tokens.count, tokens[end + 1].isWord,
                   facts[end + 1].startsUppercase {
                    end += 2
                    continue
                }
                break
            }
            var first = index
            while first < end, facts[first].rules.contains(.leadingNoise) { first += 1 }
            let flags = (first..<end).map { facts[$0].flags }
            if end - first >= 2, flags.contains(where: { $0.contains(.organizationWord) || $0.contains(.legalSuffix) }),
               !flags.contains(where: { $0.contains(.title) }) {
                result.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .organization))
            } else if (2...3).contains(end - first), flags[0].contains(.firstName), let last = flags.last,
                      last.contains(.surname), !flags.contains(where: { !$0.isDisjoint(with: [.title, .organizationWord, .demonym, .legalSuffix]) }),
                      !last.contains(.place), !commonWords.contains(tokens[end - 1].text.lowercased()) {
                // "Angela Merkel": a known first name and a known surname.
                result.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .person))
            } else if let place = longestPlacePhrase(in: first..<end, paragraph, gazetteer: gazetteer) {
                // "Saudi Arabia", "Democratic Republic of Congo": a known place of several words.
                result.append(MentionSpan(paragraph: paragraph.index, first: place.lowerBound, end: place.upperBound, type: .place))
            } else {
                // Not an organization: a lone capitalized word of the run may still be a known place.
                for offset in flags.indices where flags[offset].contains(.place) {
                    let at = first + offset
                    // "Michigan Gov. Gretchen Whitmer": a place before a title, even opening a sentence.
                    let titleNext = at + 1 < tokens.count && facts[at + 1].isTitle && facts[at + 1].startsUppercase
                    let alone = (at == first || !facts[at - 1].startsUppercase)
                        && (at + 1 == end || !facts[at + 1].startsUppercase || titleNext)
                    let word = flags[offset]
                    guard alone, !tokens[at].sentenceStart || titleNext, !word.contains(.firstName), !word.contains(.title),
                          !word.contains(.demonym), !commonWords.contains(tokens[at].text.lowercased()) else { continue }
                    result.append(MentionSpan(paragraph: paragraph.index, first: at, end: at + 1, type: .place))
                }
            }
            index = end
        }
        return result
    }

    /// The longest known place of two to five words inside the run, from its first word that starts one.
    private static func longestPlacePhrase(in run: Range<Int>, _ paragraph: TokenizedParagraph,
                                           gazetteer: NameGazetteer) -> Range<Int>? {
        guard run.count >= 2 else { return nil }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for start in run where facts[start].flags.contains(.placeWord) && facts[start].startsUppercase {
            var hash = FeatureHash.nameKeyHash(tokens[start].text)
            var found: Range<Int>?
            var end = start + 1
            while end < run.upperBound, end - start < 5 {
                hash = FeatureHash.nameKeyHash(tokens[end].text, from: FeatureHash.mix(hash, UInt8(ascii: " ")))
                end += 1
                if facts[end - 1].startsUppercase, gazetteer.flags(hash: hash).contains(.place) { found = start..<end }
            }
            if let found { return found }
        }
        return nil
    }
}
