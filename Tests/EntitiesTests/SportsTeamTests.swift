@testable import Entities
import NewsCore
import Testing

/// Clubs and racing teams named like cities, people and words (Resources/entities/teams.tsv), on
/// invented reports: the article's subject decides whether "Fulham" is the club or the district.
@Suite struct SportsTeamTests {
    /// In a match report, a place that beats, hosts or visits, or has a coach, is its team; the
    /// town where the match is played stays a place.
    @Test func aPlaceThatBeatsOrHostsIsItsTeam() {
        let found = extract([
            "Southland beat Manawatu 27-25 in Invercargill on Saturday, their first win of the season.",
            "Manawatu coach Tane Hollis said his squad had missed three penalty kicks in the first half.",
            "Elsewhere, Northland kept their playoff hopes alive with a 30-28 win over Otago, and Southland host Northland next week in the league's final round.",
        ])
        #expect(names(found, .organization).isSuperset(of: ["Southland", "Manawatu", "Northland", "Otago"]),
                "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .place).contains("Invercargill"), "\(found.map { ($0.name, $0.type) })")
    }

    @Test func aClubNamedLikeAPlaceIsTheClubInAMatchReport() {
        let found = extract([
            "Everton came from behind to beat Fulham 2-1 at home on Saturday, with their striker scoring twice in the second half.",
            "The result lifts Everton three points clear of Crystal Palace before the league resumes, and leaves Fulham's coach with a thin squad.",
            "Nottingham Forest drew with Brentford. Forest had led through a header, but the referee gave a late penalty.",
        ])
        #expect(names(found, .organization).isSuperset(of: ["Everton", "Fulham", "Crystal Palace", "Nottingham Forest"]), "\(found.map(\.name))")
        #expect(names(found, .place).isDisjoint(with: ["Everton", "Fulham", "Crystal Palace", "Forest"]), "\(found.map(\.name))")
        // "Forest" is the club the report named in full, not a second body.
        #expect(entity(named: "Nottingham Forest", in: found)?.aliases.contains("Forest") == true, "\(found.map(\.name))")
        #expect(entity(named: "Forest", in: found) == nil)
    }

    @Test func theSameNamesOutsideSportAreWhatTheyAlwaysWere() {
        let found = extract([
            "House prices in Fulham rose again this spring, while buyers in Brighton found more homes on the market.",
            "The council in Liverpool said the new homes near Everton would be finished next year.",
        ])
        #expect(names(found, .place).isSuperset(of: ["Fulham", "Brighton", "Liverpool"]), "\(found.map(\.name))")
        #expect(names(found, .organization).isDisjoint(with: ["Fulham", "Brighton", "Liverpool", "Everton", "Brighton & Hove Albion"]), "\(found.map(\.name))")
    }

    @Test func aTeamNamedLikeAPersonIsTheTeamInARaceReportButAPersonsNameStaysHers() {
        let found = extract([
            "Williams scored its first podium of the season after both cars started from the third row of the grid.",
            "McLaren led every lap of qualifying, and Sauber's drivers finished outside the points.",
            "Serena Williams, watching from the paddock, said the race had been thrilling.",
        ])
        #expect(names(found, .organization).isSuperset(of: ["Williams", "McLaren", "Kick Sauber"]), "\(found.map(\.name))")
        #expect(names(found, .person).contains("Serena Williams"), "\(found.map(\.name))")
        #expect(!names(found, .person).contains("McLaren"), "\(found.map(\.name))")
    }

    /// A nickname marked ~ in the list needs the team's other name in the article; a name two
    /// teams list is no team's.
    @Test func aNicknameNeedsItsTeamAndASharedNameIsNobodys() {
        var lexicon = Lexicon()
        lexicon.addTeams(["Chester Rovers\t~Rovers|Chester", "Leyton Giants\tGiants", "Mount Giants\tGiants"])
        #expect(lexicon.teams[Lexicon.aliasKey("Chester")]?.canonical == "Chester Rovers")
        #expect(lexicon.teams[Lexicon.aliasKey("Rovers")] == Lexicon.TeamName(canonical: "Chester Rovers", needsOtherName: true))
        #expect(lexicon.teams[Lexicon.aliasKey("Giants")] == nil)
        #expect(lexicon.teams[Lexicon.aliasKey("Leyton Giants")]?.canonical == "Leyton Giants")

        let alone = extract([
            "The United squad trained at the stadium before the league match, the coach said after the goal drought.",
        ])
        #expect(!names(alone, .organization).contains("Manchester United"), "\(alone.map(\.name))")
    }

    /// A match report known by its minutes, manager and header is about sport, so the one-word
    /// club named after its city is the club.
    @Test func aMatchReportsMinutesAndManagerMakeItAboutSport() {
        let found = extract([
            "Tavi Okonkwe scored in the 20th minute before Ona Vell's header doubled the lead.",
            "The manager said his side were two points clear of Liverpool.",
        ])
        #expect(names(found, .organization).contains("Liverpool"), "\(found.map(\.name))")
        #expect(!names(found, .place).contains("Liverpool"), "\(found.map(\.name))")
    }

