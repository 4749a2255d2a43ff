import NewsCore

/// "Tesla Inc, Lirvo and Volkswagen", "Meta Platforms, Google and X": names listed together are
/// names of one kind. When a member is surely an organization (a legal form or an organization
/// word in it, or the alias table's word), the others that nothing marks as a place or a person
/// are organizations too. Among places, the odd member is a place; among people, a surname.
enum ListMembers {
    /// `result` sorted by first token; retyped in place.
    static func apply(_ result: inout [MentionSpan], _ paragraph: TokenizedParagraph, lexicon: Lexicon,
                      gazetteer: NameGazetteer, commonWords: Set<String>) {
        guard result.count >= 2 else { return }
        var start = 0
        while start < result.count {
            var end = start + 1
            while end < result.count, joinsList(result[end - 1].end, result[end].first, paragraph) { end += 1 }
            if end - start >= 3 || end - start == 2 && isPair(result[start], result[start + 1], paragraph) {
                retype(&result, start..<end, paragraph, lexicon: lexicon, gazetteer: gazetteer, commonWords: commonWords)
            }
            start = end
        }
    }

    /// Two names with only a comma between are a list when it goes on after them (", Google and X");
    /// otherwise the second may open the sentence's next part ("its spokesperson, Tunde Bello,
    /// Vellmor Ltd blamed").
    private static func isPair(_ left: MentionSpan, _ right: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard right.first == left.end + 1, tokens[left.end].text == "," else { return true }
        return right.end < tokens.count && ["and", "or", ","].contains(tokens[right.end].text)
    }

    /// Only ",", ";", "and", "or" or ", and" between two names (a team's line-up sets its
    /// units apart with semicolons: "Reid; Spence, Vaz, Gordon; Blake").
    private static func joinsList(_ from: Int, _ to: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        switch to - from {
        case 1: return [",", ";", "and", "or"].contains(tokens[from].text)
        case 2: return tokens[from].text == "," && tokens[from + 1].text == "and"
        default: return false
        }
    }

