import NewsCore

/// "Vilma Okonjo said she would stay", "Brask Holdings said its profit fell": the first pronoun
/// after a name, in the same clause and before any other name or person word, refers back to it,
/// and says whether it is someone or something.
enum PronounReference {
    static let personal: Set<String> = ["he", "she", "his", "her", "him", "himself", "herself"]
    /// Only "its": "it" often stands for a situation ("said it was unclear").
    static let impersonal: Set<String> = ["its", "itself"]
    /// Prepositions: a name after one is no subject ("In Lisbon, he said").
    static let prepositions: Set<String> = [
        "in", "at", "from", "to", "of", "for", "with", "by", "on", "into", "near", "outside", "inside",
        "across", "against", "over", "under", "than", "like", "about", "after", "before", "between",
    ]
    /// Words that let the pronoun belong to someone else: "Acme, whose boss said he", "X hired a manager who".
    /// So do conjunctions that open another clause ("moved to Carvel, where he").
    static let otherReferents: Set<String> = [
        "who", "whose", "whom", "which", "that", "where", "when", "while", "whereas", "because", "although",
        "but", "if", "the", "a", "an", "this", "these", "those",
    ]
    /// Words before a name that make it a thing, not a clause's subject ("the Carvel Institute").
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "its", "their"]
    /// Reads at most this many tokens after the name.
    static let reach = 12

    /// The type the pronoun after `span` gives it, if any. `stop`: where the next name in the paragraph starts.
    static func type(after span: MentionSpan, _ paragraph: TokenizedParagraph, stop: Int) -> EntityType? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // The name is a clause's subject: a verb right after it, no preposition before it.
        guard span.end < tokens.count, tokens[span.end].isWord, facts[span.end].startsLowercase else { return nil }
        if span.first > 0, tokens[span.first - 1].isWord,
           prepositions.contains(facts[span.first - 1].key) || determiners.contains(facts[span.first - 1].key) { return nil }
        // "MVP said he": an acronym names a body or a title, never a person.
        if span.end - span.first == 1, AcronymDefinitions.acronymLetters(tokens[span.first].text) != nil { return nil }
        var index = span.end
        while index < min(stop, tokens.count, span.end + reach) {
            let token = tokens[index]
            let word = facts[index]
            if !token.isWord {
                // A quote, a possessive or a clause break hands the sentence to someone else.
                if [",", ".", ";", ":", "?", "!", "\"", "\u{201C}", "\u{201D}", "(", "'s", "\u{2019}s"].contains(token.text) { return nil }
                index += 1
                continue
            }
            if token.sentenceStart || word.startsUppercase { return nil }
            if otherReferents.contains(word.key) || word.rules.contains(.role) || word.rules.contains(.roleWord) { return nil }
            if personal.contains(token.text) { return .person }
            // "Brask said its", "Brask cut its": only right after the verb ("Ona Vell sits on its board").
            if impersonal.contains(token.text) { return index == span.end + 1 ? .organization : nil }
            index += 1
        }
        return nil
    }
}
