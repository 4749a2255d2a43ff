import Entities
import NewsCore
import Testing

/// The publisher a page names in its masthead is an organization of the article; a web address is not.
@Suite struct PublisherTests {
    @Test func theMastheadsPaperIsAnOrganization() throws {
        let page = """
        THE HARBOURTON SENTINEL

        Ferry operator cuts winter timetable as fuel costs climb

        The operator said on Monday that the early sailing to Carrick Island would be suspended until March.
        """
        let article = try #require(PlainTextReader.parse(text: page))
        let entities = NewsEntityExtractor().entities(in: article)
        let paper = try #require(entities.first { $0.name == "Harbourton Sentinel" })
        #expect(paper.type == .organization)
        #expect(entities.filter { $0.name.contains("Sentinel") }.count == 1)
    }

    /// The company a footer's notice says owns the paper is an organization of the article, beside
    /// the masthead, though the notice leaves the body.
    @Test func theCompanyThatOwnsThePaperIsAnOrganization() throws {
        let page = """
        THE HARBOURTON SENTINEL

        Ferry operator cuts winter timetable as fuel costs climb

        The operator said on Monday that the early sailing to Carrick Island would be suspended until March.

        © The Harbourton Sentinel. Part of Tarnwick Weekly Newspapers Ltd.
        """
        let article = try #require(PlainTextReader.parse(text: page))
        #expect(!article.paragraphs.joined().contains("Tarnwick"))
        let entities = NewsEntityExtractor().entities(in: article)
        let owner = try #require(entities.first { $0.name.hasPrefix("Tarnwick Weekly Newspapers") }, "\(entities.map(\.name))")
        #expect(owner.type == .organization)
        #expect(entities.filter { $0.type == .organization }.count == 2, "\(entities.map(\.name))")
    }

    /// A mail post's author, from its From: header, is a person of the post; an address is not.
    @Test func aPostsAuthorIsAPerson() throws {
        let post = "From: Ana Petrov-Lind <ana@example.org>\nNewsgroups: misc.harbours\nSubject: Ferry cuts\n\n"
            + "The operator said on Monday that the early sailing would be suspended until March.\n"
        let article = try #require(PlainTextReader.parse(text: post))
        #expect(NewsEntityExtractor().entities(in: article).contains { $0.name == "Ana Petrov-Lind" && $0.type == .person })
        let anonymous = try #require(PlainTextReader.parse(text: post.replacingOccurrences(of: "Ana Petrov-Lind <ana@example.org>", with: "newsdesk@example.org")))
        #expect(!NewsEntityExtractor().entities(in: anonymous).contains { $0.type == .person })
    }

    @Test func aWebAddressIsNoPublisher() throws {
        let page = """
        Ferry operator cuts winter timetable as fuel costs climb

        The operator said on Monday that the early sailing would be suspended until March.

        Sources 1/ https://news.example.org/ferry-timetable
        """
        let article = try #require(PlainTextReader.parse(text: page))
        #expect(article.source == "news.example.org")
        #expect(!NewsEntityExtractor().entities(in: article).contains { $0.name.contains("example") })
    }
}
