import NewsCore

/// One cleaned mention, ready to be grouped into entities.
struct Mention {
    var surface: String
    var type: EntityType
    /// The alias table's canonical name or an acronym's expansion.
    var canonical: String?
    var location: MentionLocation
}

/// Folds the mentions of one article into entities: spelling variants and the alias table
/// by key ("Al Kadhimi" = "al-Kadhimi", "Soleimani" = "Suleimani", "ISIS" = "Daesh"), then a
/// surname or partial name into the one full name that contains it ("Kadhimi").
enum AliasResolver {
    fileprivate struct Group {
        var type: EntityType
        var canonical: String?
        var surfaces: [String: Int] = [:]
        var order: [String] = []
        var mentions: [MentionLocation] = []

        mutating func add(_ mention: Mention) {
            mentions.append(mention.location)
            // One lookup for a surface seen before (most mentions), two for a new one.
            if let seen = surfaces.index(forKey: mention.surface) {
                surfaces.values[seen] += 1
            } else {
                surfaces[mention.surface] = 1
                order.append(mention.surface)
            }
        }
    }

    /// A type and a name's spelling-key words (as `SpellingWords` numbers): mentions with the
    /// same one are the same entity. Kept apart from the groups so that matching a partial name
    /// against every group touches only these.
    fileprivate struct GroupKey: Hashable {
        var type: EntityType
        var words: [Int]
    }

