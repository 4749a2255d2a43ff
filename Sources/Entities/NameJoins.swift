/// "Mohamed El-Amine Souef": the tagger may read a long name as two people with a word between
/// them it passed by. Two people's names with nothing between them, or one capitalized word,
/// are one person's name; two organizations' names with nothing between them ("Vantor" +
/// "Labs Europe") are one organization's.
enum NameJoins {
    /// `spans` sorted by their first token; joined in place.
    static func apply(_ result: inout [MentionSpan], _ paragraph: TokenizedParagraph, commonWords: Set<String> = [], gazetteer: NameGazetteer? = nil) {
        guard !result.isEmpty else { return }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // Emanuel "Chris" Welch: a nickname in quotes between the first name and the surname.
        var nicknamed = 0
        while nicknamed < result.count {
            let end = result[nicknamed].end
            if result[nicknamed].type == .person, end + 3 < tokens.count, isQuote(tokens[end]), tokens[end + 1].isWord,
               facts[end + 1].startsUppercase, isQuote(tokens[end + 2]), tokens[end + 3].isWord, facts[end + 3].startsUppercase,
               !facts[end + 3].rules.contains(.functionWord) {
                result[nicknamed].end = end + 4
                result.removeAll { $0.first >= end && $0.first < end + 4 }
            }
            nicknamed += 1
        }
        // "halfback Tane McAllister-Rhys", "Minister Aoife O'Bolan": a double-barrelled surname, or one
        // with its particle glued on, that the tagger left off a person's name.
        for (offset, span) in result.enumerated() where span.type == .person && span.canonical == nil {
            let next = span.end
            guard next < tokens.count, tokens[next].isWord, !tokens[next].lineStart, !tokens[next].sentenceStart,
                  offset + 1 == result.count || result[offset + 1].first > next,
                  DoubleBarrelledNames.isDoubleBarrelled(tokens[next].text) || hasGluedParticle(tokens[next].text)
            else { continue }
            result[offset].end = next + 1
        }
        // "Chief Marcus" + "Orrin-Tay": a surname read alone, right after a given name the lists
        // know that opens no other name and is no ordinary word, is that person's.
        for (offset, span) in result.enumerated() where span.type == .person && span.end - span.first == 1 && span.canonical == nil {
            let given = span.first - 1
            guard given >= 0, paragraph.isCapitalizedWord(given), !tokens[span.first].lineStart,
                  tokens[given].end < tokens[span.first].start,
                  facts[given].flags.contains(.firstName), !facts[given].isTitle, !facts[given].rules.contains(.functionWord),
                  !commonWords.contains(facts[given].key), offset == 0 || result[offset - 1].end <= given else { continue }
            result[offset].first = given
        }
        var index = 1
        while index < result.count {
            let left = result[index - 1]
            let right = result[index]
            let gap = right.first - left.end
            let organizations = left.type == .organization && right.type == .organization && gap == 0
                && right.canonical == nil && tokens[right.first].isWord && tokens[left.end - 1].isWord
                && !facts[right.first].startsNumber
            var joins = (left.type == .person && right.type == .person && left.canonical == nil && right.canonical == nil
                && (gap == 0 || gap == 1) || organizations)
                && !tokens[right.first].sentenceStart && !tokens[right.first].lineStart
            if joins, gap == 1, MentionCleaner.isMembersTitle(tokens[left.end]) {
                // "Tarrow TD Jimmy Vell", "Fianna Fáil TD Ann Lee": a seat or a party before a
                // member's title, then the member.
                let seat = (left.first..<left.end).allSatisfy { facts[$0].flags.contains(.place) || facts[$0].flags.contains(.placeWord) }
                result[index - 1].type = seat ? .place : .organization
                joins = false
            } else if joins, gap == 1 {
                let between = facts[left.end]
                joins = tokens[left.end].isWord && between.startsUppercase && !between.isTitle
                    && !between.rules.contains(.functionWord) && !tokens[left.end].sentenceStart
            }
            if joins {
                result[index - 1].end = right.end
                result[index - 1].type = left.type
                if organizations { result[index - 1].canonical = nil }
                result.remove(at: index)
            } else {
                index += 1
            }
        }
        HyphenatedGivenNames.apply(&result, paragraph, commonWords: commonWords)
        RoleTitles.apply(&result, paragraph)
        CelestialBodies.apply(&result, paragraph)
        if let gazetteer { DemonymPlurals.apply(&result, paragraph, gazetteer: gazetteer) }
    }

    private static func isQuote(_ token: TaggerToken) -> Bool {
        token.text == "\"" || token.text == "\u{201C}" || token.text == "\u{201D}"
    }

    /// "O'Bolan", "D'Souza", "N’Diaye": one capital, an apostrophe, then a capitalized word.
    static func hasGluedParticle(_ text: String) -> Bool {
        let characters = Array(text.prefix(4))
        return characters.count == 4 && characters[0].isUppercase && (characters[1] == "'" || characters[1] == "\u{2019}")
            && characters[2].isUppercase && characters[3].isLowercase
    }
}
