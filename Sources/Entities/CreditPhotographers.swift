/// "(AP Photo/Joseph Wafula-Ndegwa)", "Photograph: Matteo Ruggiero-Lane/The Guardian",
/// "Credit: Ann Lee / Veldria Images": a photo credit names the person who took the picture, as a
/// byline names the writer. The rest of a credit is furniture (PhotoCredits), but a personal name
/// right beside its slash, or right after its label, is a person the article names.
enum CreditPhotographers {
    /// Labels before a credit's colon.
    static let labels: Set<String> = CreditAgencies.labels.union(["illustration", "photography", "pictured", "video"])

    /// `spans` sorted or not; the photographers found are added.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in tokens.indices where !tokens[index].isWord {
            var names: [Range<Int>] = []
            if tokens[index].text == "/", paragraph.isCapitalizedWord(index - 1), paragraph.isCapitalizedWord(index + 1) {
                names = [run(from: index + 1, by: 1, paragraph), run(from: index - 1, by: -1, paragraph)]
            } else if tokens[index].text == ":", index > 0, labels.contains(facts[index - 1].key) {
                names = [run(from: index + 1, by: 1, paragraph)]
            }
            for name in names where isPersonalName(name, paragraph) && !spans.contains(where: { $0.first < name.upperBound && name.lowerBound < $0.end }) {
                var person = MentionSpan(paragraph: paragraph.index, first: name.lowerBound, end: name.upperBound, type: .person)
                person.cued = true  // the credit says a person took the picture
                spans.append(person)
            }
        }
    }

    /// The capitalized words from `start` on (or back, with `step` -1), on one line.
    private static func run(from start: Int, by step: Int, _ paragraph: TokenizedParagraph) -> Range<Int> {
        let tokens = paragraph.tokens
        var first = start, last = start
        guard paragraph.isCapitalizedWord(start) else { return start..<start }
        while true {
            let next = (step > 0 ? last : first) + step
            guard paragraph.isCapitalizedWord(next), !(step > 0 ? tokens[next] : tokens[first]).lineStart else { break }
            if step > 0 { last = next } else { first = next }
        }
        return first..<(last + 1)
    }

    /// Two or three words opening with a known first name, none an agency's or a credit's word.
    private static func isPersonalName(_ range: Range<Int>, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        guard (2...3).contains(range.count), facts[range.lowerBound].flags.contains(.firstName) else { return false }
        return range.allSatisfy { index in
            let word = facts[index]
            return !CreditAgencies.agencyWords.contains(word.key) && !labels.contains(word.key)
                && !word.flags.contains(.organizationWord) && !word.flags.contains(.place) && !word.isTitle
        }
    }
}
