import NewsCore

/// "Brighton beat Nottingham Forest", "three points clear of Everton and Fulham", "Williams and
/// Sauber": clubs and racing teams named like a city, a person or a word, which the tagger reads
/// as places and people. The team list (Resources/entities/teams.tsv) says which names are
/// teams; the article says whether it is about sport, and so whether "Brighton" is the club.
enum SportsTeams {
    /// The team names found in the article, by paragraph, each with its team as canonical name.
    /// `aboutSport`: `SportWords.isAboutSport(paragraphs)`, worked out once for the article.
    static func find(in paragraphs: [TokenizedParagraph], aboutSport: Bool, lexicon: Lexicon, gazetteer: NameGazetteer) -> [Int: [MentionSpan]] {
        guard !lexicon.teams.isEmpty else { return [:] }
        var candidates: [(span: MentionSpan, team: Lexicon.TeamName, sharesName: Bool)] = []
        for paragraph in paragraphs where !paragraph.capitalsMeanNothing {
            for match in AliasTableMatches.longest(in: paragraph, firstWords: lexicon.teamFirstWords, lookup: { lexicon.teams[$0] }) {
                // The list's word, in an article about sport, outweighs the name's other readings
                // ("Williams" the team beside "Serena Williams").
                var span = MentionSpan(paragraph: paragraph.index, first: match.first, end: match.end,
                                       type: .organization, canonical: match.value.canonical)
                span.cued = true
                candidates.append((span, match.value, sharesName(span, paragraph, gazetteer: gazetteer)))
            }
        }
        if aboutSport {
            for paragraph in paragraphs where !paragraph.capitalsMeanNothing {
                for span in CityTeams.find(in: paragraph) {
                    candidates.append((span, Lexicon.TeamName(canonical: span.surface(paragraph.tokens), needsOtherName: false), false))
                }
            }
        }
        guard !candidates.isEmpty else { return [:] }
        let standing = candidates.filter { !$0.team.needsOtherName && (aboutSport || !$0.sharesName) }
        let named = Set(standing.map(\.team.canonical))
        let nicknames = candidates.filter { $0.team.needsOtherName && aboutSport && named.contains($0.team.canonical) }
        return Dictionary(grouping: (standing + nicknames).map(\.span), by: \.paragraph)
    }

    /// Whether the name may say something else outside sport: one word ("Arsenal", "Williams",
    /// "Mallorca", which the place list lacks) or a place's name ("Crystal Palace").
    private static func sharesName(_ span: MentionSpan, _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) -> Bool {
        span.end - span.first == 1 || gazetteer.flags(key: NameKey.of(span.surface(paragraph.tokens))).contains(.place)
    }
}

/// Words that, several together, say an article is about a match, a race or a season.
enum SportWords {
    /// By their name keys, as `TokenFacts.key` has them: "semi-final" is looked up as "semi final".
    static let cues: Set<String> = Set([
        "match", "matches", "goal", "goals", "scored", "scorer", "striker", "midfielder", "defender",
        "goalkeeper", "equaliser", "equalizer", "fixture", "fixtures", "league", "season", "unbeaten",
        "coach", "squad", "teammate", "teammates", "referee", "stadium", "tournament", "championship",
        "innings", "wicket", "wickets", "bowler", "batter", "batsman", "overs", "lap", "laps", "podium",
        "qualifying", "grid", "quarterback", "touchdown", "playoff", "playoffs", "pitcher", "inning",
        "rebounds", "scrum", "winger", "semifinal", "semi-final", "quarterfinal", "quarter-final",
        "minute", "penalty", "hat-trick", "half-time", "halftime", "kick-off", "kickoff", "relegation",
        "relegated", "header", "substitute", "manager",
    ].map(NameKey.of))
    private static let cueTable = KeyTable(cues)
    /// How many different cue words an article about sport uses at the least.
    static let enough = 4

    static func isAboutSport(_ paragraphs: [TokenizedParagraph]) -> Bool {
        // By hash and by index: a String set and copied facts cost more than the rest of this pass.
        var seen: Set<UInt64> = []
        for paragraph in paragraphs {
            for index in paragraph.tokens.indices where paragraph.tokens[index].isWord && cueTable.contains(paragraph.facts[index]) {
                seen.insert(paragraph.facts[index].keyHash)
                if seen.count >= enough { return true }
            }
        }
        return false
    }
}

/// "Karachi Kings", "Harbury Wolves": in an article about sport, a known place (no first name, no
/// "West") followed by a capitalized plural that is no word for land or water ("Falls", "Heights")
/// and no double-barrelled surname is a club named after its city, which no team list need know.
enum CityTeams {
    static let landPlurals: Set<String> = [
        "falls", "springs", "heights", "hills", "islands", "isles", "lakes", "keys", "rapids", "plains", "flats",
        "woods", "gardens", "downs", "sands", "acres", "wells", "mountains", "highlands", "lowlands", "fields",
        "meadows", "banks", "docks", "quays", "pines", "oaks", "forks", "narrows", "cliffs", "dunes", "moors",
        "marshes", "bays", "waters", "valleys", "ranges", "territories", "provinces", "states", "emirates",
        "cities", "towns", "villages", "estates", "terraces", "parks", "points", "crossings", "lines", "roads",
    ]

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var result: [MentionSpan] = []
        var index = 0
        while index + 1 < tokens.count {
            defer { index += 1 }
            let place = facts[index], team = facts[index + 1]
            guard tokens[index].isWord, tokens[index + 1].isWord, place.startsUppercase, team.startsUppercase,
                  place.flags.contains(.place), !place.flags.contains(.firstName), !BuiltPlaces.compassPoints.contains(place),
                  !team.flags.contains(.place), !team.flags.contains(.placeWord), !tokens[index + 1].text.contains("-"),
                  !team.flags.contains(.demonym), MentionCleaner.isPlural(tokens[index + 1].text), !landPlurals.contains(team.key),
                  index + 2 == tokens.count || !(tokens[index + 2].isWord && facts[index + 2].startsUppercase),
                  index == 0 || !(tokens[index - 1].isWord && facts[index - 1].startsUppercase) else { continue }
            var span = MentionSpan(paragraph: paragraph.index, first: index, end: index + 2, type: .organization)
            span.cued = true
            result.append(span)
            index += 1
        }
        return result
    }
}
