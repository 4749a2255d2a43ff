import Entities
import NewsCore
import Testing

/// Events, prizes and wars are none of the sidebar's kinds, on invented text.
@Suite struct EventNameTests {
    @Test func eventsAndPrizesAreNoOrganizations() {
        let found = extract([
            "Harbury Rovers won the Ostmark Cup for the third time, a week before the Veldria Jazz Festival.",
            "Their coach, Tavi Okonkwe, was given the Brannock Trophy.",
        ])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["Ostmark Cup", "Veldria Jazz Festival", "Brannock Trophy"]))
        #expect(names(found, .organization).contains("Harbury Rovers"))
    }

    @Test func pactsListsAndContestsAreNoOrganizations() {
        let found = extract([
            "Delegates in Harbury said the Kelvar Agreement and the Ostmark Roadmap were at risk.",
            "Veldrian firms were added to the Export Entity List last year, the Brask Ministry of Trade said.",
            "She won the Orlov Piano Competition at 19.",
        ])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["Kelvar Agreement", "Ostmark Roadmap", "Export Entity List", "Orlov Piano Competition"]))
        #expect(names(found, .organization).contains("Brask Ministry of Trade"))
    }

    @Test func aSurnameLikeAnEventWordStaysAPerson() {
        let found = extract(["Anna Cup said the club would appeal."])
        #expect(!names(found, .organization).contains("Anna Cup"))
        #expect(names(found, .person).contains("Anna Cup"))
    }

    /// A storm, a market's index and a funding round are no organization and no person.
    /// A storm's other name, in brackets after the first, is the storm's too.
    @Test func aStormsBracketedOtherNameIsNoName() {
        let found = extract([
            "\"This one was worse,\" she said, referring to Super Typhoon Lumay (Kasira), which flattened the province in 2020.",
        ])
        #expect(!found.contains { $0.name == "Kasira" || $0.name == "Lumay" }, "\(found.map { ($0.name, $0.type) })")
    }

    @Test func stormsIndexesAndFundingRoundsAreNoNames() {
        let found = extract([
            "Super Typhoon Korrin neared Manila as the Ostmark Composite Index fell 2 per cent.",
            "Hurricane Delphine made landfall in Brask on Monday.",
            "Kelvar Labs raised $40m in a Series D. In March it opened an office in Harbury.",
        ])
        let shown = found.map(\.name)
        #expect(!shown.contains { $0.contains("Korrin") || $0.contains("Delphine") || $0.contains("Index") || $0.contains("Series") },
                "\(shown)")
        #expect(names(found, .organization).contains("Kelvar Labs"), "\(shown)")
        #expect(names(found, .place).isSuperset(of: ["Manila", "Brask", "Harbury"]), "\(shown)")
    }

    /// Contests named like bodies are no bodies ("the Champions League", "the Six Nations", "the US Open").
    @Test func contestsNamedLikeBodiesAreEvents() {
        let found = extract([
            "Harbury Rovers face Ostvik in the Champions League on Tuesday, a week before the Six Nations opens.",
            "She reached the quarter-finals of the US Open last year.",
        ])
        #expect(!names(found, .organization).contains("Champions League"), "\(found.map(\.name))")
        #expect(!names(found, .organization).contains("Six Nations"), "\(found.map(\.name))")
        #expect(!names(found, .organization).contains("US Open") && !names(found, .place).contains("US Open"),
                "\(found.map(\.name))")
    }

    /// Pieces of a law's title, cut at its brackets, are no bodies; a "Bill" with a surname is a person.
    @Test func piecesOfALawsTitleAreNoNames() {
        let found = extract([
            "ACCRA — Parliament passed the Representation of the People (Amendment) Bill in the early hours of Friday.",
            "Senator Mary Hale and Bill Jones voted against the Crime and Policing Bill on Tuesday.",
        ])
        #expect(names(found, .organization) == ["Parliament"], "\(found.map(\.name))")
        #expect(names(found, .person) == ["Mary Hale", "Bill Jones"], "\(found.map(\.name))")
    }

    /// A prize named after a person is a prize ("the Michael Jordan Trophy").
    @Test func prizeNamedAfterAPersonIsAnEvent() {
        let found = extract(["He won the Michael Jordan Trophy as the league's most valuable player last season."])
        #expect(names(found, .person).isEmpty, "\(found.map(\.name))")
    }

    /// Codes, plans, schemes, trophies and shows are no bodies; a law firm named "Law" is one.
    @Test func codesPlansTrophiesAndShowsAreNoBodies() {
        let found = extract([
            "Drivers must follow the Tarrow Highway Code, and the Velden Action Plan takes effect in May.",
            "Kelby lifted the Harbury Shield before the Orvane Airshow opened. Echo Vell Law advised the club.",
        ])
        let organizations = names(found, .organization)
        #expect(organizations.isDisjoint(with: ["Tarrow Highway Code", "Velden Action Plan", "Harbury Shield", "Orvane Airshow"]),
                "\(found.map(\.name))")
        #expect(organizations.contains("Echo Vell Law"), "\(found.map(\.name))")
    }

    /// A metro line named by its colour is a route, no body; a shipping line is a company.
    @Test func aLineNamedByItsColourIsNoBody() {
        let found = extract([
            "The Red Line will close for nine days while crews work on the new Gold Line extension.",
            "Tarrow Star Line said its ferries would run as usual.",
        ])
        #expect(!found.contains { $0.name.contains("Red Line") || $0.name.contains("Gold Line") }, "\(found.map(\.name))")
        #expect(names(found, .organization).contains("Tarrow Star Line"), "\(found.map(\.name))")
    }
}
