import Entities
import NewsCore
import Testing

/// How news writes names, on invented text: what the sidebar shows for credit lines, datelines,
/// acronyms, short forms and people described beside their names.
@Suite struct NewsConventionTests {
    @Test func creditLineNamesItsReporters() {
        let found = extract([
            "Flooding closed roads across the north of Veldria on Tuesday, officials said.",
            "Reporting by Ilse Marten and Tobias Rank; Additional reporting by Ona Vell in Lisbon; Editing by Hugo Stam",
        ])
        #expect(names(found, .person).isSuperset(of: ["Ilse Marten", "Tobias Rank", "Hugo Stam"]))
        #expect(names(found, .place).contains("Lisbon"))
    }

    /// Letters after a name (KC, MP, OBE) are no part of it, and no body.
    @Test func postNominalLettersAreNoPartOfTheName() {
        let found = extract([
            "Aoife Tarrant KC, for the defence, said the case was weak. Jane Roe MP and Sir John Dobbin OBE disagreed.",
            "Tarrant later left the court.",
        ])
        #expect(names(found, .person) == ["Aoife Tarrant", "Jane Roe", "John Dobbin"], "\(found.map(\.name))")
        #expect(names(found, .organization).isEmpty, "\(found.map(\.name))")
    }

    /// Under the headline, the writers' names may stand alone on their line once the reader has
    /// taken the date line away; a beat before the role ("Mining Reporter") is no part of a name.
    @Test func writersNamedAloneOnTheirLineAndTheirBeat() {
        let found = extract([
            "The order is the airline's biggest since 2013 and follows fresh delays to rival jets",
            "Kelvin Lau Chi-wai and Cheryl Tam Hoi-ying",
            "Siobhan Larkby-Moore Mining Reporter",
            "The carrier has ordered 24 jets, its biggest purchase in more than a decade, it said on Wednesday.",
        ])
        #expect(names(found, .person) == ["Kelvin Lau Chi-wai", "Cheryl Tam Hoi-ying", "Siobhan Larkby-Moore"], "\(found.map(\.name))")
    }

    /// A photo credit's agency and photographer are named; its other words are furniture.
    @Test func photoCreditNamesThePhotographer() {
        let found = extract([
            "Residents wade through floodwaters in Varro on Tuesday. (Brask Press Photo/Joseph Tallenby-Ruud)",
            "The Israel/Gaza talks went on into the night. REUTERS/Stringer",
        ])
        #expect(names(found, .person) == ["Joseph Tallenby-Ruud"], "\(found.map(\.name))")
        #expect(!found.contains { $0.name.contains("Stringer") || $0.name.contains("Photo") })
    }

    /// Beside an agency or after a label, a photographer's name needs no listed first name.
    @Test func photoCreditNamesAPhotographerNoListKnows() {
        let found = extract([
            "Two of its six units were shut down this year. Image: Holger Ritschmann/dpa/picture alliance",
            "The programme will not take new students next autumn. (Yannick Ostervald/CBC)",
            "Players celebrate after the second goal in Varro. (AP Photo/Trent Tallenby)",
            "Shares fell in Varro on Monday. (Kelvar Therapeutics/Brask Images)",
        ])
        #expect(names(found, .person) == ["Holger Ritschmann", "Yannick Ostervald", "Trent Tallenby"], "\(found.map(\.name))")
    }

    /// A short caption and its credit are capitalized nearly throughout, but two sentences are no
    /// headline: their capitals still mark names.
    @Test func aCaptionWithItsCreditIsNoHeadline() {
        let found = extract(["Matiu Korovou celebrates his second try at Kelvar Stadium. Photo: Trent Holloway/Veldria Images"])
        #expect(names(found, .person) == ["Matiu Korovou", "Trent Holloway"], "\(found.map(\.name))")
        #expect(names(found, .organization) == ["Veldria Images"], "\(found.map(\.name))")
        #expect(names(found, .place) == ["Kelvar Stadium"], "\(found.map(\.name))")
    }