    /// The cue words written with a hyphen count too: "semi-final", "hat-trick", "half-time",
    /// "kick-off" alone make a report about sport.
    @Test func hyphenatedCueWordsMakeItAboutSport() {
        let found = extract([
            "Ona Vell's hat-trick before half-time sent Tarnby through to the semi-final.",
            "The kick-off against Liverpool is at noon on Saturday.",
        ])
        #expect(names(found, .organization).contains("Liverpool"), "\(found.map { ($0.name, $0.type) })")
    }

    /// A club named after its city and a plural no list knows ("Karachi Kings" style) is a team in
    /// a match report; a place named so ("Victoria Falls") stays a place.
    @Test func aCityAndAPluralAreAClubInAMatchReport() {
        let report = extract([
            "Lahore Wolverines beat Tarnby Cobras by six wickets as the striker scored twice before the match ended.",
            "Their coach said the season was unbeaten, and the squad would fly to Victoria Falls for the league's final.",
        ])
        #expect(names(report, .organization).isSuperset(of: ["Lahore Wolverines"]), "\(report.map { ($0.name, $0.type) })")
        #expect(!names(report, .organization).contains("Victoria Falls"), "\(report.map { ($0.name, $0.type) })")
        // A first name like a city's, then a double-barrelled surname, is a player.
        let player = extract([
            "Santiago Vell-Rivas scored twice as the striker's side won the match and stayed unbeaten this season under their coach.",
        ])
        #expect(names(player, .person).contains("Santiago Vell-Rivas"), "\(player.map { ($0.name, $0.type) })")
    }

    /// A result line names two teams, however their names read elsewhere, and the scorers'
    /// line the reader ran onto it does not hide them. A supporters' trust is its own body.
    @Test func aResultLineNamesTwoTeams() {
        let found = extract([
            "Evening all. The usual Saturday summary of the league, with scores and scorers from the club sites, and the season's first penalty shootout at the stadium.",
            "Tarrow Academical 1 Queen of the Fells 3 Accies: Ruairidh Vell 55",
            "Kelby Rovers 2-0 Ross Vale",
            "Queen of the Fells were bottom half at New Year and now look like play-off contenders after the win.",
            "The Kelby Rovers Supporters' Trust says the fan-ownership plan is on track.",
        ])
        #expect(names(found, .organization).isSuperset(of: ["Tarrow Academical", "Queen of the Fells", "Kelby Rovers", "Ross Vale",
                                                             "Kelby Rovers Supporters' Trust"]),
                "\(found.map { "\($0.name):\($0.type)" })")
    }

    /// The scorers' lines under a result: each name before its minutes is a player.
    @Test func aScorersLineNamesItsPlayers() {
        let found = extract([
            "Evening all. The usual Saturday summary of the league, with scores and scorers from the club sites, and the season's first penalty shootout at the stadium.",
            "Tarrow Vale 2 Kelby 2 TV: Aaron Drysvell 30, Mikey Forvale 90+3 Kelby: Lewis Tambini-Grell 18, 66",
        ])
        #expect(names(found, .person) == ["Aaron Drysvell", "Mikey Forvale", "Lewis Tambini-Grell"],
                "\(found.map { "\($0.name):\($0.type)" })")
    }

    /// A league table's row (a place, the team, four figures or more) and a match's facts (the
    /// team, its goals, its scorers in brackets) name teams, though their names read as people's;
    /// the table's column heads name nothing.
    @Test func aTablesRowsAndAMatchsFactsNameTeams() {
        let found = extract([
            "Evening all. The usual Saturday summary of the league, with scores and scorers from the club sites, and the season's first penalty shootout at the stadium.",
            "Pos  Team                  P  W  D  L  GD  Pts",
            "1    Kwabena Tarvel        7  5  1  1  +7  16",
            "2    Medevo SC             7  4  3  0  +6  15",
            "FT Kofi Boakye United 2 (Vell 50 pen, Ross 88)",
        ])
        #expect(names(found, .organization) == ["Kwabena Tarvel", "Medevo SC", "Kofi Boakye United"], "\(found.map { "\($0.name):\($0.type)" })")
        #expect(names(found, .person).isDisjoint(with: ["Kwabena Tarvel", "Medevo SC"]), "\(found.map { "\($0.name):\($0.type)" })")
    }

    /// A league table whose rows ran into one paragraph ("1. Team  P28  W22  Pts 71 2. ..."): each
    /// row's team is a team, without the columns after it, whatever its name would say elsewhere.
    @Test func aTablesRowsRunTogetherStillNameTeams() {
        let found = extract([
            "Orvane came from behind to beat Tarrow Athletic 2-1 in the league on Sunday, with a late goal from the penalty spot deciding the match.",
            "Kelby Premiership table 1. Orvane  P28  W22  Pts 71 2. Tarrow Athletic  P28  W17  Pts 57 3. Marrowby  P28  W13  Pts 46 "
                + "4. Vell County  P28  W12  Pts 44 5. Hollin  P28  W4  Pts 17",
        ])
        let teams: Set = ["Orvane", "Tarrow Athletic", "Marrowby", "Vell County", "Hollin"]
        #expect(names(found, .organization).isSuperset(of: teams), "\(found.map { "\($0.name):\($0.type)" })")
        #expect(!found.contains { $0.name.contains("P28") || $0.name.contains("Pts") }, "\(found.map { "\($0.name):\($0.type)" })")
        #expect(names(found, .place).isDisjoint(with: teams) && names(found, .person).isDisjoint(with: teams),
                "\(found.map { "\($0.name):\($0.type)" })")
    }
}
