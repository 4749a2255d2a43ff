import Entities
import Foundation
import NewsCore
import Testing

/// Page furniture never yields entities, and odd input never breaks the extractor.
@Suite struct FurnitureAndRobustnessTests {
    @Test func pageFurnitureInSamplesNeverBecomesAnEntity() throws {
        for path in GazetteResources.samplePaths() {
            let article = newsExtractor.tagging(try PlainTextReader.read(path: path))
            #expect(!article.entities.isEmpty, "\(path)")
            for entity in article.entities {
                for furniture in ["Captcha", "Security", "Page Generated", "Sources", "Google", "Share"] {
                    #expect(!entity.name.contains(furniture), "\(path): \(entity.name)")
                }
            }
        }
    }

    @Test func furnitureWordsInsideTextAreNotNames() {
        // Reaching the extractor directly, without the reader's cleaning.
        let found = extract(["Captcha Refresh", "Please Subscribe To Our Newsletter", "Click Here To Download The App",
                             "Copyright Reuters Limited"])
        #expect(found.allSatisfy { !["Captcha", "Refresh", "Subscribe", "Newsletter", "Click"].contains($0.name) })
        #expect(found.allSatisfy { !$0.name.contains("Captcha") && !$0.name.contains("Newsletter") && !$0.name.contains("Copyright") })
    }

    @Test func samplesStillNameJoeBidenInThreeArticles() throws {
        // The reader's entity filter tests rely on this being true of the text.
        var articles = 0
        for path in GazetteResources.samplePaths() {
            let article = newsExtractor.tagging(try PlainTextReader.read(path: path))
            if article.entities.contains(where: { $0.name == "Joe Biden" && $0.type == .person }) { articles += 1 }
        }
        #expect(articles >= 3)
    }

    @Test(arguments: [
        "",
        "   \n\t  ",
        "PRESIDENT MEETS PRIME MINISTER IN CAPITAL AS TALKS RESUME",
        "رئيس الوزراء مصطفى الكاظمي يلتقي الرئيس الأمريكي في بغداد",
        "中国外交部发言人表示，双方将继续保持沟通。",
        "Президент России Владимир Путин провёл переговоры в Москве.",
        "🇮🇶 👩‍👩‍👧 ... ''' --- ((( ))) ’s 's - al- -al",
        String(repeating: "Anna Berg Carl Dahl Erik Falk ", count: 200),
    ])
    func oddTextNeverCrashes(text: String) {
        let found = extract([text], title: text)
        for entity in found {
            #expect(!entity.name.isEmpty && entity.count > 0)
            // The title and the one paragraph are both `text`: every mention must lie inside it.
            for mention in entity.mentions {
                #expect(mention.start >= 0 && mention.start + mention.length <= text.count)
            }
        }
    }

    @Test func nonLatinScriptsYieldNothingRatherThanNoise() {
        #expect(extract(["رئيس الوزراء مصطفى الكاظمي يلتقي الرئيس الأمريكي في بغداد"]).isEmpty)
        #expect(extract(["中国外交部发言人表示，双方将继续保持沟通。"]).isEmpty)
    }

    @Test func allCapsHeadlineYieldsNoAcronymNoise() {
        #expect(extract(["BREAKING NEWS: STORM HITS THE COAST TONIGHT"]).isEmpty)
        #expect(extract(["Storm warning"], title: "BREAKING: STORM HITS THE COAST TONIGHT AS FLIGHTS ARE CANCELLED").isEmpty)
    }

    @Test func shoutedHeadlineStillShowsNamesTheBodyUses() throws {
        let found = extract(["Officials in Baghdad said the vote would go ahead."], title: "VOTE IN BAGHDAD TO GO AHEAD")
        let baghdad = try #require(entity(named: "Baghdad", in: found))
        #expect(baghdad.mentions.contains { $0.paragraph == -1 })
    }

    @Test func textThatIsAllNamesGivesNamesNotOneRun() {
        let text = "Joe Biden, Emmanuel Macron, Angela Merkel, Boris Johnson, Justin Trudeau, Paris, Berlin, London, Ottawa."
        let found = extract([text])
        #expect(found.count >= 6)
        #expect(found.allSatisfy { $0.name.split(separator: " ").count <= 3 })
    }

    @Test func oneMegabyteLineIsHandled() {
        let line = String(repeating: "The minister met Anna Berg in Paris. ", count: 28_000)
        #expect(line.utf8.count > 1_000_000)
        let found = extract([line])
        #expect(names(found, .place) == ["Paris"])
        #expect(entity(named: "Paris", in: found)?.count == 28_000)
        #expect(names(found, .person) == ["Anna Berg"])
    }

    @Test func placeNamedClubOrCompanyKeepsTheOrganizationType() {
        let found = extract([
            "Burnley beat Hull 2-0 on Saturday and will face Reading next week.",
            "Burnley's chairman said the club would not sell its best players.",
        ])
        #expect(found.first { $0.name == "Burnley" }?.type == .organization)
    }

    @Test func aCapitalThatSaysSomethingStaysAPlace() {
        let found = extract(["Washington said on Monday it would send more aid to Kyiv."])
        #expect(found.first { $0.name == "Washington" }?.type == .place)
    }

    @Test func bylineTailsAreNotNames() {
        let found = extract([
            "By Laura Whitman\nEnergy Correspondent", "Health Desk", "By Ivo Brandt, Staff Reporter",
            "Laura Whitman and Ivo Brandt wrote that prices at Shell rose in London.",
        ])
        #expect(names(found, .person).isSuperset(of: ["Laura Whitman", "Ivo Brandt"]))
        #expect(!found.contains { $0.name.contains("Correspondent") || $0.name.contains("Desk") || $0.name.contains("Reporter") })
    }

    @Test func photoCreditsAreNotNames() {
        let found = extract(["Fishermen unload their catch at dawn in the harbour of Tema. AGENCYNAME/Kofi Mensah-Oduro"])
        #expect(!found.contains { $0.name.contains("Kofi") || $0.name.uppercased() == "AGENCYNAME" })
        #expect(names(found, .place).contains("Tema"))
    }

    @Test func chromePhrasesOfSeveralWordsAreFurniture() {
        let found = extract(["Copyright Halden Media. All Rights Reserved", "Terms Of Use Privacy Policy"])
        #expect(!found.contains { $0.name.contains("Rights") || $0.name.contains("Policy") || $0.name.contains("Terms") })
    }
}
