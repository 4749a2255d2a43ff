/// "the Deputy Minister for Foreign Affairs, Mr ...", "Secretary of State": what follows an office's
/// title and "for" or "of" is the office's portfolio, part of the title, not a body; the tagger reads
/// it as one. A name with an organization word there is a body ("Minister of the Veldrian Navy").
enum PortfolioNames {
    /// Titles of offices that have portfolios.
    static let offices: Set<String> = ["minister", "secretary", "commissioner", "spokesperson", "spokesman", "spokeswoman"]

    static func isPortfolio(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.type == .organization, span.first >= 2 else { return false }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let link = tokens[span.first - 1].text
        guard link == "for" || link == "of", facts[span.first - 2].startsUppercase,
              offices.contains(facts[span.first - 2].key), facts[span.first].rules.contains(.portfolio)
        else { return false }
        return !facts[span.first..<span.end].contains { $0.flags.contains(.organizationWord) || $0.flags.contains(.legalSuffix) }
    }
}
