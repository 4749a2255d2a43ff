/// Words around a lone name that say it is a company, a club or a body, though the place lists
/// know the word ("shares of Volkswagen", "Chelsea drew", "Fulham's chief executive").
/// Read from the tokens next to the name only; asked of single-word names alone.
enum OrganizationCues {
    /// After "X's": what only a company or club has.
    static let possessions: Set<String> = [
        "shares", "shareholders", "stock", "board", "ceo", "spokesman", "spokeswoman", "spokesperson",
        "chairman", "chairwoman", "profit", "profits", "revenue", "earnings", "subsidiary",
    ]
    /// Right after the name, or right before it: a match between teams.
    static let matchVerbs: Set<String> = ["beat", "beats", "defeated", "drew", "thrashed", "edged", "hammered"]
    /// Right before the name only: a fixture ("who play Fulham on Sunday").
    static let fixtureVerbs: Set<String> = ["play", "plays", "face", "faces", "host", "hosts"]
    /// A lowercase description right before the name ("chipmaker Nvidia", "software group Salesforce").
    static let descriptions: Set<String> = [
        "maker", "chipmaker", "carmaker", "automaker", "company", "firm", "group", "giant", "retailer",
        "lender", "insurer", "startup", "start-up", "conglomerate", "airline", "carrier", "broker", "club",
        "side", "brewer", "miner", "producer", "manufacturer", "developer", "operator", "publisher",
        "steelmaker", "drugmaker", "shipbuilder", "shipper", "supermarket", "grocer", "wholesaler", "distributor",
        "utility", "telecom", "telco", "exporter", "streamer", "homebuilder", "housebuilder",
    ]

    /// A verb of saying is no cue: capitals report too ("Washington said" is a place).
    enum Strength {
        case none, strong
    }

    /// Every word a cue is read from, as a `RuleWords` bit: most names have none of them about.
    static let words: Set<String> = possessions.union(matchVerbs).union(fixtureVerbs).union(descriptions)
        .union(["chief", "drew", "shares", "stake"])

    static func of(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Strength {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let after = span.end
        func cue(_ index: Int) -> Bool { index >= 0 && index < tokens.count && facts[index].rules.contains(.organizationCue) }
        guard cue(after) || cue(after + 1) || cue(span.first - 1) || cue(span.first - 2) else { return .none }
        if after < tokens.count {
            let next = tokens[after].text
            if next == "'s" || next == "\u{2019}s", after + 1 < tokens.count {
                let word = tokens[after + 1].text
                if possessions.contains(word) { return .strong }
                if word == "chief", after + 2 < tokens.count, tokens[after + 2].text == "executive" { return .strong }
            }
            if tokens[after].isWord, matchVerbs.contains(next) { return .strong }
        }
        if span.first >= 1 {
            let previous = tokens[span.first - 1].text
            if matchVerbs.contains(previous) || fixtureVerbs.contains(previous) || descriptions.contains(previous) {
                return .strong
            }
            // "drew with Fulham".
            if previous == "with", span.first >= 2, tokens[span.first - 2].text == "drew" { return .strong }
            // "shares of Volkswagen", "a stake in Sika".
            if previous == "of" || previous == "in", span.first >= 2,
               tokens[span.first - 2].text == "shares" || tokens[span.first - 2].text == "stake" { return .strong }
        }
        return .none
    }
}
