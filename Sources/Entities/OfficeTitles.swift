/// Organization readings that name no organization: an office ("Minority Leader", "Labour MP",
/// "City Council President", "Communications Officer", "Auditor General", "Head of Communications"),
/// a language ("Mandarin", "Bahasa Indonesia"), and two organizations joined by "and" that the
/// tagger read as one ("Orvane Polytechnic and Kestle College", "DeepVoxa and Harwell University").
enum OfficeTitles {
    /// Words that end the name of an office, not of a body.
    static let officeWords: Set<String> = [
        "Leader", "MP", "MPs", "MEP", "MEPs", "President", "Chairman", "Chairwoman", "Chairperson",
        "Speaker", "Spokesman", "Spokeswoman", "Spokesperson", "Minister", "Mayor", "Senator",
        "Councillor", "Councilor", "Councilman", "Councilwoman", "Whip", "Premier", "Secretary", "Adviser",
        "Advisor", "Correspondent", "Editor", "Commissioner", "Officer", "Director", "Manager", "Chair",
        "Chancellor", "Vice-Chancellor", "Registrar",
    ]

    /// "Auditor General", "Attorney General": an office named with "General" after it.
    static let generalOffices: Set<String> = [
        "Auditor", "Comptroller", "Attorney", "Solicitor", "Inspector", "Surveyor", "Accountant", "Registrar", "Postmaster",
    ]

    /// A writer's job in a byline, after the beat ("Transport Correspondent"); plurals name bodies
    /// ("Reporters Without Borders", "Writers Guild").
    static let writerRoles: Set<String> = ["Correspondent", "Columnist", "Reporter", "Editor", "Writer"]

    /// Names of languages, which the tagger sometimes reads as organizations or people.
    static let languages: Set<String> = [
        "Mandarin", "Cantonese", "Bahasa", "Hindi", "Urdu", "Tamil", "Telugu", "Bengali", "Punjabi",
        "Swahili", "Tagalog", "Yoruba", "Igbo", "Hausa", "Amharic", "Pashto", "Farsi", "Hebrew",
        "Esperanto", "Latin", "Gaelic", "Catalan", "Basque", "Yiddish", "Marathi", "Gujarati",
    ]

