/// "the Prime Minister's Office", "the Attorney General's Chambers", "the Harris County Sheriff's
/// Office", "the Manhattan District Attorney's Office": an office holder's title, its possessive, then
/// the word for the staff who serve it name a body. The tagger cuts such names at the possessive and
/// reads the title alone as a person or as nothing. The capitalized words before the title that
/// say where it serves ("Harris County", "Victorian") are part of the name.
enum TitledOffices {
    /// Words for the staff of an office.
    static let staffWords: Set<String> = ["Office", "Department", "Bureau", "Secretariat", "Chambers"]

    /// Offices that are no titles before a name but run a body named after them.
    static let officesWithStaff: Set<String> = [
        "Sheriff", "Coroner", "Prosecutor", "Attorney", "Ombudsman", "Comptroller", "Auditor", "Assessor",
        "Clerk", "Treasurer", "Controller", "Marshal", "Examiner", "Registrar", "Recorder",
    ]

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        for possessive in tokens.indices.dropFirst() where tokens[possessive].isPossessive {
            let title = possessive - 1
            let staff = possessive + 1
            guard staff < tokens.count, staffWords.contains(tokens[staff].text),
                  tokens[possessive].start == tokens[title].end, isOffice(title, paragraph) else { continue }
            // The title's other words and where it serves: up to five capitalized words in all.
            var first = title
            while first > 0, title - first < 4, paragraph.isCapitalizedWord(first - 1), tokens[first - 1].text != "The",
                  !facts[first - 1].rules.contains(.functionWord) { first -= 1 }
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: staff + 1, type: .organization, cued: true))
        }
        return found
    }

    /// "Minister", "Mayor", "General" of "Attorney General", "Auditor-General", "Sheriff".
    private static func isOffice(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let text = paragraph.tokens[index].text
        guard paragraph.isCapitalizedWord(index) else { return false }
        if OfficeTitles.officeWords.contains(text) || officesWithStaff.contains(text) || paragraph.facts[index].isTitle { return true }
        // "Auditor-General": an office named with "General" after a dash.
        if text.hasSuffix("-General"), OfficeTitles.generalOffices.contains(String(text.dropLast("-General".count))) { return true }
        return false
    }
}
