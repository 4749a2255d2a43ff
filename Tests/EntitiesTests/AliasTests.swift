import Entities
import NewsCore
import Testing

/// One entity per thing an article names, however it is written there.
@Suite struct AliasTests {
    @Test func surnameAndSpellingsFoldIntoTheFullName() throws {
        let found = extract([
            "Prime Minister Mustafa al-Kadhimi met the envoy on Monday.",
            "Kadhimi said the talks went well. Later, Mr. Al Kadhimi left for Basra.",
        ])
        let people = found.filter { $0.type == .person }
        #expect(people.count == 1)
        let person = try #require(people.first)
        #expect(person.name == "Mustafa al-Kadhimi")
        #expect(person.count == 3)
        #expect(Set(person.aliases) == ["Kadhimi", "Al Kadhimi"])
    }

    /// Parties and companies the tagger has no cue for ("Paytm", "Sinn Féin") come from the table,
    /// their acronyms folded into them.
    @Test func partiesAndCompaniesComeFromTheTable() {
        let found = extract([
            "The BJP and Sinn Fein both said the vote was fair.",
            "Paytm raised money from Temasek, and the Bharatiya Janata Party welcomed it.",
        ])
        #expect(names(found, .organization) == ["Bharatiya Janata Party", "Sinn Féin", "Paytm", "Temasek"], "\(found.map(\.name))")
        #expect(entity(named: "Bharatiya Janata Party", in: found)?.count == 2)
    }

    /// A party's nickname is the party: "the Tories" and "the Conservatives" are one entity.
    @Test func aPartysNicknameFoldsIntoIt() {
        let found = extract([
            "The Tories held the seat in Kelby with a reduced majority.",
            "The Conservatives said the swing was smaller than the polls had shown.",
        ])
        #expect(names(found, .organization) == ["Conservative Party"], "\(found.map { ($0.name, $0.aliases) })")
        #expect(entity(named: "Conservative Party", in: found)?.count == 2)
    }

    /// The table says what its names are: a party's possessive, a body's president or "said she"
    /// beside it do not make it a person.
    @Test func aTableNameKeepsTheTableType() {
        let found = extract([
            "The vote cut across party lines. Two Fianna Fáil councillors backed the route, and Sinn Féin's three councillors were also divided.",
            "World Athletics president Sebastian Coe watched from the stand. British Athletics said she had been taken for a scan.",
        ])
        #expect(names(found, .organization).isSuperset(of: ["Fianna Fáil", "Sinn Féin", "World Athletics"]), "\(found.map(\.name))")
        #expect(names(found, .person).isDisjoint(with: ["Fianna Fáil", "Sinn Féin", "World Athletics"]), "\(found.map(\.name))")
    }

    /// Well-known bodies from the table are found and folded, and their acronyms keep their
    /// case: "Who" opening a question is no health agency.
    @Test func wellKnownBodiesFoldIntoOneEntity() throws {
        let found = extract([
            "The IMF and the World Health Organization warned on Tuesday; the WHO said cases had doubled.",
            "Who pays? The International Monetary Fund did not say, and Nvidia declined to comment.",
        ])
        let bodies = found.filter { $0.type == .organization }
        #expect(Set(bodies.map(\.name)) == ["International Monetary Fund", "World Health Organization", "Nvidia"], "\(found.map(\.name))")
        #expect(try #require(entity(named: "World Health Organization", in: found)).count == 2)
        #expect(try #require(entity(named: "International Monetary Fund", in: found)).count == 2)
    }

