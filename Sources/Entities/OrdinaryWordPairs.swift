import NewsCore

/// "Irish Business" + "and Employers' Confederation", "Economic Policy" + "and Competitiveness
/// Research Center", "Fire" + "and Rescue NSW": the tagger cuts a body's name at its "and" when the
/// words on either side are ordinary ones, and each half reads as a body by itself. Two
/// organizations with only "and" between are one when the first ends in an ordinary word that
/// no body ends with and the second begins with one. A firm's trade or a body's own word ending the
/// first ("Hillhouse Investment and Legend Capital", "Arts Council and Culture Ireland") makes it
/// a name of its own, and so does a place opening it ("Pretoria Water and City Power": a city's
/// utility is named after it). A line that is the pair and nothing else is a heading
/// ("Conference Call and Webcast"), whose capitals name nothing.
enum OrdinaryWordPairs {
    /// `spans` sorted by their first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        let tokens = paragraph.tokens, facts = paragraph.facts
        var index = 0
        while index + 1 < spans.count {
            let left = spans[index], right = spans[index + 1]
            guard left.type == .organization, right.type == .organization, left.canonical == nil, right.canonical == nil,
                  !left.cued, !right.cued, right.first == left.end + 1, tokens[left.end].text == "and",
                  left.first > 0 || right.end < tokens.count,
                  isOrdinary(facts[left.end - 1], commonWords), isOrdinary(facts[right.first], commonWords),
                  !CoordinatedOrganizations.isBodyWord(facts[left.end - 1]), !facts[left.first].flags.contains(.place),
                  !UnmarkedOrganizations.businessWords.contains(facts[left.end - 1].key)
            else {
                index += 1
                continue
            }
            spans[index].end = right.end
            spans.remove(at: index + 1)
        }
    }

    /// A capitalized word news writes in lower case when it names nothing, and no place's name.
    private static func isOrdinary(_ word: TokenFacts, _ commonWords: Set<String>) -> Bool {
        word.startsUppercase && CoordinatedComplements.isOrdinary(word, commonWords)
    }
}
