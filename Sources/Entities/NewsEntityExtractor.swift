import NewsCore

/// People, places and organizations in news: a trained sequence tagger proposes names,
/// rules clean them (titles, possessives, furniture) and add what titles and acronym
/// definitions vouch for, the article is made consistent with itself, and aliases are folded.
public struct NewsEntityExtractor: EntityExtractor {
    let model: EntityModel?

    /// `model` nil: the shared model, loaded on first use.
    public init(model: EntityModel? = nil) {
        self.model = model
    }

    public func entities(in article: Article) -> [ArticleEntity] {
        let model = self.model ?? EntityModel.shared
        var paragraphs: [TokenizedParagraph] = []
        if !article.titleDerived { paragraphs.append(tokenized(article.title, index: -1, model: model)) }
        for (index, text) in article.paragraphs.enumerated() { paragraphs.append(tokenized(text, index: index, model: model)) }
        // Captions are read as paragraphs no view shows (below the publisher's), so what they name
        // highlights nowhere.
        for (offset, caption) in article.captions.enumerated() {
            paragraphs.append(tokenized(caption, index: Publisher.paragraph - 1 - offset, model: model))
        }

        let cleaner = MentionCleaner(lexicon: model.lexicon, gazetteer: model.gazetteer, commonWords: model.commonWords)
        var spans: [MentionSpan] = []
        var acronyms: [String: MentionSpan] = [:]
        let aboutSport = SportWords.isAboutSport(paragraphs)
        let teams = SportsTeams.find(in: paragraphs, aboutSport: aboutSport, lexicon: model.lexicon, gazetteer: model.gazetteer)
        for paragraph in paragraphs {
            let bylines = Bylines.find(in: paragraph, commonWords: model.commonWords, gazetteer: model.gazetteer)
            let results = aboutSport ? ScoreLines.find(in: paragraph, commonWords: model.commonWords) : []
            if paragraph.capitalsMeanNothing {
                spans += bylines + results
                // A headline's capitals say nothing, but a name the alias table knows is one still
                // ("Tarvel Cuts Prices as Tesla Pressure Mounts"). Only in a headline with a small
                // word in lower case: a menu or share bar lists names as its items ("UK  World
                // Business", "Facebook  Twitter") and a shouted line's "WHO" is no body.
                if paragraph.facts.contains(where: { $0.rules.contains(.functionWord) && !$0.startsUppercase }) {
                    spans += AliasTableMatches.find(in: paragraph, lexicon: model.lexicon).filter { known in
                        !(bylines + results).contains { $0.overlaps(known) }
                    }
                }
                continue
            }
            var tagged: [MentionSpan] = []
            if let tagger = model.tagger {
                let features = TokenFeatures(tokens: paragraph.tokens, facts: paragraph.facts, gazetteer: model.gazetteer)
                tagged = SpanDecoder.spans(tagger.tag(features), paragraph: paragraph.index)
            }
            var found = SpanSet(tokenCount: paragraph.tokens.count)
            let cleaned = tagged.flatMap { cleaner.clean($0, paragraph) }
            found.add(results.isEmpty ? cleaned : ScoreLines.withoutTableColumns(cleaned, paragraph))
            // The alias table and the team list are the user's word: their names replace what
            // they overlap, unless the tagger's name holds one inside a longer name ("US Army").
            let tableNames = AliasTableMatches.find(in: paragraph, lexicon: model.lexicon)
            for known in tableNames + (teams[paragraph.index] ?? []) + results {
                found.replace(with: known)
            }
            for titled in TitledNames.find(in: paragraph, gazetteer: model.gazetteer, commonWords: model.commonWords) {
                let overlapping = found.overlapping(titled)
                guard let first = overlapping.first else {
                    found.add(cleaner.clean(titled, paragraph))
                    continue
                }
                // The title settles the type of what the tagger found there, and its extent
                // when the tagger saw only part of the name ("Tahsin" + "Al Khafaji").
                let tagged = found[first]
                guard tagged.canonical == nil, !cleaner.hasOrganizationWord(tagged, paragraph) else { continue }
                if titled.first <= tagged.first && tagged.end <= titled.end {
                    found.remove(overlapping)
                    found.add(cleaner.clean(titled, paragraph))
                } else {
                    found[first].type = .person
                }
            }
            for listed in ListedNames.find(in: paragraph, gazetteer: model.gazetteer, commonWords: model.commonWords) {
                // An organization's full name replaces the pieces the tagger made of it
                // ("Securities" + "Exchange Commission").
                let overlapping = found.overlapping(listed)
                let pieces = overlapping.map { found[$0] }
                let holdsThemAll = pieces.allSatisfy { listed.first <= $0.first && $0.end <= listed.end }
                // A known place of several words replaces pieces of it ("Saudi" + "Arabia").
                guard overlapping.isEmpty || listed.type == .organization && holdsThemAll && overlapping.count > 1
                        || listed.type == .organization && holdsThemAll && pieces.allSatisfy({ $0.type == .organization })
                        || listed.type == .place && holdsThemAll && pieces.allSatisfy({ $0.canonical == nil })
                else { continue }
                found.remove(overlapping)
                found.add(cleaner.clean(listed, paragraph))
            }
            // A Spanish, French... body's whole name replaces the pieces the tagger cut it into, and
            // so do a field's national body ("Rugby Australia"), a saint's ("St Peter's Hospice"), a
            // place named with a possessive ("Nimmo's Pier"), a campaign's friends ("Friends of the Earth"),
            // an office holder's staff ("the Attorney General's Office") and a country's mission ("Embassy of Japan").
            for name in RomanceOrganizationNames.find(in: paragraph) + SectorBodies.find(in: paragraph)
                + SaintsNames.find(in: paragraph) + PossessivePlaces.find(in: paragraph) + FriendsGroups.find(in: paragraph)
                + TitledOffices.find(in: paragraph) + DiplomaticMissions.find(in: paragraph) {
                let overlapping = found.overlapping(name)
                guard overlapping.allSatisfy({ name.first <= found[$0].first && found[$0].end <= name.end }) else { continue }
                found.remove(overlapping)
                found.add(name)
            }
            // So do an outlet named after its kind ("the newspaper Welt am Mittwoch") and a state's
            // formal name ("Kingdom of the Netherlands"), unless the alias table knows the name
            // ("the broadcaster BBC", "Republic of Korea").
            for name in MediaNames.find(in: paragraph) + FormalStateNames.find(in: paragraph) {
                let overlapping = found.overlapping(name)
                guard overlapping.allSatisfy({ name.first <= found[$0].first && found[$0].end <= name.end && found[$0].canonical == nil })
                else { continue }
                found.remove(overlapping)
                found.add(name)
            }
            for dateline in Datelines.find(in: paragraph) where found.overlapping(dateline).isEmpty {
                found.add(cleaner.clean(dateline, paragraph))
            }
            for described in DescribedNames.find(in: paragraph, commonWords: model.commonWords)
            where found.overlapping(described).isEmpty {
                found.add(described)
            }
            for body in OrdinalBodies.find(in: paragraph) {
                // The tagger often finds the words without their number ("Infantry Regiment").
                let overlapping = found.overlapping(body)
                let insideIt = overlapping.allSatisfy {
                    found[$0].type == .organization && body.first <= found[$0].first && found[$0].end <= body.end
                }
                guard insideIt else { continue }
                found.remove(overlapping)
                found.add(body)
            }
            for acronym in BareAcronyms.find(in: paragraph, gazetteer: model.gazetteer, commonWords: model.commonWords) where found.overlapping(acronym).isEmpty {
                found.add(acronym)
            }
            for party in PartyNames.find(in: paragraph) + TreasuryNames.find(in: paragraph) + LegislatureNames.find(in: paragraph) {
                // Winning seats settles it, whatever the tagger read there ("Forward took three seats").
                if party.cued {
                    found.replace(with: party)
                } else if found.overlapping(party).isEmpty {
                    found.add(party)
                }
            }
            for definition in AcronymDefinitions.find(in: paragraph) {
                var expansion = definition.expansion
                let overlapping = found.overlapping(expansion)
                // A place keeps its type ("Democratic Republic of Congo (DRC)"), unless a trade's or
                // a body's word says it is named after one ("Trade Finance Kenya (TFK)"); people
                // are not defined by initials in brackets, so a piece read as a person's name is a body's.
                let bodysWord = cleaner.hasOrganizationWord(expansion, paragraph)
                    || paragraph.facts[expansion.first..<expansion.end].contains { UnmarkedOrganizations.businessWords.contains($0.key) }
                if let tagged = overlapping.first, found[tagged].type == .place, !bodysWord { expansion.type = .place }
                found.remove(overlapping)
                found.add(expansion)
                acronyms[definition.acronym] = expansion
            }
            var live = found.live
            if !live.isEmpty {
                live.sort { $0.first < $1.first }
                NameJoins.apply(&live, paragraph, commonWords: model.commonWords, gazetteer: model.gazetteer)
                ListMembers.apply(&live, paragraph, lexicon: model.lexicon, gazetteer: model.gazetteer, commonWords: model.commonWords)
                NamedAppositions.apply(&live, paragraph)
                PossessiveNames.apply(&live, paragraph, commonWords: model.commonWords)
                ListedPortfolios.apply(&live, paragraph, lexicon: model.lexicon)
                OrganizationOfJoins.apply(&live, paragraph)
                CoordinatedOrganizations.apply(&live, paragraph, commonWords: model.commonWords)
                CoordinatedComplements.apply(&live, paragraph, commonWords: model.commonWords)
                OrdinaryWordPairs.apply(&live, paragraph, commonWords: model.commonWords)
                PartnershipNames.apply(&live, paragraph, commonWords: model.commonWords)
                TitledPersonInsideName.apply(&live, paragraph)
                PersonOfBody.apply(&live, paragraph, gazetteer: model.gazetteer)
                JointPlaceBodies.apply(&live, paragraph)
                FatherNames.apply(&live, paragraph)
            }
            // After the joins, and though the tagger found nothing: it adds names of its own.
            BasedCompanies.apply(&live, paragraph, gazetteer: model.gazetteer)
            // A byline's shape says its words are the writers' names, whatever the tagger read
            // (and though "Jane Doe, BBC" looks like a list of two).
            if !bylines.isEmpty {
                live.removeAll { span in bylines.contains { $0.overlaps(span) } }
                live += bylines
            }
            // "Social Democrats (SPD)": an organization's acronym in brackets right after it, though
            // in another language its initials do not spell it.
            for (acronym, expansion) in BracketedAcronyms.find(in: paragraph, after: live, lexicon: model.lexicon) where acronyms[acronym] == nil {
                acronyms[acronym] = expansion
            }
            // "Mohamed Hamdan Dagalo, widely known as Hemedti": folded the same way.
            for (other, name) in KnownAsNames.find(in: paragraph, after: live) where acronyms[other] == nil {
                acronyms[other] = name
            }
            if let credit = PhotoCredits.first(in: paragraph) {
                live.removeAll { $0.first < credit.upperBound && credit.lowerBound < $0.end }
                // The agencies the alias table knows stay: "Photo: Jane Roe/dpa".
                live += tableNames.filter { $0.type == .organization && credit.lowerBound <= $0.first && $0.end <= credit.upperBound }
            }
            live.removeAll { PageLabels.isLabel($0, paragraph, commonWords: model.commonWords) || PageHeadings.isHeading($0, paragraph) }
            CreditAgencies.apply(&live, paragraph)
            CreditPhotographers.apply(&live, paragraph)
            live.removeAll {
                EventNames.isEvent($0, paragraph) || Designations.isDesignation($0, paragraph) || TickerSymbols.isTicker($0, paragraph)
                    || SectorBodies.isGame($0, paragraph) || TransitLines.isLine($0, paragraph)
            }
            PortfolioNames.apply(&live, paragraph, commonWords: model.commonWords)
            OfficeTitles.apply(&live, paragraph)
            TopicLines.apply(&live, paragraph, commonWords: model.commonWords)
            UnlistedPersonNames.apply(&live, paragraph, commonWords: model.commonWords)
            BuiltPlaces.apply(&live, paragraph)
            HomePlaces.apply(&live, paragraph, gazetteer: model.gazetteer)
            ParticleNames.apply(&live, paragraph, gazetteer: model.gazetteer)
            Constituencies.apply(&live, paragraph)
            PlaceKinds.apply(&live, paragraph)
            RoleNouns.apply(&live, paragraph)
            KindAfterName.apply(&live, paragraph)
            PlaceWordAfterName.apply(&live, paragraph)
            PlacesOfKind.apply(&live, paragraph)
            CompassRegions.apply(&live, paragraph)
            CompoundBodyNames.apply(&live, paragraph)
            CompanyBoards.apply(&live, paragraph)
            PostNominals.apply(&live, paragraph)
            spans += withoutOverlaps(live, tokenCount: paragraph.tokens.count)
        }
        spans = supported(spans, paragraphs: paragraphs)
        spans = NamedElsewherePairs.split(spans, paragraphs: paragraphs)
        if aboutSport { PlacesAsTeams.apply(&spans, paragraphs: paragraphs) }
        spans = DocumentConsistency.apply(spans, paragraphs: paragraphs)
        spans = SurnameReferences.apply(spans, paragraphs: paragraphs, commonWords: model.commonWords)
        spans = ProductNames.drop(spans, paragraphs: paragraphs)
        spans = AlphanumericCodes.drop(spans, paragraphs: paragraphs)
        spans = MarketFigures.drop(spans, paragraphs: paragraphs)
        spans = OrdinaryWordNames.drop(spans, paragraphs: paragraphs, commonWords: model.commonWords)
        spans = EventNames.drop(spans, paragraphs: paragraphs)
        spans = AcronymUse.fold(spans, acronyms: acronyms, paragraphs: paragraphs)

        let byIndex = Dictionary(uniqueKeysWithValues: paragraphs.map { ($0.index, $0.tokens) })
        var mentions = spans.compactMap { span -> Mention? in
            guard let tokens = byIndex[span.paragraph] else { return nil }
            return Mention(surface: span.surface(tokens), type: span.type, canonical: span.canonical,
                           location: span.location(tokens))
        }
        // The masthead and the copyright notice vouch that their names are organizations: the text's
        // mentions of the same names are those bodies, whatever the tagger typed them.
        var vouched: [Mention] = []
        if let publisher = Publisher.mention(for: article) { vouched.append(publisher) }
        let firstHolder = vouched.count
        vouched += RightsHolders.mentions(for: article, gazetteer: model.gazetteer)
        // A masthead or notice the alias table knows ("© 2025 AFP") goes by the table's name, as the
        // text's mentions of that body do.
        for index in vouched.indices where vouched[index].canonical == nil {
            if let (type, canonical) = model.lexicon.aliases[Lexicon.aliasKey(vouched[index].surface)], type == .organization {
                vouched[index].canonical = canonical
            }
        }
        let organizations = Set(vouched.flatMap { [$0.surface] + ($0.canonical.map { [$0] } ?? []) })
        for index in mentions.indices where mentions[index].canonical == nil && organizations.contains(mentions[index].surface) {
            mentions[index].type = .organization
        }
        // The company a copyright notice names owns the page and is a body of its own, not the outlet
        // ("Harbury Media Corporation" of "The Harbury Herald", "Tarrow Post Inc." of "The Tarrow Post"),
        // unless the text names it too ("Kelvar" for "Kelvar L.P."), or the alias table gives
        // it the name of one the text names. On its own, it goes by its full name.
        func names(_ mention: Mention) -> [String] { [mention.surface] + (mention.canonical.map { [$0] } ?? []) }
        let named = Set(mentions.flatMap(names))
        var ownBodies: [Mention] = []
        for (offset, mention) in vouched.enumerated() {
            let aliasName = model.lexicon.aliases[Lexicon.aliasKey(mention.surface)]?.1
            if offset >= firstHolder, !names(mention).contains(where: named.contains), !(aliasName.map(named.contains) ?? false) {
                var own = mention
                own.canonical = nil
                ownBodies.append(own)
            } else {
                mentions.append(mention)
            }
        }
        if let author = PostAuthor.mention(for: article) { mentions.append(author) }
        let isKnownPlace = { (name: String) in model.gazetteer.flags(key: TextFolding.nameKey(name)).contains(.place) }
        return AliasResolver.resolve(mentions, isKnownPlace: isKnownPlace)
            + ownBodies.flatMap { AliasResolver.resolve([$0], isKnownPlace: isKnownPlace) }
    }

