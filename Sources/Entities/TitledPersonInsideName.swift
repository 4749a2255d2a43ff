/// "NSW Police Commissioner Karen Webb", "RFS Commissioner Rob Rogers": a body, a title, then a
/// person, which the tagger reads as one organization. When a capitalized title inside a span
/// is followed by two or three capitalized words opening with a known first name, those words
/// are a person; the words before the title, if any, stay the body the person serves.
enum TitledPersonInsideName {
    /// Titles and offices ("Commissioner", "Chief"), and what people are ("Rookie Kimi Antonelli").
    static func isTitle(_ word: TokenFacts) -> Bool {
        word.isTitle || word.rules.contains(.title) || PortfolioNames.offices.contains(word.key) || RoleBeforeName.roles.contains(word.key)
    }

    /// A capitalized word of a person's name, or a particle inside it ("Josh van der Brakel").
    private static func isNameWord(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts[index]
        guard paragraph.tokens[index].isWord else { return false }
        if facts.startsLowercase { return NameRules.particles.contains(facts.key) && facts.key != "the" }
        return !isTitle(facts) && !facts.flags.contains(.organizationWord)
    }

    /// Splits each body-title-person run in `spans`.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        spans = spans.flatMap { pieces(of: $0, paragraph) }
    }

    /// The body (if any) and the person a span names, or the span alone.
    static func pieces(of span: MentionSpan, _ paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        guard span.type == .organization, span.canonical == nil, span.end - span.first >= 3 else { return [span] }
        // The last title in the span, with two to four words after it (four with a particle: "van der").
        guard let title = (span.first..<span.end - 2).last(where: { facts[$0].startsUppercase && isTitle(facts[$0]) }),
              (2...4).contains(span.end - title - 1) else { return [span] }
        let name = title + 1..<span.end
        // A role opening a sentence is capitalized by the sentence alone ("Halfback Rangi Te Kowhai sniped"):
        // the name after it needs no first name the lists know.
        let opensSentence = title == span.first && tokens[title].sentenceStart
        guard facts[name.lowerBound].flags.contains(.firstName) || opensSentence,
              facts[name.lowerBound].startsUppercase, facts[span.end - 1].startsUppercase,
              name.allSatisfy({ isNameWord($0, paragraph) }),
              name.count <= 3 || name.contains(where: { facts[$0].startsLowercase }) else { return [span] }
        var person = span
        person.first = name.lowerBound
        person.type = .person
        person.cued = true  // the title says so, whatever the name's other mentions read as
        // Before the title and any title before it ("Deputy Commissioner"): the body, if any.
        var body = span
        body.end = title
        while body.end > span.first, isTitle(facts[body.end - 1]) { body.end -= 1 }
        return body.end > span.first ? [body, person] : [person]
    }
}
