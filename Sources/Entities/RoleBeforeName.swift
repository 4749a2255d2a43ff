/// "flanker Tomas Vell", "team principal Ilse Marten", "off-spinner Ona Brask": a lowercase
/// word for what a person does, right before a name of two or three words that shows nothing of an
/// organization, makes the name a person's. The tagger reads a name whose first word is on no list of
/// first names as a firm's as often as a person's; the word before it settles it.
enum RoleBeforeName {
    /// What people are, besides `Appositions.roles`: positions in sport, trades, callings. By name
    /// key, as a token's facts have it: "half-back" is looked up as "half back".
    static let roles: Set<String> = Set([
        "defender", "midfielder", "forward", "goalkeeper", "keeper", "winger", "fullback", "batter", "batsman",
        "bowler", "spinner", "seamer", "opener", "wicketkeeper", "rounder", "flanker", "hooker", "fly half",
        "scrum half", "quarterback", "pitcher", "catcher", "shortstop", "principal", "medallist",
        "medalist", "champion", "teammate", "team mate", "driver", "rider", "cyclist", "sprinter", "runner",
        "swimmer", "boxer", "golfer", "jockey", "skipper", "substitute", "replacement", "debutant", "rookie",
        "veteran", "colleague", "astronomer", "astrophysicist", "physicist", "chemist", "biologist", "geologist",
        "engineer", "student", "teacher", "nurse", "doctor", "farmer", "resident", "chef", "artist",
        "photographer", "writer", "novelist", "poet", "filmmaker", "musician", "composer", "curator",
        "archaeologist", "scholar", "deputy", "councillor", "councilor", "alderman", "legislator", "congressman",
        "congresswoman", "midwife", "paramedic", "pilot", "inspector", "detective", "constable", "sergeant",
        "lieutenant", "superintendent", "trainer", "umpire", "referee", "scorer", "goalscorer", "centre-back",
        "centre back", "left back", "right back", "playmaker", "striker", "mp", "halfback", "half-back",
        // School and college years in American sport ("Sophomore Eli Vanne"), and callings.
        "freshman", "sophomore", "redshirt", "conservator", "barrister", "architect", "designer",
    ].map(NameKey.of))

    static func isPerson(_ span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> Bool {
        let count = span.end - span.first
        guard span.type == .organization, count >= 2, count <= 3, span.first > 0 else { return false }
        let before = span.first - 1
        let facts = paragraph.facts
        // Most words before a name are small ones ("the", "by"): they are no role, and cost no lookup.
        guard paragraph.tokens[before].isWord, facts[before].startsLowercase, !facts[before].rules.contains(.functionWord),
              isRole(facts[before]) else { return false }
        return UnmarkedOrganizations.showsNothingOfAnOrganization(span, paragraph, commonWords: commonWords)
    }

    /// "off-spinner" by its last part ("spinner"), "fly-half" whole.
    static func isRole(_ word: TokenFacts) -> Bool {
        if word.rules.contains(.role) || roles.contains(word.key) { return true }
        guard let space = word.key.utf8.lastIndex(of: UInt8(ascii: " ")) else { return false }
        let tail = String(word.key[word.key.utf8.index(after: space)...])
        return roles.contains(tail) || Appositions.roles.contains(tail)
    }
}