    @Test func transliterationVariantsAreOnePerson() throws {
        let found = extract([
            "Iranian Major General Qassem Soleimani was killed in a drone strike in 2020.",
            "Officials said Qassem Suleimani had planned the attacks.",
        ])
        let people = found.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(try #require(people.first).count == 2)
    }

    @Test func sharedSurnameIsTheOneNamedBeforeIt() throws {
        let found = extract([
            "Lieutenant General Tarek al-Hamdani said foreign forces were now serving in a new role.",
            "Hamdani said Iraqi forces were ready.",
            "\"They must leave,\" the group's spokesman, Samir al-Hamdani, said.",
        ])
        // Only the general was named before "Hamdani said"; the spokesman comes later.
        let general = try #require(entity(named: "Tarek al-Hamdani", in: found))
        #expect(general.aliases.contains("Hamdani") && general.count == 2)
        #expect(entity(named: "Samir al-Hamdani", in: found)?.count == 1)
        #expect(!names(found, .person).contains("Hamdani"))
    }

    @Test func sharedSurnameIsTheSubjectNotTheRelativesNamedAfter() throws {
        let found = extract([
            "Candra Velloe (born 1983) is an English singer.",
            "She is the sister of Howie Velloe, a guitarist, and Sean Velloe, a drummer.",
            "Velloe sings pop inspired by the 1960s.",
        ])
        #expect(try #require(entity(named: "Candra Velloe", in: found)).aliases.contains("Velloe"))
        #expect(!names(found, .person).contains("Velloe"))
    }

    @Test func aDatelinesCapitalsDoNotNameThePlace() throws {
        let found = extract([
            "HARBURY (Reuters) - Talks resumed on Monday.",
            "Delegates in Harbury said little.",
        ])
        let place = try #require(found.first { $0.aliases.contains("HARBURY") || $0.name == "HARBURY" })
        #expect(place.name == "Harbury" && place.count == 2)
    }

    @Test func surnameSharedByManyIsNoGuess() {
        let found = extract([
            "Anna Velloe, Brian Velloe, Carla Velloe, Dmitri Velloe and Eamon Velloe signed the letter.",
            "Velloe said the family would appeal.",
        ])
        // Five people share it: the lone surname is folded into none of them.
        #expect(!found.contains { $0.aliases.contains("Velloe") })
    }

    @Test func sharedSurnameBeforeEitherIsNamedStaysApart() {
        let found = extract([
            "Hamdani rejects the deal, the agency reported.",
            "General Tarek al-Hamdani met Samir al-Hamdani in Baghdad on Monday.",
        ])
        // Nobody of that name was named before the lone "Hamdani": it is not forced onto either.
        #expect(entity(named: "Tarek al-Hamdani", in: found)?.aliases.contains("Hamdani") != true)
        #expect(entity(named: "Samir al-Hamdani", in: found)?.aliases.contains("Hamdani") != true)
    }

    @Test func nameKnownAsAnotherFoldsIntoIt() throws {
        let found = extract([
            "The militia, led by Tomas Orrevik Dalgaard, widely known as Brenno, denied blocking the convoys.",
            "Brenno said in a post on Telegram that he welcomed the talks.",
            "The Kelvar Electricity Generating Company, known as KelGen, said output had fallen.",
            "KelGen expects the dams to refill by March.",
        ])
        let leader = try #require(entity(named: "Tomas Orrevik Dalgaard", in: found))
        #expect(leader.type == .person && leader.aliases.contains("Brenno") && leader.count == 3)
        let company = try #require(entity(named: "Kelvar Electricity Generating Company", in: found))
        #expect(company.aliases.contains("KelGen") && company.count == 3)
        #expect(entity(named: "Brenno", in: found) == nil && entity(named: "KelGen", in: found) == nil)
    }

    @Test func acronymDefinedInTheTextFoldsIntoItsExpansion() throws {
        let found = extract([
            "The report was carried by the Iraqi News Agency (INA) on Monday.",
            "INA later said the minister had resigned.",
        ])
        let agency = try #require(entity(named: "Iraqi News Agency", in: found))
        #expect(agency.type == .organization)
        #expect(agency.count == 3)
        #expect(agency.aliases.contains("INA"))
        #expect(entity(named: "INA", in: found) == nil)
    }

    @Test func aliasTableFoldsWellKnownNames() throws {
        let found = extract(["Daesh fighters fled as ISIS lost ground. America and the US agreed; Britain and the UK too."])
        let org = try #require(found.first { $0.type == .organization })
        #expect(org.name == "Islamic State")
        #expect(org.count == 2)
        #expect(names(found, .place) == ["United States", "United Kingdom"])
        #expect(entity(named: "United States", in: found)?.count == 2)
    }

    @Test func aliasTableIsExtensible() throws {
        var lexicon = Lexicon.load()
        lexicon.addAlias(type: .organization, canonical: "Popular Mobilization Forces", aliases: ["Hashed al-Shaabi", "PMF"])
        var model = EntityModel.load()
        model.lexicon = lexicon
        let extractor = NewsEntityExtractor(model: model)
        let article = Article(title: "Report", paragraphs: ["Fighters of Hashed al-Shaabi and the PMF paraded in Baghdad."])
        let found = extractor.entities(in: article)
        let forces = try #require(entity(named: "Popular Mobilization Forces", in: found))
        #expect(forces.count == 2)
        #expect(forces.type == .organization)
    }

    @Test func mentionsPointAtTheName() throws {
        let text = "Talks began. Angela Merkel arrived."
        let found = extract([text])
        let merkel = try #require(entity(named: "Angela Merkel", in: found))
        let mention = try #require(merkel.mentions.first)
        let characters = Array(text)
        #expect(String(characters[mention.start..<mention.start + mention.length]) == "Angela Merkel")
    }

    /// A body named after its country keeps its type when its initials are defined: a trade's
    /// word in it says it is no place.
    @Test func anAcronymDefinedForABodyNamedAfterACountryIsTheBody() throws {
        let found = extract([
            "Trade Finance Kenya (TFK) said it would lend more.",
        ])
        let lender = try #require(entity(named: "Trade Finance Kenya", in: found), "\(found.map { ($0.name, $0.type) })")
        #expect(lender.type == .organization && lender.aliases.contains("TFK"), "\(found.map { ($0.name, $0.type, $0.aliases) })")
    }

    @Test func acronymOfAnOrganizationsInitialsFoldsWithoutDefinition() throws {
        let found = extract([
            "The Northern Fisheries Council warned on Tuesday that stocks were falling.",
            "Officials at the NFC said quotas would be cut next year.",
        ])
        let council = try #require(entity(named: "Northern Fisheries Council", in: found))
        #expect(council.type == .organization)
        #expect(council.aliases.contains("NFC"))
        #expect(entity(named: "NFC", in: found) == nil)
    }

    @Test func acronymMatchingTwoOrganizationsStaysApart() {
        let found = extract([
            "The Northern Fisheries Council and the National Farmers Club met on Tuesday.",
            "NFC officials said nothing.",
        ])
        #expect(entity(named: "Northern Fisheries Council", in: found)?.aliases.contains("NFC") != true)
        #expect(entity(named: "National Farmers Club", in: found)?.aliases.contains("NFC") != true)
    }

    @Test func shortFormFoldsIntoTheCompanysFullName() throws {
        let found = extract([
            "Workers walked out at Brantwood Motor Co. plants on Friday.",
            "Brantwood said it had made its best offer, and Brantwood shares fell 2%.",
        ])
        let company = try #require(entity(named: "Brantwood Motor Co.", in: found))
        #expect(company.type == .organization)
        #expect(company.aliases.contains("Brantwood"))
        #expect(!found.contains { $0.name == "Brantwood" })
    }

    /// A place the lists know stays the place beside a company named after it.
    @Test func aKnownPlaceIsNoShortFormOfACompanyNamedAfterIt() throws {
        let found = extract([
            "Shares of Osaka Gas Co. rose 3% after the results.",
            "Exporters in Osaka said demand from Europe had slowed.",
        ])
        #expect(entity(named: "Osaka", in: found)?.type == .place, "\(found.map { ($0.name, $0.type, $0.aliases) })")
    }

    /// A registered name ends in its legal form written out ("Limited"): the first word alone,
    /// used later, is the same company.
    @Test func shortFormFoldsIntoANameEndingInLimited() throws {
        let found = extract([
            "Tarrawin Lithium Limited (Tarrawin or the Company) is pleased to present its quarterly activities report.",
            "Managing Director Arjun Venkat said Tarrawin delivered record production.",
        ])
        let company = try #require(entity(named: "Tarrawin Lithium Limited", in: found), "\(found.map(\.name))")
        #expect(company.aliases.contains("Tarrawin"), "\(found.map { ($0.name, $0.aliases) })")
        #expect(!found.contains { $0.name == "Tarrawin" })
    }

    /// Two legal forms in a row ("Co., Ltd") end the name as one does: the name without them,
    /// used later, is the same company; so is the name without the home place it leads with.
    @Test func shortFormsFoldIntoANameWithTwoLegalFormsAndAHomePlace() throws {
        let found = extract([
            "Shares in Tarvel Steel Co., Ltd. rose after Tarvel Steel reported a profit.",
            "The miner signed an offtake deal with Ganzhou Orrin Cobalt Co., Ltd, under which Orrin Cobalt will buy its concentrate and Orrin will pay in advance.",
        ])
        let steel = try #require(entity(named: "Tarvel Steel Co., Ltd.", in: found), "\(found.map(\.name))")
        #expect(steel.aliases == ["Tarvel Steel"], "\(found.map { ($0.name, $0.aliases) })")
        let cobalt = try #require(entity(named: "Ganzhou Orrin Cobalt Co., Ltd", in: found), "\(found.map(\.name))")
        #expect(Set(cobalt.aliases) == ["Orrin Cobalt", "Orrin"], "\(found.map { ($0.name, $0.aliases) })")
        #expect(found.filter { $0.type == .organization }.count == 2, "\(found.map(\.name))")
    }

    /// A name the table writes in lowercase ("dpa") is found only as written, in a photo credit too;
    /// a lowercase word that folds to an acronym ("who") is none.
    @Test func aLowercaseTableNameIsFoundAsWritten() {
        let found = extract([
            "Excavators at the opencast mine near Tarrow. Image: Jana Vellmer/dpa",
            "Those who worked there said the agency dpa had reported the closure first.",
        ])
        let agency = found.first { $0.name == "Deutsche Presse-Agentur" }
        #expect(agency?.count == 2, "\(found.map { ($0.name, $0.aliases, $0.count) })")
        #expect(!found.contains { $0.name == "World Health Organization" }, "\(found.map(\.name))")
    }

    /// A trade's word after the name ("Semiconductor", "Logistics") marks the full name as
    /// much as "Co." does: the first word alone is the same company.
    @Test func shortFormFoldsIntoANameEndingInItsTrade() throws {
        let found = extract([
            "Workers at Korvath Semiconductor walked out on Friday.",
            "Korvath said it had made its best offer, and Korvath shares fell 2%.",
        ])
        let company = try #require(entity(named: "Korvath Semiconductor", in: found), "\(found.map(\.name))")
        #expect(company.aliases.contains("Korvath"), "\(company.aliases)")
        #expect(!found.contains { $0.name == "Korvath" }, "\(found.map(\.name))")
    }

    /// "A/S" is a legal form, though the tokenizer splits it at the slash: two firms in a list
    /// stay two, the second with its legal form.
    @Test func aLegalFormWithASlashEndsTheFirm() {
        let found = extract([
            "The round was led by Tarn Ventures and Kelso Holdings A/S, and existing investors joined.",
        ])
        #expect(names(found, .organization) == ["Tarn Ventures", "Kelso Holdings A/S"], "\(found.map(\.name))")
        // Without it, the same firm.
        let named = extract([
            "The round was led by Kelso Holdings A/S on Monday.",
            "Kelso Holdings said it would invest more next year.",
        ])
        #expect(named.filter { $0.type == .organization }.count == 1, "\(named.map(\.name))")
    }

    /// A legal form in dotted initials ("a.s.", "S.p.A.") is a legal form too: the firm named
    /// without it is the same firm. A "Holding" named without its word is the holding.
    @Test func aLegalFormInDottedInitialsEndsTheFirm() {
        let found = extract([
            "Vrbova Media a.s., the Prague publisher, agreed to sell two dailies to Korvath Holding on Wednesday.",
            "A Vrbova Media spokesman said the sale needed no approval. Ferrano Tessili S.p.A. bought the printing plant.",
            "Ferrano Tessili said it would keep the staff, and Korvath said the deal closes in March.",
        ])
        #expect(Set(names(found, .organization)) == ["Vrbova Media a.s.", "Korvath Holding", "Ferrano Tessili S.p.A."],
                "\(found.map { "\($0.name):\($0.type)" })")
    }

