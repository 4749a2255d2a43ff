/// "Sania Okoro, its chief executive, said", "Its chairman, Tomas Berg, said": a name set off by
/// commas beside what someone does is a person's, whatever the word lists think of its words.
enum RoleAppositions {
    /// What a person is, written after the name and a comma or before the comma and the name.
    static let roles: Set<String> = NameRules.roleWords.union([
        "executive", "officer", "head", "chief", "economist", "strategist", "analyst", "co-founder", "cofounder",
        "founder", "partner", "chair", "official", "attorney", "manager", "captain", "member", "researcher",
        "scientist", "co-author", "editor", "correspondent", "reporter", "owner", "investor", "aide",
        "negotiator", "boss", "secretary", "lecturer", "historian", "surgeon", "physician", "epidemiologist",
        "diplomat", "entrepreneur", "banker", "trader", "mother", "father", "son", "daughter", "wife", "husband",
    ])
    /// Words that may come between the comma and the role: "a", "its", "the company's".
    static let determiners: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "our"]

    static func marksPerson(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        roleAfter(span.end, paragraph) || roleBefore(span, paragraph)
    }

    /// ", [a | the | its | Henkel's] [describing words] role": at most six tokens after the comma;
    /// a small word ("which", "of", "and") before the role ends the search.
    private static func roleAfter(_ end: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard end + 1 < tokens.count, tokens[end].text == "," else { return false }
        var index = end + 1
        while index < tokens.count, index - end <= 6 {
            let token = tokens[index]
            let facts = paragraph.facts[index]
            if !token.isWord {
                guard token.text == "'s" || token.text == "\u{2019}s" else { return false }
            } else if facts.startsLowercase {
                if roles.contains(token.text) { return true }
                let determiner = index == end + 1 && determiners.contains(token.text)
                if !determiner && facts.rules.contains(.functionWord) { return false }
            } else {
                // A capitalized word only as a possessor ("Henkel's chief executive").
                guard index + 1 < tokens.count, tokens[index + 1].text == "'s" || tokens[index + 1].text == "\u{2019}s"
                else { return false }
            }
            index += 1
        }
        return false
    }

    /// "role, Name," or "role, Name said": the comma, then the name, then a comma or a reporting verb.
    private static func roleBefore(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard span.first >= 2, tokens[span.first - 1].text == ",", tokens[span.first - 2].isWord,
              paragraph.facts[span.first - 2].startsLowercase, roles.contains(tokens[span.first - 2].text),
              span.end < tokens.count else { return false }
        return tokens[span.end].text == "," || ReportingCues.follow(span.end, paragraph)
    }
}
