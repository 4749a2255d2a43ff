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
        found += seatWinners(in: paragraph, besides: found)
        return found
    }

    /// Verbs and nouns of a vote's count: "Reform won three seats", "Tarrow First took 12 seats".
    static let seatVerbs: Set<String> = ["won", "took", "gained", "lost", "holds", "held", "secured", "wins", "takes"]
    static let seatNouns: Set<String> = ["seat", "seats"]

    /// One or two capitalized words that win or lose seats name a party, whatever else they mean
    /// ("Reform", "Kelby Together"); not a place ("Tarrow won two seats" is the town's quota, or
    /// the paper's shorthand, and the tagger reads it so) or a person.
    private static func seatWinners(in paragraph: TokenizedParagraph, besides found: [MentionSpan]) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var result: [MentionSpan] = []
        for verb in tokens.indices.dropFirst() where seatVerbs.contains(tokens[verb].text) {
            guard verb + 2 < tokens.count, isCount(tokens[verb + 1].text), seatNouns.contains(tokens[verb + 2].text) else { continue }
            var first = verb
            while first > 0, verb - first < 2, tokens[first - 1].isWord, facts[first - 1].startsUppercase,
                  facts[first - 1].key != "the", !facts[first - 1].flags.contains(.firstName) {
                first -= 1
            }
            guard first < verb, facts[first..<verb].allSatisfy({ !$0.flags.contains(.place) && !$0.isTitle }),
                  !found.contains(where: { $0.first < verb && first < $0.end }) else { continue }
            // The seats type it, whatever the tagger reads elsewhere ("the leader of Reform").
            result.append(MentionSpan(paragraph: paragraph.index, first: first, end: verb, type: .organization, cued: true))
        }
        return result
    }

    private static let countWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a",
    ]

    private static func isCount(_ word: String) -> Bool {
        countWords.contains(word) || !word.isEmpty && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