    /// "The House" is the one chamber the article names in full; beside two, it says neither.
    @Test func theHouseIsTheChamberNamedInFull() {
        let found = extract([
            "Hon. Ada Kurewa, who sits on the Committee on Health in the House of Representatives, said the House would summon the minister.",
        ])
        let chamber = found.first { $0.name == "House of Representatives" }
        #expect(chamber?.aliases.contains("House") == true, "\(found.map { "\($0.name):\($0.aliases)" })")
        #expect(!found.contains { $0.name == "House" }, "\(found.map(\.name))")
        let two = extract([
            "The bill passed the House of Commons in May and the House of Lords in June.",
            "Peers said the House would return to it in the autumn.",
        ])
        #expect(!two.contains { $0.aliases.contains("House") }, "\(two.map { "\($0.name):\($0.aliases)" })")
    }

    /// Where no chamber is named in full, "the House" is the one parliament the story names;
    /// beside a senate it is a chamber of its own.
    @Test func theHouseIsTheOneParliamentNamed() {
        let found = extract([
            "The bill was approved by Parliament late on Thursday after a walkout by the opposition Kivu Alliance.",
            "\"Nobody in this House is against it,\" said Tamar Oduya. The Speaker adjourned the House to Tuesday.",
        ])
        let parliament = found.first { $0.name == "Parliament" }
        #expect(parliament?.aliases.contains("House") == true, "\(found.map { "\($0.name):\($0.aliases)" })")
        #expect(!found.contains { $0.name == "House" }, "\(found.map(\.name))")
        let two = extract([
            "The bill was approved by Parliament late on Thursday and now goes to the Senate.",
            "\"Nobody in this House is against it,\" said Tamar Oduya. The Speaker adjourned the House to Tuesday.",
        ])
        #expect(!two.contains { $0.aliases.contains("House") }, "\(two.map { "\($0.name):\($0.aliases)" })")
    }

