import Entities
import NewsCore
import Testing

/// Offices, languages and joined names that the tagger reads as one organization, on invented text.
@Suite struct OfficeTitleTests {
    @Test func officesAreNoOrganizations() {
        let found = extract([
            "But the Minority Leader, Mrs Efua Mensa-Dorley, said the Veldrian Progress Party would appeal.",
            "Tomas Harrowgate, the Labour MP for Kelvarsheide North, said she had written to the trust.",
            "City Council President Marta Quillfeather-Dunn said the council needed more time.",
        ])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["Minority Leader", "Labour MP", "City Council President"]))
    }

    /// Offices of a contact block, a university, an audit office and an army's command.
    @Test func officesWithOfOrGeneralInTheirNameAreNoOrganizations() {
        let found = extract([
            "Press enquiries: Ilse Varnholt, Head of Communications, press@kelvar.example",
            "Media enquiries: Orin Tasker, Communications Officer, +44 20 7946 0000",
            "The Vice-Chancellor, Professor Hanne Orwig, said the Velden Institute would stay open.",
            "The Auditor General said the Joint Registrar had not replied, and the Chief of the Defence Staff agreed.",
        ])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["Head of Communications", "Communications Officer", "Vice-Chancellor",
                                        "Auditor General", "Joint Registrar", "Defence Staff"]), "\(shown)")
        #expect(names(found, .person).isSuperset(of: ["Ilse Varnholt", "Orin Tasker", "Hanne Orwig"]), "\(shown)")
    }

    @Test func cabinetSecretariesAndAdvisersAreNoOrganizations() {
        let found = extract([
            "Energy Cabinet Secretary Odhiambo Wekesa told senators the grid would hold.",
            "The governor, through the Special Adviser to the Governor on Media, Tunde Arowolo, said the roads would reopen.",
        ])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["Energy Cabinet", "Special Adviser"]))
        #expect(names(found, .person).isSuperset(of: ["Odhiambo Wekesa", "Tunde Arowolo"]))
    }

    @Test func theHolderOfAPortfolioIsAPersonAndThePortfolioNoBody() {
        let found = extract([
            "Minister for Foreign Affairs Orla Teague-Brannock said the talks were useful.",
            "He wrote to the Minister of State for Transport Seán Ó Deághaidh about the bypass.",
            "Secretary of State for Energy Security Maren Holloway-Pike said prices would fall.",
            "Unions called on Minister for Transport Darragh O'Bolan to convene talks.",
        ])
        #expect(names(found, .person).isSuperset(of: [
            "Orla Teague-Brannock", "Seán Ó Deághaidh", "Maren Holloway-Pike", "Darragh O'Bolan",
        ]))
        #expect(names(found, .organization).isEmpty)
    }

    /// The tagger may start the holder's name inside the portfolio ("Affairs Tomas Hale"); the
    /// portfolio's words before it still make it an office's.
    @Test func aPortfolioTheTaggerCutIsNoPartOfTheHoldersName() {
        let found = extract([
            "In an interview last week, Veldria's Minister of Foreign Affairs Tomas Hale said his country was ready.",
            "The Minister of Home Affairs Anna Berg said the border would reopen.",
        ])
        #expect(names(found, .person) == ["Tomas Hale", "Anna Berg"], "\(found.map(\.name))")
    }

    @Test func languagesAreNoOrganizations() {
        let found = extract([
            "Most speech models at Corvalis Labs are trained on English and maybe Mandarin.",
            "The demo kept working when the caller switched to Cantonese and then to Bahasa Indonesia, said Drevik Audio.",
        ])
        #expect(names(found, .organization).isDisjoint(with: ["Mandarin", "Cantonese", "Bahasa Indonesia"]))
    }

    @Test func organizationsJoinedByAndAreTwo() {
        let found = extract([
            "Halvard Ostrem, its chief technology officer, was a former researcher at DeepVoxa and Harwell Kestrin University.",
        ])
        let organizations = names(found, .organization)
        #expect(!organizations.contains("DeepVoxa and Harwell Kestrin University"))
        #expect(organizations.contains("Harwell Kestrin University"))
    }
}

/// Names that run on through a possessive, on invented text.
@Suite struct PossessiveNameTests {
    @Test func aNameRunsOnThroughAnOrdinaryWordsPossessive() {
        let found = extract(["Forty children were treated at Kelvarsheide Children's Hospital last week, the trust said."])
        let organizations = names(found, .organization)
        #expect(organizations.contains("Kelvarsheide Children's Hospital"))
        #expect(!organizations.contains("Kelvarsheide Children"))
    }
}

/// Topic-tag lines and funding rounds, on invented text.
@Suite struct TopicLineTests {
    @Test func topicTagWordsAndFundingRoundsAreNoNames() {
        let found = extract([
            "Corvalis Labs raised $40 million in a Series B round led by Tamsel Ventures.",
            "Floods | Rivers and lakes | Kelvarsheide | Health | news",
            "Related topics: Energy, Climate change, Coal",
        ])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["Series", "Series B", "Floods", "Health", "Energy", "Coal"]))
        #expect(names(found, .organization).isSuperset(of: ["Corvalis Labs", "Tamsel Ventures"]))
    }

    /// "X of Y and Z Corporation of W" names two bodies; "Department of Health and Human Services" one.
    @Test func twoBodiesOfPlacesJoinedByAndAreTwo() {
        let found = extract([
            "State Bank of India and Life Insurance Corporation of India, large lenders to the group, saw their shares fall.",
            "The Department of Health and Human Services declined to comment.",
        ])
        let bodies = names(found, .organization)
        #expect(bodies.isSuperset(of: ["State Bank of India", "Life Insurance Corporation of India",
                                       "Department of Health and Human Services"]), "\(found.map(\.name))")
    }

    /// "the General Confederation of …": a rank word after "the", opening a name with "of" in it,
    /// is the first word of a body's name; before a name, still a rank.
    @Test func aRankOpeningABodysNameIsPartOfIt() {
        let found = extract([
            "The walkout was called by the General Confederation of Veldrian Labour on Thursday.",
            "General Tomas Vell said the army would stay in its barracks.",
        ])
        #expect(names(found, .organization) == ["General Confederation of Veldrian Labour"], "\(found.map { "\($0.name):\($0.type)" })")
        #expect(names(found, .person) == ["Tomas Vell"], "\(found.map { "\($0.name):\($0.type)" })")
    }

    /// A title set off from the name by a comma is no part of the body before it.
    @Test func aTitleBeforeACommaAndANameIsNoPartOfTheBody() {
        let found = extract(["Last month, the VRB Governor, Ola Vell, directed banks to raise capital, and the TUV National Chairman, Ada Kurewa, agreed."])
        #expect(names(found, .organization) == ["VRB", "TUV"], "\(found.map { "\($0.name):\($0.type)" })")
        #expect(names(found, .person) == ["Ola Vell", "Ada Kurewa"], "\(found.map { "\($0.name):\($0.type)" })")
    }
}
