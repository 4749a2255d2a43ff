/// "the Social Democrats (SPD)", "Free Democrats (FDP)": an acronym in brackets right after an
/// organization's name, starting with the name's first letter, is that organization's acronym even
/// when it comes from another language and the initials do not spell it (`AcronymDefinitions`).
/// A body's name translated while its acronym is not ("the Republican National Guard (GNR)",
/// "Vietnam Electricity (EVN)") starts elsewhere, but shares initials with it (`sharesInitials`).
/// So is one said as a word and written so ("Kenya Rural Roads Authority (Kerra)"), when its
/// letters hold the name's initials in order.
enum BracketedAcronyms {
    static func find(in paragraph: TokenizedParagraph, after spans: [MentionSpan], lexicon: Lexicon) -> [(String, MentionSpan)] {
        let tokens = paragraph.tokens
        var result: [(String, MentionSpan)] = []
        for span in spans where span.type == .organization && span.end + 2 < tokens.count {
            let open = span.end
            guard tokens[open].text == "(", tokens[open + 2].text == ")", tokens[open + 1].isWord else { continue }
            let word = tokens[open + 1].text
            let unlisted = lexicon.aliases[Lexicon.aliasKey(word)] == nil
            let noPlace = !paragraph.facts[open + 1].flags.contains(.place)
            if let letters = AcronymDefinitions.acronymLetters(word) {
                guard let initial = tokens[span.first].text.first else { continue }
                let startsIt = Character(initial.uppercased()) == letters.first
                guard startsIt || unlisted && sharesInitials(letters, span, paragraph)
                        || unlisted && noPlace && letters.count >= 3 && namesABody(span, paragraph)
                else { continue }
            } else {
                guard noPlace, spellsAsAWord(word, span, paragraph) || unlisted && isSaidAsAWord(word) && namesABody(span, paragraph)
                else { continue }
            }
            result.append((word, span))
        }
        return result
    }

    /// "the National Flood Relief Agency (BPNK)", "the Tarvel Rescue Agency
    /// (Basarvel)": a body's name in English, with its word for a body, then the initials of its
    /// name at home, which spell nothing of the English. A team's, a market's or a country's code
    /// follows a name with no such word ("Real Madrid (ESP)").
    private static func namesABody(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        span.end - span.first >= 2 && paragraph.facts[span.first..<span.end].contains {
            $0.flags.contains(.organizationWord) || $0.rules.contains(.organizationHead)
        }
    }

    /// One capital, then three to seven lowercase ASCII letters: an acronym said as a word ("Walvel").
    private static func isSaidAsAWord(_ word: String) -> Bool {
        let letters = Array(word.utf8)
        return (4...8).contains(letters.count) && (65...90).contains(letters[0]) && letters.dropFirst().allSatisfy { (97...122).contains($0) }
    }

    /// "GNR" and "Republican National Guard": at least two of the acronym's three or more letters
    /// are initials of the name's words. A team's, a market's or a country's code in brackets shares
    /// none, or one by chance: "Real Madrid (ESP)", "Harumi Biologics (TYO)", "Celtic (SCO)".
    private static func sharesInitials(_ letters: [Character], _ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard letters.count >= 3 else { return false }
        let initials = Set((span.first..<span.end).compactMap { index -> Character? in
            guard paragraph.facts[index].startsUppercase, let head = paragraph.tokens[index].text.first else { return nil }
            return Character(head.uppercased())
        })
        return Set(letters).intersection(initials).count >= 2
    }

    /// "Kerra" for "Kenya Rural Roads Authority": a word of one capital then three to seven
    /// lowercase ASCII letters, whose letters hold the initials of the name's two or more
    /// capitalized words in order, starting with the first.
    private static func spellsAsAWord(_ word: String, _ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let letters = Array(word.utf8)
        guard (4...8).contains(letters.count), (65...90).contains(letters[0]),
              letters.dropFirst().allSatisfy({ (97...122).contains($0) }) else { return false }
        let initials = (span.first..<span.end).compactMap { index -> UInt8? in
            guard paragraph.facts[index].startsUppercase, let head = paragraph.tokens[index].text.utf8.first else { return nil }
            return head | 0x20
        }
        guard initials.count >= 2, initials[0] == letters[0] | 0x20 else { return false }
        var next = 1
        for letter in letters.dropFirst() where next < initials.count && letter == initials[next] { next += 1 }
        return next == initials.count
    }
}
