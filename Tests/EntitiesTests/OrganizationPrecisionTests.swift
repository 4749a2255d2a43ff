import Entities
import NewsCore
import Testing

/// What is no organization though the tagger reads one, on invented text.
@Suite struct OrganizationPrecisionTests {
    @Test func aPersonAfterACountrysPossessiveIsAPerson() {
        let found = extract([
            "Kenya's Wanjiru Otembe won the 5,000m, ahead of Norway's Sindre Halvorsrud.",
            "Jamaica's Kemar Ashby-Brown was fourth.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Wanjiru Otembe", "Sindre Halvorsrud", "Kemar Ashby-Brown"]))
        #expect(names(found, .organization).isDisjoint(with: ["Wanjiru Otembe", "Sindre Halvorsrud", "Kemar Ashby-Brown"]))
    }
}
