/// "Tarrow United 1 Kelby County 2", "Harbury Academical 1 Queen of the Fells 3", "Tarrow
/// Rovers 2-0 Kelby": a result line of a sports page names two teams, each before (or after)
/// its score, whatever the names' words would say elsewhere ("Kelby County" is a club here). The
/// line is set in capitals like a heading, so the tagger reads nothing in it.
enum ScoreLines {
    /// Lowercase words inside a team's name ("Queen of the Fells", "Tarrow and Vell Albion").
    static let connectors: Set<String> = ["of", "the", "and", "&"]

    /// `commonWords`: a name of ordinary words is a table's column ("Won 7 Lost 2"), not a team.
    static func find(in paragraph: TokenizedParagraph, commonWords: Set<String>) -> [MentionSpan] {
        let tokens = paragraph.tokens
        var found: [MentionSpan] = []
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, !tokens[end].lineStart { end += 1 }
            found += (teams(in: start..<end, paragraph) + tableTeam(in: start..<end, paragraph)).filter { team in
                !(team.first..<team.end).allSatisfy { commonWords.contains(paragraph.facts[$0].key) }
            }
            found += scorers(in: start..<end, paragraph)
            start = end
        }
        return found + statRows(paragraph)
    }

    /// "1. Celtic  P28  W22  Pts 71 2. Rangers  P28  W17  Pts 57": a league table's rows, which the
    /// reader may run into one paragraph. After a row's number and its full stop, the team's name,
    /// then two columns or more of letters glued to figures ("P28", "W22") or a column's head and
    /// its figure ("Pts 71").
    private static func statRows(_ paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        var found: [MentionSpan] = []
        let all = 0..<tokens.count
        for number in tokens.indices.dropLast(2) where isScore(tokens[number].text) && tokens[number + 1].text == "." {
            guard let name = name(from: number + 2, in: all, paragraph) else { continue }
            // The name ends where the columns begin: "P28" is capitalized too.
            let end = name.first(where: { isStatCell(tokens[$0].text) || isStatHead($0, tokens) }) ?? name.upperBound
            guard end > name.lowerBound else { continue }
            let team = name.lowerBound..<end
            var at = team.upperBound
            var columns = 0
            while at < tokens.count {
                if isStatCell(tokens[at].text) {
                    at += 1
                } else if isStatHead(at, tokens) {
                    at += 2
                } else {
                    break
                }
                columns += 1
            }
            guard columns >= 2 else { continue }
            var span = MentionSpan(paragraph: paragraph.index, first: team.lowerBound, end: team.upperBound, type: .organization)
            span.cued = true
            found.append(span)
        }
        return found
    }

    /// In a paragraph holding a league table's rows, the tagger's names lose the columns it ran
    /// into them ("Celtic P28" is "Celtic"; "W4 Pts" is nothing). Elsewhere "F1" or "A9" may be a name.
    static func withoutTableColumns(_ spans: [MentionSpan], _ paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !statRows(paragraph).isEmpty else { return spans }
        let tokens = paragraph.tokens
        func isColumn(_ at: Int) -> Bool {
            isStatCell(tokens[at].text) || statHeads.contains(tokens[at].text) || isScore(tokens[at].text)
        }
        return spans.compactMap { span in
            var span = span
            while span.end > span.first, isColumn(span.end - 1) { span.end -= 1 }
            while span.end > span.first, isColumn(span.first) { span.first += 1 }
            return span.end > span.first ? span : nil
        }
    }

    /// A league table's column heads, written before their figures.
    static let statHeads: Set<String> = ["P", "Pld", "W", "D", "L", "F", "A", "GD", "Pts", "Pt", "Ps"]

    /// "Pts 71": a column's head and its figure.
    private static func isStatHead(_ at: Int, _ tokens: [TaggerToken]) -> Bool {
        at + 1 < tokens.count && statHeads.contains(tokens[at].text) && isScore(tokens[at + 1].text)
    }

    /// "P28", "W22", "GD12": a column's head glued to its figure.
    private static func isStatCell(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let firstDigit = bytes.firstIndex(where: { $0 >= 48 && $0 <= 57 }), (1...3).contains(firstDigit),
              bytes.count - firstDigit <= 3 else { return false }
        return statHeads.contains(String(decoding: bytes[..<firstDigit], as: UTF8.self))
            && bytes[firstDigit...].allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// The two teams of a line that is "Name N Name N" or "Name N-N Name", nothing else.
    private static func teams(in line: Range<Int>, _ paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        guard line.count >= 4 else { return [] }
        guard let home = name(from: line.lowerBound, in: line, paragraph) else { return [] }
        var at = home.upperBound
        // "2-0" is one token or three ("2", "-", "0").
        guard at < line.upperBound, isScore(tokens[at].text) else { return [] }
        let joined = tokens[at].text.contains("-")
        at += 1
        var scoresBetween = joined
        if !joined, at + 1 < line.upperBound, tokens[at].text == "-" || tokens[at].text == "–", isScore(tokens[at + 1].text) {
            at += 2
            scoresBetween = true
        }
        guard let away = name(from: at, in: line, paragraph) else { return [] }
        at = away.upperBound
        if !scoresBetween {
            guard at < line.upperBound, isScore(tokens[at].text) else { return [] }
            at += 1
        }
        // The reader may have run the scorers' line on ("… Queen of the Fells 3 Accies: Ruairidh Vell 55").
        let scorersFollow = at + 1 < line.upperBound && paragraph.isCapitalizedWord(at) && tokens[at + 1].text == ":"
        guard at == line.upperBound || scorersFollow else { return [] }
        return [home, away].map { range in
            var team = MentionSpan(paragraph: paragraph.index, first: range.lowerBound, end: range.upperBound, type: .organization)
            team.needsSupport = false
            team.cued = true
            return team
        }
    }

    /// "4    Tarrow United   7  4  1  2  +3  13": a league table's row, a place, the team and at
    /// least four figures; "Tarrow United 2 (Vell 50 pen, Ross 88)": a match's facts, the team,
    /// its goals and its scorers in brackets.
    private static func tableTeam(in line: Range<Int>, _ paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        guard line.count >= 4 else { return [] }
        let rowNumber = isScore(tokens[line.lowerBound].text)
        // "FT Tarrow United 2 (…)": full time, half time, after extra time.
        let stage = ["FT", "HT", "AET"].contains(tokens[line.lowerBound].text) ? 1 : 0
        guard let team = name(from: line.lowerBound + (rowNumber ? 1 : stage), in: line, paragraph) else { return [] }
        let rest = team.upperBound..<line.upperBound
        let figures = rest.filter { isScore(tokens[$0].text) }.count
        let onlyFigures = rest.allSatisfy { isScore(tokens[$0].text) || ["+", "-", "\u{2013}", "\u{2212}"].contains(tokens[$0].text) }
        let row = rowNumber && figures >= 4 && onlyFigures
        let facts = !rowNumber && rest.count >= 3 && isScore(tokens[rest.lowerBound].text) && tokens[rest.lowerBound + 1].text == "("
        guard row || facts else { return [] }
        var span = MentionSpan(paragraph: paragraph.index, first: team.lowerBound, end: team.upperBound, type: .organization)
        span.needsSupport = false
        span.cued = true
        return [span]
    }

    /// "County: Jordan Vell-Ruiz 12, Omar Tessel 88 (pen)": after a team's name and a colon, the
    /// scorers, each a name and the minutes of the goals. Every name must have its minutes.
    private static func scorers(in line: Range<Int>, _ paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        guard let colon = line.first(where: { tokens[$0].text == ":" }), colon > line.lowerBound, colon - line.lowerBound <= 12,
              paragraph.isCapitalizedWord(colon - 1) else { return [] }
        var found: [MentionSpan] = []
        var at = colon + 1
        while at < line.upperBound {
            guard paragraph.isCapitalizedWord(at) else { return [] }
            var end = at + 1
            while end < line.upperBound, end - at < 6,
                  paragraph.isCapitalizedWord(end) || tokens[end].text == "-" && end + 1 < line.upperBound
                    && tokens[end].start == tokens[end - 1].end && paragraph.isCapitalizedWord(end + 1) {
                end += tokens[end].text == "-" ? 2 : 1
            }
            // The other team's scorers, run onto the line: "… 90+3 Kelby: Lewis Vell 18".
            if end < line.upperBound, tokens[end].text == ":" {
                at = end + 1
                continue
            }
            // The minutes: "12", "90+3", "9, 71", then "(pen)" or "(og)".
            guard end < line.upperBound, isScore(tokens[end].text) else { return [] }
            var person = MentionSpan(paragraph: paragraph.index, first: at, end: end, type: .person)
            person.cued = true
            found.append(person)
            at = end
            while at < line.upperBound, !paragraph.isCapitalizedWord(at) || at > 0 && tokens[at - 1].text == "(" { at += 1 }
        }
        return found
    }

    /// Capitalized words from `first`, with connectors inside, up to five words.
    private static func name(from first: Int, in line: Range<Int>, _ paragraph: TokenizedParagraph) -> Range<Int>? {
        guard paragraph.isCapitalizedWord(first), !isScore(paragraph.tokens[first].text) else { return nil }
        var end = first + 1
        while end < line.upperBound, end - first < 6 {
            let token = paragraph.tokens[end]
            if paragraph.isCapitalizedWord(end) && !isScore(token.text) {
                end += 1
            } else if connectors.contains(token.text) {
                // "of the South": connectors, then a capitalized word.
                var next = end + 1
                while next < line.upperBound, connectors.contains(paragraph.tokens[next].text) { next += 1 }
                guard paragraph.isCapitalizedWord(next), next < line.upperBound else { break }
                end = next
            } else {
                break
            }
        }
        return first..<end
    }

    /// "2", "11", or "2-0" written as one token.
    private static func isScore(_ text: String) -> Bool {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count) else { return false }
        return pieces.allSatisfy { piece in (1...3).contains(piece.count) && piece.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
    }
}