    /// `isKnownPlace`: whether the place lists know a name ("Taiwan"), which then names the place,
    /// not a company named after it.
    static func resolve(_ mentions: [Mention], isKnownPlace: (String) -> Bool = { _ in false }) -> [ArticleEntity] {
        var groups: [Group] = []
        var keys: [GroupKey] = []
        var groupByKey: [GroupKey: Int] = [:]
        var spelling = SpellingWords(capacity: mentions.count)
        // Fullest names first, so a partial name finds its full name already grouped.
        let keyed = mentions.map { mention in (mention, spelling.entry(mention.canonical ?? mention.surface).ids) }
        let ordered = keyed.enumerated().sorted { lhs, rhs in
            let left = lhs.element.1.count, right = rhs.element.1.count
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        for (mention, words) in ordered {
            let key = GroupKey(type: mention.type, words: words)
            // A name the alias table or the team list gave is no person's surname: "Williams" the
            // team is not "Serena Williams".
            let surnameOf = mention.canonical != nil ? nil
                : surnameOfOnePerson(words, in: keys, groups: groups, at: mention.location)
            if let index = groupByKey[key] ?? partialNameGroup(words, type: mention.type, in: keys, groups: groups, at: mention.location)
                ?? surnameOf {
                groups[index].add(mention)
                continue
            }
            groupByKey[key] = groups.count
            var group = Group(type: mention.type, canonical: mention.canonical)
            group.add(mention)
            groups.append(group)
            keys.append(key)
        }
        foldShortForms(&groups, keys: keys, isKnownPlace: isKnownPlace)
        foldInitials(&groups)
        foldChamber(&groups)
        return groups.filter { !$0.mentions.isEmpty }.map { entity($0, spelling: &spelling) }.sorted { lhs, rhs in
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            let left = lhs.mentions.first!, right = rhs.mentions.first!
            return (left.paragraph, left.start) < (right.paragraph, right.start)
        }
    }

    /// The person whose name holds every word of a partial name, ending the same way
    /// ("Kadhimi" in "Mustafa al-Kadhimi"); a lone first name only when one person has it.
    /// Organizations and places fold a shorter form only when one entity ends with it.
    fileprivate static func partialNameGroup(_ words: [Int], type: EntityType, in keys: [GroupKey], groups: [Group],
                                             at location: MentionLocation) -> Int? {
        guard let last = words.last else { return nil }
        var matches: [Int] = []
        // By index, not by element: a copied key retains and releases its words for every group.
        for index in keys.indices where keys[index].type == type && keys[index].words.count > words.count
            && isPartialName(words, of: keys[index].words, type: type) && !namesWhatItIsOf(words, groups[index]) {
            matches.append(index)
        }
        if matches.count == 1 { return matches[0] }
        // Several share the word: the one whose surname it is, if only one; of several people,
        // the one named before it more often.
        let bySurname = matches.filter { keys[$0].words.last == last }
        if bySurname.count == 1 { return bySurname[0] }
        return type == .person ? subjectNamedBefore(location, among: bySurname, groups) : nil
    }

    /// "Lt Gen Abdul Amir al-Shammari said… Shammari said…", and later "Nasr al-Shammari": a
    /// surname two people share refers to the one named more often before it, and of those named
    /// as often, to the one named first: news names its subject, then relatives in passing ("her
    /// brother Howie Payne"), and uses the bare surname for the subject. Nil when neither was
    /// named before it, and when more than a family's few share it ("Smith" in a list of names):
    /// that would be a guess, and would read every candidate's mentions for every lone surname.
    private static func subjectNamedBefore(_ location: MentionLocation, among candidates: [Int], _ groups: [Group]) -> Int? {
        guard candidates.count <= 4 else { return nil }
        var best: (group: Int, count: Int, first: MentionLocation)?
        for candidate in candidates {
            var count = 0
            var first: MentionLocation?
            // The first mentions settle it: a name used hundreds of times is the subject anyway.
            for mention in groups[candidate].mentions.prefix(256)
            where (mention.paragraph, mention.start) < (location.paragraph, location.start) {
                count += 1
                if first == nil || (mention.paragraph, mention.start) < (first!.paragraph, first!.start) { first = mention }
            }
            guard let first else { continue }
            if let current = best,
               current.count > count || current.count == count && (current.first.paragraph, current.first.start) < (first.paragraph, first.start) {
                continue
            }
            best = (candidate, count, first)
        }
        return best?.group
    }

    /// "Belford Hospital" in "Friends of the Belford Hospital", "European Union" in "Court of Justice
    /// of the European Union": a name of two words or more that lies wholly after the longer one's
    /// last "of" is what that body is of or serves, another entity, not its short form. A lone word
    /// there ("Korea" in "Bank of Korea") is more often the tagger's misreading of the long name's tail.
    private static func namesWhatItIsOf(_ words: [Int], _ group: Group) -> Bool {
        // The group's first surface is its fullest name: mentions are grouped longest first.
        guard words.count > 1, group.type != .person, let name = group.order.first,
              let of = name.range(of: " of ", options: .backwards) else { return false }
        return words.count <= SpellingKey.words(String(name[of.upperBound...])).count
    }

    /// `words` (not empty) is a partial name of the longer `name`: every word in it, ending the same way.
    private static func isPartialName(_ words: [Int], of name: [Int], type: EntityType) -> Bool {
        for word in words where !name.contains(word) { return false }
        // An organization's last word alone is its short name when only one ends so
        // ("City" for "Manchester City", "Royals" for "Rajasthan Royals").
        return type == .person ? (name.last == words.last || words.count == 1)
            : name.suffix(words.count).elementsEqual(words) && (words.count > 1 || type == .organization)
    }

    /// Lowercase words an acronym skips ("Organization of the Petroleum Exporting Countries" = OPEC).
    private static let initialsSkip: Set<String> = ["of", "and", "for", "the", "on", "in", "&"]

    /// "WHO" for "World Health Organization", "ECB" for "European Central Bank": an all-capitals
    /// word of two to five letters that spells the initials of the capitalized words of exactly
    /// one organization in the article is that organization, defined in brackets or not.
    /// A leading all-capitals word may be left out ("US Centers for Disease Control" = CDC).
    fileprivate static func foldInitials(_ groups: inout [Group]) {
        var initialsByGroup: [Int: [[UInt8]]] = [:]
        for (index, group) in groups.enumerated() where group.type == .organization {
            var spelled: [[UInt8]] = []
            for surface in group.order { spelled += initials(surface) }
            if !spelled.isEmpty { initialsByGroup[index] = spelled }
        }
        guard !initialsByGroup.isEmpty else { return }
        for index in groups.indices where groups[index].canonical == nil && !groups[index].mentions.isEmpty {
            // Every form of the group is the same acronym.
            guard let letters = acronym(groups[index].order[0]),
                  groups[index].order.allSatisfy({ acronym($0) == letters }) else { continue }
            let owners = initialsByGroup.keys.filter { $0 != index && !groups[$0].mentions.isEmpty
                && initialsByGroup[$0]!.contains(letters) }
            guard owners.count == 1 else { continue }
            merge(index, into: owners[0], &groups)
        }
    }

    /// The capitals of an ASCII word of two to five of them ("WHO", "U.N."), else nil.
    private static func acronym(_ word: String) -> [UInt8]? {
        var letters: [UInt8] = []
        for byte in word.utf8 {
            if byte == UInt8(ascii: ".") { continue }
            guard byte >= 65, byte <= 90, letters.count < 5 else { return nil }
            letters.append(byte)
        }
        return letters.count >= 2 ? letters : nil
    }

    /// The initials of a name of two or more capitalized words, small words skipped; also
    /// without a leading all-capitals word. Empty when some other word is lowercase.
    private static func initials(_ name: String) -> [[UInt8]] {
        // `name.split(separator: " ")`, split by bytes when the name is ASCII.
        let words = NameKey.words(name)
        guard words.count >= 2 else { return [] }
        var letters: [UInt8] = []
        for word in words {
            guard let head = word.utf8.first else { continue }
            if head >= 65, head <= 90 {
                letters.append(head)
            } else if !initialsSkip.contains(word.lowercased()) {
                return []
            }
        }
        guard letters.count >= 2 else { return [] }
        var result = [letters]
        // "Bank of Japan" = BOJ, "Department of Justice" = DOJ: some take the small words' initials too.
        let withSmallWords = words.compactMap { word -> UInt8? in
            guard let head = word.utf8.first else { return nil }
            if head >= 65, head <= 90 { return head }
            let lower = word.lowercased()
            return lower == "the" || lower == "&" || !initialsSkip.contains(lower) ? nil : head - 32
        }
        if withSmallWords.count > letters.count { result.append(withSmallWords) }
        if let first = words.first, acronym(String(first)) != nil, letters.count >= 3 { result.append(Array(letters.dropFirst())) }
        return result
    }

    /// Organization words, legal forms and trades' words that end a company's or a body's full name: the
    /// words before them, used alone, name it ("Ford" for "Ford Motor Co.", "Qantas" for "Qantas Airways").
    /// Legal forms written out, as registered names end: "Tarrawin Lithium Limited".
    private static let spelledLegalForms: Set<String> = ["limited", "incorporated"]

    private static let headWords: Set<String> = NameRules.organizationWords.union(NameRules.legalForms).union(spelledLegalForms)
        .union(UnmarkedOrganizations.businessWords)
        .union(["ai", "united", "city", "motor", "group", "brands", "materials", "telecommunications", "holding"])

    /// A short form used alone that is the leading words of exactly one organization's full name
    /// with a head word or legal form after them folds into it. A short form the tagger typed
    /// otherwise ("Ford" as a person) folds only into a name with a legal form ("Ford Motor Co.",
    /// "Ventrex Lithium Limited"); a place only into one with the form abbreviated, and a place the
    /// lists know never: "Chennai" is not "Chennai Metro Rail Ltd".
    fileprivate static func foldShortForms(_ groups: inout [Group], keys: [GroupKey], isKnownPlace: (String) -> Bool) {
        var heads: [Int: (organization: Bool, legal: Bool, spelledLegal: Bool)] = [:]
        for (index, group) in groups.enumerated() where group.type == .organization && keys[index].words.count >= 1 {
            var organization = false
            var legal = false
            var spelledLegal = false
            for surface in group.order {
                let words = NameKey.words(NameKey.of(surface))
                guard words.count >= 2 else { continue }
                for word in words.dropFirst() {
                    let text = String(word)
                    if headWords.contains(text) { organization = true }
                    if NameRules.legalForms.contains(text) { legal = true }
                    if spelledLegalForms.contains(text) { spelledLegal = true }
                }
            }
            if organization || legal { heads[index] = (organization, legal, spelledLegal) }
        }
        guard !heads.isEmpty else { return }
        // "Orrin" for "Ganzhou Orrin Cobalt Co., Ltd": a registered name may lead with the
        // company's home, which its short form leaves off (a body's "Veldria League of Rights"
        // is one branch of the "League of Rights"). How many of an owner's first words name a known place.
        var placeLeads: [Int: Int] = [:]
        func placeLead(_ owner: Int) -> Int {
            if let lead = placeLeads[owner] { return lead }
            let words = groups[owner].order.first.map { $0.split(separator: " ") } ?? []
            let lead = [2, 1].first { count in
                words.count > count + 1 && isKnownPlace(words.prefix(count).joined(separator: " "))
            } ?? 0
            placeLeads[owner] = lead
            return lead
        }
        for index in groups.indices where !groups[index].mentions.isEmpty {
            let short = keys[index].words
            guard !short.isEmpty, heads[index] == nil else { continue }
            // A name the alias table knows ("Kelvar") is that body, and "Kelvar Systems" may be
            // another; "Kelvar Group AG" with its legal form is the body's own full name.
            let known = groups[index].canonical != nil
            // "the Senate" beside "the Senate Banking Committee": the chamber, not its committee.
            if short.count == 1, let form = groups[index].order.first, NameRules.institutions.contains(NameKey.of(form)) { continue }
            // "Taiwan" beside "Taiwan Semiconductor Manufacturing Co.": the island, not the company.
            if groups[index].type == .place, groups[index].order.contains(where: isKnownPlace) { continue }
            let owners = heads.keys.filter { owner in
                // The same key typed otherwise ("Henkel" the person beside "Henkel AG & Co. KGaA") folds too.
                owner != index && !groups[owner].mentions.isEmpty && keys[owner].words.count >= short.count
                    && (keys[owner].words.starts(with: short)
                        || heads[owner]!.legal && keys[owner].words.count > short.count
                            && keys[owner].words.dropFirst(placeLead(owner)).starts(with: short))
                    && !belongsTo(groups[owner], short: short.count)
                    && (groups[index].type == .organization && !known || heads[owner]!.legal
                        || groups[index].type == .person && heads[owner]!.spelledLegal)
            }
            if owners.count == 1 {
                merge(index, into: owners[0], &groups)
            } else if owners.count > 1, let shortForm = groups[index].order.first,
                      owners.allSatisfy({ onlyHeadWordsFollow(shortForm, in: groups[$0]) }) {
                // "Qantas Airways", "Qantas Group" and "Qantas": one company named three ways.
                let ordered = owners.sorted()
                for owner in ordered.dropFirst() { merge(owner, into: ordered[0], &groups) }
                merge(index, into: ordered[0], &groups)
            }
        }
    }

    /// The chambers a legislature's "House" is short for, by name key.
    private static let chambers = ["house of representatives", "house of commons", "house of lords", "house of delegates",
                                   "house of assembly", "house of councillors", "house of keys"]

    /// "The House would summon the minister" after "the House of Representatives": "House" alone
    /// is the one chamber the article names in full ("Arizona House of Representatives" too).
    /// With two ("House of Commons", "House of Lords") it says neither. With none, it is the one
    /// parliament the article names ("the Speaker adjourned the House" after "Parliament"), unless
    /// the article names another chamber too (a senate): then the House is a chamber of its own.
    fileprivate static func foldChamber(_ groups: inout [Group]) {
        guard let lone = groups.indices.first(where: { index in
            groups[index].type == .organization && !groups[index].mentions.isEmpty
                && groups[index].order.allSatisfy { NameKey.of($0) == "house" }
        }) else { return }
        func named(_ matches: (String) -> Bool) -> [Int] {
            groups.indices.filter { index in
                index != lone && groups[index].type == .organization && !groups[index].mentions.isEmpty
                    && groups[index].order.contains { matches(NameKey.of($0)) }
            }
        }
        let chambersNamed = named { key in chambers.contains { key.contains($0) } }
        if chambersNamed.count == 1 { merge(lone, into: chambersNamed[0], &groups) }
        guard chambersNamed.isEmpty, named({ key in upperChambers.contains { key.contains($0) } }).isEmpty else { return }
        let parliaments = named { $0 == "parliament" || $0.hasSuffix(" parliament") }
        guard parliaments.count == 1, let parliament = parliaments.first else { return }
        // Named "Parliament" still, however often it is called "the House".
        groups[parliament].canonical = groups[parliament].canonical ?? fullestForm(groups[parliament])
        merge(lone, into: parliament, &groups)
    }

    /// A second chamber beside the house: the house is then one chamber of several.
    private static let upperChambers = ["senate", "lords", "upper house", "council of states", "sabha", "seanad", "bundesrat"]

    /// "Kelby Rovers Supporters' Trust", "Kelby Workers' Union": a plural possessive after
    /// the short form's words makes the longer name a body of the short one's people, not its name.
    private static func belongsTo(_ owner: Group, short count: Int) -> Bool {
        guard let name = owner.order.first else { return false }
        return name.split(separator: " ").dropFirst(count).contains { $0.hasSuffix("s'") || $0.hasSuffix("s’") }
    }

    /// Every form of `group` is `shortForm` followed by head words and legal forms only.
    private static func onlyHeadWordsFollow(_ shortForm: String, in group: Group) -> Bool {
        let short = NameKey.words(NameKey.of(shortForm))
        return group.order.allSatisfy { surface in
            let words = NameKey.words(NameKey.of(surface))
            return words.count > short.count && words.starts(with: short)
                && words.dropFirst(short.count).allSatisfy { headWords.contains(String($0)) }
        }
    }

    private static func merge(_ index: Int, into owner: Int, _ groups: inout [Group]) {
        let group = groups[index]
        for surface in group.order where groups[owner].surfaces[surface] == nil { groups[owner].order.append(surface) }
        for (surface, count) in group.surfaces { groups[owner].surfaces[surface, default: 0] += count }
        groups[owner].mentions += group.mentions
        groups[index].mentions = []
        groups[index].order = []
        groups[index].surfaces = [:]
    }

    /// A lone word the tagger typed otherwise that is the surname of exactly one person named
    /// in full ("Araji added" after "Qassim al-Araji"), or of several: as `subjectNamedBefore` says.
    fileprivate static func surnameOfOnePerson(_ words: [Int], in keys: [GroupKey], groups: [Group],
                                               at location: MentionLocation) -> Int? {
        guard words.count == 1 else { return nil }
        let matches = keys.indices.filter { keys[$0].type == .person && keys[$0].words.count > 1
            && keys[$0].words.last == words[0] }
        return matches.count == 1 ? matches[0] : subjectNamedBefore(location, among: matches, groups)
    }

    /// The fullest form names the entity (most words, then not all in capitals, then most used,
    /// then first seen); the rest are its aliases. The id comes from the spelling key, so variants
    /// agree across articles.
    fileprivate static func entity(_ group: Group, spelling: inout SpellingWords) -> ArticleEntity {
        let name = group.canonical ?? fullestForm(group)
        let mentions = group.mentions.sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
        let id = "\(group.type.rawValue):\(spelling.key(name))"
        return ArticleEntity(type: group.type, name: name, aliases: group.order.filter { $0 != name },
                             mentions: mentions, id: id)
    }

    /// The form with the most words; of those, one written normally, then the most used.
    private static func fullestForm(_ group: Group) -> String {
        // Most entities have one form: nothing to weigh.
        if group.order.count == 1 { return group.order[0] }
        let wordCounts = group.order.map(wordCount)
        // "Washington" names the place, not the dateline's "WASHINGTON".
        let written = group.order.map { isShouted($0) ? 0 : 1 }
        return group.order.indices.max { lhs, rhs in
            (wordCounts[lhs], written[lhs], group.surfaces[group.order[lhs]]!)
                < (wordCounts[rhs], written[rhs], group.surfaces[group.order[rhs]]!)
        }.map { group.order[$0] }!
    }

    /// All capitals, longer than an acronym: a dateline's or a headline's setting ("WASHINGTON").
    private static func isShouted(_ text: String) -> Bool {
        (CapitalLetters.count(in: text) ?? 0) > 4
    }

    /// `text.split(separator: " ").count`, without the pieces for ASCII text (elsewhere a
    /// combining mark may make a space part of a larger Character).
    private static func wordCount(_ text: String) -> Int {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").count }
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