    /// Where two readings of the same words overlap, the longer one stands.
    private func withoutOverlaps(_ spans: [MentionSpan], tokenCount: Int) -> [MentionSpan] {
        var taken = [Bool](repeating: false, count: tokenCount)
        var kept: [MentionSpan] = []
        for span in spans.sorted(by: { ($0.end - $0.first, -$0.first) > ($1.end - $1.first, -$1.first) })
        where !(span.first..<span.end).contains(where: { taken[$0] }) {
            for index in span.first..<span.end { taken[index] = true }
            kept.append(span)
        }
        return kept.sorted { $0.first < $1.first }
    }

    /// A lone word at a sentence start stays only when it is a word of a name found elsewhere
    /// in the article ("Kadhimi said" after "Mustafa al-Kadhimi").
    private func supported(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph]) -> [MentionSpan] {
        // The words of every name are only needed when some lone word asks for them.
        guard spans.contains(where: \.needsSupport) else { return spans }
        let position = paragraphs.positionsByIndex
        // Words by the hash of their name key (`FeatureHash.hash`), as `TokenFacts.keyHash` has it:
        // no key, word or surface built for the many names that support nothing.
        var nameWords: Set<UInt64> = []
        for span in spans where !span.needsSupport {
            guard let at = position[span.paragraph] else { continue }
            NameKey.forEachWordHash(span, paragraphs[at].tokens) { nameWords.insert($0) }
        }
        return spans.filter { span in
            guard span.needsSupport else { return true }
            guard let at = position[span.paragraph] else { return false }
            let key = span.end - span.first == 1 ? paragraphs[at].facts[span.first].keyHash
                : FeatureHash.nameKeyHash(span.surface(paragraphs[at].tokens))
            return nameWords.contains(key)
        }
    }

    private func tokenized(_ text: String, index: Int, model: EntityModel) -> TokenizedParagraph {
        let tokens = TaggerTokenizer.tokens(in: text)
        return TokenizedParagraph(index: index, tokens: tokens, facts: TokenFacts.of(tokens, gazetteer: model.gazetteer),
                                  capitalsMeanNothing: HeadlineCase.capitalsMeanNothing(tokens) || HeadlineCase.isListedHeadlines(tokens))
    }
}