    /// A campaign group is the friends of a hospital, not the hospital: the name after "of the"
    /// is another body, named in its own right elsewhere in the story.
    @Test func theBodyAGroupIsOfStaysApartFromIt() throws {
        let found = extract([
            "Staff at the Dunbarrow Infirmary were told on Monday that eight beds would close.",
            "Morag Keir, who chairs the Friends of the Dunbarrow Infirmary, said the charity would fight it.",
        ])
        let friends = try #require(entity(named: "Friends of the Dunbarrow Infirmary", in: found), "\(found.map(\.name))")
        #expect(!friends.aliases.contains("Dunbarrow Infirmary"), "\(friends.aliases)")
        #expect(entity(named: "Dunbarrow Infirmary", in: found)?.type == .organization, "\(found.map(\.name))")
    }

    @Test func shortFormOfTwoOrganizationsStaysApart() {
        let found = extract([
            "Harlow Bank and Harlow Insurance Group both reported profits on Monday.",
            "Harlow said the results were strong.",
        ])
        #expect(entity(named: "Harlow Bank", in: found)?.aliases.contains("Harlow") != true)
        #expect(entity(named: "Harlow Insurance Group", in: found)?.aliases.contains("Harlow") != true)
    }

    /// "Walid al-Tamimi said", then "Tamimi added": the hyphened particle drops in later mentions.
    @Test func aSurnameWithAHyphenedParticleIsCalledWithoutIt() {
        let found = extract([
            "Walid al-Tamimi said on Thursday the talks had ended.",
            "\"We are leaving with nothing,\" Tamimi wrote on social media.",
        ])
        let person = entity(named: "Walid al-Tamimi", in: found)
        #expect(person?.count == 2)
        #expect(entity(named: "Tamimi", in: found) == nil)
    }

