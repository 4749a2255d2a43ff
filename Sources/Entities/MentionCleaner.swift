import NewsCore

/// Turns what the tagger marked into clean names: titles and ranks off ("Maj Gen", "President"),
/// no possessive or stray punctuation, a title in front makes a person, words that end
/// organizations make organizations, and things that are never entities are dropped.
struct MentionCleaner {
    let lexicon: Lexicon
    let gazetteer: NameGazetteer
    let commonWords: Set<String>

    func clean(_ input: MentionSpan, _ tokens: [TaggerToken]) -> [MentionSpan] {
        let span = extended(input, tokens)
        var pieces: [MentionSpan] = []
        // A comma, a possessive, a bracket or an ordinary lowercase word inside a span joins
        // two names ("Baghdad, Iraq", "US troops in Iraq"): each side is cleaned on its own.
        var start = span.first
        for index in span.first...span.end {
            if index == span.end || splitsNames(tokens[index]) || isOrdinaryWord(index, in: span, tokens) {
                if index > start {
                    var piece = span
                    piece.first = start
                    piece.end = index
                    pieces.append(piece)
                }
                start = index + 1
            }
        }
        let wasSplit = pieces.count != 1 || pieces[0].first != span.first || pieces[0].end != span.end
        return pieces.flatMap { piece -> [MentionSpan] in
            var piece = piece
            // A known place cut out of a longer mistaken span is a place.
            if wasSplit, isKnownPlace(piece, tokens) { piece.type = .place }
            return cleanPiece(piece, tokens)
        }
    }

    /// A name the tagger cut short before a glued particle: "Mustafa" + "al-Kadhimi", "Ain" + "al-Asad".
    private func extended(_ input: MentionSpan, _ tokens: [TaggerToken]) -> MentionSpan {
        var span = input
        while span.end < tokens.count, tokens[span.end].isWord, tokens[span.end].start <= tokens[span.end - 1].end + 1 {
            let text = tokens[span.end].text
            let gluedParticle = text.first?.isLowercase == true && NameTokens.isCapitalized(text)
            let particleThenName = NameRules.connectors.contains(text.lowercased()) && text != "of"
                && span.end + 1 < tokens.count && tokens[span.end + 1].text.first?.isUppercase == true
                && tokens[span.end + 1].isWord
            // "Apple Inc.", "Acme Ltd": a legal form after a name makes it a company.
            let legalForm = text.utf8.count <= 5 && text.first?.isUppercase == true
                && NameRules.legalForms.contains(TextFolding.nameKey(text))
            if legalForm { span.type = .organization }
            if gluedParticle || legalForm { span.end += 1 } else if particleThenName { span.end += 2 } else { break }
        }
        return span
    }

    /// A lowercase word that cannot sit inside a name ("troops", "stationed"); "of", "al" and,
    /// inside an organization's name, "and"/"for"/"the" before a capital can.
    private func isOrdinaryWord(_ index: Int, in span: MentionSpan, _ tokens: [TaggerToken]) -> Bool {
        let token = tokens[index]
        guard token.isWord, let first = token.text.first, !first.isUppercase, !first.isNumber else { return false }
        if NameTokens.isCapitalized(token.text) { return false }
        let key = token.text.lowercased()
        if NameRules.connectors.contains(key) { return false }
        // Inside an organization's name only when its organization word comes after:
        // "Securities and Exchange Commission", not "New York Times and CNN".
        if ["and", "for", "the", "on", "&"].contains(key), index + 1 < span.end,
           tokens[index + 1].text.first?.isUppercase == true {
            var rest = span
            rest.first = index + 1
            if hasOrganizationWord(rest, tokens) { return false }
        }
        return true
    }

    private func isKnownPlace(_ span: MentionSpan, _ tokens: [TaggerToken]) -> Bool {
        let surface = span.surface(tokens)
        if let (type, _) = lexicon.aliases[Lexicon.aliasKey(surface)] { return type == .place }
        return gazetteer.flags(hash: FeatureHash.nameKeyHash(surface)).contains(.place)
    }