/// Every use of an acronym the article defined ("INA") names the expansion ("Iraqi News Agency").
enum AcronymUse {
    static func fold(_ spans: [MentionSpan], acronyms: [String: MentionSpan], paragraphs: [TokenizedParagraph]) -> [MentionSpan] {
        guard !acronyms.isEmpty else { return spans }
        let byIndex = Dictionary(uniqueKeysWithValues: paragraphs.map { ($0.index, $0.tokens) })
        var expansions: [String: (String, EntityType)] = [:]
        for (acronym, span) in acronyms {
            guard let tokens = byIndex[span.paragraph] else { continue }
            expansions[acronym] = (span.canonical ?? span.surface(tokens), span.type)
        }
        var result = spans
        var covered: Set<[Int]> = Set(spans.map { [$0.paragraph, $0.first] })
        for offset in result.indices {
            guard let tokens = byIndex[result[offset].paragraph] else { continue }
            if let (name, type) = expansions[result[offset].surface(tokens)] {
                result[offset].canonical = name
                result[offset].type = type
            }
        }
        // Uses the tagger did not mark.
        for paragraph in paragraphs {
            for (index, token) in paragraph.tokens.enumerated() where token.isWord {
                guard let (name, type) = expansions[token.text], !covered.contains([paragraph.index, index]),
                      !result.contains(where: { $0.paragraph == paragraph.index && $0.first <= index && index < $0.end })
                else { continue }
                result.append(MentionSpan(paragraph: paragraph.index, first: index, end: index + 1, type: type, canonical: name))
                covered.insert([paragraph.index, index])
            }
        }
        return result
    }
}

