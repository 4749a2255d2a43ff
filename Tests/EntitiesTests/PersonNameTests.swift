import Entities
import NewsCore
import Testing

/// People's names the tagger reads badly, on invented text: bylines, double-barrelled surnames,
/// initials, names set in capitals.
@Suite struct PersonNameTests {
    @Test func hongKongGivenNameKeepsItsLowercaseSyllable() {
        let found = extract([
            "The port authority said cargo volumes rose in March. Its chairman, Michael Yau Kin-lok, has set a goal of doubling them by 2032.",
            "Analyst Jennifer Tam Siu-wah said the target was ambitious, and Daniel Chow Ho-lam agreed.",
            "The Sunday-led talks were not discussed.",
        ])
        let people = names(found, .person)
        #expect(people.isSuperset(of: ["Michael Yau Kin-lok", "Jennifer Tam Siu-wah", "Daniel Chow Ho-lam"]))
        #expect(!people.contains("Michael Yau") && !people.contains("Jennifer Tam Siu"))
        #expect(!found.contains { $0.name == "Kin" || $0.name == "Siu" || $0.name.contains("led") })
    }

    @Test func roleWordBeforeANameIsNotAPerson() {
        let found = extract([
            "Chief Executive Officer Raghav Menon-Castillo told analysts last month the company was fine.",
            "Referee Mathieu Raynal showed a yellow card in the second half.",
            "Chief Executive Officer Tomasz Wielgosz said sales rose.",
        ])
        let people = names(found, .person)
        #expect(people.isSuperset(of: ["Raghav Menon-Castillo", "Mathieu Raynal", "Tomasz Wielgosz"]))
        #expect(!found.contains { $0.name.hasPrefix("Officer") || $0.name.hasPrefix("Referee") })
    }

    @Test func demonymPluralIsNoPersonNorPlace() {
        let found = extract([
            "The bill lets Ghanaians living abroad vote at embassies for the first time.",
            "\"With so many Nigerians in the stand, it felt like home,\" said sprinter Adaeze Okonkwo-Hale.",
            "Kenyans queued for hours in Nairobi.",
        ])
        #expect(!found.contains { ["Ghanaians", "Nigerians", "Kenyans"].contains($0.name) })
        #expect(names(found, .place).contains("Nairobi"))
    }

    /// A nation's people by a noun of its own, after an article: described, not named; the same
    /// word as a surname stays one.
    @Test func nationalityNounIsNoName() {
        let found = extract([
            "The Pole was fastest in practice, ahead of the Finn and two Danes.",
            "Swedes queued for hours, said coach Maren Pole.",
        ])
        #expect(found.allSatisfy { !["Pole", "Finn", "Danes", "Swedes"].contains($0.name) }, "\(found.map(\.name))")
        #expect(names(found, .person).contains("Maren Pole"), "\(found.map(\.name))")
    }

