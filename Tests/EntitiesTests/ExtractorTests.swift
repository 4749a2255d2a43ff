import Entities
import Foundation
import NewsCore
import Testing

@Suite struct ExtractorTests {
    let extractor = NewsEntityExtractor()

    func entities(_ paragraphs: [String], title: String = "Report") -> [ArticleEntity] {
        extractor.entities(in: Article(title: title, paragraphs: paragraphs))
    }

    func names(_ entities: [ArticleEntity], _ type: EntityType) -> Set<String> {
        Set(entities.filter { $0.type == type }.map(\.name))
    }

    @Test func surnameFoldsIntoTheFullNameInOneArticle() throws {
        let found = entities([
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

    @Test func titlesAndRanksAreNotPartOfNames() {
        let found = entities(["US President Joe Biden spoke. Maj Gen Tahsin Al Khafaji and Lt. Col. Ana Ruiz listened."])
        #expect(names(found, .person) == ["Joe Biden", "Tahsin Al Khafaji", "Ana Ruiz"])
        #expect(names(found, .place) == ["United States"])
    }

    @Test func possessiveIsLeftOff() {
        let found = entities(["Iraq’s minister praised Germany's offer."])
        #expect(names(found, .place) == ["Iraq", "Germany"])
    }

    @Test func aliasTableFoldsWellKnownNames() throws {
        let found = entities(["Daesh fighters fled as ISIS lost ground. America and the US agreed; Britain and the UK too."])
        let org = try #require(found.first { $0.type == .organization })
        #expect(org.name == "Islamic State")
        #expect(org.count == 2)
        #expect(names(found, .place) == ["United States", "United Kingdom"])
    }

    @Test func organizationWordsMakeOrganizations() {
        let found = entities(["The Joint Operations Command told the Iraqi News Agency and the Ministry of Foreign Affairs."])
        #expect(names(found, .organization) == ["Joint Operations Command", "Iraqi News Agency", "Ministry of Foreign Affairs"])
    }

    @Test func demonymsAndSentenceStartsAreNotEntities() {
        let found = entities(["However, Iraqi officials met French diplomats. The talks ended."])
        #expect(found.isEmpty)
    }

    @Test func mentionsPointAtTheName() throws {
        let text = "Talks began. Angela Merkel arrived."
        let found = entities([text])
        let mention = try #require(found.first?.mentions.first)
        let characters = Array(text)
        #expect(String(characters[mention.start..<mention.start + mention.length]) == "Angela Merkel")
    }

    @Test func pageFurnitureInSamplesNeverBecomesAnEntity() throws {
        for path in GazetteResources.samplePaths() {
            let article = extractor.tagging(try PlainTextReader.read(path: path))
            for entity in article.entities {
                for furniture in ["Captcha", "Security", "Page Generated", "Sources", "Google"] {
                    #expect(!entity.name.contains(furniture), "\(path): \(entity.name)")
                }
            }
        }
    }

    @Test(arguments: [
        "",
        "PRESIDENT MEETS PRIME MINISTER IN CAPITAL AS TALKS RESUME",
        "رئيس الوزراء مصطفى الكاظمي يلتقي الرئيس الأمريكي",
        "中国外交部发言人表示，双方将继续保持沟通。",
        "Президент России Владимир Путин провёл переговоры.",
        String(repeating: "Anna Berg Carl Dahl Erik Falk ", count: 200),
    ])
    func oddTextNeverCrashes(text: String) {
        let found = entities([text])
        #expect(found.allSatisfy { !$0.name.isEmpty && $0.count > 0 })
    }

    @Test func allCapsHeadlineYieldsNoAcronymNoise() {
        #expect(entities(["BREAKING NEWS: STORM HITS THE COAST TONIGHT"]).isEmpty)
    }

    @Test func oneMegabyteLineIsHandled() {
        let line = String(repeating: "The minister met Anna Berg in Paris. ", count: 28_000)
        let found = entities([line])
        #expect(names(found, .place) == ["Paris"])
        #expect(found.first { $0.type == .place }?.count == 28_000)
    }
}
