/// "authorised for release by the Board of Tarrawin Lithium Limited": a company's board, named by
/// the company's registered name, is the company speaking; the name is the company's, not the
/// board's. A body named "Board of ..." with no legal form ("Board of Control for Cricket in
/// India", "Board of Governors") is left whole.
enum CompanyBoards {
    /// `spans` sorted or not; cut in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices where spans[index].type == .organization && spans[index].canonical == nil {
            let span = spans[index]
            guard span.end - span.first >= 4, facts[span.first].key == "board", facts[span.first + 1].key == "of" else { continue }
            // "the Board of Directors of Tarrawin Lithium Limited" too.
            var company = span.first + 2
            if company + 2 < span.end, facts[company].key == "directors", facts[company + 1].key == "of" { company += 2 }
            let last = facts[span.end - 1]
            guard span.end - company >= 2, tokens[company].isWord, facts[company].startsUppercase,
                  last.flags.contains(.legalSuffix) || last.rules.contains(.legalForm) else { continue }
            spans[index].first = company
        }
    }
}
