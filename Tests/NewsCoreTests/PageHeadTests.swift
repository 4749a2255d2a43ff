import NewsCore
import Testing

/// Mastheads, section labels and date lines around a saved page's headline, on invented pages.
@Suite struct PageHeadTests {
    @Test func aMastheadAndSectionPathAreNotTheHeadline() throws {
        let page = """
        THE HARBOURTON SENTINEL

        NEWS | LOCAL | TRANSPORT

        Ferry operator cuts winter timetable as fuel costs climb

        Island residents say the loss of the early sailing will cost them their jobs

        By Morag Kincaid-Lyle
        Tue 4 Nov 2025 at 07:30

        The operator said on Monday that the 6.10am sailing would be suspended from December until March.

        Residents told the Sentinel that the change left them no way to reach the mainland before nine.
        """
        let article = try #require(parse(page))
        #expect(article.title == "Ferry operator cuts winter timetable as fuel costs climb")
        #expect(article.source == "The Harbourton Sentinel")
        #expect(article.published?.iso8601 == "2025-11-04T07:30:00")
        // The byline stays, alone: the date line no longer runs into it.
        #expect(article.paragraphs.contains("By Morag Kincaid-Lyle"))
        #expect(!article.paragraphs.contains { $0.contains("NEWS | LOCAL") || $0.contains("2025") })
    }

    @Test func aTitleCaseMastheadIsKnownByItsNameOrItsReturnInTheFooter() throws {
        let named = """
        The Valley Ledger

        Obituaries

        Orchard pioneer who bred the county's first frost-proof pear dies at 91

        Published on March 3, 2026 · 4 min read

        Hollis Varga planted his first trees in 1958 on land his father had used for sheep.
        """
        let article = try #require(parse(named))
        #expect(article.title == "Orchard pioneer who bred the county's first frost-proof pear dies at 91")
        #expect(article.source == "The Valley Ledger")
        #expect(article.published?.iso8601 == "2026-03-03")
        #expect(article.paragraphs == ["Hollis Varga planted his first trees in 1958 on land his father had used for sheep."])

        let footer = """
        Quarry Lane Voices

        Council approves new crossing outside the primary school after two near misses

        The crossing will be built over the summer holidays, the council said on Thursday.

        © 2026 Quarry Lane Voices. All rights reserved.
        """
        let second = try #require(parse(footer))
        #expect(second.title == "Council approves new crossing outside the primary school after two near misses")
        #expect(second.source == "Quarry Lane Voices")
    }

    /// A saved page's head as sites set it: the masthead, a menu with spaces between its items, a
    /// second site name and a section's name in Title Case, then the headline.
    @Test func menusSetOffBySpacesAndSectionNamesAreNotTheHeadline() throws {
        let page = """
        TARROW EVENING POST
        Home  News  Sport  Weather  Podcasts & Shows  Newsletters
        Post Sport
        Football  Cricket  Formula 1  Rugby  Tennis  Golf
        Kelby Premiership

        Orvane 2-1 Tarrow Athletic: late header settles the derby

        By Fraser Vell
        Published 9 March 2026

        Orvane came from behind to beat their neighbours in front of a full house on Sunday.
        """
        let article = try #require(parse(page))
        #expect(article.title == "Orvane 2-1 Tarrow Athletic: late header settles the derby")
        #expect(article.source == "Tarrow Evening Post")
        #expect(article.paragraphs.first == "By Fraser Vell")
        #expect(!article.paragraphs.contains { $0.contains("Podcasts") || $0.contains("Premiership") || $0.contains("Post Sport") })
    }

    /// A masthead in Title Case with no newspaper's word is known by the menu right under it.
    @Test func aMastheadAboveTheMenuIsKnownByIt() throws {
        let page = """
        Kelby Ajansi

        Home | World | Politics | Economy | Science & Technology | Sports | Culture

        Science & Technology

        Scientists return from the Tarrow Islands with ice and soil samples after six weeks

        The team of twelve spent the southern summer on the islands, the institute said on Monday.
        """
        let article = try #require(parse(page))
        #expect(article.title == "Scientists return from the Tarrow Islands with ice and soil samples after six weeks")
        #expect(article.source == "Kelby Ajansi")
        #expect(article.paragraphs == ["The team of twelve spent the southern summer on the islands, the institute said on Monday."])
    }

    /// "PRESS RELEASE" above a release's headline says what the text is, not who published it.
    @Test func aLabelOfTheTextsKindIsNoSource() throws {
        let page = """
        PRESS RELEASE

        Tarnwick Fruit reports record pear exports and opens a cold store at Ossaby

        OSSABY, 12 February 2026 /Kelmar Newswire/ -- Tarnwick Fruit said on Thursday that exports rose by a tenth.
        """
        let article = try #require(parse(page))
        #expect(article.title == "Tarnwick Fruit reports record pear exports and opens a cold store at Ossaby")
        #expect(article.source != "Press Release")
        #expect(!article.paragraphs.contains("PRESS RELEASE"))
    }