    private func cleanPiece(_ input: MentionSpan, _ tokens: [TaggerToken]) -> [MentionSpan] {
        var span = input
        var result: [MentionSpan] = []
        var sawTitle = false
        while span.first < span.end {
            let token = tokens[span.first]
            let key = wordKey(token)
            let flags = gazetteer.flags(key: key)
            let numeral = token.text.allSatisfy(\.isNumber)
            let noise = token.text.first?.isLowercase == true || NameRules.leadingNoise.contains(key)
            if !token.isWord || numeral || noise && !isNameStart(token, in: span, tokens) {
                span.first += 1
                continue
            }
            if isTitle(token, flags), span.end - span.first > 1, !hasOrganizationWord(span, tokens) {
                sawTitle = true
                span.first += 1
                // "Minister of Foreign Affairs Fuad Hussein": portfolio words after a title are part of it.
                while span.first < span.end, sawTitle,
                      NameRules.portfolioWords.contains(wordKey(tokens[span.first])) || isTitle(tokens[span.first], gazetteer.flags(hash: FeatureHash.nameKeyHash(tokens[span.first].text))),
                      span.end - span.first > 1 {
                    span.first += 1
                }
                continue
            }
            // "US President Joe Biden": a place or demonym before a title is its own mention or nothing.
            if let titleAt = (span.first + 1..<span.end).first(where: { isTitle(tokens[$0], gazetteer.flags(hash: FeatureHash.nameKeyHash(tokens[$0].text))) }),
               titleAt < span.end - 1,
               !hasOrganizationWord(MentionSpan(paragraph: span.paragraph, first: titleAt, end: span.end, type: span.type), tokens) {
                var before = span
                before.end = titleAt
                // "Senate Majority | Leader John Thune": the office's own words go with the title.
                while before.end > before.first + 1, NameRules.portfolioWords.contains(wordKey(tokens[before.end - 1])) {
                    before.end -= 1
                }
                let beforeKey = TextFolding.nameKey(before.surface(tokens))
                if gazetteer.flags(key: beforeKey).contains(.place) || lexicon.aliases[Lexicon.aliasKey(before.surface(tokens))] != nil {
                    before.type = .place
                    result += typed(before, tokens)
                } else if hasOrganizationWord(before, tokens) {
                    // "Iraqi Interior Ministry media official General Saad Maan".
                    before.type = .organization
                    result += cleanPiece(before, tokens)
                }
                span.first = titleAt
                continue
            }
            // "Minister of | Foreign Affairs Fuad Hussein": the tagger began inside the title.
            if NameRules.portfolioWords.contains(key), span.end - span.first > 1, span.first > 0,
               tokens[span.first - 1].text == "of" || isTitle(tokens[span.first - 1], gazetteer.flags(hash: FeatureHash.nameKeyHash(tokens[span.first - 1].text))),
               !hasOrganizationWord(span, tokens) {
                sawTitle = true
                span.first += 1
                continue
            }
            if flags.contains(.demonym), span.end - span.first > 1, span.type == .person {
                span.first += 1
                continue
            }
            break
        }
        while span.end > span.first {
            let token = tokens[span.end - 1]
            let key = wordKey(token)
            if !token.isWord || NameRules.connectors.contains(key) || key == "the" {
                span.end -= 1
                continue
            }
            break
        }
        guard span.first < span.end else { return result }
        if sawTitle || precededByTitle(span, tokens), !hasOrganizationWord(span, tokens) { span.type = .person }
        return result + typed(span, tokens)
    }

    /// The final say on a cleaned span's type, or nothing when it is not a name at all.
    private func typed(_ input: MentionSpan, _ tokens: [TaggerToken]) -> [MentionSpan] {
        var span = input
        let surface = span.surface(tokens)
        if let (type, canonical) = lexicon.aliases[Lexicon.aliasKey(surface)] {
            span.type = type
            span.canonical = canonical
            return [span]
        }
        guard isPlausibleName(&span, tokens) else { return [] }
        // News names places by themselves far more than teams or bodies named after them ("Washington said").
        if span.end - span.first == 1, span.type == .organization, isKnownPlace(span, tokens) { span.type = .place }
        // "Anna Berg": a known first name then capitalized words, and nothing of an organization or place.
        if span.end - span.first > 1, span.type == .place, !hasOrganizationWord(span, tokens), !isKnownPlace(span, tokens),
           gazetteer.flags(hash: FeatureHash.nameKeyHash(tokens[span.first].text)).contains(.firstName),
           !commonWords.contains(tokens[span.end - 1].text.lowercased()),
           (span.first + 1..<span.end).allSatisfy({ NameTokens.isCapitalized(tokens[$0].text) }) {
            span.type = .person
        }
        // "Mossad chief David Barnea", "Hamas leader", "WHO spokesperson": a name right before a
        // lowercase role word is the body the person works for, unless it is a known place.
        if span.type == .person, span.end < tokens.count, tokens[span.end].isWord,
           tokens[span.end].text.first?.isLowercase == true,
           NameRules.roleWords.contains(tokens[span.end].text) || tokens[span.end].text == "chief",
           !isKnownPlace(span, tokens),
           !gazetteer.flags(hash: FeatureHash.nameKeyHash(tokens[span.first].text)).contains(.firstName) {
            span.type = .organization
        }
        // A single acronym nobody lists as a place is an organization ("INA", "PMF").
        if span.end - span.first == 1, span.type == .place, AcronymDefinitions.acronymLetters(tokens[span.first].text) != nil,
           !isKnownPlace(span, tokens) {
            span.type = .organization
        }
        // "Ministry of Foreign Affairs", "University of Baghdad": a place-like name with an
        // organization word in it, that no list knows as a place, is an organization.
        if span.end - span.first > 1, span.type == .place, hasOrganizationWord(span, tokens), !isKnownPlace(span, tokens) {
            span.type = .organization
        }
        if span.end - span.first > 1, NameRules.facilityWords.contains(wordKey(tokens[span.end - 1])) {
            span.type = .place
        } else if span.end - span.first > 1, span.type != .organization {
            let lastFlags = gazetteer.flags(hash: FeatureHash.nameKeyHash(tokens[span.end - 1].text))
            if lastFlags.contains(.organizationWord) || lastFlags.contains(.legalSuffix) { span.type = .organization }
        }
        return [span]
    }

