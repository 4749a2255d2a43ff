import NewsCore

/// "Tarrow Health and Children's Hospital Kelby", "RTÉ and Radio Kelby": two bodies joined by
/// "and" read as one, since the second opens with a body's word as "Securities and Exchange
/// Commission" goes on with one. When the article also names each half on its own, the halves are
/// two names, and the pair splits in two.
enum NamedElsewherePairs {
    static func split(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph]) -> [MentionSpan] {
        let position = paragraphs.positionsByIndex
        func tokens(_ span: MentionSpan) -> [TaggerToken]? { position[span.paragraph].map { paragraphs[$0].tokens } }
        // Only organizations with "and" inside ask for the other names: most articles have none.
        let pairs = spans.indices.filter { index in
            let span = spans[index]
            guard span.type == .organization, span.canonical == nil, span.end - span.first >= 3,
                  let tokens = tokens(span) else { return false }
            return (span.first + 1..<span.end - 1).contains { tokens[$0].hasText("and") }
        }
        guard !pairs.isEmpty else { return spans }
        var named: [String: EntityType] = [:]
        for span in spans {
            guard let tokens = tokens(span) else { continue }
            named[span.surface(tokens)] = span.type
        }
        var result: [MentionSpan] = []
        result.reserveCapacity(spans.count + pairs.count)
        for (index, span) in spans.enumerated() {
            guard pairs.contains(index), let tokens = tokens(span),
                  let and = (span.first + 1..<span.end - 1).first(where: { tokens[$0].hasText("and") })
            else { result.append(span); continue }
            var left = span, right = span
            left.end = and
            right.first = and + 1
            guard let leftType = named[left.surface(tokens)], let rightType = named[right.surface(tokens)] else {
                result.append(span)
                continue
            }
            left.type = leftType
            right.type = rightType
            result += [left, right]
        }
        return result
    }
}