/// "REUTERS/Stringer", "(AP Photo/Jane Doe)": a slash joining two capitalized words, then only
/// capitalized words to the end of the line, credits a photo; nothing in it is a name of the story.
enum PhotoCredits {
    /// The tokens of the first credit in the paragraph, from the word before the slash to the line's end.
    static func first(in paragraph: TokenizedParagraph) -> Range<Int>? {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 1
        while index + 1 < tokens.count {
            defer { index += 1 }
            let slash = tokens[index]
            guard !slash.isWord, slash.text == "/", tokens[index - 1].isWord, tokens[index + 1].isWord,
                  tokens[index - 1].end == slash.start, slash.end == tokens[index + 1].start,
                  facts[index - 1].startsUppercase, facts[index + 1].startsUppercase else { continue }
            var end = index + 1
            var plausible = true
            while end < tokens.count, !tokens[end].lineStart {
                let token = tokens[end]
                // "Chiang Ying-ying": a lowercase word glued after a hyphen is the name's own.
                let hyphenated = tokens[end - 1].text == "-" && tokens[end - 1].end == token.start
                if token.isWord ? !(facts[end].startsUppercase || facts[end].rules.contains(.connector) || hyphenated)
                    : ![")", ".", "-", ",", "(", "'"].contains(token.text) {
                    plausible = false
                    break
                }
                end += 1
            }
            if plausible { return (index - 1)..<end }
        }
        return nil
    }
}
