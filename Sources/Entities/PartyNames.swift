/// "The Greens walked out", "Labour said", "the Tories lead": a political party named by its
/// members' plural, or by its one word, is an organization, as news gold standards count it.
/// The word lists keep these as group words ("Iraqi"), so the tagger rarely marks them; the
/// singular stays none ("a Republican senator" describes a person).
enum PartyNames {
    /// Plurals that name a party as a body when capitalized mid-sentence.
    static let plurals: Set<String> = [
        "greens", "liberals", "conservatives", "tories", "democrats", "republicans", "socialists",
        "nationalists", "unionists", "communists", "progressives",
    ]
    /// One word that is a party's own name, and a common noun at a sentence start ("Labour shortages").
    static let ownNames: Set<String> = ["labour"]
    private static let pluralTable = KeyTable(plurals)
    private static let ownNameTable = KeyTable(ownNames)

    /// Capitalized party words that no other name holds. A party's own name at a sentence start
    /// is kept only when the article names the party elsewhere too (`needsSupport`); a word
    /// beside another capitalized word belongs to that name ("Sweden Democrats"), not here.
    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        for index in tokens.indices where tokens[index].isWord && facts[index].startsUppercase {
            // By hash: this asks of every capitalized word.
            let plural = pluralTable.contains(facts[index])
            guard plural || ownNameTable.contains(facts[index]), !facts[index].isTitle || plural else { continue }
            // "The Greens": an article opening the sentence is not part of a name.
            func capitalizedWord(_ at: Int) -> Bool {
                tokens.indices.contains(at) && tokens[at].isWord && facts[at].startsUppercase && facts[at].key != "the"
            }
            let opensSentence = tokens[index].sentenceStart
            guard opensSentence || !capitalizedWord(index - 1), !capitalizedWord(index + 1) else { continue }
            var span = MentionSpan(paragraph: paragraph.index, first: index, end: index + 1, type: .organization)
            // "Labour promised", "Labour said": the verb vouches for the party ("Labour shortages" has none).
            span.needsSupport = opensSentence && !plural && !ReportingCues.follow(index + 1, paragraph)
            found.append(span)
        }
        return found
    }
}
