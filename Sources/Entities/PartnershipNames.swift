import NewsCore

/// "Pryce Whitcombe & Lowe LLP", "Bernstein Litowitz Berger & Grossmann LLP": partners' names joined
/// by "&" before a legal form are one firm, though the tagger reads the names before "&" as people
/// or places of their own and keeps only the last name with the legal form.
enum PartnershipNames {
    /// Partners' names a firm's name may list before its "&".
    static let mostPartnersBefore = 4

    /// `spans` sorted by first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 0
        while index < spans.count {
            let firm = spans[index]
            let ampersand = firm.first - 1
            guard ampersand >= 1, tokens[ampersand].text == "&", firm.type == .organization, firm.canonical == nil,
                  facts[firm.end - 1].rules.contains(.legalForm) else { index += 1; continue }
            var first = ampersand
            while first > 0, ampersand - (first - 1) <= mostPartnersBefore, paragraph.isCapitalizedWord(first - 1),
                  !facts[first - 1].rules.contains(.functionWord) { first -= 1 }
            // A name reaching back past the partners is something else ("... Group" + "Smith & Co").
            guard first < ampersand,
                  !spans.contains(where: { $0.first < first && $0.end > first }) else { index += 1; continue }
            var joined = firm
            joined.first = first
            joined.cued = true
            joined.needsSupport = false
            spans.removeAll { $0.first >= first && $0.first < ampersand }
            index = spans.firstIndex { $0.first == firm.first } ?? index
            spans[index] = joined
            index += 1
        }
    }
}
