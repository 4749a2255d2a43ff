/// "a win at Harbury Park's rival, Morwin", "the Velden-based team", "the Orlan power station": a lone
/// name on no list, which the tagger read as a body, is a place when the words beside it say where:
/// after "at" (unless people who work there come first: "analysts at Velden"), before "-based", or
/// before a lowercase word for a site ("the Orlan power station", "the Abu Kerem displacement camp").
enum PlaceCues {
    /// Sites named after where they are: what follows a place's name, lowercase.
    static let sites: Set<String> = [
        "station", "camp", "pitch", "mine", "mines", "reservoir", "valley", "river", "district", "region",
        "village", "crater", "oilfield", "gasfield", "coalfield", "basin", "circuit", "racetrack", "suburb",
    ]
    /// Before "at": what people do or have at a firm or a school, not at a place.
    static let workAt: Set<String> = [
        "work", "works", "worked", "working", "job", "jobs", "research", "study", "studies", "studied", "studying",
        "program", "programme", "course", "courses", "degree", "stake", "shares", "deal", "role", "post",
        "career", "internship", "colleagues", "students", "student", "nurses", "doctors", "scientists",
        "researchers", "engineers", "officials", "managers", "employees", "staff", "analysts", "economists",
    ]

    static func isPlace(_ span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> Bool {
        guard span.type == .organization, span.end - span.first == 1 else { return false }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let at = span.first
        guard tokens[at].isWord, facts[at].startsUppercase,
              // Names the lists know, acronyms and words of bodies say more than the words around them.
              facts[at].flags.isDisjoint(with: [.firstName, .surname, .organizationWord, .legalSuffix, .demonym, .title]),
              facts[at].rules.isDisjoint(with: [.institution, .organizationHead, .legalForm, .body]) else { return false }
        // The words around first (compared, not hashed), the name's own words only when they say where.
        guard saysWhere(span, paragraph) else { return false }
        let text = tokens[at].text
        return !UnmarkedOrganizations.businessWords.contains(facts[at].key)
            && text.utf8.count > 1 && (text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) || text.utf8.contains(where: { $0 >= 0x80 }))
            // "AP.org" is an address; "Developing" an ordinary word.
            && !text.utf8.contains(UInt8(ascii: ".")) && !commonWords.contains(facts[at].key)
    }

    /// `sites` by `TokenFacts.keyHash`.
    static let siteHashes: [UInt64] = sites.map { FeatureHash.hash($0) }

    private static func isSite(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        siteHashes.contains(paragraph.facts[index].keyHash) && sites.contains(paragraph.facts[index].key)
    }

    private static func saysWhere(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let at = span.first
        let next = span.end
        if next < tokens.count, tokens[next].text == "'s" || tokens[next].text == "\u{2019}s" { return false }
        // "the Velden-based team".
        if next + 1 < tokens.count, !tokens[next].isWord, tokens[next].text == "-", tokens[next].end == tokens[next + 1].start,
           tokens[next - 1].end == tokens[next].start, tokens[next + 1].text == "based" { return true }
        // "the Orlan power station", "the Orlan pitch".
        if next < tokens.count, tokens[next].isWord, facts[next].startsLowercase {
            if isSite(next, paragraph) { return true }
            if next + 1 < tokens.count, tokens[next + 1].isWord, facts[next + 1].startsLowercase, isSite(next + 1, paragraph),
               !facts[next].rules.contains(.functionWord) { return true }
        }
        // "third at Morwin", not "analysts at Velden".
        guard at >= 2, tokens[at - 1].isWord, tokens[at - 1].text == "at" else { return false }
        if next < tokens.count, tokens[next].isWord, facts[next].startsUppercase { return false }
        let before = facts[at - 2]
        if tokens[at - 2].isWord, workAt.contains(before.key) || before.rules.contains(.role) || before.rules.contains(.roleWord)
            || OrganizationEvidence.staff.contains(before.key) || RoleBeforeName.roles.contains(before.key) { return false }
        return OrganizationCues.of(span, paragraph) == .none
    }
}

extension PlaceCues {
    /// Members elected for a seat: what follows them and "for" is the seat, a place ("the MP for Harbury East").
    static let members: Set<String> = ["mp", "mps", "td", "tds", "mla", "mlas", "msp", "msps", "mpp", "mpps", "member", "members"]

    /// "cases in the Harbury Lowlands", "near Kelvar Heights": a name of two or three words after a
    /// preposition of place ("in", "near", "across", "throughout"; "the" may stand between), with a
    /// word the place lists know and nothing of a body in it; or a seat after "MP for".
    static func isArea(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let count = span.end - span.first
        guard span.type == .organization, count >= 2, count <= 3, span.first >= 1 else { return false }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var before = span.first - 1
        if tokens[before].text == "the", before >= 1 { before -= 1 }
        guard tokens[before].isWord else { return false }
        let link = tokens[before].text
        let seat = link == "for" && before >= 1 && members.contains(facts[before - 1].key)
        guard seat || link == "in" || link == "near" || link == "across" || link == "throughout" else { return false }
        var placeWord = false
        for index in span.first..<span.end {
            let word = facts[index]
            let text = tokens[index].text
            guard tokens[index].isWord, word.startsUppercase || word.startsNumber else { return false }
            if text.utf8.count > 1, !text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }), !word.startsNumber { return false }
            if word.flags.contains(.organizationWord) || word.flags.contains(.legalSuffix) || word.flags.contains(.demonym)
                || !word.rules.isDisjoint(with: [.institution, .organizationHead, .legalForm, .body])
                || UnmarkedOrganizations.businessWords.contains(word.key) { return false }
            if word.flags.contains(.place) || word.flags.contains(.placeWord) { placeWord = true }
        }
        if span.end < tokens.count, tokens[span.end].text == "'s" || tokens[span.end].text == "\u{2019}s" { return false }
        return (seat || placeWord) && OrganizationCues.of(span, paragraph) == .none
    }
}
