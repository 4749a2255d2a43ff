import Entities
import NewsCore
import Testing

/// The organization rules on invented text: what reads as a body but is a place, a person or a thing.
@Suite struct OrganizationRuleTests {
    @Test func aBuiltStructuresNameIsAPlace() {
        let found = extract([
            "Engineers opened the spillway at Orlan Dam on Tuesday as the river rose.",
            "Workers at the Kelvar Engine Plant walked out, and protesters gathered outside Morwindy Town Hall.",
            "The minister was summoned to Government House on Monday.",
        ])
        #expect(names(found, .place).isSuperset(of: ["Orlan Dam", "Kelvar Engine Plant", "Morwindy Town Hall", "Government House"]))
        #expect(names(found, .organization).isDisjoint(with: ["Orlan Dam", "Kelvar Engine Plant", "Morwindy Town Hall", "Government House"]))
    }
}
