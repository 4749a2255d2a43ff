import NewsCore

/// What the rule passes ask about a token, worked out once per paragraph. Each pass used to
/// fold, hash and look the same word up again (a gazetteer lookup is a bisection of 200k entries).
struct TokenFacts {
    /// `TextFolding.nameKey(text)`.
    var key: String
    /// `FeatureHash.nameKeyHash(text)` and the gazetteer's flags for it.
    var keyHash: UInt64
    var flags: GazetteerFlags
    /// The `NameRules` lists that hold `key`.
    var rules: RuleWords
    /// Of the first Character: `text.first?.isUppercase == true` and so on.
    var startsUppercase: Bool
    var startsLowercase: Bool
    var startsNumber: Bool
    /// `NameTokens.isCapitalized(text)`.
    var capitalized: Bool
    /// Every Character a number (`text.allSatisfy(\.isNumber)`).
    var numeral: Bool
    /// A word that is a title or rank, "Secretary-General" by its first part (`MentionCleaner`'s test).
    var isTitle: Bool

    init(_ token: TaggerToken, gazetteer: NameGazetteer) {
        let text = token.text
        key = NameKey.of(text)
        keyHash = FeatureHash.hash(key)
        flags = gazetteer.flags(hash: keyHash)
        rules = RuleWords.of(key, hash: keyHash)
        if let ascii = FirstCharacter.ascii(text) {
            startsUppercase = ascii >= 65 && ascii <= 90
            startsLowercase = ascii >= 97 && ascii <= 122
            startsNumber = ascii >= 48 && ascii <= 57
        } else {
            let first = text.first
            startsUppercase = first?.isUppercase == true
            startsLowercase = first?.isLowercase == true
            startsNumber = first?.isNumber == true
        }
        capitalized = NameTokens.isCapitalized(text)
        // One pass over the bytes answers the rest for ASCII words (one byte, one Character).
        var ascii = true
        var digits = true
        var dash = false
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 13 { ascii = false; break }
            if byte < 48 || byte > 57 { digits = false }
            if byte == UInt8(ascii: "-") { dash = true }
        }
        numeral = ascii ? digits : text.allSatisfy(\.isNumber)
        // The word lists' own titles too: the gazetteer's copy is as of the last training.
        isTitle = token.isWord && (flags.contains(.title) || rules.contains(.title) || (!ascii || dash) && TokenFacts.titleBeforeDash(text, gazetteer))
            && !TokenFacts.initialsNotTitle(text)
    }

    /// "MS Dhoni", "DR Congo": "Ms" and "Dr" in capitals are initials, not titles.
    private static func initialsNotTitle(_ text: String) -> Bool {
        text == "MS" || text == "DR" || text == "MR"
    }

    private static func titleBeforeDash(_ text: String, _ gazetteer: NameGazetteer) -> Bool {
        guard let dash = text.firstIndex(of: "-") else { return false }
        return gazetteer.flags(hash: FeatureHash.nameKeyHash(String(text[..<dash]))).contains(.title)
    }

    static func of(_ tokens: [TaggerToken], gazetteer: NameGazetteer) -> [TokenFacts] {
        tokens.map { TokenFacts($0, gazetteer: gazetteer) }
    }
}

/// The first Character of a word when it is a single ASCII byte (the next byte is ASCII too,
/// so no combining mark joins it), read without building the Character.
enum FirstCharacter {
    @inline(__always)
    static func ascii(_ text: String) -> UInt8? {
        let utf8 = text.utf8
        guard let head = utf8.first, head < 0x80 else { return nil }
        let next = utf8.index(after: utf8.startIndex)
        if next == utf8.endIndex { return head }
        let second = utf8[next]
        guard second < 0x80, !(head == 13 && second == 10) else { return nil }
        return head
    }
}

/// Membership of a key in the `NameRules` word lists, found with one dictionary lookup.
struct RuleWords: OptionSet {
    let rawValue: UInt32

