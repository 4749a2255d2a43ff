/// "Velden-based Harlow Finch said", "the Brask-based Tindra": a name right after "X-based" (or
/// "X-headquartered") is what is
/// based there, a company or a body (a person based somewhere is written with a word for them between:
/// "Velden-based designer Ona Vell"). The tagger often reads it as a person or a place, or passes it by.
/// The name glued to the dash ("Brask" in "Brask-based") is where it is based: a place.
enum BasedCompanies {
    /// "Brask-based", "Velbrook-headquartered": the word after the dash that says where something is.
    static let gluedWords: Set<String> = ["based", "headquartered"]

    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var added = false
        var dash = 1
        while dash + 2 < tokens.count {
            defer { dash += 1 }
            // A name glued to "-" glued to "based" (the dash, a token of its own, is looked at first: few are).
            guard !tokens[dash].isWord, tokens[dash].text == "-", gluedWords.contains(tokens[dash + 1].text),
                  tokens[dash].start == tokens[dash - 1].end, tokens[dash].end == tokens[dash + 1].start else { continue }
            if let place = place(before: dash, paragraph, gazetteer: gazetteer) {
                // "the Tarrow, Oregon-based maker": the city before the state is a place too.
                if place.first >= 2, tokens[place.first - 1].hasText(","),
                   let city = spans.firstIndex(where: { $0.end == place.first - 1 }),
                   spans[city].canonical == nil, spans[city].type != .person, spans[city].end - spans[city].first <= 3 {
                    spans[city].type = .place
                    spans[city].cued = true
                }
                if let same = spans.firstIndex(where: { $0.first == place.first && $0.end == place.end }) {
                    // The tagger read the glued name as a body or a person; the table's names keep their type.
                    if spans[same].canonical == nil { spans[same].type = .place; spans[same].cued = true }
                } else if !spans.contains(where: { $0.first < place.end && place.first < $0.end }) {
                    spans.append(place)
                    added = true
                }
            }
            let first = dash + 2
            guard tokens[first].isWord, facts[first].startsUppercase, !tokens[first].sentenceStart,
                  !facts[first].rules.contains(.functionWord) else { continue }
            var end = first + 1
            while end < tokens.count, end - first < 4, tokens[end].isWord, facts[end].startsUppercase,
                  !tokens[end].lineStart { end += 1 }
            // A first name then a surname, and nothing of a body: a person after all.
            if end - first >= 2, facts[first].flags.contains(.firstName),
               !facts[first..<end].contains(where: { $0.flags.contains(.organizationWord) || $0.flags.contains(.legalSuffix) })
                && !UnmarkedOrganizations.businessWords.contains(facts[end - 1].key) { continue }
            spans.removeAll { $0.first < end && first < $0.end }
            spans.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .organization, cued: true))
            added = true
        }
        if added { spans.sort { $0.first < $1.first } }
    }

    /// "Brask-based", "New York-based": a capitalized name glued to the dash. Capitals ("AI-based")
    /// and a sentence's first word ("Cloud-based") are places only when the gazetteer knows them.
    private static func place(before dash: Int, _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) -> MentionSpan? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let last = dash - 1
        guard tokens[last].isWord, facts[last].startsUppercase else { return nil }
        if last >= 1, tokens[last - 1].isWord, facts[last - 1].startsUppercase,
           gazetteer.flags(key: facts[last - 1].key + " " + facts[last].key).contains(.place) {
            return MentionSpan(paragraph: paragraph.index, first: last - 1, end: dash, type: .place, cued: true)
        }
        let known = facts[last].flags.contains(.place)
        guard known || !tokens[last].sentenceStart && CapitalLetters.count(in: tokens[last].text) == nil,
              !facts[last].rules.contains(.functionWord) else { return nil }
        return MentionSpan(paragraph: paragraph.index, first: last, end: dash, type: .place, cued: true)
    }
}
