import Entities
import NewsCore
import Testing

/// Products are no organizations, on invented text: a name before "pickup" or "satellites", or one
/// that ends with "SUV", names a model; its maker, named by itself, stays.
@Suite struct ProductNameTests {
    @Test func modelsBeforeAKindOfProductAreNoNames() {
        let found = extract([
            "Ardent Motors said the plant builds the Vantor Ridge pickup and the Nimbus SUV.",
            "Separately, Ardent launched 22 Skyweave satellites on Sunday.",
        ])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["Vantor Ridge", "Nimbus SUV", "Skyweave"]))
        #expect(names(found, .organization).contains("Ardent Motors"))
    }

    @Test func aMakerNamedByItselfElsewhereStays() {
        let found = extract([
            "Ardent sells the Ardent pickup in 40 countries.",
            "Ardent said on Monday that sales rose 4%.",
        ])
        #expect(found.contains { $0.name == "Ardent" })
    }

    @Test func aKindOfProductAloneIsNoName() {
        let found = extract(["Sales of the new SUV rose 8% in March, Ardent Motors said."])
        #expect(!found.contains { $0.name == "SUV" })
    }
}

/// Plural model numbers, on invented text.
@Suite struct ModelPluralTests {
    @Test func pluralModelNumbersAreNoOrganizations() {
        let found = extract(["Veldria Air will retire its KX330s and replace them with 30 KX350-1000s from Tamsel Aerospace."])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["KX330s", "KX350-1000s"]))
        #expect(names(found, .organization).contains("Tamsel Aerospace"))
    }
}
