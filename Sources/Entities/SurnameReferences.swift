/// "Ilse Marten at the Velden institute ..." then "Marten said": a name of two or three words read
/// as an organization, with nothing of one in it, whose last word the article uses by itself for a
/// person, is that person's full name. Firms are called by their first word ("Brask" for "Brask
/// Agrar"), people by their last.
enum SurnameReferences {
    static func apply(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph], commonWords: Set<String>) -> [MentionSpan] {
        // Most articles have no organization of two or three words beside a lone person's word.
        guard spans.contains(where: { $0.type == .organization && (2...3).contains($0.end - $0.first) && $0.canonical == nil }),
              spans.contains(where: { $0.type == .person && $0.end == $0.first + 1 })
        else { return spans }
        let position = paragraphs.positionsByIndex
        var surnames: Set<String> = []
        for span in spans where span.type == .person && span.end == span.first + 1 {
            guard let at = position[span.paragraph] else { continue }
            surnames.insert(paragraphs[at].facts[span.first].key)
        }
        var people: Set<String> = []
        for span in spans where span.type == .organization && (2...3).contains(span.end - span.first) && span.canonical == nil {
            guard let at = position[span.paragraph] else { continue }
            let paragraph = paragraphs[at]
            guard surnames.contains(paragraph.facts[span.end - 1].key),
                  UnmarkedOrganizations.showsNothingOfAnOrganization(span, paragraph, commonWords: commonWords)
            else { continue }
            people.insert(NameKey.of(span.surface(paragraph.tokens)))
        }
        guard !people.isEmpty else { return spans }
        var result = spans
        for offset in result.indices where result[offset].type == .organization {
            guard let at = position[result[offset].paragraph],
                  people.contains(NameKey.of(result[offset].surface(paragraphs[at].tokens))) else { continue }
            result[offset].type = .person
        }
        return result
    }
}