    @Test func partiesNamedByTheirMembersAreOrganizations() {
        let found = extract([
            "The Greens walked out of coalition talks in Veldria on Tuesday, leaving the Liberals and Labour to try again.",
            "Conservatives said the budget was not negotiable. A Republican senator from Ostmark said the vote would fail.",
        ])
        // "Conservatives" is in the alias table, under the party's name.
        #expect(names(found, .organization).isSuperset(of: ["Greens", "Liberals", "Labour", "Conservative Party"]))
        // The singular describes a member; it names nothing.
        #expect(!found.contains { $0.name == "Republican" })
    }

    @Test func labourOpeningASentenceIsTheCommonNounUnlessThePartyIsNamedElsewhere() {
        let alone = extract(["Labour shortages hit farms across Veldria this autumn, growers said."])
        #expect(!alone.contains { $0.name == "Labour" })
        let party = extract(["Labour won the vote in Ostmark.", "Voters backed Labour again on Sunday."])
        #expect(names(party, .organization).contains("Labour"))
        // A reporting verb vouches for the party on its own.
        let promised = extract(["Rail fares rose again in Ostmark. Labour promised to cap them, and the minister declined to comment."])
        #expect(names(promised, .organization).contains("Labour"), "\(promised.map(\.name))")
    }

    @Test func acronymSpelledAcrossCommasNamesTheWholeBody() throws {
        let found = extract([
            "Immigration, Refugees and Citizenship Veldria (IRCV) introduced the cap in January.",
            "IRCV said applications had fallen by a third.",
        ])
        let body = try #require(entity(named: "Immigration, Refugees and Citizenship Veldria", in: found))
        #expect(body.type == .organization && body.aliases.contains("IRCV") && body.count == 3)
        #expect(!names(found, .organization).contains("Citizenship Veldria"))
    }

    @Test func acronymSpelledWithTheSmallWordsNamesTheWholeBody() {
        let found = extract([
            "The United Nations Observer Mission in Freedonia (UNOMIF) said two patrols were fired on.",
            "UNOMIF has about 900 staff.",
        ])
        let mission = entity(named: "United Nations Observer Mission in Freedonia", in: found)
        #expect(mission?.type == .organization)
        #expect(mission?.aliases.contains("UNOMIF") == true)
        #expect(!found.contains { $0.name == "United Nations Observer Mission" })
    }

    @Test func acronymWithALowercaseLetterIsAnOrganization() {
        let found = extract(["Inspectors from the DfE visited the school on Monday, and the BfZ later confirmed the findings."])
        #expect(names(found, .organization).isSuperset(of: ["DfE", "BfZ"]))
    }

    @Test func abbreviatedMonthInADatelineIsNoName() {
        let found = extract(["OSLO, Feb 3 (Reuters) - Norway's central bank held rates on Thursday, as did Sweden on Jan. 28."])
        #expect(!found.contains { ["Feb", "Jan"].contains($0.name) })
    }

    @Test func companyNamedSeveralWaysIsOneEntity() {
        let found = extract([
            "Zentravia Airways said on Monday it would cut 300 jobs.",
            "Zentravia Group chief executive Lena Holm said costs had risen, and Zentravia shares fell 3%.",
        ])
        let companies = found.filter { $0.type == .organization && $0.name.hasPrefix("Zentravia") }
        #expect(companies.count == 1)
    }

    @Test func clubCalledByItsLastWordIsOneEntity() {
        let found = extract([
            "Harbury Rovers beat Eastfield 2-1 on Saturday.",
            "Rovers are now third in the table.",
        ])
        let rovers = entity(named: "Harbury Rovers", in: found)
        #expect(rovers?.aliases.contains("Rovers") == true)
        #expect(entity(named: "Rovers", in: found) == nil)
    }

    @Test func sentenceStartingNameIsKeptWhenItReports() {
        let found = extract(["Prices for memory chips rose in March.", "Qorvantix, which makes memory chips, declined to comment."])
        #expect(names(found, .organization).contains("Qorvantix"))
    }

