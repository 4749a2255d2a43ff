import NewsCore
import Testing

/// Cleaning rules on inputs written for them, none of them from the samples.
@Suite struct CleaningRuleTests {
    @Test func usenetHeadersGiveTitleDateBylineAndSource() throws {
        let post = """
        From: jroe@example.org (Jane Roe)
        Subject: Harbour bridge reopens after repairs
        Newsgroups: local.news,misc.transport
        Organization: Example Online
        Date: Tue, 2 Mar 1993 14:05:00 -0500
        Lines: 9

        The harbour bridge reopened to traffic on Monday after
        six months of repairs, the city council said.

        Engineers replaced the deck and two cables. Tolls will
        stay at their old rate until June.
        --
        Jane Roe | jroe@example.org
        """
        let article = try #require(parse(post))
        #expect(article.title == "Harbour bridge reopens after repairs")
        #expect(article.byline == "Jane Roe")
        #expect(article.source == "local.news")
        #expect(article.published?.iso8601 == "1993-03-02T14:05:00-05:00")
        #expect(article.format == .usenet)
        #expect(article.paragraphs == [
            "The harbour bridge reopened to traffic on Monday after six months of repairs, the city council said.",
            "Engineers replaced the deck and two cables. Tolls will stay at their old rate until June.",
        ])
    }

    /// A message forwarded in the body keeps its header lines apart: run together they read as one sentence.
    @Test func forwardedHeadersInTheBodyStayLinesOfTheirOwn() throws {
        let post = """
        [Coastlist] Fwd: Harbour survey results

        From: Pieter de Wit <p.dewit@example.org>
        To: coastlist@lists.example.org
        Date: Tue, 11 Mar 2025 09:14:52 +0100
        Subject: Fwd: Harbour survey results

        Hi all, forwarding this from colleagues.

        ---------- Forwarded message ---------
        From: Press Office <press@example.org>
        Date: Mon, 10 Mar 2025 at 16:02
        The survey found the harbour silting twice as fast
        as thought, the team said.
        """
        let article = try #require(parse(post))
        // The post's own headers, under its subject line, are its metadata; the forwarded ones stay.
        #expect(article.published?.iso8601 == "2025-03-11T09:14:52+01:00")
        #expect(article.title == "Fwd: Harbour survey results")
        #expect(!article.paragraphs.contains { $0.contains("Tue, 11 Mar 2025") || $0.contains("[Coastlist]") }, "\(article.paragraphs)")
        #expect(article.paragraphs.contains("Date: Mon, 10 Mar 2025 at 16:02"), "\(article.paragraphs)")
        #expect(article.paragraphs.contains("From: Press Office <press@example.org>"), "\(article.paragraphs)")
        #expect(article.paragraphs.contains("The survey found the harbour silting twice as fast as thought, the team said."),
                "\(article.paragraphs)")
    }

    /// A heading over a paragraph and the lines of a contact block are lines of their own: run
    /// together, "About Kelvar Labs Kelvar Labs is..." and "Jane Roe Kelvar Labs" read as one name.
    @Test func headingsAndContactLinesStayLinesOfTheirOwn() throws {
        let text = """
        Kelvar Labs reports trial results

        The trial met its main goal, the company said on Monday, and the shares rose in early trading.

        About Kelvar Labs
        Kelvar Labs is a clinical-stage company based in Tarnby, developing treatments for rare liver disease.

        Media Contact:
        Jane Roe
        Kelvar Labs
        """
        let article = try #require(parse(text))
        #expect(article.paragraphs == [
            "The trial met its main goal, the company said on Monday, and the shares rose in early trading.",
            "About Kelvar Labs",
            "Kelvar Labs is a clinical-stage company based in Tarnby, developing treatments for rare liver disease.",
            "Media Contact:", "Jane Roe", "Kelvar Labs",
        ], "\(article.paragraphs)")
    }

    /// A contact card with an address and a phone number is all short lines, as a narrow column
    /// is; each line is still its own, so the name does not run into the firm's.
    @Test func aContactCardsLinesStayApartInANarrowBlock() throws {
        let text = """
        Kelvar Labs reports trial results

        The trial met its main goal, the company said on Monday, and the shares rose in early trading.

        Media Contact:
        Marisol Tarrow-Venn
        Halden Health Communications
        mtarrow@halden.example
        +1 617-555-0100
        """
        let article = try #require(parse(text))
        #expect(Array(article.paragraphs.dropFirst()) == [
            "Media Contact:", "Marisol Tarrow-Venn", "Halden Health Communications", "mtarrow@halden.example", "+1 617-555-0100",
        ], "\(article.paragraphs)")
    }

    /// A wrapped sentence that goes on in lowercase is still one paragraph, however short a line.
    @Test func aShortWrappedLineThatGoesOnIsJoined() throws {
        let text = """
        Harbour toll ends

        The council voted to end the toll on the harbour bridge from June, after
        complaints.
        """
        let article = try #require(parse(text))
        #expect(article.paragraphs == [
            "The council voted to end the toll on the harbour bridge from June, after complaints.",
        ], "\(article.paragraphs)")
    }

    /// In text set in a narrow column a line that stops before a name still goes on into it.
    @Test func aNarrowColumnLineBeforeANameIsJoined() throws {
        let text = """
        Pitch move agreed

        Under the deal, the club would move
        to a new pitch and clubhouse beside
        Tarnby High School, paid for by
        Orlin Homes and shared with the
        school and with the council, which
        owns part of the land.
        """
        let article = try #require(parse(text))
        #expect(article.paragraphs == [
            "Under the deal, the club would move to a new pitch and clubhouse beside Tarnby High School, paid for by "
                + "Orlin Homes and shared with the school and with the council, which owns part of the land.",
        ], "\(article.paragraphs)")
    }

    @Test func mailHeadersWithAddressInAngleBrackets() throws {
        let post = "From: \"Sam Poe\" <sam@example.net>\nSubject: Re: Storm update\nMessage-ID: <1@x>\n\nPower is back in most districts tonight.\n"
        let article = try #require(parse(post))
        #expect(article.byline == "Sam Poe")
        #expect(article.title == "Re: Storm update")
    }

    @Test func metadataBlockAndBylineAtTheTop() throws {
        let text = """
        Story ID: 99
        Posted: 24 Nov 2021 08:15 UTC
        Source: The Daily Example
        By Jane Roe

        Ferry services resume

        Ferries resumed crossings on Tuesday after a week of storms.
        """
        let article = try #require(parse(text))
        #expect(article.published?.iso8601 == "2021-11-24T08:15:00Z")
        #expect(article.source == "The Daily Example")
        #expect(article.byline == "Jane Roe")
        #expect(article.title == "Ferry services resume")
        #expect(article.paragraphs == ["Ferries resumed crossings on Tuesday after a week of storms."])
    }

    @Test func headlineWithAColonIsNotMetadata() throws {
        let article = try #require(parse("Budget: what changes in April\n\nThe new budget takes effect in April.\n"))
        #expect(article.title == "Budget: what changes in April")
    }

    @Test func gluedPublishedDateInWords() throws {
        let article = try #require(parse("Published November 24, 2021 Officials said the road will reopen. Work continues.\n"))
        #expect(article.published?.iso8601 == "2021-11-24")
        #expect(article.paragraphs.first == "Officials said the road will reopen. Work continues.")
    }

    @Test func missingTitleIsDerivedAndSaysSo() throws {
        let article = try #require(parse("The council voted on Monday to close the old library, which has served the town since 1902, and move its books.\n"))
        #expect(article.titleDerived)
        #expect(article.title.hasSuffix("…"))
        #expect(article.title.count <= 80)
        #expect(article.title.hasPrefix("The council voted on Monday"))
    }

    @Test func furnitureLinesAnywhereAreDropped() throws {
        let text = "Storm hits coast\n\nShare this article\nAdvertisement\nThe storm reached the coast at dawn.\n\nRead more: other storms\nAll rights reserved 2021 Example Media\n"
        let article = try #require(parse(text))
        #expect(article.paragraphs == ["The storm reached the coast at dawn."])
    }

    /// A label for links to other stories, and a row of text-size buttons, are furniture too; the
    /// linked headline after the label is a line of its own, not run into the label.
    @Test func relatedArticleLabelsAndTextSizeButtonsAreDropped() throws {
        let text = "Storm hits coast\n\nSave | Share | Normal text size\n\nThe storm reached the coast at dawn.\n\nRELATED ARTICLE\nWhy the port is betting on tourists again\n\nSee also:\nFerries cancelled\n"
        let article = try #require(parse(text))
        #expect(article.paragraphs == ["The storm reached the coast at dawn.", "Why the port is betting on tourists again",
                                       "Ferries cancelled"])
    }

    /// Share bars come in many shapes: buttons with spaces alone between them, "Share in" and
    /// "Send via" rows, a long row holding one button of the site's own, and the site's menu of sections.
    @Test func shareBarsAndSectionMenusAreDropped() throws {
        let text = """
            Storm hits coast

            Home | News | World | Opinion | Business | Sport | e-Paper

            Facebook Flipboard Email

            Share in Facebook | Share in Twitter | Send via WhatsApp | Send in e-mail | Gift this article

            Add to myFT | Print this page | Share on X | Share on Facebook | Share on LinkedIn | Save

            The storm reached the coast at dawn.

            Sales | Marketing | Finance teams met in Tarrow.
            """
        let article = try #require(parse(text))
        #expect(article.paragraphs == ["The storm reached the coast at dawn.", "Sales | Marketing | Finance teams met in Tarrow."])
    }

    /// Wire copy names its agency after the dateline; with nothing else naming a source, that is it.
    @Test(arguments: [
        ("Storm hits coast\n\nGENEVA, Nov 16 (Reuters) - The storm reached the coast at dawn.\n", "Reuters"),
        ("Storm hits coast\n\n(Bloomberg) -- The storm reached the coast at dawn.\n", "Bloomberg"),
        ("Storm hits coast\n\nWASHINGTON (AP) — The storm reached the coast at dawn.\n", "AP"),
    ])
    func aWireCreditNamesTheSource(text: String, source: String) throws {
        #expect(try #require(parse(text)).source == source)
    }

    @Test func bracketsInTheStoryNameNoSource() throws {
        let article = try #require(parse("Storm hits coast\n\nThe minister (left) - who arrived late - spoke at dawn.\n"))
        #expect(article.source == nil)
    }

    /// A list archive's page: the subject, a blank line, then the mail headers.
    @Test func mailHeadersUnderTheSubjectLine() throws {
        let text = "[Ice-list] Glacier study out\n\nFrom: Ana Petrov <ana@example.org>\nTo: ice-list@example.org\n"
            + "Date: Tue, 11 Mar 2025 09:14:52 +0100\nSubject: [Ice-list] Glacier study out\n\nHi all, the paper is out today.\n"
        let article = try #require(parse(text))
        #expect(article.title == "[Ice-list] Glacier study out")
        #expect(article.published?.iso8601 == "2025-03-11T09:14:52+01:00")
        #expect(article.paragraphs == ["Hi all, the paper is out today."])
    }

    @Test func escapeSequencesBecomeVisible() throws {
        let article = try #require(parse("Alert\n\nText \u{1B}[31mred\u{1B}[0m and a bell\u{07}.\n"))
        #expect(!article.bodyText.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(article.bodyText.contains("␛[31mred"))
    }

    /// Invisible format characters scraped pages carry are dropped on reading: they show nothing,
    /// break words apart for search, and a bidirectional override can disguise text.
    @Test func invisibleFormatCharactersAreDropped() throws {
        let article = try #require(parse("Alert\n\nThe\u{200B} rail\u{00AD}way \u{202E}line\u{202C} opened\u{FEFF} in\u{2060} May.\n"))
        #expect(article.paragraphs == ["The railway line opened in May."])
        // The joiners emoji and some scripts need stay.
        let joined = try #require(parse("Alert\n\nFamily 👩\u{200D}👧 and می\u{200C}خواهم.\n"))
        let scalars = joined.bodyText.unicodeScalars.map(\.value)
        #expect(scalars.contains(0x200D) && scalars.contains(0x200C))
    }

    @Test func crlfFileReadsLikeAnyOther() throws {
        let bytes = Array("Title here\r\n\r\nFirst line of text.\r\n".utf8)
        let article = try PlainTextReader.parse(bytes, path: "crlf.txt")
        #expect(article.title == "Title here")
        #expect(article.paragraphs == ["First line of text."])
    }

    @Test func onlyFurnitureIsNoArticle() {
        #expect(throws: ReadError(path: "x.txt", reason: .noText)) {
            try PlainTextReader.parse(Array("Captcha refresh\nSecurity Key:\n".utf8), path: "x.txt")
        }
    }

    @Test func sentencesRespectAbbreviationsAndInitials() {
        let sentences = Sentences.split("Mr. Smith met Gen. J. Doe in the U.S. capital. They talked. \"Fine,\" he said.")
        #expect(sentences == ["Mr. Smith met Gen. J. Doe in the U.S. capital.", "They talked.", "\"Fine,\" he said."])
    }
}