    /// "the Fed" is the Federal Reserve; Alphabet is Google's parent, not another name for it.
    @Test func theFedIsTheFederalReserveAndAlphabetIsNotGoogle() {
        let found = extract([
            "The Federal Reserve held rates steady, and Fed officials said they were in no hurry.",
            "Alphabet's Google unit gained 2 per cent.",
        ])
        #expect(entity(named: "Federal Reserve", in: found)?.aliases.contains("Fed") == true, "\(found.map(\.name))")
        #expect(!found.contains { $0.name == "Fed" }, "\(found.map(\.name))")
        #expect(names(found, .organization).isSuperset(of: ["Alphabet", "Google"]), "\(found.map(\.name))")
    }

    /// A listed name's own possessive is part of it: "Moody's", "Sainsbury's".
    @Test func aListedNameKeepsItsOwnPossessive() {
        let found = extract([
            "Moody's and Fitch said they were reviewing the ratings.",
            "Shoppers queued outside Sainsbury's in Leeds, and analysts at Moody's expected more cuts.",
        ])
        #expect(names(found, .organization).isSuperset(of: ["Moody's", "Sainsbury's"]), "\(found.map(\.name))")
        #expect(!found.contains { $0.name == "Moody" || $0.name == "Sainsbury" }, "\(found.map(\.name))")
    }

