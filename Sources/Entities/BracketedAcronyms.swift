/// "the Social Democrats (SPD)", "Free Democrats (FDP)": an acronym in brackets right after an
/// organization's name, starting with the name's first letter, is that organization's acronym even
/// when it comes from another language and the initials do not spell it (`AcronymDefinitions`).
enum BracketedAcronyms {
    static func find(in paragraph: TokenizedParagraph, after spans: [MentionSpan]) -> [(String, MentionSpan)] {
        let tokens = paragraph.tokens
        var result: [(String, MentionSpan)] = []
        for span in spans where span.type == .organization && span.canonical == nil && span.end + 2 < tokens.count {
            let open = span.end
            guard tokens[open].text == "(", tokens[open + 2].text == ")", tokens[open + 1].isWord,
                  let letters = AcronymDefinitions.acronymLetters(tokens[open + 1].text),
                  let initial = tokens[span.first].text.first, Character(initial.uppercased()) == letters.first
            else { continue }
            result.append((tokens[open + 1].text, span))
        }
        return result
    }
}
