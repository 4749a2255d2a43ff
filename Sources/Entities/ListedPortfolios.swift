/// "the Committee on Trade, Fisheries and Rural Affairs", "the Ministry of Transport, Highways, Ports
/// and Civil Aviation": a body's name may list its subjects with commas, and the tagger cuts it at
/// each one, or leaves some out. Joined again when a name that ends "on|of|for Word" is followed by
/// subjects of one to three capitalized words set off by commas, then "and" and a last subject, none
/// of them with an organization word (so a list of bodies, "the Veldrian Ministry of Mines, Treasury
/// and Central Bank", stays a list) and not all of them known places ("the Ministry of Defence,
/// Britain and France"). "Local Government" and "Small Business" are subjects, though "government"
/// and "business" name bodies. The subjects may also come before the body's word: "the Salaries,
/// Incomes and Wages Commission".
enum ListedPortfolios {
    /// Words that name bodies, but also a ministry's subjects ("Housing and Local Government",
    /// "Culture, Media and Sport", "Business, Energy and Industrial Strategy").
    static let portfolioWords: Set<String> = ["government", "business", "communications", "media", "services", "broadcasting"]

    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, lexicon: Lexicon) {
        joinSubjectsAfterOf(&spans, paragraph, lexicon: lexicon)
        joinSubjectsBeforeBodyWord(&spans, paragraph)
    }

    private static func joinSubjectsAfterOf(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, lexicon: Lexicon) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // A subject's word: capitalized, no function word, no title and no body's word (a list of
        // bodies stays a list).
        func isSubjectWord(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].isWord && facts[index].startsUppercase && tokens[index].text != "The"
                && !facts[index].rules.contains(.functionWord) && !facts[index].flags.contains(.legalSuffix) && !facts[index].isTitle
                && !(facts[index].flags.contains(.organizationWord) && !portfolioWords.contains(facts[index].key))
        }
        /// The end of a subject of one to three words starting at `start`, nil for none.
        func subjectEnd(from start: Int) -> Int? {
            var end = start
            while end - start < 3, isSubjectWord(end) { end += 1 }
            return end > start ? end : nil
        }
        var index = 0
        while index < spans.count {
            defer { index += 1 }
            let head = spans[index]
            // The body's word settles the type, whatever the tagger read ("Committee on Trade").
            // Its first subject is one to three words after "on", "of" or "for", or "of the" ("Economic Inclusion").
            guard head.end - head.first >= 3,
                  let of = (max(head.first + 1, head.end - 4)..<(head.end - 1)).last(where: { ["on", "of", "for"].contains(tokens[$0].text) }),
                  case let firstSubject = tokens[of + 1].text == "the" ? of + 2 : of + 1,
                  firstSubject < head.end, subjectEnd(from: firstSubject) == head.end,
                  facts[head.first..<of].contains(where: {
                      $0.flags.contains(.organizationWord) || $0.rules.contains(.organizationHead)
                  })
            else { continue }
            // Subjects set off by commas, whether the tagger found them or not ("Highways", "Ports")...
            var end = head.end
            var commas = 0
            var onlyPlaces = true
            // Known, or read as one ("Britain").
            func isLonePlace(_ start: Int, _ end: Int) -> Bool {
                end - start == 1 && (facts[start].flags.contains(.place)
                    || spans.contains { $0.first == start && $0.end == end && $0.type == .place })
            }
            while end + 1 < tokens.count, tokens[end].text == ",", let next = subjectEnd(from: end + 1) {
                onlyPlaces = onlyPlaces && isLonePlace(end + 1, next)
                end = next
                commas += 1
            }
            // ... then "and" (after a comma or not) and the last subject.
            if commas > 0, end < tokens.count, tokens[end].text == ",", end + 1 < tokens.count, tokens[end + 1].text == "and" {
                end += 1
            }
            guard end + 1 < tokens.count, tokens[end].text == "and", let last = subjectEnd(from: end + 1),
                  !(onlyPlaces && isLonePlace(end + 1, last)) else { continue }
            if commas == 0 {
                guard pairsSubjects(head: firstSubject..<head.end, last: (end + 1)..<last, spans, paragraph, lexicon: lexicon)
                else { continue }
            }
            var joined = head
            joined.end = last
            joined.type = .organization
            spans.removeAll { $0.first < joined.end && joined.first < $0.end && $0.first > joined.first }
            spans[index] = joined
        }
    }

    /// "the Chamber of Commerce and Industry", "the Faculty of Arts and Humanities": with no
    /// commas, "and" joins a second subject only when neither reads as a name of its own. The
    /// first names no place, known to the gazetteer or the alias table ("the Bank of Varland and
    /// Barclays", "Bank of America and Tarrow Sachs" are two banks); the second is one or two
    /// ordinary capitalized words that end the run of capitals, none an acronym ("NATO"), and no
    /// one else read it as a person or place.
    private static func pairsSubjects(head: Range<Int>, last: Range<Int>, _ spans: [MentionSpan],
                                      _ paragraph: TokenizedParagraph, lexicon: Lexicon) -> Bool {
        let facts = paragraph.facts
        let subject = MentionSpan(paragraph: paragraph.index, first: head.lowerBound, end: head.upperBound, type: .place)
        guard last.count <= 2, !paragraph.isCapitalizedWord(last.upperBound),
              !head.contains(where: { facts[$0].flags.contains(.place) }),
              !lexicon.aliasFirstWords.contains(facts[head.lowerBound].key)
                || lexicon.aliases[Lexicon.aliasKey(subject.surface(paragraph.tokens))]?.0 != .place,
              !last.contains(where: { !facts[$0].flags.isDisjoint(with: [.place, .firstName, .demonym])
                  || (CapitalLetters.count(in: paragraph.tokens[$0].text) ?? 0) >= 2 }),
              !spans.contains(where: { $0.type != .organization && $0.first < last.upperBound && last.lowerBound < $0.end })
        else { return false }
        return true
    }

    /// "the National Salaries, Incomes and Wages Commission", "The Innovation, Technology and Industry
    /// Bureau": after "the", capitalized subjects of one to three words set off by commas, then "and"
    /// and the last subject with the body's word. Every subject is free of organization words.
    private static func joinSubjectsBeforeBodyWord(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        func isBodyWord(_ index: Int) -> Bool {
            facts[index].flags.contains(.organizationWord) || facts[index].rules.contains(.organizationHead)
        }
        func isSubjectWord(_ index: Int) -> Bool {
            tokens[index].isWord && facts[index].startsUppercase && tokens[index].text != "The" && !isBodyWord(index)
                && !facts[index].flags.contains(.legalSuffix)
        }
        var index = 0
        while index < spans.count {
            defer { index += 1 }
            let last = spans[index]
            guard last.first >= 3, last.end - last.first >= 2, isBodyWord(last.end - 1) else { continue }
            // The subjects before this one end at the "and" before it, or at the comma before it
            // when the tagger took the "and" into the name.
            let afterAnd = tokens[last.first - 1].text == "and"
            let afterComma = tokens[last.first - 1].text == ","
                && (last.first + 1..<last.end - 1).contains { tokens[$0].text == "and" }
            guard afterAnd || afterComma else { continue }
            var commas = afterComma ? 1 : 0
            var groupEnd = last.first - 1
            var first: Int?
            while groupEnd > 0 {
                var groupStart = groupEnd
                while groupStart > 0, groupEnd - groupStart < 3, isSubjectWord(groupStart - 1) { groupStart -= 1 }
                guard groupStart < groupEnd, groupStart > 0 else { break }
                let before = tokens[groupStart - 1].text
                if before == "," {
                    commas += 1
                    groupEnd = groupStart - 1
                } else {
                    if commas > 0, before == "the" || before == "The" { first = groupStart }
                    break
                }
            }
            guard let first else { continue }
            let joined = MentionSpan(paragraph: last.paragraph, first: first, end: last.end, type: .organization)
            spans.removeAll { $0.first < joined.end && joined.first < $0.end }
            let at = spans.firstIndex { $0.first > joined.first } ?? spans.endIndex
            spans.insert(joined, at: at)
            index = at
        }
    }
}
