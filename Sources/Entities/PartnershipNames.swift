import NewsCore

/// "Pryce Whitcombe & Lowe LLP", "Bernstein Litowitz Berger & Grossmann LLP": partners' names joined
/// by "&" before a legal form are one firm, though the tagger reads the names before "&" as people
/// or places of their own and keeps only the last name with the legal form.
enum PartnershipNames {
    /// Partners' names a firm's name may list before its "&".
    static let mostPartnersBefore = 4

    /// `spans` sorted by first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        joinBeforeAmpersand(&spans, paragraph)
        joinCommaPartners(&spans, paragraph, commonWords: commonWords)
    }

    private static func joinBeforeAmpersand(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
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

    /// "Kim, Tarvel & Oh", "Wachtell, Lipton, Rosen & Katz": a firm's partners listed with commas
    /// before the "&" of its name. Prose lists its last item with "and"; "&" after a run of single
    /// surnames set off by commas is a firm's. Each partner is one capitalized word that is no
    /// ordinary word, function word or place (but a place that is a surname too), and no capitalized word comes right before the first.
    private static func joinCommaPartners(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        func isPartner(_ index: Int) -> Bool {
            paragraph.isCapitalizedWord(index) && !facts[index].rules.contains(.functionWord)
                && !commonWords.contains(facts[index].key)
                && (!facts[index].flags.contains(.place) || facts[index].flags.contains(.surname))
                && tokens[index].end == tokens[index + 1].start
        }
        var index = 0
        while index < spans.count {
            let firm = spans[index]
            guard firm.type == .organization, firm.canonical == nil, firm.end - firm.first >= 3,
                  tokens[firm.first + 1].text == "&" else { index += 1; continue }
            var first = firm.first
            while first >= 2, tokens[first - 1].text == ",", isPartner(first - 2), first - 2 >= firm.first - 2 * mostPartnersBefore {
                first -= 2
            }
            guard first < firm.first, !paragraph.isCapitalizedWord(first - 1) else { index += 1; continue }
            var joined = firm
            joined.first = first
            joined.cued = true
            joined.needsSupport = false
            spans.removeAll { $0.first >= first && $0.first < firm.first }
            index = spans.firstIndex { $0.first == firm.first } ?? index
            spans[index] = joined
            index += 1
        }
    }
}
