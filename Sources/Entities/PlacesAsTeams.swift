/// "Southland beat Manawatu 27-25", "a 30-28 win over Otago", "Manawatu coach Tane Hollis",
/// "they visit Leon next Saturday": in an article about sport, a place that beats, hosts or
/// visits, or has a coach or a captain, is the team named after it, an organization. A place
/// only somewhere a match is played ("in Invercargill", "at Rugby Park") stays a place.
enum PlacesAsTeams {
    /// Match words before the team: "beat Manawatu", "win over Otago", "visit Leon".
    static let before: Set<String> = [
        "beat", "beats", "beating", "defeated", "defeats", "edged", "thrashed", "hammered", "routed", "host", "hosts",
        "hosted", "visit", "visits", "visited", "over", "against", "versus", "vs",
    ]
    /// Match words after the team: "Southland beat Otago", "Northland host Otago".
    static let after: Set<String> = [
        "beat", "beats", "defeated", "drew", "draw", "lost", "edged", "thrashed", "host", "hosts", "hosted",
        "visit", "visits", "kept", "clinched", "won", "rested", "face", "faces", "trail", "trailed", "led",
    ]
    /// The team's people and sides: "Manawatu coach", "Southland captain", "Otago hooker".
    static let roles: Set<String> = [
        "coach", "captain", "skipper", "manager", "hooker", "flanker", "prop", "lock", "winger", "fullback", "halfback",
        "striker", "midfielder", "defender", "goalkeeper", "forward", "fans", "supporters", "squad", "side",
    ]

    /// `spans` of an article about sport (`SportWords.isAboutSport`); retyped in place.
    static func apply(_ spans: inout [MentionSpan], paragraphs: [TokenizedParagraph]) {
        let position = paragraphs.positionsByIndex
        for index in spans.indices where spans[index].type == .place && spans[index].canonical == nil {
            guard let at = position[spans[index].paragraph] else { continue }
            let paragraph = paragraphs[at]
            if actsAsTeam(spans[index], paragraph) { spans[index].type = .organization }
        }
    }

    private static func actsAsTeam(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        if span.first > 0, tokens[span.first - 1].isWord, facts[span.first - 1].startsLowercase,
           before.contains(tokens[span.first - 1].text) {
            // "win over Otago", not "flew over Otago": "over" only after a win.
            let word = tokens[span.first - 1].text
            guard word != "over" || span.first > 1 && ["win", "victory"].contains(tokens[span.first - 2].text) else { return false }
            return true
        }
        guard span.end < tokens.count, tokens[span.end].isWord, facts[span.end].startsLowercase else { return false }
        let next = tokens[span.end].text
        return after.contains(next) || roles.contains(next)
    }
}
