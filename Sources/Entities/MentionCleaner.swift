import NewsCore

/// Turns what the tagger marked into clean names: titles and ranks off ("Maj Gen", "President"),
/// no possessive or stray punctuation, a title in front makes a person, words that end
/// organizations make organizations, and things that are never entities are dropped.
/// A class, not a struct: the rules' closures capture it, and a class is captured with one
/// retain where a struct of three tables was copied (a retain each) every time.
final class MentionCleaner {
    let lexicon: Lexicon
    let gazetteer: NameGazetteer
    let commonWords: Set<String>

    init(lexicon: Lexicon, gazetteer: NameGazetteer, commonWords: Set<String>) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.commonWords = commonWords
    }

    func clean(_ input: MentionSpan, _ paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // "District Attorney Ann Lee", "County Judge Tom Hale": the word for a kind of place alone
        // before a title is the office's, no place's name.
        if input.end - input.first == 1, input.end < tokens.count, facts[input.end].isTitle,
           PlaceKinds.kinds.contains(facts[input.first]) { return [] }
        let span = extended(input, paragraph)
        var pieces: [MentionSpan] = []
        // A comma, a possessive, a bracket or an ordinary lowercase word inside a span joins
        // two names ("Baghdad, Iraq", "US troops in Iraq"): each side is cleaned on its own.
        var start = span.first
        var memberNext = false  // the piece after a member's title is the member
        for index in span.first...span.end {
            // A line break ends a name ("Tom Hale" / "Markets Correspondent"): the next line starts a piece.
            // So does a sentence's end ("... & Co." / "Economists at ...").
            if index > start, index < span.end, tokens[index].lineStart || tokens[index].isWord && tokens[index].sentenceStart {
                var piece = span
                piece.first = start
                piece.end = index
                pieces.append(piece)
                start = index
            }
            // A listed name's own possessive stays: "Moody's", "McDonald's", "Sainsbury's".
            let listedPossessive = span.canonical != nil && index < span.end && isPossessive(tokens[index])
                || isCrownsPossessive(index, in: span, paragraph)
            // "Parliament House on Wednesday": a capitalized function word after "on" or "in" (a day,
            // "Today", "The") starts no part of the name.
            let dateAfter = index + 1 < span.end && (tokens[index].text == "on" || tokens[index].text == "in")
                && facts[index + 1].startsUppercase && facts[index + 1].rules.contains(.functionWord)
            // "the Veldrian Academy of Sciences' Sea Institute": a plural's possessive between two
            // bodies' names, each with its organization word ("Residents' Association" has one).
            let bodiesPossessive = index < span.end && TaggerToken.isPluralApostrophe(at: index, in: tokens)
                && (start..<index).contains { facts[$0].flags.contains(.organizationWord) }
                && (index + 1..<span.end).contains { facts[$0].flags.contains(.organizationWord) }
            // "Tarrow TD Jimmy Vell", "Tarrow MP Ann Lee": a member's title in capitals between the
            // seat or party and the member's name (or last, after a name of two words or more).
            let membersTitle = index > start && index < span.end && MentionCleaner.isMembersTitle(tokens[index])
                && (index + 1 == span.end ? index - start >= 2 : facts[index + 1].startsUppercase)
            if index == span.end || splitsNames(tokens[index]) && !listedPossessive && !MentionCleaner.isSlashInLegalForm(index, tokens) || dateAfter || bodiesPossessive || membersTitle || isOrdinaryWord(index, in: span, paragraph)
                || AffiliatedNames.splits(at: index, from: start, span, paragraph, commonWords: commonWords) {
                if index > start {
                    var piece = span
                    piece.first = start
                    piece.end = index
                    if memberNext { piece.type = .person }
                    pieces.append(piece)
                }
                memberNext = membersTitle
                start = index + 1
            }
        }
        let wasSplit = pieces.count != 1 || pieces[0].first != span.first || pieces[0].end != span.end
        return pieces.flatMap { piece -> [MentionSpan] in
            var piece = piece
            // A known place cut out of a longer mistaken span is a place.
            if wasSplit, isKnownPlace(piece, tokens) { piece.type = .place }
            return cleanPiece(piece, paragraph).map { cleaned in
                // After the split: the comma of ", Inc." and the lower case of "plc" would cut it off.
                guard let end = LegalFormTails.end(after: cleaned, paragraph) else { return cleaned }
                var company = cleaned
                company.type = .organization
                company.end = end
                return company
            }
        }
    }

    /// The words that end an office's title after "Chief", "Deputy" and their like.
    static let officeWords: Set<String> = [
        "officer", "director", "executive", "manager", "secretary", "adviser", "advisor", "counsel",
        "treasurer", "controller", "strategist", "economist", "scientist", "editor", "correspondent",
    ]

    /// Members of a parliament, written in capitals after their seat or party.
    static let membersTitles: Set<String> = ["MP", "TD", "MLA", "MEP", "MSP", "MPP", "MS", "MHA", "MNA", "MCA"]

    /// Asked of every word of every name: two or three bytes, the first a capital, before the set is hashed.
    static func isMembersTitle(_ token: TaggerToken) -> Bool {
        let utf8 = token.text.utf8
        guard (2...3).contains(utf8.count), let head = utf8.first, head >= 65, head <= 90 else { return false }
        return membersTitles.contains(token.text)
    }

    /// Legal forms written with a slash, which the tokenizer splits in three.
    static let slashedLegalForms: Set<String> = ["A/S", "S/A", "I/S", "K/S"]

    /// The slash of "A/S" and its like, with no space on either side.
    static func isSlashInLegalForm(_ slash: Int, _ tokens: [TaggerToken]) -> Bool {
        slash > 0 && slash + 1 < tokens.count && tokens[slash].text == "/"
            && tokens[slash - 1].end == tokens[slash].start && tokens[slash].end == tokens[slash + 1].start
            && slashedLegalForms.contains(tokens[slash - 1].text + "/" + tokens[slash + 1].text)
    }

    /// A name the tagger cut short before a glued particle: "Mustafa" + "al-Kadhimi", "Ain" + "al-Asad".
    private func extended(_ input: MentionSpan, _ paragraph: TokenizedParagraph) -> MentionSpan {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var span = input
        // "the 11th Circuit": an ordinal between "the" and a body's name opens it.
        if span.type == .organization, span.first > 1, Ordinals.isOrdinal(tokens[span.first - 1].text),
           tokens[span.first - 2].text.lowercased() == "the", facts[span.first].startsUppercase {
            span.first -= 1
        }
        while span.end < tokens.count, tokens[span.end].isWord, tokens[span.end].start <= tokens[span.end - 1].end + 1 {
            let text = tokens[span.end].text
            let word = facts[span.end]
            let gluedParticle = word.startsLowercase && word.capitalized
            // One particle or two ("Van den Berghe", "de la Fuente") before the next capitalized word.
            // Lowercasing to a connector means folding to one; only then is the lowercase form needed.
            func isParticle(_ index: Int) -> Bool {
                index < tokens.count && tokens[index].isWord && facts[index].rules.contains(.connector)
                    && tokens[index].text != "of" && NameRules.connectors.contains(tokens[index].text.lowercased())
            }
            func isName(_ index: Int) -> Bool {
                index < tokens.count && tokens[index].isWord && facts[index].startsUppercase
            }
            let particles = !isParticle(span.end) ? 0 : isName(span.end + 1) ? 1
                : isParticle(span.end + 1) && isName(span.end + 2) ? 2 : 0
            // "Apple Inc.", "Acme Ltd": a legal form after a name makes it a company.
            let legalForm = text.utf8.count <= 5 && word.startsUppercase && word.rules.contains(.legalForm)
            if legalForm { span.type = .organization }
            if gluedParticle || legalForm { span.end += 1 } else if particles > 0 { span.end += particles + 1 } else { break }
        }
        // "Maersk A/S", "Petrobras S/A": a legal form written with a slash is three tokens, and the
        // tagger may have taken its first letter or not.
        for slash in [span.end + 1, span.end] where slash > span.first + 1 && MentionCleaner.isSlashInLegalForm(slash, tokens) {
            span.type = .organization
            span.end = slash + 2
            break
        }
        if span.type == .organization { span.end = OrganizationTails.end(of: span, paragraph, gazetteer: gazetteer) }
        // "Harlow & Finch": names joined by "&" are a firm's.
        if let end = AmpersandNames.end(after: span, paragraph) {
            let joined = MentionSpan(paragraph: span.paragraph, first: span.first, end: end, type: .organization)
            if !isKnownPlace(joined, tokens) {
                span = joined
            }
        }
        // "JPMorgan Chase & Co.", "Henkel AG & Co. KGaA": "&" (a token of its own) then a legal form
        // or an organization word belongs to the name.
        if span.end + 1 < tokens.count, !tokens[span.end].isWord, tokens[span.end].text == "&",
           tokens[span.end + 1].isWord, facts[span.end + 1].startsUppercase,
           facts[span.end + 1].rules.contains(.legalForm) || facts[span.end + 1].flags.contains(.organizationWord) {
            span.type = .organization
            span.end += 2
            while span.end < tokens.count, tokens[span.end].isWord, facts[span.end].startsUppercase,
                  facts[span.end].rules.contains(.legalForm) {
                span.end += 1
            }
        }
        return span
    }

    /// A lowercase word that cannot sit inside a name ("troops", "stationed"); "of", "al" and,
    /// inside an organization's name, "and"/"for"/"the" before a capital can.
    private func isOrdinaryWord(_ index: Int, in span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let token = tokens[index]
        let word = paragraph.facts[index]
        guard token.isWord, !word.startsUppercase, !word.startsNumber else { return false }
        if word.capitalized { return false }
        // Only a word whose key is one of these can lowercase to one of them.
        guard word.rules.contains(.connector) || NameRules.organizationConnectors.contains(word.key) else { return true }
        let key = token.text.lowercased()
        // "Pellworth Therapeutics Inc of Boston": a legal form ends a company's name; "of" after it says where.
        // ("Inc." and "Ltd." are one token: the tokenizer keeps their dot.)
        if key == "of", index > span.first, paragraph.facts[index - 1].rules.contains(.legalForm) { return true }
        // So does a firm's word before "of" and a known place ("Summit Vell Capital of Menlo Park").
        if key == "of", index > span.first + 1, UnmarkedOrganizations.businessWords.contains(paragraph.facts[index - 1].key) {
            var rest = span
            rest.first = index + 1
            if rest.end > rest.first, isKnownPlace(rest, tokens) { return true }
        }
        if NameRules.connectors.contains(key) { return false }
        // Inside an organization's name when its organization word comes after ("Securities and
        // Exchange Commission", not "New York Times and CNN") or before, with a capital next
        // ("Centers for Disease Control and Prevention", "Interim Force in Lebanon").
        // ("&" is a token of its own, not a word: spans keep it, see `extended`.)
        // "Huawei Technologies and Semiconductor Manufacturing Corp": "and" after a complete name
        // (it ends with an organization word or a legal form) joins two names.
        if key == "and", index > span.first,
           paragraph.facts[index - 1].flags.contains(.organizationWord) || paragraph.facts[index - 1].flags.contains(.legalSuffix) {
            return true
        }
        // A capital (or "5th") next, or "the" and then one ("for the 5th Circuit").
        func opensName(_ at: Int) -> Bool {
            at < span.end && (paragraph.facts[at].startsUppercase || Ordinals.isOrdinal(tokens[at].text))
        }
        let capitalNext = opensName(index + 1) || index + 1 < span.end && tokens[index + 1].text == "the" && opensName(index + 2)
        // "Tonight the Veldrian Unity Party": a sentence's first word, then "the", opens no name.
        if key == "the", index == span.first + 1, tokens[span.first].sentenceStart { return true }
        if NameRules.organizationConnectors.contains(key), capitalNext {
            if key == "for" || key == "on", !OrganizationOfJoins.linkContinuesName(at: index, from: span.first, paragraph) {
                return true
            }
            var rest = span
            rest.first = index + 1
            // "Tarrow County Council for Fianna Fáil", "RTÉ and Radio Kelby": a name the alias table
            // knows after "for", or on either side of "and", is a name of its own, not a piece of one
            // ("Democratic Party for the People" is one).
            if key == "and" || key == "for" {
                var before = span
                before.end = index
                if isTableName(rest, paragraph) || key == "and" && isTableName(before, paragraph) { return true }
                // "University of Tarrow and Kelby University": each side with the same body's word.
                if key == "and", sharesBodysWord(before, rest, paragraph) || eachNamesABody(before, rest, paragraph) { return true }
            }
            // "the Constitutional Court in Karlsruhe": "in" and a known place to the end says where
            // the body sits (an acronym defined next to it keeps a longer name: "UNIFIL").
            if key == "in", isKnownPlace(rest, tokens) { return true }
            if hasOrganizationWord(rest, paragraph) { return false }
            // "and" right after the organization word joins two names ("European Commission and
            // Britain"); after "of"/"for" and the subject, it is part of the one name.
            if let head = (span.first..<index).last(where: { at in
                let facts = paragraph.facts[at]
                return facts.flags.contains(.organizationWord) || facts.flags.contains(.legalSuffix)
                    || facts.rules.contains(.organizationHead)
            }), key != "and" || (head + 1..<index).contains(where: { paragraph.facts[$0].startsLowercase }) {
                return false
            }
        }
        return true
    }

    /// Both spans hold the same organization word ("University" … "University"); "Department of
    /// Health and Human Services" has two different ones, and is one name.
    private func sharesBodysWord(_ left: MentionSpan, _ right: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        let heads = (left.first..<left.end).filter { facts[$0].flags.contains(.organizationWord) }.map { facts[$0].keyHash }
        guard !heads.isEmpty else { return false }
        return (right.first..<right.end).contains { facts[$0].flags.contains(.organizationWord) && heads.contains(facts[$0].keyHash) }
    }

    /// "Tarrow Medical Complex and Kelby Teaching Hospital": two names of capitalized words, each
    /// opening with a word of its own and ending with a body's or a building's word, are two.
    /// "Department of Health and Human Services" opens with the body's word; "Trust Company"
    /// in "Tarrow Bank and Trust Company" too.
    private func eachNamesABody(_ left: MentionSpan, _ right: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        func namesABody(_ span: MentionSpan) -> Bool {
            guard span.end - span.first >= 2, (span.first..<span.end).allSatisfy({ paragraph.isCapitalizedWord($0) }) else { return false }
            let opening = facts[span.first], last = facts[span.end - 1]
            return !opening.flags.contains(.organizationWord) && opening.rules.isDisjoint(with: [.organizationHead, .institution, .functionWord])
                && (last.flags.contains(.organizationWord) || last.rules.contains(.organizationHead) || last.rules.contains(.facility)
                    || BuiltPlaces.heads.contains(last.key))
        }
        return namesABody(left) && namesABody(right)
    }

    /// Its first word is looked up first: few names open with a word the table's names open with.
    private func isTableName(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.end > span.first, lexicon.aliasFirstWords.contains(paragraph.facts[span.first].key) else { return false }
        return lexicon.aliases[Lexicon.aliasKey(span.surface(paragraph.tokens))] != nil
    }

    private func isKnownPlace(_ span: MentionSpan, _ tokens: [TaggerToken]) -> Bool {
        isKnownPlace(surface: span.surface(tokens))
    }

    private func isKnownPlace(surface: String) -> Bool {
        if let (type, _) = lexicon.aliases[Lexicon.aliasKey(surface)] { return type == .place }
        return gazetteer.flags(hash: FeatureHash.nameKeyHash(surface)).contains(.place)
    }

    private func cleanPiece(_ input: MentionSpan, _ paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var span = input
        var result: [MentionSpan] = []
        var sawTitle = false
        while span.first < span.end {
            let token = tokens[span.first]
            let word = facts[span.first]
            let noise = word.startsLowercase || word.rules.contains(.leadingNoise)
            if !token.isWord || word.numeral || noise && !isNameStart(token, in: span, tokens) {
                span.first += 1
                continue
            }
            if opensWithWordOfABody(span, paragraph) {
                span.first += 2
                continue
            }
            // "Member of Parliament Jane Hale", "Two Members of Parliament": a title of three words.
            let memberTitleEnd = LegislatureNames.memberTitleEnd(at: span.first, paragraph)
                ?? (word.rules.contains(.functionWord) ? LegislatureNames.memberTitleEnd(at: span.first + 1, paragraph) : nil)
            if let titleEnd = memberTitleEnd, titleEnd <= span.end {
                sawTitle = true
                span.first = titleEnd
                continue
            }
            if word.isTitle, TitleWords.opensBodysName(at: span.first, paragraph) {
                span.type = .organization
                break
            }
            if word.isTitle, span.end - span.first > 1, !hasOrganizationWord(span, paragraph),
               !TitleWords.onlyOrdinaryWordsFollow(from: span.first + 1, to: span.end, paragraph, commonWords: commonWords) {
                sawTitle = true
                span.first += 1
                // "Minister of Foreign Affairs Fuad Hussein": portfolio words after a title are part of it.
                while span.first < span.end, sawTitle,
                      facts[span.first].rules.contains(.portfolio) || facts[span.first].isTitle,
                      span.end - span.first > 1 {
                    span.first += 1
                }
                continue
            }
            // "US President Joe Biden": a place or demonym before a title is its own mention or nothing.
            // A title with a possessive ("Court of King's Bench") is part of the name it is in.
            if let titleAt = (span.first + 1..<span.end).first(where: { facts[$0].isTitle && !($0 + 1 < span.end && isPossessive(tokens[$0 + 1])) }),
               titleAt < span.end - 1,
               !TitleWords.onlyOrdinaryWordsFollow(from: titleAt + 1, to: span.end, paragraph, commonWords: commonWords),
               !hasOrganizationWord(MentionSpan(paragraph: span.paragraph, first: titleAt, end: span.end, type: span.type), paragraph) {
                var before = span
                before.end = titleAt
                // "Senate Majority | Leader John Thune": the office's own words go with the title.
                while before.end > before.first + 1, facts[before.end - 1].rules.contains(.portfolio) {
                    before.end -= 1
                }
                let beforeSurface = before.surface(tokens)
                if gazetteer.flags(key: TextFolding.nameKey(beforeSurface)).contains(.place)
                    || lexicon.aliases[Lexicon.aliasKey(beforeSurface)] != nil {
                    before.type = .place
                    result += typed(before, paragraph)
                } else if hasOrganizationWord(before, paragraph) {
                    // "Iraqi Interior Ministry media official General Saad Maan".
                    before.type = .organization
                    result += cleanPiece(before, paragraph)
                }
                span.first = titleAt
                continue
            }
            // "Minister of | Foreign Affairs Fuad Hussein": the tagger began inside the title.
            if word.rules.contains(.portfolio), span.end - span.first > 1, span.first > 0,
               tokens[span.first - 1].text == "of" || facts[span.first - 1].isTitle,
               !hasOrganizationWord(span, paragraph),
               !TitleWords.onlyOrdinaryWordsFollow(from: span.first + 1, to: span.end, paragraph, commonWords: commonWords) {
                sawTitle = true
                span.first += 1
                continue
            }
            // "the Austrian Christa Vell": a demonym, a given name and a surname, read as a body, are the person.
            let describedPerson = span.type == .organization && span.end - span.first == 3
                && facts[span.first + 1].flags.contains(.firstName) && facts[span.first + 2].capitalized
                && (!commonWords.contains(facts[span.first + 2].key) || facts[span.first + 2].flags.contains(.surname))
                && !UnlistedPersonNames.thingWords.contains(facts[span.first + 2])
                && !hasOrganizationWord(span, paragraph) && !isKnownPlace(span, tokens)
            if describedPerson, word.flags.contains(.demonym), !word.flags.contains(.firstName) {
                span.first += 1
                span.type = .person
                continue
            }
            if word.flags.contains(.demonym), span.end - span.first > 1, span.type == .person {
                // "Saudi Arabia": a demonym that begins a known place's name stays in it.
                if isKnownPlace(span, tokens) {
                    span.type = .place
                    break
                }
                // "Christian Tallberg": a given name too, before a word that is none.
                if word.flags.contains(.firstName), !facts[span.first + 1].flags.contains(.firstName) { break }
                span.first += 1
                continue
            }
            // "Rival Hanvor Heavy Industries won", "Carmaker Stellantis said": a sentence opened by
            // the word for what a firm is, capitalized only for its place, then the firm.
            if token.sentenceStart, span.end - span.first > 1, MentionCleaner.firmDescriptions.contains(word.key),
               facts[span.first + 1].startsUppercase {
                span.first += 1
                span.type = .organization
                continue
            }
            // "Sophomore Eli Vanne hit two threes", "Conservator Ann Vell examines", "counsel, Barrister
            // Omar bin Vell, told": a sentence or an apposition opened by what a person is, capitalized
            // only for its place, then a name of two words or three.
            let opensClause = token.sentenceStart || span.first > 0 && tokens[span.first - 1].text == ","
            if opensClause, (3...4).contains(span.end - span.first), RoleBeforeName.isRole(word),
               facts[span.first + 1].startsUppercase, !hasOrganizationWord(span, paragraph) {
                span.first += 1
                sawTitle = true
                continue
            }
            break
        }
        PageStamps.trim(&span, paragraph)
        while span.end > span.first {
            let word = facts[span.end - 1]
            // A name never ends with "of", "the" or (cut short) "and"/"for".
            if !tokens[span.end - 1].isWord || word.rules.contains(.connector) || word.key == "the"
                || word.startsLowercase && NameRules.organizationConnectors.contains(word.key) {
                span.end -= 1
                continue
            }
            // "Iraqi Prime | Minister Mustafa al-Kadhimi", "the TUV Governor, Ola Vell,": a title that
            // runs on into a name, or sets one off with a comma, ends no name itself.
            let nameAt = span.end < tokens.count && tokens[span.end].text == "," ? span.end + 1 : span.end
            if word.isTitle, nameAt < tokens.count, tokens[nameAt].isWord, facts[nameAt].startsUppercase,
               !hasOrganizationWord(span, paragraph) {
                span.end -= 1
                // The office's own words go with it ("TUV National | Chairman").
                while span.end > span.first, facts[span.end - 1].rules.contains(.portfolio) { span.end -= 1 }
                continue
            }
            break
        }
        // "Hannah Vell Legal affairs correspondent": a beat the name runs into, before the role's
        // lowercase words, is the byline's tail too.
        if span.end - span.first >= 3, facts[span.end - 1].rules.contains(.bylineBeat), facts[span.end - 1].startsUppercase,
           let role = (span.end..<min(span.end + 2, tokens.count)).first(where: { facts[$0].rules.contains(.bylineRole) }),
           (span.end...role).allSatisfy({ tokens[$0].isWord && facts[$0].startsLowercase }) {
            while span.end > span.first + 2, facts[span.end - 1].rules.contains(.bylineBeat) { span.end -= 1 }
        }
        // "Markets Correspondent", "Technology Desk", "Staff Reporter": a byline's tail is no name.
        if span.end - span.first >= 1, facts[span.end - 1].rules.contains(.bylineRole) {
            var end = span.end - 1
            while end > span.first, facts[end - 1].rules.contains(.bylineBeat) { end -= 1 }
            // "Reporter", "Editor" end some names ("Hollywood Reporter"): only after a beat word,
            // in the span or right before it ("Staff" + "Reporter").
            let beatBefore = end == span.first && span.first > 0 && facts[span.first - 1].rules.contains(.bylineBeat)
                && facts[span.first - 1].startsUppercase
            if end < span.end - 1 || beatBefore || NameRules.bylineTails.contains(facts[span.end - 1].key) { span.end = end }
        }
        guard span.first < span.end else { return result }
        // "Chief | Financial Officer" on a contact block's line, or set off by commas after a name:
        // a title's words ending with an office's word are the title, not a name.
        if span.first >= 1, facts[span.first - 1].isTitle, span.first == 1 || tokens[span.first - 2].text == ",",
           span.end == tokens.count || tokens[span.end].text == "," || !tokens[span.end].isWord || facts[span.end].startsLowercase,
           span.end - span.first <= 3,
           MentionCleaner.officeWords.contains(facts[span.end - 1].key),
           facts[span.first..<span.end].allSatisfy({ !$0.flags.contains(.firstName) }) {
            return result
        }
        if sawTitle || precededByTitle(span, paragraph), !hasOrganizationWord(span, paragraph) { span.type = .person }
        return result + typed(span, paragraph)
    }

    /// The last words of First Nations', tribes' and bands' names.
    static let selfGoverningPeoples: Set<String> = ["nation", "tribe", "band"]

    /// The final say on a cleaned span's type, or nothing when it is not a name at all.
    private func typed(_ input: MentionSpan, _ paragraph: TokenizedParagraph) -> [MentionSpan] {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var span = input
        let surface = span.surface(tokens)
        if let (type, canonical) = lexicon.aliases[Lexicon.aliasKey(surface)] {
            span.type = type
            span.canonical = canonical
            return [span]
        }
        guard isPlausibleName(&span, paragraph) else { return [] }
        // "Executive Committee Member", "Board Member": a seat on a body, the title of whoever holds it.
        if span.end - span.first > 1, facts[span.end - 1].startsUppercase,
           facts[span.end - 1].key == "member" || facts[span.end - 1].key == "members" { return [] }
        // The span's words stay put from here on: whether they name a known place is asked once.
        var knownPlaceAnswer: Bool?
        func isKnownPlace() -> Bool {
            if let answer = knownPlaceAnswer { return answer }
            // The alias table was asked about this surface above and knows nothing of it.
            let answer = gazetteer.flags(hash: FeatureHash.nameKeyHash(surface)).contains(.place)
            knownPlaceAnswer = answer
            return answer
        }
        if LocativeNames.isPlace(span, paragraph) || PlaceCues.isPlace(span, paragraph, commonWords: commonWords)
            || PlaceCues.isArea(span, paragraph) { span.type = .place }
        // "South Korean", "Southeast Asian": a demonym ends no name of the three kinds ("Liberal Democrats" is a party).
        if facts[span.end - 1].flags.contains(.demonym), !tokens[span.end - 1].text.hasSuffix("s"),
           !hasOrganizationWord(span, paragraph), !isKnownPlace() { return [] }
        // News names places by themselves far more than teams or bodies named after them ("Washington said").
        // Unless the words around it say otherwise: shares, a match, a chief executive ("Chelsea drew").
        if span.end - span.first == 1, span.type == .organization, isKnownPlace(),
           OrganizationCues.of(span, paragraph) == .none {
            span.type = .place
        }
        // "Anna Berg": a known first name then capitalized words, and nothing of an organization or place.
        if span.end - span.first > 1, span.type == .place, !hasOrganizationWord(span, paragraph), !isKnownPlace(),
           facts[span.first].flags.contains(.firstName),
           !commonWords.contains(tokens[span.end - 1].text.lowercased()),
           (span.first + 1..<span.end).allSatisfy({ facts[$0].capitalized }) {
            span.type = .person
        }
        // "Elliott Investment Management", "Vell Capital": a firm's word ends the name, whatever its first name.
        if span.type == .person, span.end - span.first > 1, facts[span.end - 1].startsUppercase,
           UnmarkedOrganizations.businessWords.contains(facts[span.end - 1].key) {
            span.type = .organization
        }
        // "US Embassy", "Indian Consulate": a country's mission is a body, not the place it serves.
        if span.type != .organization, span.end - span.first > 1, facts[span.end - 1].startsUppercase,
           NameRules.missionWords.contains(facts[span.end - 1].key) {
            span.type = .organization
        }
        // "Tarrow Cree Nation", "Kelby Tribe", "Orvane Lake Band": a people governing itself is a body.
        if span.type != .organization, span.end - span.first > 1, facts[span.end - 1].startsUppercase,
           MentionCleaner.selfGoverningPeoples.contains(facts[span.end - 1].key) {
            span.type = .organization
        }
        if UnmarkedOrganizations.looksLikePerson(span, paragraph, commonWords: commonWords,
                                                 isKnownPlace: { self.isKnownPlace(surface: $0) }), !isKnownPlace() {
            span.type = .person
        }
        // "flanker Tomas Vell": a word for what a person does, before a name with nothing of a body.
        if RoleBeforeName.isPerson(span, paragraph, commonWords: commonWords)
            || AffiliatedNames.isPerson(span, paragraph, commonWords: commonWords), !isKnownPlace() {
            span.type = .person
            span.cued = true
            span.needsSupport = false
        }
        // "Mossad chief David Barnea", "Hamas leader", "WHO spokesperson": a name right before a
        // lowercase role word is the body the person works for, unless it is a known place.
        if span.type == .person, span.end < tokens.count, tokens[span.end].isWord,
           facts[span.end].startsLowercase,
           NameRules.roleWords.contains(tokens[span.end].text) || tokens[span.end].text == "chief",
           !isKnownPlace(),
           !facts[span.first].flags.contains(.firstName) {
            span.type = .organization
        }
        // "Elon Varga's company", "the Hallam administration": what only people have.
        if span.type != .person, !hasOrganizationWord(span, paragraph), PersonCues.follow(span, paragraph),
           AcronymDefinitions.acronymLetters(tokens[span.first].text) == nil, !isKnownPlace() {
            span.type = .person
        }
        // "Harbury Rovers", "Mumbai Indians": a plural that no name list knows, after a word that is
        // no first name, ends a team's name, not a person's.
        if span.type == .person, span.end - span.first > 1, !facts[span.first].flags.contains(.firstName),
           facts[span.end - 1].flags.isDisjoint(with: [.surname, .firstName]), MentionCleaner.isPlural(tokens[span.end - 1].text) {
            span.type = .organization
        }
        // "Anita Varga-Holm": given names, then a double-barrelled surname
        // (its last part may end in "s" like a team's plural: "Whitlock-Reyes").
        if span.type != .person, !isKnownPlace() {
            var name = span
            // "American Daveon Haskett-Moore": a demonym before the name describes the person.
            if span.end - span.first > 2, facts[span.first].flags.contains(.demonym) { name.first += 1 }
            if DoubleBarrelledNames.isPersonName(name, paragraph, commonWords: commonWords) {
                span = name
                span.type = .person
            }
        }
        // "Leeds, who were relegated": a place is no "who"; a club or a body named after it is.
        if span.end - span.first == 1, span.type != .organization, span.end + 1 < tokens.count,
           tokens[span.end].text == ",", tokens[span.end + 1].text == "who", isKnownPlace() {
            span.type = .organization
        }
        // "the former India captain": a country before a role word describes the person after it.
        if span.end - span.first == 1, span.type == .person, span.end < tokens.count, facts[span.end].startsLowercase,
           facts[span.end].rules.contains(.roleWord), isKnownPlace() {
            span.type = .place
        }
        // "Sania Okoro, its chief executive, said", "law firm Echo Hale": a name beside what
        // someone or something is; the words beside one mention outvote the others (`cued`).
        switch Appositions.describedType(span, paragraph) {
        case .person?:
            if span.type != .person, !hasOrganizationWord(span, paragraph),
               AcronymDefinitions.acronymLetters(tokens[span.first].text) == nil, !isKnownPlace() {
                span.type = .person
                span.cued = true
                span.needsSupport = false
            }
        case .organization?:
            // "the Serum Institute of India in Pune, the world's largest vaccine maker": after "in"
            // a place the tagger read as one is where the body is; the words after it describe the body.
            if span.type == .place, span.first > 0, LocativeNames.prepositions.contains(tokens[span.first - 1].text),
               isKnownPlace() { break }
            span.type = .organization
            span.cued = true
            span.needsSupport = false
        default:
            break
        }
        // A single acronym nobody lists as a place is an organization ("INA", "PMF").
        if span.end - span.first == 1, span.type == .place, AcronymDefinitions.acronymLetters(tokens[span.first].text) != nil,
           !isKnownPlace() {
            span.type = .organization
        }
        // "Ministry of Foreign Affairs", "University of Baghdad": a place-like name with an
        // organization word in it, that no list knows as a place, is an organization.
        if span.end - span.first > 1, span.type == .place, hasOrganizationWord(span, paragraph), !isKnownPlace() {
            span.type = .organization
        }
        // "Democratic Republic of Congo", "Kingdom of Bhutan": a state's name is a place.
        if span.end - span.first > 1, span.type != .place, !hasOrganizationWord(span, paragraph),
           (span.first..<span.end).contains(where: { facts[$0].rules.contains(.statehood) }) {
            span.type = .place
        }
        // "Orlan Dam", "Government House": a built structure's last word makes a place.
        if span.end - span.first > 1, facts[span.end - 1].rules.contains(.facility)
            || span.type != .person && BuiltPlaces.isPlace(span, paragraph) {
            span.type = .place
        } else if span.end - span.first > 1, span.type != .organization {
            let last = facts[span.end - 1]
            // "Kelvar Holding SE": the European company's legal form.
            if last.flags.contains(.organizationWord) || last.flags.contains(.legalSuffix)
                || last.startsUppercase && UnmarkedOrganizations.isTradeWord(last) || tokens[span.end - 1].text == "SE" {
                span.type = .organization
            }
        }
        // "ACCRA — Parliament passed": a body that is one of a kind, alone, is never a person nor a place;
        // nor are a parliament's two houses ("the Upper House").
        let loneInstitution = span.end - span.first == 1 && facts[span.first].rules.contains(.institution)
        let chamber = span.end - span.first == 2 && facts[span.end - 1].key == "house"
            && ["upper", "lower"].contains(facts[span.first].key)
        if span.type != .organization, loneInstitution || chamber { span.type = .organization }
        // Not "House" the building's word (`BuiltPlaces`).
        if chamber { span.cued = true }
        return [span]
    }

    /// False for what is never a name; marks a lone sentence-initial word as needing support.
    private func isPlausibleName(_ span: inout MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        guard span.first < span.end else { return false }
        let first = paragraph.tokens[span.first]
        let firstFacts = facts[span.first]
        // A name starts with a capital (or an Arabic particle glued to one: "al-Kadhimi").
        guard firstFacts.startsUppercase || firstFacts.capitalized
                || firstFacts.startsNumber && span.end - span.first > 1 && Ordinals.isOrdinal(first.text) else { return false }
        if (span.first..<span.end).allSatisfy({ facts[$0].numeral }) { return false }
        if span.end - span.first == 1 {
            let word = first.text
            let rules = firstFacts.rules
            if word.count < 2 || rules.contains(.functionWord) || rules.contains(.title)
                || rules.contains(.portfolio) { return false }
            let flags = firstFacts.flags
            if flags.contains(.demonym) { return false }
            // "the Argentine-Italian steelmaker": demonyms joined by a dash are still a description.
            if word.contains("-"), word.split(separator: "-").allSatisfy({
                gazetteer.flags(key: NameKey.of(String($0))).contains(.demonym)
            }) { return false }
            // "Co.", "Inc" alone: a company's legal form cut from its name.
            if rules.contains(.legalForm) { return false }
            if MonthAbbreviations.startsDate(at: span.first, paragraph) { return false }
            // "Ministry", "Forces" alone are descriptions; "the Senate" is a body.
            if flags.contains(.organizationWord), !rules.contains(.institution) { return false }
            // "Sen. Chuck Schumer, D-N.Y.": a party and state tag, not a name.
            if word.count >= 3, ["D-", "R-", "I-"].contains(String(word.prefix(2))) { return false }
            // "Report", "Talks": a word capitalized only because a sentence starts there needs the
            // word lists to vouch for it (a name used mid-sentence elsewhere is found again later).
            if first.sentenceStart {
                if commonWords.contains(word.lowercased()) { return false }
                let vouched: GazetteerFlags = [.place, .firstName]
                // "Parliament voted": a body that is one of a kind needs no other mention to vouch for it.
                if flags.isDisjoint(with: vouched), AcronymDefinitions.acronymLetters(word) == nil,
                   !rules.contains(.institution), !ReportingCues.follow(span.end, paragraph) { span.needsSupport = true }
            }
            let letters = AsciiLetters.of(word) ?? word.filter(\.isLetter)
            // "NGOs": the list holds plurals in capitals ("Ai" of "Ai Weiwei" is no "AI").
            let plural = letters.count > 2 && letters.last == "s" && letters.dropLast().allSatisfy(\.isUppercase)
            let acronym = plural ? String(letters).uppercased() : String(letters)
            if NameRules.commonAcronyms.contains(acronym) || BareAcronyms.thingAcronyms.contains(acronym)
                || word.utf8.contains(UInt8(ascii: "&")) && BareAcronyms.thingAcronyms.contains(word) { return false }
        }
        if (span.first..<span.end).contains(where: { facts[$0].rules.contains(.furniture) }) { return false }
        // "All Rights Reserved": entries of more than one word, matched word by word.
        for start in span.first..<span.end where NameRules.furniturePhrase(at: start, before: span.end, paragraph) { return false }
        return true
    }

    /// "Court of King's Bench", "Queen's Bench Division": the crown's possessive inside a court's
    /// or a college's name, a capitalized word after it.
    private func isCrownsPossessive(_ index: Int, in span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        return index > span.first && index + 1 < span.end && isPossessive(tokens[index])
            && ["King", "Queen"].contains(tokens[index - 1].text) && paragraph.isCapitalizedWord(index + 1)
    }

    private func isPossessive(_ token: TaggerToken) -> Bool {
        token.text == "'s" || token.text == "\u{2019}s" || token.text == "'S"
    }

    private func splitsNames(_ token: TaggerToken) -> Bool {
        if token.isWord { return false }
        switch token.text {
        case ",", ";", "(", ")", "[", "]", "\"", "\u{201C}", "\u{201D}", "|", "/", ":", "'s", "\u{2019}s", "'S": return true
        default: return false
        }
    }

    /// "the" before "Hague" is part of the name only in names the alias table knows; otherwise dropped.
    private func isNameStart(_ token: TaggerToken, in span: MentionSpan, _ tokens: [TaggerToken]) -> Bool {
        lexicon.aliases[Lexicon.aliasKey(span.surface(tokens))] != nil
    }

    /// What a firm is, opening a sentence before its name ("Rival", "Carmaker"): words no firm's
    /// own name begins with, unlike "Group" or "Club".
    static let firmDescriptions: Set<String> = [
        "rival", "rivals", "peer", "competitor", "carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker",
        "miner", "lender", "insurer", "retailer", "brewer", "shipbuilder", "homebuilder", "housebuilder", "grocer",
        "streamer", "conglomerate", "startup",
    ]

    /// "Royals", "Capitals": four letters or more ending in a lowercase "s" (not "ss", "us", "is").
    static func isPlural(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 4, utf8.last == UInt8(ascii: "s") else { return false }
        let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        return before >= 97 && before <= 122 && before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
    }

    /// "Shares of Apple Inc.", "Members of Unite the Union": an ordinary word opening the sentence,
    /// then "of" and a body's whole name, its own word of a body in it. "Bank of England" opens
    /// with a body's word; "Friends of the Earth" has none after "of".
    private func opensWithWordOfABody(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let word = facts[span.first]
        // Opening the sentence, or after a dateline's bracket ("Mumbai, Nov 21 (PTI) Shares of ...").
        let opens = tokens[span.first].sentenceStart || tokens[span.first].lineStart
            || span.first > 0 && tokens[span.first - 1].text == ")"
        guard span.type == .organization, span.end - span.first >= 3, opens,
              tokens[span.first + 1].text == "of", commonWords.contains(word.key),
              !word.flags.contains(.organizationWord), !word.flags.contains(.place),
              word.rules.isDisjoint(with: [.organizationHead, .institution, .facility, .title]),
              !UnmarkedOrganizations.businessWords.contains(word.key) else { return false }
        return hasOrganizationWord(MentionSpan(paragraph: span.paragraph, first: span.first + 2, end: span.end, type: span.type), paragraph)
    }

    func hasOrganizationWord(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        (span.first..<span.end).contains { index in
            let flags = paragraph.facts[index].flags
            return flags.contains(.organizationWord) || flags.contains(.legalSuffix)
        }
    }

    /// "President Biden", "Gen. Al Khafaji": a capitalized title right before the name.
    private func precededByTitle(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.first > 0 else { return false }
        let before = paragraph.facts[span.first - 1]
        return before.startsUppercase && before.isTitle
            && !TitleWords.onlyOrdinaryWordsFollow(from: span.first, to: span.end, paragraph, commonWords: commonWords)
    }
}
