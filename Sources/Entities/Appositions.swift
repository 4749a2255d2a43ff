import NewsCore

/// What news writes beside a name says what the name is: "Sania Okoro, its chief executive,"
/// and "Its chairman, Tomas Berg, said" name people; "Velmora, a trade group whose members",
/// "Brask, the state investment bank," and "law firm Echo Hale" name organizations.
enum Appositions {
    /// What a person is.
    static let roles: Set<String> = NameRules.roleWords.union([
        "executive", "officer", "head", "chief", "economist", "strategist", "analyst", "co-founder", "cofounder",
        "founder", "partner", "chair", "official", "attorney", "manager", "captain", "member", "researcher",
        "scientist", "co-author", "editor", "correspondent", "reporter", "owner", "investor", "aide",
        "negotiator", "boss", "secretary", "lecturer", "historian", "surgeon", "physician", "epidemiologist",
        "diplomat", "entrepreneur", "banker", "trader", "mother", "father", "son", "daughter", "wife", "husband",
    ])
    /// What an organization is.
    static let bodies: Set<String> = OrganizationCues.descriptions.union([
        "bank", "consultancy", "watchdog", "regulator", "agency", "union", "charity", "organisation",
        "organization", "alliance", "association", "body", "institute", "party", "broadcaster", "newspaper",
        "pollster", "platform", "tank", "fund", "trust", "network", "coalition", "federation", "league",
        "outlet", "magazine", "website", "nonprofit", "non-profit", "lobby", "institution", "university",
        "ministry", "department", "authority", "council", "committee", "commission", "investor", "fund",
        "unit", "subsidiary", "division", "affiliate", "spinoff", "spin-off",
        // Plural: firms that do the work ("its administrators, Begbies Traynor,").
        "administrators", "auditors", "liquidators", "receivers", "underwriters", "bookrunners",
    ]).subtracting(["side", "club"])
    /// Words that end a description: "a trade group whose members".
    static let relatives: Set<String> = ["whose", "which", "who", "whom", "that", "where"]
    /// Words that go on describing after the head, as a comma would close it: "Parcelwise, a startup
    /// backed by Sequoia".
    static let describingParticiples: Set<String> = ["based", "founded", "headquartered", "owned", "backed", "funded", "controlled"]
    /// Words that may open the description: "a", "its", "the company's".
    static let determiners: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "our"]

    /// The type the words beside the name give it, if any.
    static func describedType(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> EntityType? {
        let roleBefore = roleBefore(span, paragraph)
        if let type = typeAfter(span.end, paragraph) {
            // "signed by its spokesperson, Tunde Bello, the company blamed": after a role and the name,
            // words that no comma closes are the sentence going on, not the name described.
            if type == .organization, roleBefore, typeAfter(span.end, paragraph, closed: true) == nil { return .person }
            return type
        }
        if roleBefore { return .person }
        if descriptionBefore(span, paragraph) || bodyBefore(span, paragraph) { return .organization }
        return nil
    }

    /// ", [a | the | Henkel's] describing words HEAD": the head is the description's last word,
    /// before a small word ("of", "whose"), a past participle ("founded") or punctuation.
    /// `closed`: only a description that ends with a comma, a bracket or "which"/"whose"/"that"/"who"
    /// ("Separately, the bank said" opens a sentence; it describes nothing).
    static func typeAfter(_ end: Int, _ paragraph: TokenizedParagraph, closed: Bool = false) -> EntityType? {
        let tokens = paragraph.tokens
        guard end + 1 < tokens.count, tokens[end].text == "," else { return nil }
        var index = end + 1
        var head: Int?
        while index < tokens.count, index - end <= 10 {
            let token = tokens[index]
            let facts = paragraph.facts[index]
            if !token.isWord {
                // "New York-based": a name glued to a lowercase modifier describes.
                if token.text == "-", index + 1 < tokens.count, paragraph.facts[index + 1].startsLowercase {
                    head = nil
                    index += 2
                    continue
                }
                // "the company's", and the plural's bare apostrophe: "the dockworkers' union".
                guard token.isPossessive || TaggerToken.isPluralApostrophe(at: index, in: tokens) else { break }
                head = nil
                index += 1
                continue
            }
            if index == end + 1, determiners.contains(token.text) { index += 1; continue }
            if facts.startsLowercase,
               facts.rules.contains(.functionWord) || token.text.hasSuffix("ed") || relatives.contains(token.text) { break }
            if facts.startsNumber { return nil }
            head = index
            index += 1
        }
        guard let head else { return nil }
        let lowercase = paragraph.facts[head].startsLowercase
        // A capitalized head only in a description closed by a comma ("Gavi, the Vaccine Alliance,"):
        // "In Tokyo, the Bank of Japan ended" begins a sentence's subject.
        let next = head + 1 < tokens.count ? tokens[head + 1].text : ""
        if !lowercase, next != "," { return nil }
        if closed, ![",", ")", "which", "whose", "that", "who"].contains(next), !describingParticiples.contains(next) { return nil }
        let rules = paragraph.facts[head].rules
        if lowercase, rules.contains(.role) { return .person }
        if rules.contains(.body) { return .organization }
        return nil
    }

    /// "role, Name," or "role, Name said": the comma, then the name, then a comma or a reporting verb.
    private static func roleBefore(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard span.first >= 2, tokens[span.first - 1].text == ",", tokens[span.first - 2].isWord,
              paragraph.facts[span.first - 2].startsLowercase, paragraph.facts[span.first - 2].rules.contains(.role),
              span.end < tokens.count else { return false }
        return tokens[span.end].text == "," || ReportingCues.follow(span.end, paragraph)
    }

    /// "its crop-protection unit, Brennholt Agrar,", "its administrators, Begbies Traynor, have": a
    /// kind of organization, a comma, then the name and a comma or a reporting verb. A name opening
    /// with a known first name is left alone ("According to the company, Anna Berg said").
    private static func bodyBefore(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        guard span.first >= 2, tokens[span.first - 1].text == ",", tokens[span.first - 2].isWord,
              facts[span.first - 2].startsLowercase, facts[span.first - 2].rules.contains(.body),
              !facts[span.first].flags.contains(.firstName), span.end < tokens.count else { return false }
        return tokens[span.end].text == "," || ReportingCues.follow(span.end, paragraph)
    }

    /// "law firm Echo Hale", "consultancy Brightwater", "chipmaker Nvidia": a lowercase word for a
    /// kind of organization right before the name.
    private static func descriptionBefore(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.first >= 1 else { return false }
        let previous = paragraph.tokens[span.first - 1]
        return previous.isWord && paragraph.facts[span.first - 1].startsLowercase && paragraph.facts[span.first - 1].rules.contains(.body)
    }
}
