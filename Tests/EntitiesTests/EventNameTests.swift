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
}
