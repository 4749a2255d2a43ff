import Entities
import NewsCore
import Testing

/// The id is what the library groups by: the same entity, however spelled, in any article.
@Suite struct CrossArticleIDTests {
    func id(of name: String, in text: String) throws -> String {
        try #require(extract([text]).first { $0.name == name || $0.aliases.contains(name) }).id
    }

    @Test func spellingVariantsShareAnId() throws {
        let first = try id(of: "Qassem Soleimani", in: "The strike killed General Qassem Soleimani near the airport.")
        let second = try id(of: "Qassem Suleimani", in: "The strike killed General Qassem Suleimani near the airport.")
        #expect(first == second)
        let third = try id(of: "Mustafa al-Kadhimi", in: "Prime Minister Mustafa al-Kadhimi met the envoy.")
        let fourth = try id(of: "Mustafa Al Kadhimi", in: "Prime Minister Mustafa Al Kadhimi met the envoy.")
        #expect(third == fourth)
    }

    @Test func aliasesShareTheCanonicalId() throws {
        let us = try id(of: "US", in: "Officials in the US said the talks would resume.")
        let america = try id(of: "America", in: "Officials in America said the talks would resume.")
        #expect(us == america)
    }

    @Test func differentNamesKeepDifferentIds() throws {
        let oman = try id(of: "Oman", in: "The minister flew to Oman on Monday.")
        let amman = try id(of: "Amman", in: "The minister flew to Amman on Monday.")
        #expect(oman != amman)
        let iran = try id(of: "Iran", in: "The minister flew to Iran on Monday.")
        let iraq = try id(of: "Iraq", in: "The minister flew to Iraq on Monday.")
        #expect(iran != iraq)
    }
}