    /// "Emirates" alone is the airline; the country keeps its full name and its initials.
    @Test func emiratesAloneIsTheAirline() {
        let found = extract([
            "Flights were cut by airlines including Ryanair and Emirates, while the United Arab Emirates said talks would resume.",
            "The UAE said more on Monday.",
        ])
        #expect(names(found, .organization).contains("Emirates"), "\(found.map(\.name))")
        #expect(names(found, .place) == ["United Arab Emirates"], "\(found.map(\.name))")
    }

    /// "the Tarvia Rural Water Board (Tarwab)": an acronym said as a word, written in title case,
    /// holds the name's initials in order; its later uses are the body, not another one.
    @Test func anAcronymSaidAsAWordFoldsIntoTheName() throws {
        let found = extract([
            "The contract was awarded by the Tarvia Rural Water Board (Tarwab) in March.",
            "Tarwab said on Friday that it would appeal against the ruling.",
        ])
        let board = try #require(entity(named: "Tarvia Rural Water Board", in: found), "\(found.map(\.name))")
        #expect(board.aliases.contains("Tarwab"), "\(board.aliases)")
        #expect(entity(named: "Tarwab", in: found) == nil, "\(found.map(\.name))")
    }

    /// "the Coastal Fire Brigade (BCL)": a body's name given in translation, its acronym in its own
    /// language, which starts with another letter. The later uses are the body.
    @Test func aTranslatedBodysOwnAcronymFoldsIntoIt() throws {
        let found = extract([
            "Crews from the Coastal Fire Brigade (BCL) and the Valmoran Meteorology Institute (IMV) were called in on Tuesday.",
            "The BCL said 40 homes were evacuated, and the IMV warned of more wind.",
        ])
        let brigade = try #require(entity(named: "Coastal Fire Brigade", in: found), "\(found.map(\.name))")
        #expect(brigade.aliases.contains("BCL"), "\(brigade.aliases)")
        let institute = try #require(entity(named: "Valmoran Meteorology Institute", in: found), "\(found.map(\.name))")
        #expect(institute.aliases.contains("IMV"), "\(institute.aliases)")
        #expect(entity(named: "BCL", in: found) == nil && entity(named: "IMV", in: found) == nil, "\(found.map(\.name))")
    }

