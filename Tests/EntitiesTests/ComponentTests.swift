@testable import Entities
import Foundation
import NewsCore
import Testing

/// The pieces under the extractor, each on its own.
@Suite struct ComponentTests {
    @Test func tokenizerSplitsLikeTheTrainingCorpora() {
        let tokens = TaggerTokenizer.tokens(in: "Iraq’s U.S.-led talks, Mr. al-Kadhimi (INA) said.")
        #expect(tokens.map(\.text) == ["Iraq", "’s", "U.S.", "-", "led", "talks", ",", "Mr.", "al-Kadhimi", "(", "INA", ")", "said", "."])
        let text = Array("Iraq’s U.S.-led talks, Mr. al-Kadhimi (INA) said.")
        for token in tokens { #expect(String(text[token.start..<token.end]) == token.text) }
    }

    @Test func aCombiningPrefixStaysOneWordWithWhatFollowsItsDash() {
        // A name before a lowercase modifier is two words; a prefix before its stem is one.
        let tokens = TaggerTokenizer.tokens(in: "Harlan-backed Co-op and the Socio-economic Board")
        #expect(tokens.map(\.text) == ["Harlan", "-", "backed", "Co-op", "and", "the", "Socio-economic", "Board"])
    }

    @Test func spellingKeyFoldsVariantsOnly() {
        #expect(SpellingKey.key("Soleimani") == SpellingKey.key("Suleimani"))
        #expect(SpellingKey.key("Qasem") == SpellingKey.key("Qassem"))
        #expect(SpellingKey.key("Mohammed") == SpellingKey.key("Muhammad"))
        #expect(SpellingKey.key("Al Kadhimi") == SpellingKey.key("al-Kadhimi"))
        #expect(SpellingKey.key("Oman") != SpellingKey.key("Amman"))
        #expect(SpellingKey.key("Salman") != SpellingKey.key("Soleimani"))
        #expect(SpellingKey.key("Tarvel Steel Co., Ltd.") == SpellingKey.key("Tarvel Steel"))
        #expect(SpellingKey.key("Tarvel Steel Pty Ltd") == SpellingKey.key("Tarvel Steel"))
    }

    @Test func acronymsSpellTheirExpansions() {
        #expect(AcronymDefinitions.spells(Array("INA"), Array("INA")))
        #expect(AcronymDefinitions.spells(Array("ISIL"), Array("ISIL")))
        #expect(!AcronymDefinitions.spells(Array("NATO"), Array("INA")))
        #expect(AcronymDefinitions.acronymLetters("U.N.") == ["U", "N"])
        #expect(AcronymDefinitions.acronymLetters("Iraq") == nil)
    }

    @Test func gazetteerRoundTripsAndFindsPhrases() throws {
        let built = NameGazetteer.build([("new york", .place), ("new", .placeWord), ("john", .firstName), ("john", .surname)])
        let loaded = try #require(NameGazetteer(data: built.serialized()))
        #expect(loaded.flags(key: "new york") == .place)
        #expect(loaded.flags(key: "john") == [.firstName, .surname])
        #expect(loaded.flags(key: "boston") == [])
        #expect(NameGazetteer(data: Data("not a gazetteer".utf8)) == nil)
    }

    @Test func nameKeyHashAgreesWithTheKey() {
        for text in ["Al-Kadhimi", "U.S.", "New  York", "Café de Flore", "O’Brien", "", "..."] {
            #expect(FeatureHash.nameKeyHash(text) == FeatureHash.hash(TextFolding.nameKey(text)), "\(text)")
        }
    }

    @Test func taggerRoundTripsAndRefusesDamage() throws {
        let weights = (0..<(1 << 4) * BIOLabel.stride).map { Int16(truncatingIfNeeded: $0 * 37) }
        let tagger = PerceptronTagger(bucketBits: 4, weights: weights)
        let loaded = try #require(PerceptronTagger(data: tagger.serialized()))
        #expect(loaded.weights == weights)
        #expect(PerceptronTagger(data: tagger.serialized().dropLast(2)) == nil)
    }

    @Test func shippedModelLoadsAndTagsAName() throws {
        let model = EntityModel.load()
        let tagger = try #require(model.tagger)
        let tokens = TaggerTokenizer.tokens(in: "He met Angela Merkel in Berlin on Monday .")
        let labels = tagger.tag(TokenFeatures(tokens: tokens, gazetteer: model.gazetteer))
        #expect(labels[2] == .beginPerson && labels[3] == .insidePerson)
        #expect(labels[5] == .beginPlace)
        #expect(labels[0] == .outside)
    }

    @Test func headlinesAreRecognised() {
        #expect(HeadlineCase.capitalsMeanNothing(TaggerTokenizer.tokens(in: "US Troops Leave Iraq Within Fifteen Days")))
        #expect(HeadlineCase.capitalsMeanNothing(TaggerTokenizer.tokens(in: "TROOPS LEAVE IRAQ WITHIN DAYS")))
        #expect(!HeadlineCase.capitalsMeanNothing(TaggerTokenizer.tokens(in: "The Joint Operations Command told the Iraqi News Agency.")))
    }

    /// A firm named with "&" runs on to the legal form after three words of its second name,
    /// when the tagger found only the first ("Orvane Marine" + "& Kessel Fire Insurance Co.").
    @Test func anAmpersandNameEndsAfterItsLegalForm() {
        let model = EntityModel.shared
        let tokens = TaggerTokenizer.tokens(in: "Orvane Marine & Kessel Fire Insurance Co. said it had set up claims desks.")
        let paragraph = TokenizedParagraph(index: 0, tokens: tokens, facts: TokenFacts.of(tokens, gazetteer: model.gazetteer),
                                           capitalsMeanNothing: false)
        let firstName = MentionSpan(paragraph: 0, first: 0, end: 2, type: .organization)
        let end = AmpersandNames.end(after: firstName, paragraph)
        #expect(end.map { tokens[$0 - 1].text } == "Co.", "\(String(describing: end))")
    }
}