    /// "Tagalog", "Bahasa Indonesia" ("bahasa" is Malay for language) name a language, however
    /// the tagger read them; a language's word before another word may name something else: a
    /// place ("Latin America") or a body ("Hebrew University").
    static func isLanguage(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let first = paragraph.tokens[span.first].text
        guard languages.contains(first) else { return false }
        switch span.end - span.first {
        case 1: return true
        case 2: return first == "Bahasa"
            || span.type != .place && !paragraph.facts[span.end - 1].flags.contains(.organizationWord)
        default: return false
        }
    }

    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        retypeHolders(&spans, paragraph)
        var index = 0
        while index < spans.count {
            let span = spans[index]
            if span.canonical == nil, isLanguage(span, paragraph) {
                spans.remove(at: index)
                continue
            }
            // "Communications Officer" read as a person's name names no one (its holder, set off by a
            // comma before it, was retyped above).
            if span.type == .person, span.canonical == nil, span.end - span.first <= 3,
               officeWords.contains(tokens[span.end - 1].text), !paragraph.facts[span.first].flags.contains(.firstName) {
                spans.remove(at: index)
                continue
            }
            guard span.type == .organization, span.canonical == nil else { index += 1; continue }
            let last = tokens[span.end - 1].text
            // "Minority Leader", "Labour MP": an office; "Office of the President" is a body.
            if officeWords.contains(last), span.end - span.first <= 3,
               !(span.first..<span.end).contains(where: { tokens[$0].text == "of" || tokens[$0].text == "the" }) {
                spans.remove(at: index)
                continue
            }
            // "Head of Communications", "Auditor General", "Chief of the Defence Staff": offices too.
            if isOffice(span, paragraph) {
                spans.remove(at: index)
                continue
            }
            // "PC Ann Lee", "DCI Tom Hale": a rank in capitals before a name is no body.
            if span.end - span.first == 1, paragraph.facts[span.first].isTitle, paragraph.isCapitalizedWord(span.end) {
                spans.remove(at: index)
                continue
            }
            // "Transport Correspondent" with the next line's first word ("Last modified..."), which
            // the reader joined to it once the date line between went: a writer's job, no body.
            if span.end - span.first <= 4, (span.first + 1..<span.end).contains(where: { writerRoles.contains(tokens[$0].text) }),
               !(span.first..<span.end).contains(where: { tokens[$0].text == "of" || tokens[$0].text == "the" }) {
                spans.remove(at: index)
                continue
            }
            // "Interior Cabinet Secretary Jane Doe": a cabinet's office, not the cabinet.
            if last == "Cabinet", span.end < tokens.count, officeWords.contains(tokens[span.end].text) {
                spans.remove(at: index)
                continue
            }
            if let parts = coordinated(span, paragraph) {
                spans.replaceSubrange(index...index, with: parts)
                index += parts.count
                continue
            }
            index += 1
        }
    }

    /// "Ilse Varnholt, Head of Communications,", "Orin Tasker, Communications Officer,": a name of two
    /// or three capitalized words with no body's word, set off by a comma before an office's title,
    /// is the person who holds it, whatever the tagger read.
    private static func retypeHolders(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in spans.indices where spans[index].type == .organization && spans[index].canonical == nil {
            let name = spans[index]
            guard (2...3).contains(name.end - name.first), name.end + 2 < tokens.count, tokens[name.end].text == ",",
                  (name.first..<name.end).allSatisfy({ facts[$0].startsUppercase
                      && facts[$0].flags.isDisjoint(with: [.organizationWord, .legalSuffix]) })
            else { continue }
            // The title: up to four capitalized words ending in an office's word, or "Head of" and its field.
            var end = name.end + 1
            while end < tokens.count, end - name.end <= 4, tokens[end].isWord, facts[end].startsUppercase || tokens[end].text == "of" {
                end += 1
            }
            let title = (name.end + 1)..<end
            guard !title.isEmpty, end == tokens.count || !tokens[end].isWord else { continue }
            let head = tokens[title.lowerBound].text == "Head" && title.count >= 3 && tokens[title.lowerBound + 1].text == "of"
            guard head || officeWords.contains(tokens[end - 1].text) || MentionCleaner.officeWords.contains(facts[end - 1].key)
            else { continue }
            spans[index].type = .person
        }
    }

    /// An office whose name has "of" in it or "General" last, or a staff the tagger cut out of one.
    private static func isOffice(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let length = span.end - span.first
        // "Head of Communications", "Head of Investor Relations": a job in a contact block.
        if length >= 3, length <= 5, tokens[span.first].text == "Head", tokens[span.first + 1].text == "of" { return true }
        if length == 2, tokens[span.end - 1].text == "General", generalOffices.contains(tokens[span.first].text) { return true }
        // "Chief of the Defence Staff", "Chief of Army Staff".
        if tokens[span.end - 1].text == "Staff", span.first >= 2 {
            let of = tokens[span.first - 1].text == "the" ? span.first - 2 : span.first - 1
            return of >= 1 && tokens[of].text == "of" && tokens[of - 1].text == "Chief"
        }
        return false
    }

    /// "State Bank of India and Life Insurance Corporation of India": a body's word then "of" before
    /// "and", and three words or more after it with a body's word of their own, are two bodies.
    /// "Department of Health and Human Services" has two words after "and", so it stays whole.
    private static func bodiesOfPlaces(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> [MentionSpan]? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        func bodyWord(_ index: Int) -> Bool {
            facts[index].flags.contains(.organizationWord) || facts[index].flags.contains(.legalSuffix)
        }
        guard span.end - span.first >= 7,
              let and = (span.first + 3..<span.end - 3).first(where: { tokens[$0].text == "and" }),
              let of = (span.first + 1..<and - 1).first(where: { tokens[$0].text == "of" }), bodyWord(of - 1),
              facts[and + 1].startsUppercase, (and + 1..<span.end).contains(where: bodyWord)
        else { return nil }
        return split(span, at: and)
    }

    /// "A and B College": two names when B ends in an organization word and A stands alone as a
    /// name: it ends in an organization word too, or is one word with a capital inside it
    /// ("DeepVoxa"). "Victoria and Albert Museum" stays whole.
    private static func coordinated(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> [MentionSpan]? {
        if let parts = bodiesOfPlaces(span, paragraph) { return parts }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        guard span.end - span.first >= 4,
              let and = (span.first + 1..<span.end - 2).first(where: { tokens[$0].text == "and" }),
              facts[span.end - 1].flags.contains(.organizationWord),
              (span.first..<span.end).allSatisfy({ $0 == and || facts[$0].startsUppercase })
        else { return nil }
        let leftWordCount = and - span.first
        let left = tokens[span.first].text
        let innerCapital = left.dropFirst().contains { $0.isUppercase } && left.contains { $0.isLowercase }
        guard leftWordCount >= 2 && facts[and - 1].flags.contains(.organizationWord)
                || leftWordCount == 1 && innerCapital
        else { return nil }
        return split(span, at: and)
    }

    /// The names on either side of the "and" at `and`.
    private static func split(_ span: MentionSpan, at and: Int) -> [MentionSpan] {
        var first = span
        first.end = and
        var second = span
        second.first = and + 1
        return [first, second]
    }
}
