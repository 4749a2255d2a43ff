import NewsCore
import Testing

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2021-11-24", "2021-11-24"),
        ("2021-11-24T03:50:00Z", "2021-11-24T03:50:00Z"),
        ("2021-11-24T03:50:00+03:00", "2021-11-24T03:50:00+03:00"),
        ("2021-11-24 03:50", "2021-11-24T03:50:00"),
        ("2021-11-24T03:50:00.123-0500", "2021-11-24T03:50:00-05:00"),
        ("Wed, 24 Nov 2021 03:50:00 +0000", "2021-11-24T03:50:00Z"),
        ("24 Nov 2021 03:50:12 -0800", "2021-11-24T03:50:12-08:00"),
        ("Wed, 24 Nov 2021 03:50 GMT", "2021-11-24T03:50:00Z"),
        ("November 24, 2021", "2021-11-24"),
        ("Nov 24, 2021", "2021-11-24"),
        ("24 Nov 2021", "2021-11-24"),
        ("24 November 2021", "2021-11-24"),
        ("0350 GMT November 24, 2021", "2021-11-24T03:50:00Z"),
        ("Wednesday, November 24, 2021 10:30 PM EST", "2021-11-24T22:30:00-05:00"),
        ("Sept. 3, 2020", "2020-09-03"),
        ("12:05 am, 1 January 2022", "2022-01-01T00:05:00"),
    ])
    func readsNewsDateForms(input: String, expected: String) {
        #expect(DateParser.parse(input)?.iso8601 == expected)
    }

    @Test(arguments: ["in 15 days", "Page Generated in 0/3907 sec", "February 30, 2021", "2021-13-01", "", "Monday"])
    func refusesWhatIsNotADate(input: String) {
        #expect(DateParser.parse(input) == nil)
    }

    @Test func ordersByInstantWhenZonesAreKnown() throws {
        let earlier = try #require(DateParser.parse("2021-11-24T10:00:00+03:00"))
        let later = try #require(DateParser.parse("2021-11-24T08:00:00Z"))
        #expect(earlier < later)
    }
}
