import Entities
import NewsCore
import Testing

/// What the sentence around a name says it is, on invented text: an age, an honorific, a pronoun
/// for people whose first names are on no list; staff, shares and "its" for firms named like people.
@Suite struct TypeEvidenceTests {
    @Test func ageBesideTheNameMakesAPerson() {
        // On a sports page the tagger reads an unlisted name as a club's.
        let found = extract(["Harbury Rovers beat Eastfield 2-0. Tavi Okonkwe, 31, scored both goals."])
        #expect(names(found, .person).contains("Tavi Okonkwe"))
        #expect(!names(found, .organization).contains("Tavi Okonkwe"))
    }

    @Test func honorificLaterMakesTheFullNameAPerson() {
        let found = extract([
            "Harbury Rovers drew 1-1 with Eastfield on Saturday, and Tavi Okonkwe scored late.",
            "Mr Okonkwe said the players were tired.",
        ])
        #expect(entity(named: "Tavi Okonkwe", in: found)?.type == .person)
    }

    @Test func pronounAfterTheNameMakesAPerson() {
        let found = extract(["Harbury Rovers drew 1-1 with Eastfield on Saturday. Tavi Okonkwe said he was proud of the players."])
        #expect(names(found, .person).contains("Tavi Okonkwe"))
    }

    @Test func analystsAtAFirmNamedLikeAPerson() {
        let found = extract(["The deal was advised by Harlan Whitby. Pell Fenwick analysts said the price was fair."])
        #expect(names(found, .organization).contains("Pell Fenwick"))
        #expect(!names(found, .person).contains("Pell Fenwick"))
    }

    /// A country's embassy or consulate is a body, though the name starts with the country.
    @Test func aCountrysMissionIsAnOrganization() {
        let found = extract(["The US Embassy in Baghdad was closed, and the US Consulate in Erbil moved its staff to Amman."])
        #expect(names(found, .organization).isSuperset(of: ["US Embassy", "US Consulate"]), "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .place).isSuperset(of: ["Baghdad", "Erbil", "Amman"]), "\(found.map { ($0.name, $0.type) })")
    }

    @Test func itsRightAfterTheVerbMakesAFirm() {
        let found = extract(["The deal was advised by Harlan Whitby. Pell Fenwick cut its forecast for the year."])
        #expect(names(found, .organization).contains("Pell Fenwick"))
    }

    @Test func itsFurtherOnBelongsToSomethingElse() {
        let found = extract(["Former minister Selma Quist sits on its board, the company said."])
        #expect(!names(found, .organization).contains("Selma Quist"))
    }

    @Test func aRoleBeforeANameOutweighsTheSentenceGoingOnAfterIt() {
        let found = extract([
            "In a statement signed by its spokesperson, Tunde Bellamo, Vellmor Industries Limited blamed exchange rates.",
            "In a reply signed by its secretary, Ngozi Adeyemo-Clark, the company blamed the regulator.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Tunde Bellamo", "Ngozi Adeyemo-Clark"]))
        #expect(names(found, .organization).contains("Vellmor Industries Limited"))
    }

    @Test func aKindOfBodyAndACommaBeforeANameMakeAFirm() {
        let found = extract([
            "The group will list its fertiliser unit, Marrowby Agrar, in Frankfurt next year.",
            "The retailer collapsed in 2022. Its administrators, Kestle Varrin, have recovered about 14p in the pound.",
            "According to the company, Anna Berg said the plant would close.",
        ])
        #expect(names(found, .organization).isSuperset(of: ["Marrowby Agrar", "Kestle Varrin"]))
        #expect(names(found, .person) == ["Anna Berg"])
    }
}

