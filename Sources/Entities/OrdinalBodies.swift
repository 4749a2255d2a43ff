/// "the 4th Circuit", "the 82nd Airborne Division", "the 3rd Infantry Regiment": an ordinal
/// and capitalized words ending in a court's or a unit's word name a body, however rare.
/// British and Commonwealth armies number units with a cardinal ("3 Commando Brigade",
/// "64 Infantry Regiment"); a cardinal also counts ("300 Marines", "40 Marine Corps officers"),
/// so it opens a name only before two or more words ending in a unit's own noun.
enum OrdinalBodies {
    static let heads: Set<String> = [
        "circuit", "district", "division", "brigade", "battalion", "regiment", "fleet", "army", "corps",
        "squadron", "wing", "precinct", "infantry", "airborne", "cavalry", "marines", "artillery",
    ]
    /// The nouns that end a unit numbered with a cardinal; "Marines" or "Corps" after a number count people.
    static let numberedUnitHeads: Set<String> = ["division", "brigade", "battalion", "regiment", "squadron"]

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        var spans: [MentionSpan] = []
        var index = 0
        while index < tokens.count {
            let ordinal = Ordinals.isOrdinal(tokens[index].text)
            let cardinal = !ordinal && paragraph.facts[index].numeral && tokens[index].text.utf8.count <= 3
            guard ordinal || cardinal else { index += 1; continue }
            var end = index + 1
            while end < tokens.count, paragraph.facts[end].capitalized, end - index <= 4 { end += 1 }
            // The longest run that ends in a body's word ("82nd Airborne Division", not "82nd Airborne").
            var last = end - 1
            while last > index, !heads.contains(paragraph.facts[last].key) { last -= 1 }
            let namesUnit = !cardinal || last - index >= 2 && numberedUnitHeads.contains(paragraph.facts[last].key)
            if last > index, namesUnit {
                spans.append(MentionSpan(paragraph: paragraph.index, first: index, end: last + 1, type: .organization))
            }
            index = max(end, index + 1)
        }
        return spans
    }
}