    private static func retype(_ spans: inout [MentionSpan], _ members: Range<Int>, _ paragraph: TokenizedParagraph,
                               lexicon: Lexicon, gazetteer: NameGazetteer, commonWords: Set<String>) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        func surelyOrganization(_ span: MentionSpan) -> Bool {
            guard span.type == .organization else { return false }
            if let (type, _) = lexicon.aliases[Lexicon.aliasKey(span.surface(tokens))] { return type == .organization }
            return (span.first..<span.end).contains { index in
                facts[index].flags.contains(.organizationWord) || facts[index].flags.contains(.legalSuffix)
                    || facts[index].rules.contains(.legalForm)
            }
        }
        // "Council Chambers, Tarlow Street, Wendermere": names run on by commas alone, one of them a
        // street, are an address: a venue, its street and its town, no list of one kind.
        if isAddress(spans, members, paragraph) { return }
        guard members.contains(where: { surelyOrganization(spans[$0]) }) else {
            placesAmongPlaces(&spans, members, paragraph, gazetteer: gazetteer)
            surnamesAmongPeople(&spans, members, paragraph, lexicon: lexicon, gazetteer: gazetteer, commonWords: commonWords)
            return
        }
        for index in members where spans[index].type != .organization && spans[index].canonical == nil {
            let span = spans[index]
            if isListedOrPlace(span.surface(tokens), lexicon: lexicon, gazetteer: gazetteer) { continue }
            // "Anna Berg": a known first name before a known surname is a person's ("Meta Platforms" is not).
            if span.type == .person, span.end - span.first > 1, facts[span.first].flags.contains(.firstName),
               facts[span.end - 1].flags.contains(.surname) { continue }
            spans[index].type = .organization
        }
    }

    /// The alias table knows the name, or the place list does: its type is no list's to change.
    private static func isListedOrPlace(_ surface: String, lexicon: Lexicon, gazetteer: NameGazetteer) -> Bool {
        lexicon.aliases[Lexicon.aliasKey(surface)] != nil
            || gazetteer.flags(hash: FeatureHash.nameKeyHash(surface)).contains(.place)
    }

    /// True when only commas join `members` and one of them ends with a road's or a square's word.
    private static func isAddress(_ spans: [MentionSpan], _ members: Range<Int>, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let commasOnly = members.dropFirst().allSatisfy { index in
            (spans[index - 1].end..<spans[index].first).allSatisfy { tokens[$0].text == "," }
        }
        return commasOnly && members.contains { index in
            let last = spans[index].end - 1
            return spans[index].end - spans[index].first > 1 && facts[last].startsUppercase
                && facts[last].rules.contains(.facility)
        }
    }

    /// Words of place and motion before a list ("between Katoomba and Lithgow", "at Garzweiler and Hambach").
    private static let placePrepositions: Set<String> = [
        "in", "near", "between", "from", "at", "across", "to", "outside", "around", "through", "over", "into", "via",
    ]

    private static func afterPreposition(_ first: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        first.first > 0 && placePrepositions.contains(paragraph.tokens[first.first - 1].text)
    }

    /// "Leeds, Bradford and Wakefield", "Lancashire, Cumbria and Yorkshire": where every
    /// other member is a place, one member read as a person or an organization, with no organization
    /// word in it, is a place too when the place list knows it ("Bradford" is a surname as well) or,
    /// one or two plain words, when two places or more stand beside it, or one after a word of place
    /// ("between Katoomba and Lithgow").
    private static func placesAmongPlaces(_ spans: inout [MentionSpan], _ members: Range<Int>,
                                          _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) {
        let others = members.filter { spans[$0].type != .place }
        if others.count == members.count {
            if onARoute(members, spans, paragraph) { for index in members { spans[index].type = .place } }
            return
        }
        guard others.count == 1, let index = others.first else { return }
        let span = spans[index]
        let facts = paragraph.facts
        guard span.canonical == nil,
              !(span.first..<span.end).contains(where: { facts[$0].flags.contains(.organizationWord) }) else { return }
        let known = gazetteer.flags(hash: FeatureHash.nameKeyHash(span.surface(paragraph.tokens))).contains(.place)
        // "Homebush, Crows Nest and Kellyville", "between Jurong East and Buona Vista": a body's name
        // of two plain words too (a person's may be a name the lists lack: "Zhou Weiming").
        let plainWords = span.end - span.first <= 2 && span.type == .organization
            && (members.count >= 3 || afterPreposition(spans[members.lowerBound], paragraph))
            && (span.first..<span.end).allSatisfy { UnlistedPersonNames.isPlainWord(paragraph.tokens[$0].text) }
        if known || plainWords { spans[index].type = .place }
    }

    /// "Cammock-Reid; Spence-Lawrie, Tulloch-Vaz, Gordon-Abiola": where half a list or more are
    /// people's names or lone double-barrelled surnames (a line-up, a cast, a panel), one or two
    /// capitalized words, none an ordinary word, that nothing marks as a body or a known place are
    /// a person's name too, though the tagger read a body or a place. A band named by ordinary
    /// words stays one ("Vertical Horizon").
    private static func surnamesAmongPeople(_ spans: inout [MentionSpan], _ members: Range<Int>, _ paragraph: TokenizedParagraph,
                                            lexicon: Lexicon, gazetteer: NameGazetteer, commonWords: Set<String>) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // The tagger reads a line-up's lone double-barrelled surnames one way, then another: each
        // vouches for the list's kind as a person's name does.
        let people = members.filter { spans[$0].type == .person }.count
        let surnames = members.filter { index in
            spans[index].type != .person && spans[index].end - spans[index].first == 1
                && DoubleBarrelledNames.isDoubleBarrelled(tokens[spans[index].first].text)
        }.count
        guard people >= 1, people + surnames >= 2, (people + surnames) * 2 >= members.count else { return }
        for index in members where spans[index].type != .person && spans[index].canonical == nil {
            let span = spans[index]
            guard span.end - span.first <= 2,
                  !isListedOrPlace(span.surface(tokens), lexicon: lexicon, gazetteer: gazetteer) else { continue }
            let plain = (span.first..<span.end).allSatisfy { word in
                (UnlistedPersonNames.isPlainWord(tokens[word].text) || DoubleBarrelledNames.isDoubleBarrelled(tokens[word].text))
                    && !commonWords.contains(facts[word].key)
                    && facts[word].flags.isDisjoint(with: [.organizationWord, .legalSuffix, .demonym, .title])
                    && facts[word].rules.isDisjoint(with: [.institution, .organizationHead, .legalForm, .body, .facility])
            }
            if plain { spans[index].type = .person }
        }
    }

    /// What runs or lies between two places, before "between": "closed between Wollomby and Carrowburn".
    private static let routeWords: Set<String> = [
        "closed", "shut", "reopened", "blocked", "open", "road", "roads", "highway", "motorway", "route", "routes",
        "line", "rail", "railway", "track", "trains", "services", "flights", "buses", "ferries", "stretch", "section",
        "corridor", "border", "travel", "travelling", "traveling", "commute", "journey", "journeys", "trips", "drive",
        "runs", "running", "lies", "located", "situated", "halfway", "midway", "bottleneck",
    ]

    /// "via Brackwater and Ossinby", "the stretch between Wollomby and Carrowburn": names no list
    /// knows, listed on a route, are places though the tagger read bodies. Each is one or two plain
    /// words, nothing of a body in them.
    private static func onARoute(_ members: Range<Int>, _ spans: [MentionSpan], _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let start = spans[members.lowerBound].first
        guard start >= 1 else { return false }
        let link = tokens[start - 1].text
        let route = link == "via" || link == "between" && start >= 2 && routeWords.contains(facts[start - 2].key)
        guard route else { return false }
        return members.allSatisfy { index in
            let span = spans[index]
            return span.type == .organization && span.canonical == nil && span.end - span.first <= 2
                && (span.first..<span.end).allSatisfy { word in
                    UnlistedPersonNames.isPlainWord(tokens[word].text)
                        && !facts[word].flags.contains(.organizationWord) && !facts[word].flags.contains(.legalSuffix)
                        && facts[word].rules.isDisjoint(with: [.institution, .organizationHead, .legalForm, .body])
                        && !UnmarkedOrganizations.businessWords.contains(facts[word].key)
                }
        }
    }
}