    /// A club's country code or a firm's market in brackets shares none of the name's initials:
    /// no acronym of it. Nor is a code the alias table knows as something else ("US").
    @Test func aCodeInBracketsIsNoTranslatedAcronym() {
        let found = extract([
            "Dravik Rovers (ESP) beat Lunmarsh Athletic (GER) on Saturday, and shares of Harumi Biologics (TYO) rose.",
            "Talvern Freight Systems (US) said it would bid for the port.",
        ])
        let codes: Set = ["ESP", "GER", "TYO", "US"]
        for name in ["Dravik Rovers", "Lunmarsh Athletic", "Harumi Biologics", "Talvern Freight Systems"] {
            let aliases = entity(named: name, in: found)?.aliases
            #expect(aliases.map { codes.isDisjoint(with: $0) } == true, "\(name): \(found.map { ($0.name, $0.aliases) })")
        }
    }

    /// A place in brackets after a body is where it is, though its letters hold the initials.
    @Test func aPlaceInBracketsIsNoAcronym() {
        let found = extract([
            "Engineers from Pell Lamont Associates (Portland) inspected the bridge on Monday.",
        ])
        #expect(names(found, .place).contains("Portland"), "\(found.map(\.name))")
    }

    /// A name the alias table knows folds into the one full name that carries a legal form
    /// ("Roche Holding AG"), but not into another body that merely starts with it.
    @Test func aTableNameFoldsIntoItsFullLegalName() throws {
        let found = extract([
            "Shares of Roche Holding AG rose 2% in Zurich on Tuesday. Roche said sales of its new drug beat forecasts.",
            "Separately, the Vodafone Foundation gave a grant to the clinic, and Vodafone said it would add masts.",
        ])
        let roche = try #require(entity(named: "Roche Holding AG", in: found), "\(found.map(\.name))")
        #expect(roche.aliases.contains("Roche"), "\(roche.aliases)")
        #expect(entity(named: "Roche", in: found) == nil, "\(found.map(\.name))")
        #expect(names(found, .organization).isSuperset(of: ["Vodafone", "Vodafone Foundation"]), "\(found.map(\.name))")
    }

    /// "& Cie" is the French "& Co": the name with it and without it is one company.
    @Test func compagnieIsALegalForm() throws {
        let found = extract([
            "Corvane Frères & Cie said on Tuesday it was weighing a sale of its Asian arm.",
            "Corvane Frères has run the business since 1998.",
        ])
        let firm = try #require(entity(named: "Corvane Frères & Cie", in: found), "\(found.map(\.name))")
        #expect(firm.aliases.contains("Corvane Frères"), "\(firm.aliases)")
        #expect(entity(named: "Corvane Frères", in: found) == nil, "\(found.map(\.name))")
    }

    /// A ticker in brackets right after a company the alias table knows is that company.
    @Test func aTickerAfterATableNameFoldsIntoIt() throws {
        let found = extract([
            "Vodafone (VOD) fell 3% in early trading after the results.",
            "VOD has lost a fifth of its value this year.",
        ])
        let company = try #require(entity(named: "Vodafone", in: found), "\(found.map(\.name))")
        #expect(company.aliases.contains("VOD"), "\(company.aliases)")
        #expect(entity(named: "VOD", in: found) == nil, "\(found.map(\.name))")
    }

    /// A wire's headline shortens the Koreas to an initial: "S. Korea", "N. Korea".
    @Test func theKoreasShortenedToAnInitialAreTheKoreas() {
        let found = extract(["S. Korea, U.S. launch working group on ship repair. N. Korea fires missile into the sea."])
        #expect(names(found, .place) == ["South Korea", "United States", "North Korea"], "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .organization).isEmpty, "\(found.map { ($0.name, $0.type) })")
    }
}