    /// False for what is never a name; marks a lone sentence-initial word as needing support.
    private func isPlausibleName(_ span: inout MentionSpan, _ tokens: [TaggerToken]) -> Bool {
        let words = (span.first..<span.end).map { tokens[$0] }
        guard let first = words.first else { return false }
        // A name starts with a capital (or an Arabic particle glued to one: "al-Kadhimi").
        guard first.text.first?.isUppercase == true || NameTokens.isCapitalized(first.text) else { return false }
        if words.allSatisfy({ $0.text.allSatisfy(\.isNumber) }) { return false }
        if words.count == 1 {
            let word = first.text
            let key = wordKey(first)
            if word.count < 2 || NameRules.functionWords.contains(key) || NameRules.titles.contains(key)
                || NameRules.portfolioWords.contains(key) { return false }
            let flags = gazetteer.flags(key: key)
            if flags.contains(.demonym) { return false }
            // "Ministry", "Forces" alone are descriptions; "the Senate" is a body.
            if flags.contains(.organizationWord), !NameRules.institutions.contains(key) { return false }
            // "Sen. Chuck Schumer, D-N.Y.": a party and state tag, not a name.
            if word.count >= 3, ["D-", "R-", "I-"].contains(String(word.prefix(2))) { return false }
            // "Report", "Talks": a word capitalized only because a sentence starts there needs the
            // word lists to vouch for it (a name used mid-sentence elsewhere is found again later).
            if first.sentenceStart {
                if commonWords.contains(word.lowercased()) { return false }
                let vouched: GazetteerFlags = [.place, .firstName]
                if flags.isDisjoint(with: vouched), AcronymDefinitions.acronymLetters(word) == nil { span.needsSupport = true }
            }
            let letters = word.filter(\.isLetter)
            if NameRules.commonAcronyms.contains(String(letters)) { return false }
        }
        let lowered = words.map { wordKey($0) }
        if lowered.contains(where: NameRules.furnitureWords.contains) { return false }
        return true
    }

    private func splitsNames(_ token: TaggerToken) -> Bool {
        if token.isWord { return false }
        switch token.text {
        case ",", ";", "(", ")", "[", "]", "\"", "\u{201C}", "\u{201D}", "|", "/", ":", "'s", "\u{2019}s", "'S": return true
        default: return false
        }
    }

    /// A title or rank; "Secretary-General" and "Lieutenant-Colonel" by their first part.
    private func isTitle(_ token: TaggerToken, _ flags: GazetteerFlags) -> Bool {
        guard token.isWord else { return false }
        if flags.contains(.title) { return true }
        guard let dash = token.text.firstIndex(of: "-") else { return false }
        return gazetteer.flags(hash: FeatureHash.nameKeyHash(String(token.text[..<dash]))).contains(.title)
    }

    /// "the" before "Hague" is part of the name only in names the alias table knows; otherwise dropped.
    private func isNameStart(_ token: TaggerToken, in span: MentionSpan, _ tokens: [TaggerToken]) -> Bool {
        lexicon.aliases[Lexicon.aliasKey(span.surface(tokens))] != nil
    }

    func hasOrganizationWord(_ span: MentionSpan, _ tokens: [TaggerToken]) -> Bool {
        (span.first..<span.end).contains { index in
            let flags = gazetteer.flags(hash: FeatureHash.nameKeyHash(tokens[index].text))
            return flags.contains(.organizationWord) || flags.contains(.legalSuffix)
        }
    }

    /// "President Biden", "Gen. Al Khafaji": a capitalized title right before the name.
    private func precededByTitle(_ span: MentionSpan, _ tokens: [TaggerToken]) -> Bool {
        guard span.first > 0 else { return false }
        let before = tokens[span.first - 1]
        return before.text.first?.isUppercase == true && isTitle(before, gazetteer.flags(hash: FeatureHash.nameKeyHash(before.text)))
    }

    private func wordKey(_ token: TaggerToken) -> String {
        TextFolding.nameKey(token.text)
    }
}
