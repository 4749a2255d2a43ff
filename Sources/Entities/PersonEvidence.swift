/// What news writes only beside a person's name, whatever the name's words: an age ("Tomas Vell, 27,"),
/// an honorific ("Mr Vell"), a verb only people do ("Tomas Vell died"), a pronoun ("said he").
/// The tagger reads names; these read the sentence, so a first name on no list still makes a person.
enum PersonEvidence {
    /// Verbs, right after the name, that no company, club or place does.
    static let verbs: Set<String> = [
        "died", "married", "smiled", "laughed", "shrugged", "wept", "grinned", "nodded", "retired", "tweeted",
    ]
    /// Honorifics right before a name.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame"]

    /// `readPronouns`: false when the name is already read as a person (the pronoun would only agree).
    static func holds(_ span: MentionSpan, _ paragraph: TokenizedParagraph, stop: Int, readPronouns: Bool = true) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // "Sir Tunde Ola Hospital said": a name ending in a body's word is the body named after the person.
        let last = facts[span.end - 1].flags
        if span.end - span.first > 1, last.contains(.organizationWord), !last.contains(.surname) { return false }
        if span.first > 0, tokens[span.first - 1].isWord, facts[span.first - 1].startsUppercase,
           honorifics.contains(facts[span.first - 1].key) { return true }
        if hasAge(after: span.end, paragraph) { return true }
        if span.end < tokens.count, tokens[span.end].isWord, verbs.contains(tokens[span.end].text) { return true }
        return readPronouns && PronounReference.type(after: span, paragraph, stop: stop) == .person
    }

    /// ", 27,", ", aged 27,", " (27)", ", a 27-year-old", ", the 54-year-old".
    static func hasAge(after end: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard end + 1 < tokens.count, tokens[end].text == "," || tokens[end].text == "(" else { return false }
        var index = end + 1
        let lead = tokens[index].text
        if lead == "aged" || lead == "a" || lead == "the" { index += 1 }
        guard index < tokens.count else { return false }
        let text = tokens[index].text
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let years = Int(digits), (12...110).contains(years) else { return false }
        let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
        // "27-year-old", whole or as "27", "-", "year", ...
        if text.dropFirst(digits.count).hasPrefix("-year") { return true }
        if next == "-" { return index + 2 < tokens.count && tokens[index + 2].text.hasPrefix("year") }
        guard digits.count == text.count, lead != "a", lead != "the" else { return false }
        if tokens[end].text == "(" { return next == ")" }
        return next == "," || next == "." || next == ";" || next == "and"
    }
}
