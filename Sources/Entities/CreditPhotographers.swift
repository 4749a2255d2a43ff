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
            // Each candidate with whether an agency's name or a credit's label stands beside it.
            var names: [(Range<Int>, besideAgency: Bool)] = []
            if tokens[index].text == "/", paragraph.isCapitalizedWord(index - 1), paragraph.isCapitalizedWord(index + 1) {
                let after = run(from: index + 1, by: 1, paragraph), before = run(from: index - 1, by: -1, paragraph)
                names = [(after, isAgency(before, paragraph)), (before, isAgency(after, paragraph))]
            } else if tokens[index].text == ":", index > 0, labels.contains(facts[index - 1].key) {
                names = [(run(from: index + 1, by: 1, paragraph), true)]
            }
            for (name, besideAgency) in names where isPersonalName(name, paragraph, besideAgency: besideAgency) {
                // A piece of the name the tagger read ("Ritschel") gives way to the whole; a name
                // reaching out of it stays.
                let overlapping = spans.filter { $0.first < name.upperBound && name.lowerBound < $0.end }
                guard overlapping.allSatisfy({ name.lowerBound <= $0.first && $0.end <= name.upperBound }) else { continue }
                spans.removeAll { name.lowerBound <= $0.first && $0.end <= name.upperBound }
                var person = MentionSpan(paragraph: paragraph.index, first: name.lowerBound, end: name.upperBound, type: .person)
                person.cued = true  // the credit says a person took the picture
                spans.append(person)
            }
        }
    }

    /// The capitalized words from `start` on (or back, with `step` -1), on one line, with the
    /// particles between them ("Ana van der Vell").
    private static func run(from start: Int, by step: Int, _ paragraph: TokenizedParagraph) -> Range<Int> {
        let tokens = paragraph.tokens
        var first = start, last = start
        guard paragraph.isCapitalizedWord(start) else { return start..<start }
        while true {
            var next = (step > 0 ? last : first) + step
            while isParticle(next, paragraph) { next += step }
            guard paragraph.isCapitalizedWord(next) else { break }
            // Forward, no word taken may open a line; back, the word before a line's first is another line's.
            let crossed = step > 0 ? (last + 1)...next : (next + 1)...first
            guard !crossed.contains(where: { tokens[$0].lineStart }) else { break }
            if step > 0 { last = next } else { first = next }
        }
        // "Winson Ip Wai-lun": a given name's second syllable, glued on with a hyphen, ends the name.
        if step > 0, last + 2 < tokens.count, tokens[last + 1].hasText("-"), tokens[last].end == tokens[last + 1].start,
           tokens[last + 1].end == tokens[last + 2].start, tokens[last + 2].isWord, paragraph.facts[last + 2].startsLowercase,
           tokens[last + 2].text.utf8.count <= 6 {
            last += 2
        }
        return first..<(last + 1)
    }

    private static func isParticle(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        paragraph.tokens.indices.contains(index) && paragraph.tokens[index].isWord && paragraph.tokens[index].text != "of"
            && NameRules.connectors.contains(paragraph.tokens[index].text)
    }

    /// Two or three words, none an agency's or a credit's word, a body's or a trade's word or a
    /// title, opening with a known first name (a place's name too, like "Trent") or, beside an
    /// agency or after a label ("AP Photo/", "/Getty Images", "Photo:"), with any word no list
    /// knows as a place.
    private static func isPersonalName(_ range: Range<Int>, _ paragraph: TokenizedParagraph, besideAgency: Bool) -> Bool {
        let facts = paragraph.facts
        let words = range.filter { !isParticle($0, paragraph) && paragraph.isCapitalizedWord($0) }
        guard (2...3).contains(words.count) else { return false }
        let opening = facts[range.lowerBound].flags
        guard opening.contains(.firstName) || besideAgency && !opening.contains(.place) else { return false }
        return words.allSatisfy { index in
            let word = facts[index]
            let placeOnly = word.flags.contains(.place) && word.flags.isDisjoint(with: [.firstName, .surname])
            return !CreditAgencies.agencyWords.contains(word.key) && !labels.contains(word.key)
                && !word.flags.contains(.organizationWord) && !placeOnly && !word.isTitle
                && !UnlistedPersonNames.thingWords.contains(word)
        }
    }

    /// Words newspapers are named with: a staff photographer's credit names the paper ("Ann Lee /
    /// The Tarrow Times").
    static let mastheadWords: Set<String> = [
        "times", "post", "herald", "tribune", "journal", "gazette", "chronicle", "telegraph", "independent",
        "observer", "courier", "standard", "star", "globe", "mail", "mirror", "examiner", "inquirer", "guardian",
    ]

    /// "AP Photo", "Getty Images", "CBC", "dpa", "The Tarrow Times": an agency's or a paper's word,
    /// a credit's label or an acronym.
    private static func isAgency(_ range: Range<Int>, _ paragraph: TokenizedParagraph) -> Bool {
        range.contains { index in
            let key = paragraph.facts[index].key
            return CreditAgencies.agencyWords.contains(key) || labels.contains(key) || mastheadWords.contains(key)
                || AcronymDefinitions.acronymLetters(paragraph.tokens[index].text) != nil
        }
    }
}
