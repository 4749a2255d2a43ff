/// "By Nkechi Adeyemo-Barr and Tiago Fernsby", "BY YEVGENIA TORRANCE", or a writer's name alone
/// on the line under the headline, above the date: a byline names the people who wrote the story.
/// Bylines are set in Title Case or capitals, so the tagger (and `HeadlineCase`) reads nothing
/// in them; the line's shape says what its capitals are.
enum Bylines {
    /// What sets an outlet's name off from the byline after it.
    static let separators: Set<String> = ["/", "|", "·", "•", "-", "–", "—"]

    /// The writers' names, as person spans. The reader joins a paragraph's lines, so a byline
    /// is known by where it stands: first in its paragraph, or at a line break.
    static func find(in paragraph: TokenizedParagraph, commonWords: Set<String>, gazetteer: NameGazetteer) -> [MentionSpan] {
        let tokens = paragraph.tokens
        var result: [MentionSpan] = []
        // "Coastline News By Hoa Nguyen and Callum Fitzgerald-Tui", "Tarrow Coast / By …": the
        // outlet's line and the byline joined into one paragraph; the names then run to its end.
        if tokens.count > 2, let by = (1..<min(tokens.count, 6)).first(where: { tokens[$0].text == "By" || tokens[$0].text == "BY" }),
           !tokens[by].lineStart,
           (0..<by).allSatisfy({ paragraph.isCapitalizedWord($0) || separators.contains(tokens[$0].text) }) {
            let (spans, after) = names(from: by + 1, paragraph, commonWords: commonWords, gazetteer: gazetteer)
            if after == tokens.count { result += spans }
        }
        for start in tokens.indices where start == 0 || tokens[start].lineStart {
            let opener = tokens[start]
            if opener.isWord, opener.text == "By" || opener.text == "BY" {
                result += names(from: start + 1, paragraph, commonWords: commonWords, gazetteer: gazetteer).spans
                continue
            }
            // A name alone under the headline, before the date ("Jane Doe" / "March 3, 2026"), the
            // whole line once the date line is taken out, or an outlet after a separator
            // ("Jane Doe · City News · Posted: ...").
            // Only in the opening paragraphs' furniture, not the headline and not a sentence
            // ("Brennvik Air orders 24 jets").
            // A masthead read as the title pushes the byline down, under the section's name, the
            // headline and the standfirst: there, only a name opening with a listed given name, or
            // one a writer's role follows ("…, Tarrow staff writers").
            guard start == 0, (0...2).contains(paragraph.index)
                    || (3...4).contains(paragraph.index) && (paragraph.facts.first?.flags.contains(.firstName) == true
                        || paragraph.facts.contains { $0.rules.contains(.bylineRole) }),
                  tokens.count <= 40, tokens.last?.text != "." else { continue }
            if let writers = writersWithCities(paragraph, commonWords: commonWords, gazetteer: gazetteer) {
                result += writers
                continue
            }
            let (spans, after) = names(from: start, paragraph, commonWords: commonWords, gazetteer: gazetteer)
            guard !spans.isEmpty else { continue }
            // The names are the whole line: the reader took the date line under them away. Nothing
            // else marks the line, so the lists must know a word of the names and no word may be an
            // ordinary one ("Captcha Refresh").
            if after == tokens.count {
                let words = spans.flatMap { Array($0.first..<$0.end) }.filter { tokens[$0].isWord }.map { paragraph.facts[$0] }
                let listed = words.contains { !$0.flags.isDisjoint(with: [.firstName, .surname]) }
                let ordinary = words.contains {
                    $0.flags.isDisjoint(with: [.firstName, .surname]) && commonWords.contains($0.key) && !NameRules.particles.contains($0.key)
                }
                if listed && !ordinary { result += spans }
                continue
            }
            let separated = ["·", "|", "•"].contains(tokens[after].text)
            // A month, a day's name or a year: not any number ("Fianna Fáil and Sinn Féin split as 12-6").
            let dated = (after..<min(after + 5, tokens.count)).contains { isDateWord($0, paragraph) }
            if separated || dated || isRoleLine(from: after, paragraph) {
                result += spans
                // "KENJI VELL, Tarrow Post staff writer, and ERWIN TARSONO, Contributing writer": more
                // writers after "and", each with a role.
                var next = after
                while let and = (next..<tokens.count).first(where: { tokens[$0].text == "and" || tokens[$0].text == "&" }) {
                    let (more, moreAfter) = names(from: and + 1, paragraph, commonWords: commonWords, gazetteer: gazetteer)
                    guard !more.isEmpty, moreAfter == tokens.count || isRoleLine(from: moreAfter, paragraph) else { break }
                    result += more
                    next = moreAfter
                }
            }
        }
        return result
    }

