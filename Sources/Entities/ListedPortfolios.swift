/// "the Committee on Trade, Fisheries and Rural Affairs": a body's name may list its subjects with
/// commas, and the tagger cuts it at each one ("Committee on Trade", "Fisheries", "Rural Affairs").
/// Joined again when a name that ends "on|of|for Word" is followed by single words set off by commas,
/// then "and" and a last name of two or more words (or one last name holding the "and"), none of
/// them with an organization word (so a list of bodies, "the Veldrian Ministry of Mines, Treasury
/// and Central Bank", stays a list).
enum ListedPortfolios {
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        guard spans.count >= 2 else { return }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        func hasOrganizationWord(_ span: MentionSpan) -> Bool {
            facts[span.first..<span.end].contains { $0.flags.contains(.organizationWord) || $0.flags.contains(.legalSuffix) }
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
}
