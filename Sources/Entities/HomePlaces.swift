/// "a charity based in Church Stretton", "Jane Roe, 81, from Lydbury North", "made landfall over
/// Guiuan, Eastern Samar": a name of one or two plain words that the place lists lack, which the
/// tagger read as a body or a person, is a place where the words around it say where someone or
/// something is: after "in" following a word of residence ("based", "born", "lives"), after
/// "from" or "of" closing a person's age, after "a man from", or after a word of place when a
/// known place follows it after a comma ("over X, Y"). Bodies there show themselves: an
/// organization's word, an acronym, a cue ("shares of").
enum HomePlaces {
    /// Before "in": where a thing is based or a person lives.
    static let residence: Set<String> = [
        "based", "located", "headquartered", "situated", "born", "raised", "lives", "lived", "living", "live",
        "resident", "residents", "settled", "grew",
    ]
    /// Before "from": a person news names by where they live ("a 52-year-old man from Lanivet").
    static let residents: Set<String> = [
        "man", "woman", "boy", "girl", "teenager", "teen", "men", "women", "boys", "girls", "teenagers",
        "resident", "residents", "pensioner", "motorist", "cyclist", "pedestrian", "couple", "family",
    ]
    /// Before a place followed by ", Region".
    static let placePrepositions: Set<String> = ["in", "near", "over", "outside", "around", "across", "from"]

    /// `spans` in any order; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) {
        let tokens = paragraph.tokens
        for index in spans.indices where spans[index].type != .place {
            let span = spans[index]
            guard span.canonical == nil, !span.cued, span.first >= 2, span.end - span.first <= 2,
                  isPlainName(span, paragraph) else { continue }
            let before = tokens[span.first - 1].text
            // Where someone lives or was born is never a person ("born in Harwick Mere"); a body and a
            // place, on the other hand, are both written "X, Y".
            let placed = before == "in" && livesIn(span.first - 1, tokens)
                || (before == "from" || before == "of") && closesAnAge(span.first - 1, tokens)
                || before == "from" && span.first >= 2 && residents.contains(tokens[span.first - 2].text)
                || span.type == .organization && placePrepositions.contains(before)
                    && spans.contains { isRegion(after: span, $0, paragraph, gazetteer) }
            if placed { spans[index].type = .place }
        }
    }

    /// "based in", "grew up in": the word before "in" at `at`.
    private static func livesIn(_ at: Int, _ tokens: [TaggerToken]) -> Bool {
        guard at >= 1 else { return false }
        let word = tokens[at - 1].text
        if word == "up" { return at >= 2 && tokens[at - 2].text == "grew" }
        return word != "grew" && residence.contains(word)
    }

    /// "Jane Roe, 81, from", "John Doe, 34, of": a number between commas right before "from" or
    /// "of" at `at`, as court reports give an address.
    private static func closesAnAge(_ at: Int, _ tokens: [TaggerToken]) -> Bool {
        guard at >= 3, tokens[at - 1].text == ",", tokens[at - 3].text == "," else { return false }
        let age = tokens[at - 2].text
        return !age.isEmpty && age.utf8.count <= 3 && age.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// "Guiuan, Eastern Samar": a comma, then a place the lists know.
    private static func isRegion(after span: MentionSpan, _ next: MentionSpan, _ paragraph: TokenizedParagraph,
                                 _ gazetteer: NameGazetteer) -> Bool {
        guard next.type == .place, next.first == span.end + 1, paragraph.tokens[span.end].text == "," else { return false }
        return gazetteer.flags(hash: FeatureHash.nameKeyHash(next.surface(paragraph.tokens))).contains(.place)
    }

    /// One or two capitalized plain words with nothing of a body about them.
    private static func isPlainName(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        for index in span.first..<span.end {
            let word = facts[index]
            guard UnlistedPersonNames.isPlainWord(paragraph.tokens[index].text),
                  word.flags.isDisjoint(with: [.organizationWord, .legalSuffix, .demonym]),
                  word.rules.isDisjoint(with: [.institution, .organizationHead, .legalForm, .body]),
                  !UnmarkedOrganizations.businessWords.contains(word.key) else { return false }
        }
        return OrganizationCues.of(span, paragraph) == .none
    }
}
