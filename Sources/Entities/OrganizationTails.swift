/// "Intergovernmental Authority on Development", "Institute for Fiscal Studies", "Office for the
/// Coordination of Humanitarian Affairs": a body's name
/// goes on past its head word with "for" or "on" and capitalized words; the tagger often stops
/// at the head. ("the Authority on Monday" stops: days are function words; "the Council on
/// Syria" stops: a lone known place after "on" is the topic, not the name.)
enum OrganizationTails {
    /// The end of the name when it runs on after `span`, else `span.end`.
    static func end(of span: MentionSpan, _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) -> Int {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let at = span.end
        guard at + 1 < tokens.count, span.end > span.first, tokens[at].isWord,
              tokens[at].text == "for" || tokens[at].text == "on" else { return span.end }
        guard OrganizationOfJoins.linkContinuesName(at: at, from: span.first, paragraph) else { return span.end }
        var end = at + 1
        // "Court of Appeals for the 5th Circuit".
        if end + 2 < tokens.count, tokens[end].text == "the", Ordinals.isOrdinal(tokens[end + 1].text),
           isNameWord(end + 2, paragraph) {
            end += 2
        } else if tokens[at].text == "for", end + 1 < tokens.count, tokens[end].text == "the", isNameWord(end + 1, paragraph) {
            // "Office for the Coordination of Humanitarian Affairs".
            end += 1
        }
        while end < tokens.count, tokens[end].isWord, isNameWord(end, paragraph) {
            end += 1
            // "Centre for Science and Environment": "and"/"of" between capitalized words.
            if end + 1 < tokens.count, tokens[end].text == "and" || tokens[end].text == "of", isNameWord(end + 1, paragraph) {
                end += 1
            }
        }
        guard end > at + 1, tokens[end - 1].text != "the" else { return span.end }
        if tokens[at].text == "on", end == at + 2, facts[at + 1].flags.contains(.place) { return span.end }
        // "the Katoomba Leagues Club on Bent Street": a street or a square after "on" is where the body is.
        if tokens[at].text == "on", facts[end - 1].rules.contains(.facility) { return span.end }
        return end
    }

    private static func isNameWord(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts[index]
        return paragraph.tokens[index].isWord && facts.startsUppercase && !paragraph.tokens[index].sentenceStart
            && !facts.rules.contains(.functionWord) && !facts.isTitle
    }
}
