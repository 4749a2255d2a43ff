/// "the Harbury Cup", "Veldria Jazz Festival", "Ostmark Grand Prix", "the Nobel Prize": the name of
/// an event, a prize, a war or a law, known by its last word, is none of the three kinds the sidebar shows,
/// though the tagger often reads it as an organization.
enum EventNames {
    /// Last words of events, prizes and wars; not "League", "Conference" or "Games", which end
    /// organizations' names too ("Swiss Super League", "Southwest Conference").
    static let lastWords: Set<String> = [
        "cup", "festival", "prix", "prize", "award", "awards", "trophy", "championship", "championships",
        "olympics", "war",
    ]

    /// Last words of meetings, races and contests ("Harbury Athletics Meet", "Orlov Piano Competition"),
    /// of laws, lawsuits, codes, pacts and lists ("Veldrian Data Act", "the Ninth Amendment", "Halvard
    /// Battery Litigation", "Brask Editorial Principles", "the Kelvar Accord", "the Entity List"):
    /// after another word only ("Bill" alone is a first name).
    static let lastWordsAfterAName: Set<String> = [
        "meet", "marathon", "regatta", "derby", "competition", "summit", "act", "bill", "amendment", "litigation",
        "principles", "agreement", "accord", "accords", "treaty", "protocol", "declaration", "roadmap", "list",
        // A market's or a survey's measure: "Hang Seng Index", "Human Development Index".
        "index",
        // Codes, plans and schemes ("Tarrow Highway Code", "Velden Action Plan", "Grant Scheme"),
        // trophies and shows ("Harbury Shield", "Orvane Medal", "Kelby Airshow"). Not "Law" or
        // "Strategy", which end firms' names ("Echo Vell Law", "the consultancy Tarn Strategy") as often.
        "code", "plan", "scheme", "framework", "shield", "medal", "airshow", "expo",
    ]

    /// Contests named like bodies ("League", "Nations", "Open"), as their names' keys: a league
    /// that is a body stays one ("Premier League"), a contest between clubs or nations does not.
    static let contests: Set<String> = [
        "champions league", "europa league", "conference league", "europa conference league", "nations league",
        "six nations", "super bowl", "world series", "us open", "u s open", "australian open", "french open",
        "british open", "open championship", "ryder cup", "davis cup", "stanley cup", "tour de france",
    ]
    /// The last words of `contests`: only names ending so are looked up.
    private static let contestEnds = KeyTable(Set(contests.compactMap { $0.split(separator: " ").last.map(String.init) }))

    /// Words before a storm's name: "Typhoon Haiyan", "Super Typhoon Yolanda", "Tropical Storm Ana".
    /// A storm is no person, whatever its name.
    static let stormWords: Set<String> = ["typhoon", "hurricane", "cyclone", "storm"]

    /// `lastWords` by `TokenFacts.keyHash`: nearly every name ends on none of them, and is told
    /// so without hashing its word into a Set<String>.
    private static let lastWordTable = KeyTable(lastWords)

    /// `lastWordsAfterAName` by `TokenFacts.keyHash`, compared without hashing the word again.
    static let lastWordAfterANameHashes: [UInt64] = lastWordsAfterAName.map { FeatureHash.hash($0) }

    static func isEvent(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        if span.canonical == nil, isStorm(span, paragraph) || isFundingRound(span, paragraph) { return true }
        let last = facts[span.end - 1]
        if span.canonical == nil, isInsideALawsTitle(span, paragraph) { return true }
        if span.end - span.first >= 2, span.end - span.first <= 4, contestEnds.contains(last),
           contests.contains((span.first..<span.end).map { facts[$0].key }.joined(separator: " ")) { return true }
        guard last.startsUppercase,
              lastWordTable.contains(last) && lastWords.contains(last.key) || span.end - span.first > 1 && lastWordAfterANameHashes.contains(last.keyHash)
                && lastWordsAfterAName.contains(last.key)
        else { return false }
        // "Anna Cup": a known first name then a surname that happens to be one of the words
        // ("Michael Jordan Trophy" is a prize named after a person).
        if span.type == .person, span.end - span.first == 2, facts[span.first].flags.contains(.firstName) { return false }
        return span.canonical == nil
    }
}

extension EventNames {
    /// Words a law's title runs on through, besides capitalized ones.
    static let lawTitleJoins: Set<String> = ["of", "the", "and", "for", "on", "(", ")"]
    static let lawWords: Set<String> = ["bill", "act"]

    /// "the Representation of the People (Amendment) Bill": a name that runs on, through capitalized
    /// words, "of the" and brackets, into "Bill" or "Act" is a piece of a law's title.
    private static func isInsideALawsTitle(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        var index = span.end
        while index < tokens.count, index - span.end < 8 {
            if paragraph.isCapitalizedWord(index) {
                // "Bill Jones" goes on with a surname; a law's title ends at "Bill".
                if lawWords.contains(paragraph.facts[index].key) { return !paragraph.isCapitalizedWord(index + 1) }
            } else if !lawTitleJoins.contains(tokens[index].text) {
                return false
            }
            index += 1
        }
        return false
    }

    /// "Typhoon Haiyan", "Super Typhoon Yolanda", or "Yolanda" right after "Typhoon": a capitalized
    /// storm word in or just before the span's first two words.
    private static func isStorm(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let from = max(0, span.first - 1), to = min(span.end, span.first + 2)
        func namesAStorm(_ index: Int) -> Bool {
            tokens[index].isWord && facts[index].startsUppercase && stormWords.contains(facts[index].key)
                && index + 1 < tokens.count && tokens[index + 1].isWord && facts[index + 1].startsUppercase
        }
        // "Super Typhoon Lumay (Kasira)": the storm's other name, in brackets after the first.
        if span.first >= 3, tokens[span.first - 1].text == "(", namesAStorm(span.first - 3) { return true }
        return (from..<to).contains(where: namesAStorm)
    }

    /// "a Series D round", "its Series B": a start-up's funding round, whose letter may even read as
    /// an initial ("raised a Series D. In March ...").
    private static func isFundingRound(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard tokens[span.first].text == "Series", span.first + 1 < tokens.count else { return false }
        let letter = tokens[span.first + 1].text.utf8
        return letter.count <= 2 && (letter.first.map { $0 >= 65 && $0 <= 90 } ?? false)
            && (letter.count == 1 || letter.last == UInt8(ascii: "."))
    }

    /// After the article is made consistent: a known name's word glued to an event's ("Harbury" + "Cup")
    /// is found again there, and goes again.
    static func drop(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph]) -> [MentionSpan] {
        let position = paragraphs.positionsByIndex
        return spans.filter { span in
            guard let at = position[span.paragraph] else { return true }
            return !isEvent(span, paragraphs[at])
        }
    }
}
