/// "Tavi Okonkwe scored", "Ilsa Varnhagen said": the tagger reads a name of two plain words that
/// no list knows as an organization's. In news such a pair is far more often a person met for
/// the first time: firms named like that show something of themselves (an organization or a
/// business word, a legal form, capitals inside, a known place or surname, an ordinary word:
/// "Globe Telecom", "Hugging Face") or of their setting: a description nearby (`cued`), an
/// article or "of"/"at"/"in" before them ("analysts at Vell Orlan", "the Vell Orlan deal"), or
/// organizations listed with them. Only a pair with none of that becomes a person's, one word
/// at most a listed first name or surname.
enum UnlistedPersonNames {
    /// Words before a name that people's names almost never follow.
    static let thingLeads = KeyTable(["the", "a", "an", "of", "at", "in"])
    /// Words that end or open firms' and bodies' names though no list knows them: trades and
    /// ordinals ("Tamsel Aerospace", "Ninth Circuit").
    static let thingWords = KeyTable(Set<String>([
        "aerospace", "aviation", "telecom", "telecoms", "biotech", "robotics", "automotive", "dynamics",
        "electronics", "semiconductor", "semiconductors", "petroleum", "chemicals", "textiles", "therapeutics",
        "biosciences", "networks", "mobility", "fintech", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth",
        // Clubs' words ("Atlético Nacional", "Dynamo Kyiv") and plurals that are surnames too ("Beastie Boys").
        "atletico", "deportivo", "nacional", "sporting", "dynamo", "dinamo", "olympique", "racing", "athletic",
        "boys", "girls", "brothers", "report",
    ]).union(UnmarkedOrganizations.businessWords))

    /// The only lists a word of such a pair may be on.
    /// (A word of places' names, not a place itself, may be a surname: "Williams", "Ange".)
    static let personWords: GazetteerFlags = [.firstName, .surname, .placeWord]

    /// `spans` sorted by first token; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String>) {
        // Cheap test first: most paragraphs have no two-word organization of unlisted words.
        let facts = paragraph.facts
        guard spans.contains(where: {
            $0.type == .organization && $0.end - $0.first == 2 && facts[$0.first].flags.isSubset(of: personWords)
                && facts[$0.first + 1].flags.isSubset(of: personWords)
        }) else { return }
        let unlisted = spans.map { $0.type == .organization && isUnlistedPair($0, paragraph, commonWords) }
        for index in spans.indices where unlisted[index] && !listedWithOrganizations(index, spans, unlisted, paragraph) {
            spans[index].type = .person
        }
    }

    private static func isUnlistedPair(_ span: MentionSpan, _ paragraph: TokenizedParagraph, _ commonWords: Set<String>) -> Bool {
        guard span.end - span.first == 2, !span.cued, span.canonical == nil else { return false }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in span.first..<span.end {
            let word = facts[index]
            guard tokens[index].isWord, word.startsUppercase, word.flags.isSubset(of: personWords), word.rules.isEmpty else { return false }
        }
        // "Pervis Kestrane": a listed first name or surname beside a word no list knows. Two listed
        // words are as often a firm named after its founders ("Raymond James"), which the tagger knows.
        guard facts[span.first].flags.isEmpty || facts[span.first + 1].flags.isEmpty else { return false }
        if span.first > 0, tokens[span.first - 1].isWord, facts[span.first - 1].startsLowercase,
           thingLeads.contains(facts[span.first - 1]) { return false }
        for index in span.first..<span.end {
            let word = facts[index]
            guard isPlainWord(tokens[index].text), !thingWords.contains(word), !commonWords.contains(word.key) else { return false }
        }
        // "Harbury Rovers": a plural no list knows ends a team's name, not a person's.
        let last = tokens[span.end - 1].text
        // Greek and Spanish surnames end so too ("Tzitzikostas", "Rojas", "Papadopoulos").
        // A listed surname is no plural ("Williams", "Jones").
        if last.utf8.count >= 4, last.hasSuffix("s"), !["ss", "us", "is", "as", "os"].contains(where: { last.hasSuffix($0) }),
           !facts[span.end - 1].flags.contains(.surname) {
            return false
        }
        return true
    }

    /// "airlines including Ryanair, Aer Lingus and Emirates": a neighbour in the list, itself no
    /// such pair, read as an organization.
    private static func listedWithOrganizations(_ index: Int, _ spans: [MentionSpan], _ unlisted: [Bool],
                                                _ paragraph: TokenizedParagraph) -> Bool {
        func joined(_ left: MentionSpan, _ right: MentionSpan) -> Bool {
            let tokens = paragraph.tokens
            switch right.first - left.end {
            case 1: return [",", "and", "or"].contains(tokens[left.end].text)
            case 2: return tokens[left.end].text == "," && tokens[left.end + 1].text == "and"
            default: return false
            }
        }
        if index > 0, !unlisted[index - 1], spans[index - 1].type == .organization, joined(spans[index - 1], spans[index]) {
            return true
        }
        if index + 1 < spans.count, !unlisted[index + 1], spans[index + 1].type == .organization,
           joined(spans[index], spans[index + 1]) {
            return true
        }
        return false
    }

    /// A capital, then only lowercase letters, three letters at least: no acronym, initial,
    /// digit, dash or capital inside ("TechCrunch", "K.S.", "Varga-Holm" are read elsewhere).
    static func isPlainWord(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.count >= 3 && utf8.dropFirst().allSatisfy { $0 >= 97 && $0 <= 122 }
        }
        var count = 0
        for character in text {
            count += 1
            if count == 1 { continue }
            guard character.isLetter, character.isLowercase else { return false }
        }
        return count >= 3
    }
}
