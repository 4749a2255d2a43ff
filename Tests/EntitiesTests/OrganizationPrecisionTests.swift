@testable import Entities
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

    /// Acronyms of diseases, tests, sport's devices and kinds of body name no body; a body's own
    /// acronym beside them still does.
    @Test func acronymsOfThingsAreNoBodies() {
        let found = extract([
            "The TB vaccine builds on BCG, and patients with HPV were tested by PCR.",
            "The DRS zone was shortened after a VAR review, and NGOs and SMEs complained to the VHRA.",
        ])
        #expect(names(found, .organization) == ["VHRA"], "\(found.map(\.name))")
    }

    /// A demonym the word list lacks, made from a place it knows, names no one ("Calgarian",
    /// "Congolese"); a person called like a place's people stays a person.
    @Test func aDemonymMadeFromAKnownPlaceIsNoName() {
        let found = extract([
            "Most of the workers are Congolese, and every Calgarian will pay for the arena.",
            "A New Zealander won the stage, and Bavarian voters stayed home.",
            "Adrian Holt, the coach, said the team had trained in Jordan.",
        ])
        #expect(found.allSatisfy { !["Congolese", "Calgarian", "New Zealander", "Bavarian"].contains($0.name) }, "\(found.map(\.name))")
        #expect(names(found, .person).contains("Adrian Holt") && names(found, .place).contains("Jordan"), "\(found.map(\.name))")
    }

    @Test func stampsDatesCurrencyCodesAndCountsAreCutFromNames() {
        let found = extract([
            "Published - March 3, 2026 09:15 am IST",
            "Brannock Vale Energy shares fell to HK$4.20 on Tuesday.",
            "Crowd of 41,000",
            "Veldria Times Nov 9, 2025 GMT Updated",
        ])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["IST", "HK", "Crowd of 41", "Crowd", "Veldria Times Nov", "GMT Updated"]))
        #expect(names(found, .organization).isSuperset(of: ["Brannock Vale Energy", "Veldria Times"]))
    }

    @Test func acronymsOfThingsAreNoOrganizations() {
        let found = extract(["Tindra Labs said the EV maker would buy a GPU cluster, while patients should see their GP about the MMR jab."])
        let shown = Set(found.map(\.name))
        #expect(shown.isDisjoint(with: ["EV", "GPU", "GP", "MMR"]))
        #expect(names(found, .organization).contains("Tindra Labs"))
    }

    @Test func aLoneNameAfterInIsAPlace() {
        let found = extract([
            "It will make hydrogen for the BASF chemical plant in Kelvarsheide.",
            "Officials spoke at the Veldria Cricket Association's academy in Morwindy, speaking to reporters.",
        ])
        #expect(names(found, .place).isSuperset(of: ["Kelvarsheide", "Morwindy"]))
        #expect(names(found, .organization).isSuperset(of: ["BASF", "Veldria Cricket Association"]))
    }

    @Test func demonymsEndNoName() {
        let found = extract(["The company will build a plant next year with South Korean and Southeast Asian partners."])
        #expect(!found.contains { $0.name == "South Korean" || $0.name == "Southeast Asian" })
    }

    @Test func aBodysNameRunsOnAfterForThe() {
        let found = extract(["The Veldrian Office for the Coordination of Flood Relief said 40,000 people had fled."])
        #expect(names(found, .organization).contains("Veldrian Office for the Coordination of Flood Relief"))
    }

    @Test func anOrdinaryWordReadAsABodyOnceIsNone() {
        let found = extract([
            "The company will file its annual report on Form 10-K with the Vellmor Securities Commission.",
            "FILE: Workers at the Harbury plant walked out in March.",
            "Reform won three seats in the election.",
            "The leader of Reform said the result was a breakthrough.",
        ])
        let organizations = names(found, .organization)
        #expect(!organizations.contains("Form") && !organizations.contains("FILE"))
        // Written twice, the ordinary word ("reform", as news writes it) names a body.
        #expect(EntityModel.shared.commonWords.contains("reform"))
        #expect(organizations.isSuperset(of: ["Reform", "Vellmor Securities Commission"]))
    }

    /// Words that win seats name a party, even ordinary ones, and even where the tagger reads
    /// the party's other mentions as a person's name; a person's name before "won" stays one.
    @Test func wordsThatWinSeatsNameAParty() {
        let found = extract([
            "Kelby Together won 12 seats and Forward took three seats, the count showed.",
            "The leader of Forward said the party would sit in opposition. Anna Tarrow won a seat in Velden.",
        ])
        #expect(names(found, .organization) == ["Kelby Together", "Forward"], "\(found.map { ($0.name, $0.type) })")
        #expect(names(found, .person) == ["Anna Tarrow"], "\(found.map { ($0.name, $0.type) })")
    }

    /// Two known places joined by "&" are two places, not a firm like "Harlow & Finch".
    @Test func twoPlacesJoinedByAnAmpersandAreNoFirm() {
        let found = extract(["Flights between Paris & Lyon were cancelled on Monday."])
        #expect(names(found, .place) == ["Paris", "Lyon"], "\(found.map(\.name))")
        #expect(names(found, .organization).isEmpty, "\(found.map(\.name))")
    }

    /// The same rule for a person: a lone ordinary word the tagger read as a person once is no
    /// name, unless it is a listed surname or first name, or the article names it again.
    @Test func anOrdinaryWordReadAsAPersonOnceIsNone() {
        let model = EntityModel.shared
        let texts = ["Critics praised Literature and Ward on Tuesday.", "Export rose; Export fell."]
        let paragraphs = texts.enumerated().map { index, text in
            let tokens = TaggerTokenizer.tokens(in: text)
            return TokenizedParagraph(index: index, tokens: tokens, facts: TokenFacts.of(tokens, gazetteer: model.gazetteer),
                                      capitalsMeanNothing: false)
        }
        func person(_ paragraph: Int, _ token: Int) -> MentionSpan {
            MentionSpan(paragraph: paragraph, first: token, end: token + 1, type: .person)
        }
        // "Literature", "Ward", and "Export" twice.
        let spans = [person(0, 2), person(0, 4), person(1, 0), person(1, 3)]
        let kept = OrdinaryWordNames.drop(spans, paragraphs: paragraphs, commonWords: model.commonWords)
        let words = kept.map { paragraphs[$0.paragraph].tokens[$0.first].text }
        #expect(words == ["Ward", "Export", "Export"], "\(words)")
    }

    /// "Shares of" opening a sentence is no part of the company's name; a body's own word is.
    @Test func anOrdinaryWordOfABodyOpeningASentenceIsNoPartOfItsName() {
        let found = extract([
            "Shares of Kelvar Holdings Inc. rose 4 per cent on Tuesday.",
            "Bank of England officials and Friends of the Earth met in London.",
            "Mumbai, Nov 21 (PTI) Shares of Orvane Group companies fell as much as 20 per cent.",
        ])
        let bodies = names(found, .organization)
        #expect(bodies.isSuperset(of: ["Kelvar Holdings Inc.", "Orvane Group"]), "\(found.map(\.name))")
        #expect(!bodies.contains { $0.hasPrefix("Shares") }, "\(found.map(\.name))")
        #expect(bodies.contains("Bank of England"), "\(found.map(\.name))")
    }

    /// A day or a month after "on" or "in" is the date, not the end of a name.
    @Test func aDayAfterOnIsNoPartOfAName() {
        let found = extract([
            "The Housing Kelvar Future Fund will build homes, Treasurer Jim Chalmers told reporters at Parliament House on Wednesday.",
        ])
        #expect(!found.contains { $0.name.contains("Wednesday") }, "\(found.map(\.name))")
        #expect(found.contains { $0.name == "Parliament House" }, "\(found.map(\.name))")
    }

    /// A stock index named with its number is a market's measure, no body ("FTSE 250", "S&P/ASX 200").
    @Test func stockIndexWithItsNumberIsNoBody() {
        let found = extract([
            "Shares rose 4 per cent, the best in the FTSE 250 on the day, while the S&P 500 was flat.",
            "Australia's S&P/ASX 200 edged higher.",
        ])
        #expect(names(found, .organization).isEmpty, "\(found.map(\.name))")
    }

    /// A page's newsletter prompts name newsletters, no bodies.
    @Test func newslettersAreNoBodies() {
        let found = extract([
            "This article first appeared in Morning Ledger, the Courier's daily newsletter on finance.",
            "Sign up for Essential Veldria",
        ])
        #expect(!names(found, .organization).contains("Morning Ledger"), "\(found.map(\.name))")
        #expect(!names(found, .organization).contains("Essential Veldria"), "\(found.map(\.name))")
    }

    /// "the Senate" beside "the Senate Banking Committee" is the chamber, not its committee.
    @Test func chamberAloneIsNotItsCommittee() {
        let found = extract(["Hale has negotiated with Senate Banking Committee Chair Tim Scott to align the bill with the Senate's version."])
        #expect(names(found, .organization) == ["Senate Banking Committee", "Senate"], "\(found.map(\.name))")
    }

    /// "People's" inside a body's name: the name runs through the possessive both ways.
    @Test func ordinaryWordsPossessiveInsideABodysName() {
        let found = extract([
            "The yuan weakened after the People's Bank of China set its reference rate.",
            "Pledges were made at the National People's Congress, and the European People's Party agreed.",
        ])
        #expect(names(found, .organization) == ["People's Bank of China", "National People's Congress", "European People's Party"],
                "\(found.map(\.name))")
    }

    /// A race track's corners by number are no bodies.
    @Test func trackCornersAreNoBodies() {
        let found = extract([
            "The Dane converted pole position into a lead at Turn 1 and, after a slow first pit stop, regained it.",
            "Hale finished seventh after a five-second penalty for exceeding track limits at Turn 4, a decision upheld.",
        ])
        #expect(names(found, .organization).isEmpty, "\(found.map(\.name))")
    }

    /// An ordinary word set in capitals is a shout or a label, not an acronym; a real acronym stays.
    @Test func anOrdinaryWordInCapitalsIsNoAcronym() {
        let found = extract([
            "She wrote to a junior colleague: \"Do NOT send the bank anything until the KVRA has signed off.\"",
            "SPACE | 12 November",
        ])
        #expect(names(found, .organization) == ["KVRA"], "\(found.map(\.name))")
    }

    /// Two capitals the tagger passed by are a state's, a language's, a unit's or a switch's code
    /// more often than a body ("Barre, VT", "ES | EN", "4.2 MB", "ON"); one the alias table knows,
    /// or one of three letters, is still a body.
    @Test func twoCapitalsAloneAreNoBody() {
        let found = extract([
            "Write to the Mailbag, Tallow Lamplighter, 41 Depot Square, Orley, VT 05641.",
            "Versión: ES | EN",
            "Published 4 March 2026 | Download the full KVRA report (PDF, 4.2 MB) | Download the summary",
            "Closed Captioning: ON | Autoplay: ON. The EU said nothing.",
        ])
        let bodies = names(found, .organization)
        #expect(bodies.isDisjoint(with: ["VT", "ES", "EN", "MB", "ON"]), "\(found.map(\.name))")
        #expect(bodies.isSuperset(of: ["KVRA", "European Union"]), "\(found.map(\.name))")
    }

    /// A stock's symbol after its exchange and a colon, or after "ticker", names no body; the
    /// exchange and the company still do.
    @Test func tickerSymbolsAreNoBodies() {
        let found = extract([
            "Tarvion Therapeutics, Inc. (Nasdaq: TRVN), a clinical-stage company, today announced results.",
            "Shares of Holloway Brands, listed in New York under the ticker HLWY, fell 9%. Orvane Labs (NYSE: ORVL) rose.",
        ])
        let bodies = names(found, .organization)
        #expect(bodies.isDisjoint(with: ["TRVN", "HLWY", "ORVL"]), "\(found.map(\.name))")
        #expect(bodies.isSuperset(of: ["Nasdaq", "Holloway Brands", "Orvane Labs"]), "\(found.map(\.name))")
    }

    /// A page's labels and prompts name nothing; a speaker's name before a colon and a body's
    /// credit after a bar still do.
    @Test func pageLabelsAndPromptsAreNoNames() {
        let found = extract([
            "Stocks fell on Tuesday as oil rose.",
            "WATCH LIVE",
            "READ: Harbour town still rebuilding five years on",
            "THANKS TO: our editor and producer.",
            "MARGIT OSTRANDER-KALE, BYLINE: The waiting room was full.",
            "Before it is here, it is on the terminal. LEARN MORE",
            "PHOTO: Dockworkers protest in the rain. | FILE | HARBOUR MEDIA GROUP",
            "TOMAS VELLIN: I think we were lucky.",
        ])
        let all = Set(found.map(\.name))
        #expect(all.isDisjoint(with: ["WATCH", "READ", "THANKS", "BYLINE", "LEARN MORE", "PHOTO"]), "\(found.map(\.name))")
        #expect(all.isSuperset(of: ["MARGIT OSTRANDER-KALE", "HARBOUR MEDIA GROUP", "TOMAS VELLIN"]), "\(found.map(\.name))")
    }

    /// The names of a page's lists of stories and of a company's calls to investors are
    /// headings, wherever they stand; a newspaper called "Daily News" is still a body.
    @Test func pageHeadingsAreNoBodies() {
        let found = extract([
            "Quarry plan shelved after protest at Brelmouth town hall, reports the Harwick Daily News.",
            "Get Latest Brelmouth News along with Latest News and Top Headlines from the coast.",
            "Trending Stories",
            "Conference Call and Webcast",
            "Ostrava Pumps will host a Conference Call at 9 a.m.; the Webcast is on its site.",
            "Most Read",
        ])
        let all = Set(found.map(\.name))
        #expect(all.isDisjoint(with: ["Get Latest Brelmouth News", "Latest Brelmouth News", "Latest News", "Top Headlines",
                                      "Trending Stories", "Conference Call", "Webcast", "Most Read"]), "\(found.map(\.name))")
        #expect(names(found, .organization).isSuperset(of: ["Harwick Daily News", "Ostrava Pumps"]), "\(found.map(\.name))")
    }

    /// A press release's sections and its wire's label, a list's first number run on into the
    /// list's name, and a menu's last item run on into it are headings too.
    @Test func pressReleaseSectionsAndRunOnHeadingsAreNoBodies() {
        let found = extract([
            "The slides will be posted in the Investor Relations section of Brevan Kilns' website.",
            "Dissemination of a Corporate News, transmitted by Tallis Wire.",
            // A page's lines run on into one paragraph, as the cleaner joins them.
            "Populares / Most Read 1. Harwick boys reach the final 2. Police log: March 2-8",
            "News | Courts | Sport | Classifieds Latest News: Load shedding for Ward 9 | Exam results improve",
        ])
        let all = Set(found.map(\.name))
        #expect(all.isDisjoint(with: ["Investor Relations", "Corporate News", "Most Read 1", "Most Read",
                                      "Classifieds Latest News", "Latest News"]), "\(found.map(\.name))")
        #expect(names(found, .organization).isSuperset(of: ["Brevan Kilns", "Tallis Wire"]), "\(found.map(\.name))")
    }

    /// A page's section kickers in capitals ("MINING", "COURTS", "WEATHER ALERT") are words news
    /// prose writes in lower case; the ordinary words learnt from the news pages say so.
    @Test func sectionKickersInCapitalsAreNoBodies() {
        let found = extract(["MINING", "Smelter workers at Korvane Alloys walked out on Tuesday over unpaid bonuses, the union said.",
                             "COURTS", "A magistrate in Tarnby adjourned the case against two managers until next month.",
                             "WEATHER ALERT", "Heavy rain is expected across the district on Friday."])
        #expect(names(found, .organization) == ["Korvane Alloys"], "\(found.map(\.name))")
        #expect(names(found, .person).isEmpty, "\(found.map(\.name))")
    }

    /// A competition's group or tier named by its letter or number is no body; a company whose
    /// name runs on past the number is one.
    @Test func aCompetitionsGroupsAndTiersAreNoBodies() {
        let found = extract(["The Harwick Rovers, who play in Division II, were drawn in Pool C with the Kelso Hawks.",
                             "They topped Group A last year and reached the Division 1 final in 2024.",
                             "Security at the ground is run by Group 4 Tarnwick."])
        let all = Set(found.map(\.name))
        #expect(all.isDisjoint(with: ["Division II", "Pool", "Pool C", "Group A", "Division 1", "Division"]), "\(found.map(\.name))")
        #expect(names(found, .organization).isSuperset(of: ["Harwick Rovers", "Kelso Hawks"]), "\(found.map(\.name))")
    }

    /// A share index and a currency in a market report are figures, not bodies, in every mention
    /// once one reads so; the exchange and the companies stay bodies.
    @Test func sharesIndexesAndCurrenciesAreNoBodies() {
        let found = extract([
            "Shares in Orvane Holdings rose 6.4% on the Varland Stock Exchange, beating a 0.8% gain in the benchmark VSX.",
            "The VSX rose 0.5% on Tuesday. The Hang Seng rose 0.3% and the Tarsk Exchange's TRAX index fell 0.2%.",
            "The flat costs CHF 1,720 a month, and Orvane said it will raise EUR 40 million.",
        ])
        #expect(Set(found.map(\.name)).isDisjoint(with: ["VSX", "Hang Seng", "TRAX", "CHF", "EUR"]), "\(found.map(\.name))")
        #expect(names(found, .organization).isSuperset(of: ["Orvane Holdings", "Varland Stock Exchange", "Tarsk Exchange"]),
                "\(found.map(\.name))")
    }

    /// "OTHER NEWS" heads a list of stories, like "MORE NEWS".
    @Test func otherNewsIsAHeading() {
        let found = extract(["OTHER NEWS", "Tarrow Rovers confirm the ground will host the cup semi-final in April."])
        #expect(!found.contains { $0.name == "OTHER NEWS" }, "\(found.map(\.name))")
    }

    /// Acronyms of chips, pollutants, rules, wards and match officials are no bodies.
    @Test func acronymsOfChipsPollutantsAndOfficialsAreNoBodies() {
        let found = extract([
            "Prices of DRAM and HBM chips rose at Tarvel Semiconductor. The AQI reached 450 and PFAS was found in the water.",
            "Under GDPR rules the clinic sent him to the ER, and the TMO reviewed the try.",
        ])
        #expect(names(found, .organization) == ["Tarvel Semiconductor"], "\(found.map(\.name))")
    }
}