    /// A short headline of its own is kept, even with a long standfirst under it.
    @Test func aShortHeadlineIsNeverDroppedForTheStandfirst() throws {
        let page = """
        Pier Fire Contained

        Crews worked through the night to stop the blaze spreading to the arcade and the lifeboat station

        Firefighters brought the fire under control shortly before dawn, the fire service said.
        """
        let article = try #require(parse(page))
        #expect(article.title == "Pier Fire Contained")
        #expect(article.source == nil)
    }

    @Test(arguments: [
        ("3 Aug 2025 · 5 min read", "2025-08-03"),
        ("Sunday, March 16, 2025 — 10:22 PM", "2025-03-16T22:22:00"),
        ("Last Updated: Feb 12, 2025, 09:14 AM IST", "2025-02-12T09:14:00+05:30"),
        ("October 17, 2025 | 8:15 PM", "2025-10-17T20:15:00"),
        // Abbreviated months with their dot, times glued to am/pm or written with dots, zones with offsets.
        ("Nov. 21, 2025", "2025-11-21"),
        ("Updated Sept. 3, 2025, 6:02 p.m. ET", "2025-09-03T18:02:00"),
        ("Published: 7:15pm, 3 Dec 2025", "2025-12-03T19:15:00"),
        ("April 9, 2025 — 5.00am", "2025-04-09"),
        ("March 12, 2025 at 11:42 AM GMT+8", "2025-03-12T11:42:00+08:00"),
        ("Last modified on Fri 16 Jan 2026 09.12 GMT", "2026-01-16"),
    ])
    func dateLinesUnderTheHeadlineGiveTheDate(line: String, expected: String) throws {
        let page = "Harbour dredging to start next month after years of delay\n\nBy Ana Petrov\n\(line)\n\n"
            + "The dredger will arrive from Rotterdam in the first week of the month, the port authority said.\n"
        let article = try #require(parse(page))
        #expect(article.published?.iso8601 == expected, "\(line)")
        #expect(article.paragraphs.first == "By Ana Petrov", "\(line)")
    }

    /// Under a standfirst, a date line after the byline, or one that names itself, is the page's.
    @Test(arguments: [
        "By Ana Petrov\nReporting from Rotterdam\n\nNov. 21, 2025",
        "Published On 21 Nov 2025\n\nBy Ana Petrov",
    ])
    func aDateUnderAStandfirstAndAByline(head: String) throws {
        let page = "Harbour dredging to start next month after years of delay\n\n"
            + "The port says the work will take a year and cost far more than first planned by the city.\n\n\(head)\n\n"
            + "The dredger will arrive from Rotterdam in the first week of the month, the port authority said.\n"
        let article = try #require(parse(page))
        #expect(article.published?.iso8601 == "2025-11-21", "\(head)")
        #expect(!article.paragraphs.contains { $0.contains("Nov") }, "\(article.paragraphs)")
    }

    /// A date inside the story is the story's, not a date line.
    @Test func datesInTheStoryStay() throws {
        let page = """
        Harbour dredging to start next month after years of delay

        The dredger will arrive from Rotterdam on March 3, the port authority said on Monday.

        March 3, 2026

        That is the date the contract names.
        """
        let article = try #require(parse(page))
        #expect(article.published == nil)
        #expect(article.paragraphs.contains("March 3, 2026"))
    }
}

/// Lines that send the reader elsewhere are furniture wherever they stand; the story is not.
@Suite struct CallToActionTests {
    @Test func buttonRowsAndCallsToActionAreDropped() throws {
        let page = """
        Bridge tolls to rise in spring as repair bill grows

        Share · Save · Print

        Share: Facebook | X | WhatsApp | Telegram

        The toll on the estuary bridge will rise by 40 cents in April, the authority said.

        Follow the Estuary Echo on Instagram, TikTok and YouTube.

        Newsletter: Get the Morning Tide in your inbox every weekday.

        Download the Estuary Echo app to get traffic alerts.
        """
        let article = try #require(parse(page))
        #expect(article.paragraphs == ["The toll on the estuary bridge will rise by 40 cents in April, the authority said."])
    }

    @Test func storySentencesThatStartLikeOneStay() throws {
        let page = """
        Council weighs tougher rules for delivery apps

        Follow the money, the auditor told councillors, and the app's losses are plain.

        "Download the app and you are tracked," one courier said, asking not to be named.

        Get ready for a long winter of road works, the highways chief warned.
        """
        let article = try #require(parse(page))
        #expect(article.paragraphs.count == 3)
    }
}