    /// A surname with its particle glued on by an apostrophe goes with the given name before it.
    @Test func apostropheSurnameEndsThePersonsName() {
        let found = extract([
            "Unions called on Minister for Transport Darragh O'Bolan to convene talks.",
            "The squad includes Keelan D'Arcy and Ríona N’Dowe, the coach said.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Darragh O'Bolan", "Keelan D'Arcy", "Ríona N’Dowe"]), "\(found.map(\.name))")
    }

    @Test func planetAloneIsNoPerson() {
        let found = extract([
            "The probe's spectra suggest the planet is hotter than Venus and far wetter than Earth, said astronomer Ilse Marwood-Quint.",
            "Venus and Earth formed from similar material, Marwood-Quint said.",
        ])
        #expect(!names(found, .person).contains("Venus") && !names(found, .person).contains("Earth"))
        #expect(names(found, .person).contains("Ilse Marwood-Quint"))
    }

    @Test func bylineNamesItsWriters() {
        let found = extract([
            "By Nkechi Adeyemo-Barr and Tiago Fernsby Daily News | Weather",
            "Ports along the southern coast of Veldria closed on Monday as the storm arrived.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Nkechi Adeyemo-Barr", "Tiago Fernsby"]))
    }

    /// "Ana Vell in Madrid and Tom Hale in London": writers each with the city they wrote from.
    @Test func bylineOfWritersInTheirCitiesNamesWritersAndCities() {
        let found = extract([
            "Nordic group offer tests family control as Madrid weighs foreign investment screening",
            "Marta Velloria in Madrid and Oliver Tarrow-Shah in London",
            "Kelby Group has offered 2.1bn euros for Orvane Hermanos, the Spanish family company, the two sides said on Tuesday.",
        ], title: "Kelby group bids for Orvane cable maker in contested deal")
        #expect(names(found, .person) == ["Marta Velloria", "Oliver Tarrow-Shah"], "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .place).isSuperset(of: ["Madrid", "London"]), "\(found.map { ($0.name, $0.type) })")
    }

    @Test func bylineJoinedToTheOutletsLineNamesItsWriters() {
        let found = extract([
            "Harbour Courier By Thi Lan Vuong and Callum Ferris-Tane",
            "Ports along the southern coast of Veldria closed on Monday as the storm arrived.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Thi Lan Vuong", "Callum Ferris-Tane"]))
    }

    /// "Christian" is a faith's adjective and a given name: before a surname it is the name's.
    @Test func aGivenNameThatIsAlsoAFaithsWordStaysInTheName() {
        let found = extract([
            "The airline signed the order alongside Christian Tallberg, chief executive of the plane maker.",
            "Tallberg said deliveries would start in 2027.",
        ])
        #expect(names(found, .person) == ["Christian Tallberg"], "\(found.map { ($0.name, $0.type) })")
    }

    /// A Korean given name's second syllable may be five or six letters long ("-myung", "-kyung").
    @Test func aKoreanGivenNamesLongSecondSyllableIsPartOfTheName() {
        let found = extract([
            "Analyst Seo Min-kyung of Taebong Securities said demand was strong, and Mayor Oh Se-hyeon agreed.",
        ])
        #expect(names(found, .person) == ["Seo Min-kyung", "Oh Se-hyeon"], "\(found.map { ($0.name, $0.type) })")
    }

    /// Agencies set the surname in capitals and join a second writer with "with".
    @Test func bylineWithSurnamesInCapitalsNamesItsWriters() {
        let found = extract([
            "By Tamsin KELLOWAY with Ruben OSTRANDER in Veldport",
            "Ports along the southern coast of Veldria closed on Monday as the storm arrived.",
        ])
        #expect(names(found, .person) == ["Tamsin KELLOWAY", "Ruben OSTRANDER"], "\(found.map { ($0.name, $0.type) })")
    }

    @Test func bylineInCapitalsNamesItsWriters() {
        let found = extract([
            "By YEVGENIA TORRANCE and MARCUS BELLWEATHER Updated 6:48 PM GMT, March 3, 2026",
            "Ports along the southern coast of Veldria closed on Monday as the storm arrived.",
        ])
        #expect(names(found, .person).isSuperset(of: ["YEVGENIA TORRANCE", "MARCUS BELLWEATHER"]))
        #expect(!found.contains { $0.name.contains("Updated") })
    }

    /// The outlet's line and a byline set off by a slash; a beat the tagger ran the name into;
    /// a photographer's name with particles in an agency's credit.
    @Test func bylinesAfterASlashAndCreditsWithParticlesNameTheirPeople() {
        let found = extract([
            "Floods close the highway",
            "Tarrow Coast / By Bronwyn Vell and Kalani Tarrant",
            "Forklifts move pallets at a warehouse near Tarrow. REUTERS/Ana van der Vell/File Photo",
            "Hannah Okwell Legal affairs correspondent",
            "The river rose on Thursday and the highway was closed overnight.",
        ])
        #expect(names(found, .person) == ["Bronwyn Vell", "Kalani Tarrant", "Ana van der Vell", "Hannah Okwell"],
                "\(found.map { ($0.name, $0.type) })")
    }

    /// What a person is, capitalized only because it opens the sentence, is no part of the name.
    @Test func aRoleOpeningTheSentenceIsNoPartOfTheName() {
        let found = extract(["The Falcons led 30-21 at the break. Sophomore Eli Vanne hit two straight 3-pointers."])
        #expect(names(found, .person) == ["Eli Vanne"], "\(found.map { ($0.name, $0.type) })")
    }

    /// A judge's title after an honorific, a demonym before a given name and surname, and a
    /// Korean given name written first: each is one person.
    @Test func judgesDescribedPeopleAndGivenNamesFirstArePeople() {
        let found = extract([
            "The case was dismissed in 2023, when Mr Justice Vellacott described its conduct as unfair.",
            "A dozen members, led by the Austrian Christa Lindvell, voted against.",
            "The device was developed by Dr. Hyun-woo Tarrant and his team.",
        ])
        #expect(names(found, .person) == ["Vellacott", "Christa Lindvell", "Hyun-woo Tarrant"], "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .organization).isEmpty, "\(found.map { ($0.name, $0.type) })")
    }

    /// A masthead read as the title pushes the byline under the section, the headline and the
    /// standfirst; a name in capitals keeps its capital particles ("DE").
    @Test func aBylineInCapitalsUnderTheStandfirstNamesItsWriter() {
        let found = newsExtractor.entities(in: Article(title: "Tarrow Post English", paragraphs: [
            "TRIALS",
            "Harbour official goes on trial over a tender",
            "Prosecutors are seeking eight years in prison for the former chief of the port authority",
            "MARÍA JOSÉ VELLÓN DE LA VEGA",
            "The trial opened on Monday in the National High Court.",
        ]))
        #expect(names(found, .person) == ["MARÍA JOSÉ VELLÓN DE LA VEGA"], "\(found.map { ($0.name, $0.type) })")
    }

    /// Kalenjin and Swedish particles inside a name.
    @Test func kalenjinAndSwedishParticlesAreInsideTheName() {
        let found = extract(["Governor Kiprotich arap Vell met Oskar af Tarnberg of the migration board."])
        #expect(names(found, .person) == ["Kiprotich arap Vell", "Oskar af Tarnberg"], "\(found.map { ($0.name, $0.type) })")
    }

    /// Welsh patronymics join the two names: "ap" ("son of") is a particle like "bin".
    @Test func welshPatronymicsAreOneName() {
        let found = extract(["Regional organiser Tomos ap Vell said the routes would go, and Gwen ferch Rhys agreed."])
        #expect(names(found, .person) == ["Tomos ap Vell", "Gwen ferch Rhys"], "\(found.map { ($0.name, $0.type) })")
    }

    /// A byline line with no "By": each name, a comma, the outlet and the writer's role.
    @Test func bylineOfNamesWithTheirOutletsAndRolesNamesTheWriters() {
        let found = extract([
            "Japanese logistics group buys Indonesian cold-chain firm",
            "KENJI VELLMORI, Tarrow Post staff writer, and ERWIN TARSONO, Contributing writer",
            "JAKARTA -- A Japanese logistics group agreed to buy a cold-chain operator on Monday.",
        ])
        #expect(names(found, .person) == ["KENJI VELLMORI", "ERWIN TARSONO"], "\(found.map { ($0.name, $0.type) })")
    }

    @Test func bylineWithOutletAfterACommaNamesOnlyTheWriter() {
        let found = extract([
            "The regatta's last races were postponed on Sunday.",
            "By Marisela Quintero-Vance, OSTMARK TV sailing correspondent",
            "Organisers said racing would resume on Monday.",
        ])
        #expect(names(found, .person).contains("Marisela Quintero-Vance"))
        #expect(!names(found, .person).contains { $0.contains("OSTMARK") })
    }

    /// A full name, "of", then a country or a body: two names, not one person's.
    @Test func aPersonOfAPlaceOrABodyIsTwoNames() {
        let found = extract([
            "\"We cannot wait,\" said Madina Ceesay of Gambia, who chairs the group.",
            "\"The trial is promising,\" said Tereza Novakova of Médecins Sans Frontières.",
            "The Duke of Sussex and Prince William of Wales attended.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Madina Ceesay", "Tereza Novakova"]), "\(found.map(\.name))")
        #expect(names(found, .place).contains("Gambia"), "\(found.map(\.name))")
        #expect(names(found, .organization).contains("Médecins Sans Frontières"), "\(found.map(\.name))")
        #expect(!found.contains { $0.name.contains(" of Gambia") || $0.name.contains(" of Médecins") }, "\(found.map(\.name))")
    }

    /// A standfirst that opens with names, then a verb and a number, is a sentence, not a byline.
    @Test func namesOpeningAStandfirstAreNoWriters() {
        let found = extract([
            "Fianna Fáil and Sinn Féin split as 12-6 vote sends the plan to the planning board",
            "Councillors voted on Monday to back the new route.",
        ])
        #expect(names(found, .person).isDisjoint(with: ["Fianna Fáil", "Sinn Féin"]), "\(found.map(\.name))")
    }

    @Test func nameAloneAboveTheDateIsTheWriters() {
        let found = extract([
            "PERPETUA OKAFOR-LINDQVIST March 3, 2026",
            "Ports along the southern coast of Veldria closed on Monday as the storm arrived.",
        ])
        #expect(names(found, .person).contains("PERPETUA OKAFOR-LINDQVIST"))
        let beat = extract(["Dervla Quiggin-Ash Transport correspondent Thu 4 Sep 2025 10.02 GMT",
                            "Rail fares in Veldria will rise by 4% in January, the operator said."])
        #expect(names(beat, .person).contains("Dervla Quiggin-Ash"))
    }

    @Test func doubleBarrelledSurnameAfterAGivenNameIsAPerson() {
        // The last part ends in "s" as a team's plural does ("Harbury Rovers").
        let found = extract(["Jamaica's Oshandre Whitlock-Reyes finished second in Veldria on Friday."])
        #expect(names(found, .person).contains("Oshandre Whitlock-Reyes"))
    }

    @Test func doubleBarrelledSurnameLeftOffAPersonsNameJoinsIt() {
        let found = extract(["The award went to midfielder Jonah Pettigrew-Lund on Saturday."])
        #expect(names(found, .person).contains("Jonah Pettigrew-Lund"))
        #expect(!names(found, .person).contains("Jonah"))
    }

    @Test func hyphenatedClubAndPlaceNamesStayWhatTheyAre() {
        let found = extract(["Paris Saint-Germain beat Lyon on Sunday, and Baden-Württemberg voted on Monday."])
        #expect(!names(found, .person).contains("Paris Saint-Germain"))
    }

    @Test func particlesLowercaseInsideNamesKeepThemWhole() {
        let found = extract([
            "Heavy rain flooded parts of Dar es Salaam on Monday.",
            "The envoy, Tomás Ribeiro do Vale, said talks were slow.",
            "Its chief executive, Wanjiru Kamau wa Njeri, said the venture had paid nothing.",
            "Analyst Liesbeth Van den Broeck said the vote was close.",
        ])
        #expect(names(found, .place).contains("Dar es Salaam"))
        #expect(names(found, .person).isSuperset(of: ["Tomás Ribeiro do Vale", "Wanjiru Kamau wa Njeri", "Liesbeth Van den Broeck"]))
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["Dar", "Salaam", "Vale", "Njeri", "Broeck", "Liesbeth"]))
    }

    /// Local government's titles are no part of a name ("Councilor", "Cllr", "Sheriff").
    @Test func localTitlesAreNoPartOfTheName() {
        let found = extract([
            "The vote was delayed, said Councilor Farrah Mbeki-Hale. Cllr Ona Tarrant and Sheriff Tom Brannock disagreed.",
            "Mbeki-Hale said the council in Leeds would vote again next week.",
        ])
        #expect(names(found, .person) == ["Farrah Mbeki-Hale", "Ona Tarrant", "Tom Brannock"], "\(found.map(\.name))")
        #expect(!found.contains { $0.name.contains("Councilor") || $0.name.contains("Cllr") || $0.name.contains("Sheriff") })
    }

    /// Police ranks are no part of a name, and the force after "of" is a body of its own.
    @Test func policeRanksAreNoPartOfTheNameNorOfTheForce() {
        let found = extract([
            "Det Con Sarah Holloway of Avon and Somerset Police said the families had been devastated.",
            "Det Insp Tom Brannock and PC Ann Tarrant were commended.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Sarah Holloway", "Tom Brannock", "Ann Tarrant"]), "\(found.map(\.name))")
        #expect(names(found, .organization).contains("Avon and Somerset Police"), "\(found.map(\.name))")
        #expect(!found.contains { $0.name.hasPrefix("Det") || $0.name.hasPrefix("PC") }, "\(found.map(\.name))")
    }

    /// "Engr." and "Madam" are forms of address, left off the name they mark as a person's.
    @Test func engineerAndMadamAreTitles() {
        let found = extract([
            "The House has invited the Group CEO of NNPC, Engr. Tunde Bayo Olarewaju, to appear before its committee.",
            "Victims included a retiree in Tampines, Madam Tan Ah Lian, who lost S$187,000 in the scam.",
        ])
        #expect(names(found, .person) == ["Tunde Bayo Olarewaju", "Tan Ah Lian"], "\(found.map(\.name))")
        #expect(!names(found, .place).contains("Madam"), "\(found.map(\.name))")
    }

    /// A listed first name beside a surname no list knows is a person met for the first time.
    @Test func listedFirstNameAndUnlistedSurnameArePerson() {
        let found = extract([
            "Forest's defender was shown a straight red card for a lunge on Pervis Kestrane, a decision upheld after a check."
        ])
        #expect(names(found, .person) == ["Pervis Kestrane"], "\(found.map(\.name))")
        #expect(names(found, .organization).isEmpty, "\(found.map(\.name))")
    }

    /// A county supervisor's title is left off; a person "of" a firm with a legal form is the person and the firm.
    @Test func supervisorTitleAndPersonOfAFirm() {
        let found = extract([
            "A second shelter opened at a school in Valencia, said Supervisor Kathryn Barger.",
            "\"We will go to court,\" Hartley Oduya of Olthuis Kleer Townshend LLP told reporters.",
        ])
        #expect(names(found, .person) == ["Kathryn Barger", "Hartley Oduya"], "\(found.map(\.name))")
        #expect(names(found, .organization) == ["Olthuis Kleer Townshend LLP"], "\(found.map(\.name))")
    }

    /// A listed surname ending in "s" is no team's plural, nor is a Greek surname; clubs' words still make clubs.
    @Test func surnamesEndingInSAreNoPlurals() {
        let found = extract([
            "Jalen Williams added 22 points and eight rebounds, and the visitors lost.",
            "Transport Commissioner Apostolos Tzitzikostas said in a statement that the plan stood.",
            "Brentford signed the winger from Atlético Nacional for a fee of €20 million.",
        ])
        #expect(names(found, .person) == ["Jalen Williams", "Apostolos Tzitzikostas"], "\(found.map(\.name))")
        #expect(names(found, .organization).contains("Atlético Nacional"), "\(found.map(\.name))")
    }

    /// A player's position opening a sentence is capitalized by the sentence alone: the name after it
    /// is a person's, particles and all, though no list knows its first word.
    @Test func aPositionOpeningASentenceIsNoPartOfTheName() {
        let found = extract([
            "Orvane started brightly. Halfback Rangi Te Kowhai sniped from a ruck in the sixth minute.",
            "Kelvar took control. Flanker Josh van der Brakel, the Durban-born forward, scored twice.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Rangi Te Kowhai", "Josh van der Brakel"]), "\(found.map(\.name))")
        #expect(names(found, .organization).isDisjoint(with: ["Halfback Rangi Te Kowhai", "Flanker Josh van der Brakel"]),
                "\(found.map(\.name))")
    }

    /// "d/o" and "s/o" (daughter of, son of) join a person's name to the father's.
    @Test func aNameWithTheFathersAfterDOOrSOIsOnePerson() {
        let found = extract([
            "The court heard that Kavitha d/o Selvarajan, 34, had driven the lorry.",
            "Her colleague Arjun Raj s/o Pillai was not charged.",
        ])
        #expect(names(found, .person) == ["Kavitha d/o Selvarajan", "Arjun Raj s/o Pillai"], "\(found.map { ($0.name, $0.type) })")
    }

    /// A contact block's title line ("Chief Financial Officer") is no person called "Financial Officer".
    @Test func theRestOfATitleIsNoName() {
        let found = extract(["Investor Contact:", "Ona Brask", "Chief Financial Officer", "Media Contact:", "Tomas Vell",
                             "Rafe Dunmore, Chief Medical Officer, will present the results in Boston."])
        #expect(names(found, .person) == ["Ona Brask", "Tomas Vell", "Rafe Dunmore"], "\(found.map { ($0.name, $0.type) })")
    }

    /// On a contact card, the name and the firm under it are two: a person and an organization.
    @Test func aContactCardsNameAndFirmAreTwo() throws {
        let article = try #require(PlainTextReader.parse(text: """
            Orvane Labs and Kelby Health sign supply deal for rural clinics

            ORVANE, March 3, 2026 -- Orvane Labs said on Tuesday that it had agreed to supply test kits to Kelby Health.

            Media Contact:
            Marisol Tarrow-Venn
            Halden Communications
            mtarrow@halden.example
            +1 617-555-0100
            """))
        let found = NewsEntityExtractor().entities(in: article)
        #expect(names(found, .person) == ["Marisol Tarrow-Venn"], "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .organization).contains("Halden Communications"), "\(found.map { ($0.name, $0.type) })")
    }

    /// A romanized given name of two syllables joined by a hyphen stays whole: after a surname, even
    /// when its second syllable is an English word ("won"), after a surname the tagger left off,
    /// after a portfolio of words no list names as one, and in a photo credit.
    @Test func aHyphenatedGivenNameStaysWholeAfterTheSurname() {
        let found = extract([
            "\"We have heard promises before,\" said Pak Seo-won, who heads the union's branch.",
            "Minister of Transportation and Communications Tsai Mei-kuan said the budget was set.",
            "The study was led by Professor Winson Ip Wai-lun, a marine biologist.",
            "Divers inspect coral in the park. Photo: Marnie Tse Wai-lun",
        ])
        #expect(names(found, .person) == ["Pak Seo-won", "Tsai Mei-kuan", "Winson Ip Wai-lun", "Marnie Tse Wai-lun"],
                "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .organization).isEmpty, "\(found.map { ($0.name, $0.type) })")
    }

    /// "Minister of Mineral and Petroleum Resources Ola Vell": a portfolio of two fields joined by
    /// "and" is the office's, and the name after it the holder's.
    @Test func aPortfolioOfTwoFieldsIsNoPartOfTheHoldersName() {
        let found = extract(["Minister of Mineral and Petroleum Resources Ondine Vellacott appealed for calm."])
        #expect(found.map(\.name) == ["Ondine Vellacott"], "\(found.map { ($0.name, $0.type) })")
    }

    /// A member's title in capitals ("TD", "MLA", "MEP") stands between the seat or party and the
    /// member, and after a member's name: it is in neither name.
    @Test func aMembersTitleSeparatesTheSeatOrPartyFromTheMember() {
        let found = extract([
            "The former Clare TD Jimmy Vellan said it was fine.",
            "The Tarrow Unity Party MLA Orla Kessel agreed, and Dunmore Vell MLA said nothing.",
            "Socialists & Democrats MEP Ilona Varga-Kell told reporters the draft was bad.",
            "(END)",
        ])
        #expect(names(found, .person) == ["Jimmy Vellan", "Orla Kessel", "Dunmore Vell", "Ilona Varga-Kell"],
                "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .organization) == ["Tarrow Unity Party", "Socialists & Democrats"], "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .place) == ["Clare"], "\(found.map { ($0.name, $0.type) })")
    }

    /// A county assembly's member ("MCA") likewise; a seat on a body ("Executive Committee
    /// Member") is a title, no body's name.
    @Test func aCountyMembersTitleAndASeatOnABodyAreInNoName() {
        let found = extract([
            "In their petition, Tarrowin MCA Joseph Kelbo Vell and Orvane East MCA Wanjiru Marrow argue that the tender was unlawful.",
            "Kelby County Executive Committee Member for Trade, Dr Ali Tarrow, defended the process.",
        ])
        #expect(names(found, .person) == ["Joseph Kelbo Vell", "Wanjiru Marrow", "Ali Tarrow"], "\(found.map { ($0.name, $0.type) })")
        #expect(!found.contains { $0.name.contains("MCA") || $0.name.contains("Member") }, "\(found.map { ($0.name, $0.type) })")
    }

    /// A surname the tagger read alone keeps the known given name right before it.
    @Test func aSurnameReadAloneKeepsTheGivenNameBeforeIt() {
        let found = extract(["\"We need jobs,\" said Kelby Lake Chief Marcus Orrin-Tay."])
        #expect(names(found, .person) == ["Marcus Orrin-Tay"], "\(found.map { ($0.name, $0.type) })")
    }

    /// Under a masthead read as the title, the section, the headline and the standfirst, writers
    /// in capitals followed by their role ("…, Tarrow staff writers") are people, though the lists
    /// know neither given name.
    @Test func writersInCapitalsWithTheirRoleUnderTheStandfirstArePeople() {
        let found = newsExtractor.entities(in: Article(title: "Tarrow Asia", paragraphs: [
            "Tech",
            "Tarvel Semiconductor to build plant in Malaysia",
            "Joint venture targets AI server demand",
            "OKUVEN TARVELLI and NURAZLIN VELLAN, Tarrow staff writers",
            "Tarvel will build a plant in Kulim, the company said on Wednesday.",
        ]))
        #expect(names(found, .person) == ["OKUVEN TARVELLI", "NURAZLIN VELLAN"], "\(found.map { ($0.name, $0.type) })")
    }
}
