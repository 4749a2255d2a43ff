/// "Kelvarsheide Children's Hospital", "Orvane Residents' Association": a name cut at a possessive
/// runs on through it when the word before the possessive is an ordinary word and the
/// capitalized words after it end in an organization word. ("Veldria's Central Bank" is cut:
/// a place's name is no ordinary word.)
enum PossessiveNames {
    /// `spans` sorted by first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 0
        while index < spans.count {
            let span = spans[index]
            let mark = span.end
            // "the Singapore Police Force's Anti-Scam Command": a name that ends on its organization word
            // is a whole body, and what follows its possessive is another (here and in the join below).
            guard span.canonical == nil, mark + 2 < tokens.count, isPossessive(mark, tokens),
                  isOrdinaryWord(mark - 1, paragraph, commonWords), !facts[mark - 1].flags.contains(.organizationWord)
            else { index += 1; continue }
            var run = mark + 1
            while run < tokens.count, run - mark <= 4, tokens[run].isWord, facts[run].startsUppercase { run += 1 }
            // The name ends at its last organization word: "the Old Boys' Association Chair Ann Lee".
            guard let last = (mark + 1..<run).last(where: { facts[$0].flags.contains(.organizationWord) }) else {
                index += 1; continue
            }
            let end = last + 1
            var joined = span
            // "Bank of China", found already, runs on past the capitals after the possessive.
            joined.end = spans.filter { $0.first > mark && $0.first < end }.map(\.end).max().map { max($0, end) } ?? end
            joined.type = .organization
            joined.needsSupport = false
            // "European" of "the European People's Party": capitals before it, in no name of their own.
            while joined.first > 0, span.first - joined.first < 3, paragraph.isCapitalizedWord(joined.first - 1),
                  !facts[joined.first - 1].rules.contains(.functionWord),
                  !spans.contains(where: { $0.first < joined.first && $0.end >= joined.first }) { joined.first -= 1 }
            spans.removeAll { $0.paragraph == joined.paragraph && $0.first >= mark && $0.first < joined.end }
            spans[index] = joined
            index += 1
        }
        joinBodiesAfterPossessives(&spans, paragraph, commonWords: commonWords)
    }

    /// "Children's", and a plural's bare apostrophe: "Residents' Welfare Forum".
    private static func isPossessive(_ mark: Int, _ tokens: [TaggerToken]) -> Bool {
        tokens[mark].isPossessive && tokens[mark].start == tokens[mark - 1].end || TaggerToken.isPluralApostrophe(at: mark, in: tokens)
    }

    /// "People" in "People's Bank": a capitalized ordinary word ("People" is a surname too, but
    /// not a first name nor a place); with `orItsPlural`, "Boys" of "Old Boys' Association" too.
    private static func isOrdinaryWord(_ index: Int, _ paragraph: TokenizedParagraph, _ commonWords: Set<String>,
                                       orItsPlural: Bool = false) -> Bool {
        guard paragraph.isCapitalizedWord(index), paragraph.facts[index].flags.isDisjoint(with: [.firstName, .place]) else { return false }
        let text = paragraph.tokens[index].text
        return commonWords.contains(text.lowercased())
            || orItsPlural && text.hasSuffix("s") && commonWords.contains(String(text.dropLast()).lowercased())
    }

    /// "the People's Bank of China": a body's name that the tagger began after the possessive
    /// takes in the ordinary word before it and the capitalized words before that.
    private static func joinBodiesAfterPossessives(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph,
                                                   commonWords: Set<String>) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var joined: [Int] = []
        for index in spans.indices {
            let body = spans[index]
            let mark = body.first - 1
            guard body.type == .organization, body.canonical == nil, mark >= 1,
                  isPossessive(mark, tokens),
                  isOrdinaryWord(mark - 1, paragraph, commonWords, orItsPlural: true),
                  !facts[mark - 1].flags.contains(.organizationWord)
            else { continue }
            // An organization word in the body, a plural's bare apostrophe ("Residents' Welfare Forum"), or a
            // body read on both sides of the possessive ("Little Oaks Children" and "Hospice"). A body's own
            // name before it owns what follows: "Alphabet's Google", "the European Space Agency's CryoSat-2".
            let bodyBefore = spans.contains { $0.end == mark && $0.type == .organization && $0.canonical == nil }
            guard bodyBefore || !tokens[mark].isPossessive
                    || (body.first..<body.end).contains(where: { facts[$0].flags.contains(.organizationWord) })
            else { continue }
            var first = mark - 1
            while first > 0, mark - first <= 3, paragraph.isCapitalizedWord(first - 1),
                  !facts[first - 1].rules.contains(.functionWord) { first -= 1 }
            spans[index].first = first
            spans[index].needsSupport = false
            joined.append(index)
        }
        guard !joined.isEmpty else { return }
        // The pieces the joined names took in ("National People" of "National People's Congress").
        let names = joined.map { spans[$0] }
        spans = spans.enumerated().filter { offset, span in
            joined.contains(offset) || !names.contains { $0.first <= span.first && span.end <= $0.end }
        }.map(\.element)
    }
}
