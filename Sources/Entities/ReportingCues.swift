/// "Intel declined to comment.", "Unison, which represents nurses, said": what follows a lone
/// capitalized word at a sentence start says it names someone, though no list knows the word.
/// Used only for words the tagger already marked ("Stocks rose" is not vouched for).
enum ReportingCues {
    /// Verbs that follow a name as its subject ("Intel declined", "Labour said").
    static let verbs: Set<String> = [
        "said", "says", "told", "declined", "denied", "announced", "confirmed", "reported", "warned",
        "urged", "insisted", "acknowledged", "promised", "pledged", "vowed", "accused", "welcomed",
        "criticised", "criticized", "proposed",
    ]
    /// Relative pronouns after a comma: ", which represents", ", who leads".
    static let relatives: Set<String> = ["which", "who", "whose"]

    /// The tokens from `end` read as a reporting verb or ", which"/", who" after a name.
    static func follow(_ end: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard end < tokens.count else { return false }
        if tokens[end].isWord { return verbs.contains(tokens[end].text) }
        return tokens[end].text == "," && end + 1 < tokens.count && relatives.contains(tokens[end + 1].text)
    }
}
