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

    @Test func aSurnameLikeAnEventWordStaysAPerson() {
        let found = extract(["Anna Cup said the club would appeal."])
        #expect(!names(found, .organization).contains("Anna Cup"))
        #expect(names(found, .person).contains("Anna Cup"))
    }
}