    @Test func titleRunningIntoANameEndsNoName() {
        let found = extract(["Kenyan Prime Minister Daniel Omondi met the envoy in Nairobi."])
        #expect(!found.contains { $0.name.contains("Prime") })
        #expect(names(found, .person).contains("Daniel Omondi"))
    }

    @Test func legalFormEndingASentenceEndsTheName() {
        let found = extract(["\"Demand is slowing,\" said Tamsin Reyes, an economist at Halvard & Co. Analysts at Brandt Capital expect a cut."])
        #expect(!found.contains { $0.name.contains("Analysts") || $0.name == "Co." })
    }

    @Test func courtInACityIsTheCourtAndThePlace() {
        let found = extract(["The Federal Administrative Court in Leipzig ruled on Tuesday that the ban was lawful."])
        #expect(names(found, .organization).contains("Federal Administrative Court"))
        #expect(names(found, .place).contains("Leipzig"))
    }

    @Test func nameBesideARoleIsAPerson() {
        let found = extract([
            "Velmora said profits fell. Its chief executive, Sania Okafor, said demand would recover.",
            "\"We are cautious,\" said Ravi Tandel, an analyst at Brisk Capital.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Sania Okafor", "Ravi Tandel"]))
    }

    @Test func demonymOpeningAPlaceNameStaysInIt() {
        let found = extract(["The ceasefire talks were hosted by Saudi Arabia and Qatar, diplomats said."])
        #expect(names(found, .place).contains("Saudi Arabia"))
        #expect(!found.contains { $0.name == "Arabia" })
    }

    @Test func titleFollowedByOrdinaryWordsIsPartOfAName() {
        let found = extract(["Shares of General Dynamics rose 2% after the contract was announced."])
        #expect(names(found, .organization).contains("General Dynamics"))
        #expect(!found.contains { $0.name == "Dynamics" })
    }

    @Test func listWithACompanyListsCompanies() {
        let found = extract(["Its customers include Vantorix Inc, Quellaro and Brasketh, the company said."])
        #expect(names(found, .organization).isSuperset(of: ["Vantorix Inc", "Quellaro", "Brasketh"]))
    }

    @Test func whatOnlyPeopleHaveMarksAPerson() {
        let found = extract(["Regulators are looking into Marek Tolvanen's company, which builds rockets in Finland."])
        #expect(names(found, .person).contains("Marek Tolvanen"))
    }

    @Test func placeFollowedByWhoIsATeam() {
        let found = extract(["Preston, who were promoted last season, lost 2-0 at home on Saturday."])
        #expect(names(found, .organization).contains("Preston"))
    }

    @Test func countryBeforeARoleWordIsAPlace() {
        let found = extract(["\"It was a tough day,\" the former Kenya captain said after the match."])
        #expect(names(found, .place).contains("Kenya"))
    }

    @Test func longNameReadInTwoPiecesIsOnePerson() {
        let found = extract(["The envoy, Ahmed El-Tayeb Farouk, said the talks would resume on Monday."])
        #expect(names(found, .person).contains("Ahmed El-Tayeb Farouk"))
    }

    @Test func descriptionBesideANameMakesAnOrganization() {
        let found = extract([
            "The deal was advised by law firm Harrow Quill and by Tenmoor, a consultancy whose clients include banks.",
            "Lindqvist Brenner, the state investment bank, said it would take part.",
        ])
        #expect(names(found, .organization).isSuperset(of: ["Harrow Quill", "Tenmoor", "Lindqvist Brenner"]))
    }

    @Test func describedWordAtASentenceStartIsAName() {
        let found = extract(["Prices rose again in May.", "Orvantis, the state investment bank, is an early shareholder."])
        #expect(names(found, .organization).contains("Orvantis"))
    }

    @Test func sentenceOpeningWithADescriptionDescribesNothing() {
        let found = extract(["Separately, the central bank said it would keep rates on hold."])
        #expect(!found.contains { $0.name == "Separately" })
    }

    @Test func acronymInBracketsNamesTheOrganizationBeforeIt() {
        let found = extract([
            "The Free Citizens Party (FBV) won 9% of the vote, polls showed.",
            "The FBV said it would not join a coalition.",
        ])
        let party = entity(named: "Free Citizens Party", in: found)
        #expect(party?.type == .organization)
        #expect(party?.aliases.contains("FBV") == true)
    }

    @Test func acronymTakingTheSmallWordsFoldsIntoItsName() {
        let found = extract(["The Bank of Ruritania held rates on Tuesday.", "The BOR said inflation was easing."])
        #expect(entity(named: "Bank of Ruritania", in: found)?.aliases.contains("BOR") == true)
    }

    @Test func stateNamedAsARepublicIsAPlace() {
        let found = extract(["Aid reached the Democratic Republic of Freedonia on Monday, the agency said."])
        #expect(names(found, .place).contains("Democratic Republic of Freedonia"))
    }

    @Test func bodyNameRunsOnAfterForOrOn() {
        let found = extract(["The Regional Authority on Water Security said reservoirs were low."])
        #expect(names(found, .organization).contains("Regional Authority on Water Security"))
    }

    @Test func bodyBeforeOnAndAPlaceStops() {
        let found = extract(["The Security Council on Syria was told that aid convoys had stopped."])
        #expect(!found.contains { $0.name.hasSuffix("on Syria") })
    }

    @Test func datelineCityIsAPlace() {
        let found = extract([
            "TALLINN — The government on Tuesday approved a new defence budget.",
            "UNICEF, which buys vaccines for poorer countries, welcomed the plan.",
        ])
        #expect(names(found, .place).contains("TALLINN"))
        #expect(!names(found, .place).contains("UNICEF"))
    }

    @Test func placeOpeningASentenceBeforeATitleIsAPlace() {
        let found = extract(["Ohio Gov. Mark Delaney signed the bill on Friday."])
        #expect(names(found, .place).contains("Ohio"))
        #expect(names(found, .person).contains("Mark Delaney"))
    }

    @Test func andAfterACompleteCompanyNameJoinsTwoNames() {
        let found = extract(["Suppliers such as Kestrel Technologies and Orland Semiconductor Corp (OSC) were hit."])
        #expect(names(found, .organization).isSuperset(of: ["Kestrel Technologies", "Orland Semiconductor Corp"]))
    }

    @Test func capitalInitialsAreNoTitle() {
        let found = extract(["The bowler was dismissed by MS Kohlbrenner in the final over."])
        #expect(!found.contains { $0.name == "Kohlbrenner" })
    }

    @Test func nicknameInQuotesStaysInsideTheName() {
        let found = extract(["Senate leader Harold \"Buddy\" Carrow said he would back the bill. Carrow has led the chamber since 2019."])
        #expect(names(found, .person).contains("Harold \"Buddy\" Carrow"))
        #expect(!found.contains { $0.name == "Harold" })
    }

    @Test func ordinalAfterTheOpensACourtsName() {
        let found = extract([
            "The U.S. Court of Appeals for the 9th Circuit upheld the ruling, while the 4th Circuit struck down a similar law.",
        ])
        #expect(names(found, .organization).isSuperset(of: ["U.S. Court of Appeals for the 9th Circuit", "4th Circuit"]))
    }

    @Test func aCardinalNumbersAUnitButCountsTroops() {
        let found = extract([
            "Soldiers of 64 Infantry Regiment and 12 Field Engineer Brigade returned to Tarsk on Sunday. "
                + "About 300 Marines and 40 Marine Corps officers stayed behind.",
        ])
        let bodies = names(found, .organization)
        #expect(bodies.isSuperset(of: ["64 Infantry Regiment", "12 Field Engineer Brigade"]))
        #expect(bodies.isDisjoint(with: ["Infantry Regiment", "Field Engineer Brigade", "300 Marines", "40 Marine Corps"]))
    }

    @Test func germanAndRomanceParticlesStayInsideNames() {
        let found = extract(["Merz told the newspaper Welt am Mittwoch that the budget was sound."])
        #expect(names(found, .organization).contains("Welt am Mittwoch"))
    }

    @Test func secondNameOfAnOrganizationInAppositionIsAnAlias() {
        let found = extract(["Kavira, the Clean Water Alliance, said it would expand its work in Malawi."])
        let organizations = found.filter { $0.type == .organization }
        #expect(organizations.count == 1)
        #expect(Set([organizations.first?.name] + (organizations.first?.aliases ?? [])) == ["Kavira", "Clean Water Alliance"])
    }

    @Test func teamNamedWithAPluralIsAnOrganization() {
        let found = extract(["Chennai captain Arun Velu hit a century as the Harbury Panthers lost by four wickets."])
        #expect(!names(found, .person).contains("Harbury Panthers"))
    }

    /// A writer's job after the name under the headline makes the line a byline, though the reader
    /// took the date line out and joined what followed ("Last modified ..."). The job is no name.
    @Test func bylineWithTheWritersJobNamesOnlyTheWriter() {
        let found = extract([
            "Officials urge parents in Varro to check their children's records",
            "Ilse Marwood-Tane Health policy editor Last modified on Fri 16 Jan 2026 09.12 GMT",
            "Measles cases in Varro have tripled in four weeks, officials said.",
        ])
        #expect(names(found, .person) == ["Ilse Marwood-Tane"], "\(found.map(\.name))")
        let comma = extract([
            "Walkouts will hit commuters across Leeds",
            "Tobias Renk-Hale, Transport Correspondent Last modified on Fri 14 Mar 2025 13.40 GMT",
            "Conductors on Brask Rail will strike for three days, the union said.",
        ])
        #expect(names(comma, .person) == ["Tobias Renk-Hale"], "\(comma.map(\.name))")
        #expect(!comma.contains { $0.name.contains("Correspondent") }, "\(comma.map(\.name))")
    }

    /// "8:00 a.m. ET": the time zone of a wire release's call is no body.
    @Test func aTwoLetterTimeZoneAfterTheClockIsNoName() {
        let found = extract([
            "Corvane Therapeutics will host a conference call today at 8:00 a.m. ET to discuss the results.",
            "Updated Nov 9, 2025, 05:12 PM ET",
        ])
        #expect(names(found, .organization) == ["Corvane Therapeutics"], "\(found.map(\.name))")
        #expect(names(found, .person).isEmpty, "\(found.map(\.name))")
    }

    /// A byline run into its date line ends at the date: "By A and B April 9, 2025", "Updated October 18".
    @Test func bylineRunIntoItsDateLineEndsAtTheDate() {
        let found = extract([
            "By Lachlan Ng and Talia Brennan-Okafor April 9, 2025 — 5.00am",
            "The plan was approved.",
            "By Georgina Calloway Updated October 18, 2025 — 11.38pm",
        ], title: "Harbour rezoning splits the Hills")
        #expect(names(found, .person) == ["Lachlan Ng", "Talia Brennan-Okafor", "Georgina Calloway"], "\(found.map(\.name))")
    }

    /// Occupations written as titles in American style are left off the name.
    @Test func occupationBeforeANameIsATitle() {
        let found = extract(["Meteorologist Kenji Halvorsen-Mba said the winds would ease, and Author Priya Sindhu agreed."])
        #expect(names(found, .person) == ["Kenji Halvorsen-Mba", "Priya Sindhu"], "\(found.map(\.name))")
    }

    /// A forwarded mail's "Fwd" and a release's "PRESS RELEASE" label are furniture.
    @Test func forwardAndPressReleaseLabelsAreFurniture() {
        let found = extract([
            "[Coastlist] Fwd: Survey results from the Kelmouth team",
            "PRESS RELEASE -- embargoed until 11 March 2025, 16:00 CET",
            "The University of Kelmouth said the harbour was silting.",
        ])
        #expect(names(found, .organization) == ["University of Kelmouth"], "\(found.map(\.name))")
    }
}