    static let title = RuleWords(rawValue: 1 << 0)
    static let portfolio = RuleWords(rawValue: 1 << 1)
    static let functionWord = RuleWords(rawValue: 1 << 2)
    static let connector = RuleWords(rawValue: 1 << 3)
    static let leadingNoise = RuleWords(rawValue: 1 << 4)
    static let furniture = RuleWords(rawValue: 1 << 5)
    static let personTitle = RuleWords(rawValue: 1 << 6)
    static let roleWord = RuleWords(rawValue: 1 << 7)
    static let facility = RuleWords(rawValue: 1 << 8)
    static let legalForm = RuleWords(rawValue: 1 << 9)
    static let institution = RuleWords(rawValue: 1 << 10)
    static let organizationHead = RuleWords(rawValue: 1 << 11)
    static let bylineRole = RuleWords(rawValue: 1 << 12)
    static let bylineBeat = RuleWords(rawValue: 1 << 13)
    static let organizationCue = RuleWords(rawValue: 1 << 14)
    static let furniturePhraseStart = RuleWords(rawValue: 1 << 15)
    static let statehood = RuleWords(rawValue: 1 << 16)
    /// `Appositions.bodies` and `Appositions.roles`: what an organization or a person is.
    static let body = RuleWords(rawValue: 1 << 17)
    static let role = RuleWords(rawValue: 1 << 18)
    static let monthAbbreviation = RuleWords(rawValue: 1 << 19)
    /// `PageStamps.stampWords`.
    static let stampWord = RuleWords(rawValue: 1 << 20)

    /// `hash` is `FeatureHash.hash(key)`: it finds the slot, the key itself settles it.
    static func of(_ key: String, hash: UInt64) -> RuleWords {
        let slots = table
        var slot = Int(truncatingIfNeeded: FeatureHash.finish(hash)) & (slots.count - 1)
        while let entry = slots[slot] {
            if entry.hash == hash, entry.key == key { return entry.rules }
            slot = (slot + 1) & (slots.count - 1)
        }
        return []
    }

    /// Open addressing by the key's hash, a quarter full: a word in no list (nearly every word)
    /// costs a slot read or two, not a string hash.
    private static let table: [(hash: UInt64, key: String, rules: RuleWords)?] = {
        var size = 16
        while size < words.count * 4 { size <<= 1 }
        var slots = [(hash: UInt64, key: String, rules: RuleWords)?](repeating: nil, count: size)
        for (key, rules) in words {
            let hash = FeatureHash.hash(key)
            var slot = Int(truncatingIfNeeded: FeatureHash.finish(hash)) & (size - 1)
            while slots[slot] != nil { slot = (slot + 1) & (size - 1) }
            slots[slot] = (hash, key, rules)
        }
        return slots
    }()

    private static let words: [String: RuleWords] = {
        var table: [String: RuleWords] = [:]
        let lists: [(Set<String>, RuleWords)] = [
            (NameRules.titles, .title), (NameRules.portfolioWords, .portfolio),
            (NameRules.functionWords, .functionWord), (NameRules.connectors, .connector),
            (NameRules.leadingNoise, .leadingNoise), (NameRules.furnitureWords, .furniture),
            (NameRules.personTitles, .personTitle), (NameRules.roleWords, .roleWord),
            (NameRules.facilityWords, .facility), (NameRules.legalForms, .legalForm),
            (NameRules.institutions, .institution), (NameRules.organizationHeads, .organizationHead),
            (NameRules.bylineRoles, .bylineRole), (NameRules.bylineBeats, .bylineBeat),
            (OrganizationCues.words, .organizationCue), (Set(NameRules.furniturePhrases.map { $0[0] }), .furniturePhraseStart),
            (NameRules.statehoodWords, .statehood), (Appositions.bodies, .body), (Appositions.roles, .role),
            (MonthAbbreviations.words, .monthAbbreviation), (PageStamps.stampWords, .stampWord),
        ]
        // By name key, as a token's facts look them up: the key of "start-up" is "start up".
        for (words, rule) in lists {
            for word in words { table[NameKey.of(word), default: []].insert(rule) }
        }
        return table
    }()
}
