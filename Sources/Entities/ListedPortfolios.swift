/// "the Committee on Trade, Fisheries and Rural Affairs": a body's name may list its subjects with
/// commas, and the tagger cuts it at each one ("Committee on Trade", "Fisheries", "Rural Affairs").
/// Joined again when a name that ends "on|of|for Word" is followed by single words set off by commas,
/// then "and" and a last name of two or more words (or one last name holding the "and"), none of
/// them with an organization word (so a list of bodies, "the Veldrian Ministry of Mines, Treasury
/// and Central Bank", stays a list). "Local Government" is a subject, though "government" names bodies.
/// The subjects may also come before the body's word: "the Salaries, Incomes and Wages Commission".
enum ListedPortfolios {
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        joinSubjectsAfterOf(&spans, paragraph)
        joinSubjectsBeforeBodyWord(&spans, paragraph)
    }

    private static func joinSubjectsAfterOf(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        guard spans.count >= 2 else { return }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        func hasOrganizationWord(_ span: MentionSpan) -> Bool {
            (span.first..<span.end).contains { index in
                (facts[index].flags.contains(.organizationWord) || facts[index].flags.contains(.legalSuffix))
                    && !(index == span.end - 1 && facts[index].key == "government")
            }
        }
        var index = 0
        while index + 1 < spans.count {
            defer { index += 1 }
            let head = spans[index]
            // The body's word settles the type, whatever the tagger read ("Committee on Trade").
            guard head.end - head.first >= 3,
                  ["on", "of", "for"].contains(tokens[head.end - 2].text),
                  facts[head.first..<(head.end - 2)].contains(where: {
                      $0.flags.contains(.organizationWord) || $0.rules.contains(.organizationHead)
                  })
            else { continue }
            // Single words after commas, then "and" and the last part.
            var next = index + 1
            var end = head.end
            while next < spans.count, spans[next].first == end + 1, tokens[end].text == ",",
                  spans[next].end - spans[next].first == 1, !hasOrganizationWord(spans[next]) {
                end = spans[next].end
                next += 1
            }
            // Or the tagger read the last part with its "and" as one name ("Fisheries and Rural Affairs").
            if next < spans.count, spans[next].first == end + 1, tokens[end].text == ",",
               (spans[next].first..<spans[next].end).contains(where: { tokens[$0].text == "and" }),
               !hasOrganizationWord(spans[next]) {
                spans[index].end = spans[next].end
                spans[index].type = .organization
                spans.removeSubrange((index + 1)...next)
                continue
            }
            guard next > index + 1, next < spans.count, spans[next].first == end + 1, tokens[end].text == "and",
                  spans[next].end - spans[next].first >= 2, !hasOrganizationWord(spans[next]) else { continue }
            spans[index].end = spans[next].end
            spans[index].type = .organization
            spans.removeSubrange((index + 1)...next)
        }
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