    /// "Ana Vell in Madrid and Tom Hale in London": each writer with the city the story was
    /// written in, the whole line. The writers and the cities, or nil.
    private static func writersWithCities(_ paragraph: TokenizedParagraph, commonWords: Set<String>,
                                          gazetteer: NameGazetteer) -> [MentionSpan]? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        var index = 0
        while index < tokens.count {
            let end = nameEnd(from: index, to: tokens.count, paragraph)
            guard end < tokens.count, tokens[end].text == "in",
                  isPersonName(index, end, paragraph, commonWords: commonWords, gazetteer: gazetteer) else { return nil }
            var cityEnd = end + 1
            while cityEnd < tokens.count, cityEnd - end <= 3, paragraph.isCapitalizedWord(cityEnd) { cityEnd += 1 }
            guard cityEnd > end + 1, (end + 1..<cityEnd).allSatisfy({ !facts[$0].flags.contains(.firstName) || facts[$0].flags.contains(.place) })
            else { return nil }
            found.append(MentionSpan(paragraph: paragraph.index, first: index, end: end, type: .person, needsSupport: false, cued: true))
            found.append(MentionSpan(paragraph: paragraph.index, first: end + 1, end: cityEnd, type: .place, needsSupport: false))
            if cityEnd == tokens.count { return found }
            guard ["and", ","].contains(tokens[cityEnd].text) else { return nil }
            index = cityEnd + 1
        }
        return nil
    }

    /// "Health policy editor", ", Transport Correspondent": what follows the name says what the
    /// writer does. The reader takes the date line below out of the text and may join what is
    /// left to the name's line, so this is often all that tells a byline from a headline.
    private static func isRoleLine(from after: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        var first = tokens[after].text == "," ? after + 1 : after
        // ", Tarrow Post staff writer", ", Kelby Times business reporter": the outlet's name may come first,
        // capitalized, before the lowercase words of the role.
        var outletWords = 0
        while first < tokens.count, outletWords < 2, tokens[first].isWord, paragraph.facts[first].startsUppercase,
              !paragraph.facts[first].rules.contains(.bylineRole), !paragraph.facts[first].rules.contains(.bylineBeat) {
            first += 1
            outletWords += 1
        }
        if outletWords > 0, first < tokens.count, !paragraph.facts[first].startsLowercase { return false }
        for index in first..<min(first + 4, tokens.count) {
            let facts = paragraph.facts[index]
            guard tokens[index].isWord else { return false }
            if facts.rules.contains(.bylineRole) { return true }
            guard facts.startsLowercase || facts.rules.contains(.bylineBeat) else { return false }
        }
        return false
    }

    static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "updated", "published",
    ]

    private static func isDateWord(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let text = paragraph.tokens[index].text
        if text.utf8.count == 4, text.hasPrefix("19") || text.hasPrefix("20"), text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return true }
        let key = paragraph.facts[index].key
        return dateWords.contains(key) || MonthAbbreviations.words.contains(key)
    }

    /// Names joined by "and", "&" or commas from `start`; empty unless every one looks like a
    /// person's name. `after`: the token after the last name.
    private static func names(from start: Int, _ paragraph: TokenizedParagraph,
                              commonWords: Set<String>, gazetteer: NameGazetteer) -> (spans: [MentionSpan], after: Int) {
        let tokens = paragraph.tokens
        var spans: [MentionSpan] = []
        let lineEnd = tokens.count
        var index = start
        while index < lineEnd {
            let first = index
            index = nameEnd(from: first, to: lineEnd, paragraph)
            // "Dana Hale Health policy editor", "Tiago Fernsby Daily News": the name ends at the
            // first word that describes the writer or names the outlet.
            var end = index > first + 1
                ? (first + 1..<index).first { tokens[$0].start > tokens[$0 - 1].end && isDescription($0, after: first, paragraph, commonWords: commonWords) }
                    ?? index : index
            // "Siobhan Lachapelle-Moore Mining Reporter": the word before the role is the beat, though
            // no list has it, unless it is a name's.
            if end < index, end - first >= 3, paragraph.facts[end].rules.contains(.bylineRole), tokens[end - 1].isWord,
               tokens[end - 2].isWord, paragraph.facts[end - 1].flags.isDisjoint(with: [.firstName, .surname]) {
                end -= 1
            }
            // "By Jane Doe, Reuters": what follows the first name may be the outlet, not a second writer.
            guard isPersonName(first, end, paragraph, commonWords: commonWords, gazetteer: gazetteer) else {
                return spans.isEmpty ? ([], start) : (spans, first - 1)
            }
            spans.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .person,
                                     needsSupport: false, cued: true))
            // "By Callum Hale, OSTMARK TV": writers' names are all set alike; an outlet in capitals
            // after a name that is not is no second writer.
            guard index + 1 < lineEnd, ["and", "AND", "&", ",", "with"].contains(tokens[index].text),
                  tokens[index + 1].isWord, paragraph.facts[index + 1].startsUppercase,
                  isCapitals(tokens[index + 1].text) == isCapitals(tokens[first].text) || isInitial(tokens[first].text)
            else { break }
            index += 1
        }
        return (spans, index)
    }

    /// The end of the run of name words from `first`: capitalized words, initials ("K.", "K.S."),
    /// particles inside ("van", "de"), and pieces glued by a hyphen ("Mei-ling", "Adeyemo-Barr").
    /// A name is set all in capitals or not at all: "JANE ROE Updated", "Raj Iyer MUMBAI" end
    /// where the setting changes; but a given name may have its surname in capitals, as agencies
    /// set it ("Tamsin KELLOWAY").
    private static func nameEnd(from first: Int, to lineEnd: Int, _ paragraph: TokenizedParagraph) -> Int {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var capitals: Bool?
        var wordsSet = 0
        var end = first
        while end < lineEnd, end - first < 8, end == first || !tokens[end].lineStart {
            let token = tokens[end]
            // "By Lachlan Ng and Talia Brennan April 9, 2025": the date line, run into the byline.
            if end > first, isDateWord(end, paragraph), end + 1 < lineEnd, facts[end + 1].startsNumber {
                // "Updated October 18": the words of the date line before its month go too.
                while end > first + 1, isDateWord(end - 1, paragraph) { end -= 1 }
                break
            }
            if token.isWord, facts[end].startsUppercase || facts[end].capitalized {
                if !isInitial(token.text) {
                    let shouted = isCapitals(token.text)
                    if let setting = capitals, setting != shouted, setting || !shouted || wordsSet > 1 { break }
                    capitals = shouted
                    wordsSet += 1
                }
                end += 1
            } else if token.isWord, end > first, token.text != "the", token.text != "THE",
                      NameRules.particles.contains(capitals == true ? token.text.lowercased() : token.text),
                      end + 1 < lineEnd, facts[end + 1].startsUppercase {
                end += 1
            } else if token.text == "-", end > first, end + 1 < lineEnd, tokens[end + 1].isWord,
                      token.start == tokens[end - 1].end, tokens[end + 1].start == token.end {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// "K.", "K.S.": letters each followed by a dot.
    private static func isInitial(_ text: String) -> Bool {
        text.hasSuffix(".") && text.utf8.count <= 6
    }

    /// Two letters or more, none lowercase.
    private static func isCapitals(_ text: String) -> Bool {
        (CapitalLetters.count(in: text) ?? 0) >= 2
    }

    /// A word that describes the writer: "Health", "policy", "Correspondent".
    private static func isDescription(_ index: Int, after first: Int, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> Bool {
        let facts = paragraph.facts[index]
        guard paragraph.tokens[index].isWord else { return false }
        // "MARÍA VELLÓN DE LA VEGA": a particle set in capitals is no place's name ("DE").
        if facts.key != "the", NameRules.particles.contains(facts.key) { return false }
        // "Brooks Hale Harbury Evening Post": the outlet's town, after two words of the name.
        if index >= first + 2, facts.flags.contains(.place), facts.flags.isDisjoint(with: [.firstName, .surname]) { return true }
        return facts.rules.contains(.bylineBeat) || facts.rules.contains(.bylineRole)
            || facts.flags.contains(.organizationWord) || facts.flags.contains(.legalSuffix)
            || facts.flags.isDisjoint(with: [.firstName, .surname]) && commonWords.contains(facts.key)
    }

    /// Two to five words, no word of an organization, a place or a title, nor an ordinary word first
    /// ("By Staff Reporter", "By The Associated Press", "By Christmas Eve").
    private static func isPersonName(_ first: Int, _ end: Int, _ paragraph: TokenizedParagraph, commonWords: Set<String>, gazetteer: NameGazetteer) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let words = (first..<end).filter { tokens[$0].isWord && !($0 > first && tokens[$0 - 1].text == "-" && tokens[$0].start == tokens[$0 - 1].end) }
        // Particles are no words of their own here ("MARÍA JOSÉ VELL DE LA VEGA").
        guard (2...5).contains(words.filter { !NameRules.particles.contains(facts[$0].key) }.count) else { return false }
        for index in first..<end where tokens[index].isWord {
            let word = facts[index]
            if word.flags.contains(.organizationWord) || word.flags.contains(.legalSuffix) || word.flags.contains(.demonym)
                || word.isTitle || word.rules.contains(.functionWord) || word.rules.contains(.bylineBeat)
                || word.rules.contains(.bylineRole) || MonthAbbreviations.words.contains(word.key) { return false }
        }
        // A place's name is no writer's ("LISBON TIMES | SPORT").
        let surface = MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .person).surface(tokens)
        if gazetteer.flags(key: NameKey.of(surface)).contains(.place) { return false }
        return !(commonWords.contains(facts[first].key) && facts[first].flags.isDisjoint(with: [.firstName, .surname]))
    }
}
