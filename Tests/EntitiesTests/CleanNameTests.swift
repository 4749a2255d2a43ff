import Entities
import NewsCore
import Testing

/// Names come out clean: no titles or ranks, no possessive, no stray punctuation.
@Suite struct CleanNameTests {
    /// "District Attorney", "County Judge", "District Collector": the word for a kind of place
    /// opening an office's title is the title's, neither a place nor part of the name.
    @Test func anOfficeOpenedByAWordForAKindOfPlaceLeavesNoPlace() {
        let found = extract([
            "The case was brought by District Attorney Mara Quill on Monday.",
            "County Judge Tomas Brevik ruled on Friday, and District Collector Ravi Menon met the farmers.",
        ])
        #expect(names(found, .person) == ["Mara Quill", "Tomas Brevik", "Ravi Menon"], "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .place).isEmpty, "\(found.map { ($0.name, $0.type) })")
    }

    @Test(arguments: [
        ("Iraqi Maj Gen Tahsin Al Khafaji spoke to reporters on Monday.", "Tahsin Al Khafaji"),
        ("Prime Minister Mustafa al-Kadhimi arrived in the capital on Sunday.", "Mustafa al-Kadhimi"),
        ("The talks were led by President Joe Biden himself.", "Joe Biden"),
        ("Later, Mr. Hussein said the date was fixed.", "Hussein"),
        ("Officials said Lt. Col. Ana Ruiz would lead the unit.", "Ana Ruiz"),
        ("The letter was signed by Secretary of State Antony Blinken on Friday.", "Antony Blinken"),
        // Local and regional forms of address.
        ("The motion was moved by Cr Bellan Trusk at the meeting on Tuesday.", "Bellan Trusk"),
        ("Food was handed out by Ustaz Harun Wiryodikoro after prayers.", "Harun Wiryodikoro"),
        ("For the depositors, Adv Ravindran Kelath told the court the bank had hidden its losses.", "Ravindran Kelath"),
    ])
    func titlesAndRanksAreLeftOff(text: String, person: String) {
        let people = names(extract([text]), .person)
        #expect(people == [person])
    }

    @Test func possessiveIsLeftOff() {
        let found = extract(["Officials said Iraq’s minister praised Germany's offer and Macron’s plan."])
        #expect(names(found, .place) == ["Iraq", "Germany"])
        #expect(found.allSatisfy { !$0.name.hasSuffix("'s") && !$0.name.hasSuffix("’s") })
    }

    @Test func noStrayPunctuation() {
        let found = extract(["\"We agree,\" said Angela Merkel, adding (as Reuters noted) that Paris, Berlin and Rome would follow."])
        for entity in found {
            #expect(entity.name.first?.isLetter == true, "\(entity.name)")
            #expect(entity.name.last?.isLetter == true, "\(entity.name)")
            #expect(!entity.name.contains(","), "\(entity.name)")
        }
        #expect(names(found, .person) == ["Angela Merkel"])
        #expect(names(found, .place).isSuperset(of: ["Paris", "Berlin", "Rome"]))
    }

    @Test func usPresidentIsAPlaceAndAPerson() {
        let found = extract(["Officials said US President Joe Biden met the delegation."])
        #expect(names(found, .person) == ["Joe Biden"])
        #expect(names(found, .place) == ["United States"])
    }

    @Test func modifierGluedToANameIsNotPartOfIt() {
        let found = extract(["The US-led coalition and Iran-backed groups met in Baghdad."])
        #expect(names(found, .place) == ["United States", "Iran", "Baghdad"])
    }

    @Test func organizationWordsMakeOrganizations() {
        let found = extract(["The Joint Operations Command told the Iraqi News Agency and the Ministry of Foreign Affairs."])
        #expect(names(found, .organization) == ["Joint Operations Command", "Iraqi News Agency", "Ministry of Foreign Affairs"])
    }

    @Test func demonymsAndSentenceStartsAreNotEntities() {
        #expect(extract(["However, Iraqi officials met French diplomats. The talks ended."]).isEmpty)
    }

    @Test func connectorsAfterAnOrganizationWordStayInTheName() {
        let found = extract([
            "The Office for Coastal Safety and Rescue said on Monday that the Council for Fisheries in Wales would meet.",
        ])
        let organizations = names(found, .organization)
        #expect(organizations.contains("Office for Coastal Safety and Rescue"))
        #expect(organizations.contains("Council for Fisheries"))
    }

    @Test func andRightAfterAnOrganizationWordJoinsTwoNames() {
        let found = extract(["Talks between the Trade Commission and Norway resumed on Monday."])
        #expect(!found.contains { $0.name.contains(" and ") })
    }
}
