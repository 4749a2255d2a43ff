import NewsCore

/// "Representation", "Amendment", "Downstream", "RESULT:", "Prevention", "Export": one ordinary
/// word (one news writes in lowercase more often than capitalized; in capitals, four letters or
/// more) read as a body or a person, once in the article and in no longer name there, is a piece
/// of a title, a heading or a label the tagger cut out, not a name. A body with such a name is
/// written again, or in full ("the Bank" after "the Bank of England"); a person so named is
/// introduced in full, or the word is a listed first name or surname ("Ward", "Faith").
enum OrdinaryWordNames {
    static func drop(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph], commonWords: Set<String>) -> [MentionSpan] {
        let position = paragraphs.positionsByIndex
        func word(_ span: MentionSpan) -> (text: String, facts: TokenFacts)? {
            guard let at = position[span.paragraph] else { return nil }
            return (paragraphs[at].tokens[span.first].text, paragraphs[at].facts[span.first])
        }
        let candidates = spans.indices.filter { index in
            let span = spans[index]
            guard span.type == .organization || span.type == .person, span.end - span.first == 1,
                  span.canonical == nil, !span.cued,
                  let (text, facts) = word(span), facts.startsUppercase,
                  AcronymDefinitions.acronymLetters(text) == nil || text.utf8.count >= 4 else { return false }
            if span.type == .person && !facts.flags.isDisjoint(with: [.firstName, .surname]) { return false }
            return commonWords.contains(facts.key)
        }
        guard !candidates.isEmpty else { return spans }
        // Every word of the article's other names, and how often each lone word is a name of its type.
        var nameWords: Set<String> = []
        var loneCounts: [LoneWord: Int] = [:]
        for span in spans {
            guard let at = position[span.paragraph] else { continue }
            let facts = paragraphs[at].facts
            if span.end - span.first > 1 {
                for index in span.first..<span.end { nameWords.insert(facts[index].key) }
            } else {
                loneCounts[LoneWord(type: span.type, key: facts[span.first].key), default: 0] += 1
            }
        }
        let dropped = Set(candidates.filter { index in
            guard let (_, facts) = word(spans[index]) else { return false }
            return loneCounts[LoneWord(type: spans[index].type, key: facts.key)] == 1 && !nameWords.contains(facts.key)
        })
        return spans.indices.filter { !dropped.contains($0) }.map { spans[$0] }
    }

    private struct LoneWord: Hashable {
        var type: EntityType
        var key: String
    }
}
