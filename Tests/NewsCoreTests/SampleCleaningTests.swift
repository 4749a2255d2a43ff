import NewsCore
import Testing

/// The five bundled articles carry the kinds of mess real input has; each kind is handled
/// by a general rule (see the rule tests beside these).
@Suite struct SampleCleaningTests {
    @Test func metadataLinesBecomeTheDateAndLeaveTheBody() throws {
        let article = try Samples.article("001")
        #expect(article.published?.iso8601 == "2021-11-24T03:50:00Z")
        #expect(article.title == "Foreign combat forces to leave Iraq in 15 days: Military")
        #expect(!article.titleDerived)
        #expect(article.paragraphs.first?.hasPrefix("A senior Iraqi military official") == true)
        #expect(!article.bodyText.contains("News ID"))
    }

    @Test func repeatedTitleIsDroppedFromTheBody() throws {
        for prefix in ["001", "002"] {
            let article = try Samples.article(prefix)
            #expect(!article.paragraphs.contains(article.title), "\(prefix)")
        }
    }

    @Test func pageFurnitureIsGone() throws {
        let body = try Samples.article("001").bodyText
        for furniture in ["Security Key", "Captcha", "Page Generated"] {
            #expect(!body.contains(furniture))
        }
        #expect(try Samples.article("001").paragraphs.last?.hasSuffix("in Baghdad on January 3 of that year.") == true)
    }

    @Test func photoCaptionWithItsCreditIsNotBodyText() throws {
        let article = try Samples.article("000")
        #expect(!article.bodyText.contains("©"))
        #expect(!article.bodyText.contains("stand guard during a joint patrol"))
        #expect(article.paragraphs.first?.hasPrefix("US combat troops stationed in Iraq") == true)
    }

    @Test func hardBreakMidSentenceIsJoined() throws {
        let article = try Samples.article("000")
        #expect(article.paragraphs.contains { $0.contains("news agency that \"foreign forces are expected") })
    }

    @Test func gluedDateIsTakenOffTheFirstParagraph() throws {
        let article = try Samples.article("003")
        #expect(article.published?.iso8601 == "2021-07-27")
        #expect(article.paragraphs.first?.hasPrefix("United States President Joe Biden") == true)
        #expect(article.titleDerived)
        #expect(article.title.count <= 80)
    }

    @Test func oneLongLineBecomesReadableParagraphs() throws {
        let article = try Samples.article("004")
        #expect(article.paragraphs.count >= 4)
        #expect(article.paragraphs.allSatisfy { $0.count < 900 })
        // Cut between sentences: each piece ends a sentence.
        #expect(article.paragraphs.allSatisfy { [".", "\"", "”"].contains(String($0.last!)) })
    }

    @Test func trailingSourceListGivesTheURLAndSourceAndLeavesTheBody() throws {
        let article = try Samples.article("004")
        #expect(article.url == "https://www.thenationalnews.com/mena/iraq/2021/08/09/coalition-forces-begin-withdrawal-from-iraq-says-iraqi-army/")
        #expect(article.source == "thenationalnews.com")
        #expect(!article.bodyText.contains("https://"))
        #expect(!article.bodyText.contains("contact us"))
        #expect(article.paragraphs.last?.hasSuffix("has not been announced.") == true)
    }

    @Test func idsAreStableAndDistinct() throws {
        let ids = try ["000", "001", "002", "003", "004"].map { try Samples.article($0).id }
        #expect(Set(ids).count == 5)
        #expect(try Samples.article("002").id == ids[2])
    }
}
