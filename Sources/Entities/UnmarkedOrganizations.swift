/// "Veldria's Ona Vell", "Brask's Ilse Marten": the tagger reads a person's name as an
/// organization, most of all after a possessive. An organization's name of two or three words
/// almost always shows something of one — an organization word ("Motors", "University"), a legal
/// form, an acronym, a known place ("Manchester City"), a demonym ("British Athletics"), an
/// ordinary or a business word ("Getty Images", "Elliott Management"). A name with none of that
/// and with something only people's names have — a known first name first, an initial, a
/// double-barrelled surname, a possessive right before it — is a person's. The words around a
/// mention (a description, "analysts at", shares) still make it a firm later.
enum UnmarkedOrganizations {
    /// Words that end firms' names without being organization words in the lists.
    static let businessWords: Set<String> = Set([
        "management", "capital", "investment", "investments", "advisors", "advisers", "associates",
        "securities", "ventures", "economics", "research", "consulting", "energy", "labs", "pharma",
        "pharmaceuticals", "logistics", "brothers", "sons", "insurance", "finance", "financial",
        "global", "international", "resources", "solutions", "analytics", "properties", "realty",
        // Trades ("Walsh Construction", "Kelvar Airways").
        "construction", "engineering", "airlines", "airways", "motors", "foods", "media", "entertainment",
        "studios", "publishing", "shipping", "mining", "chemicals", "technologies", "systems", "software",
        "networks", "communications", "telecom", "healthcare", "hotels", "brewing", "builders", "developments",
        "partners", "holdings", "industries", "enterprises", "trading", "maritime", "mechanical", "electrical",
        "therapeutics", "biotech", "biosciences", "diagnostics", "pharmaceutical", "aviation", "automotive",
        "aerospace", "robotics", "semiconductor", "semiconductors", "electronics", "steel", "petroleum",
        "minerals", "metals", "platinum", "textiles", "plastics", "packaging", "cement", "freight", "haulage", "lines", "air",
    ]).union(venueWords)

    /// Institutions' words that end places' names too ("Harbury Centre", "Kelvar Library").
    static let venueWords: Set<String> = ["museum", "gallery", "library", "centre", "center", "theatre", "theater", "opera", "zoo"]

    /// "Torvik Mechanical", "Orvane Investments": a trade's word ends a firm's name, whatever the
    /// first word, unless the lists know it as a name too ("Jane Steel"); a venue's word ends
    /// places' names as well ("City Centre", "Museum of London").
    static func isTradeWord(_ word: TokenFacts) -> Bool {
        businessWords.contains(word.key) && !venueWords.contains(word.key) && word.flags.isDisjoint(with: [.surname, .firstName])
    }

    /// `isKnownPlace` answers for a surface ("U.S." is initials of a place, not of a person).
    static func looksLikePerson(_ span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>,
                                isKnownPlace: (String) -> Bool) -> Bool {
        let count = span.end - span.first
        guard span.type == .organization, count >= 2, count <= 3 else { return false }
        // The sign first: it is cheap, and most organizations have none.
        guard hasPersonSign(span, paragraph, isKnownPlace: isKnownPlace) else { return false }
        return showsNothingOfAnOrganization(span, paragraph, commonWords: commonWords)
    }

    /// Capitalized words only, none of them an organization's, a legal form, an acronym, a demonym, a
    /// title, a business word or an ordinary word (a first name that is also a word may open the name).
    static func showsNothingOfAnOrganization(_ span: MentionSpan, _ paragraph: TokenizedParagraph,
                                             commonWords: Set<String>) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        for index in span.first..<span.end {
            let token = tokens[index]
            let word = facts[index]
            guard token.isWord, word.startsUppercase, !word.numeral else { return false }
            let text = token.text
            // An acronym or an all-capitals word ("ESPN UK") is a body's, not a person's.
            if text.utf8.count > 1, !text.utf8.contains(UInt8(ascii: ".")), !text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }),
               text.allSatisfy({ !$0.isLowercase }) { return false }
            // "R.J." is initials, though the lists may know its key as a legal form.
            let initials = index == span.first && isInitials(text)
            if word.flags.contains(.organizationWord) || word.flags.contains(.legalSuffix) && !initials
                || word.flags.contains(.demonym) || word.isTitle { return false }
            if !word.rules.isDisjoint(with: [.institution, .organizationHead, .legalForm, .facility, .body,
                                               .functionWord, .connector, .furniture, .statehood]) { return false }
            if businessWords.contains(word.key) { return false }
            // An ordinary word names a thing; a first name that is also a word ("Faith") still opens a person's name.
            if !(index == span.first && word.flags.contains(.firstName)), commonWords.contains(text.lowercased()) {
                return false
            }
        }
        return true
    }

    private static func hasPersonSign(_ span: MentionSpan, _ paragraph: TokenizedParagraph,
                                      isKnownPlace: (String) -> Bool) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let first = facts[span.first]
        if first.flags.contains(.firstName), !first.flags.contains(.place) { return true }
        // "T. Marten", "K.S. Orlan".
        if isInitials(tokens[span.first].text), !isKnownPlace(tokens[span.first].text) { return true }
        // "Varga-Holm": two capitalized halves.
        let last = tokens[span.end - 1].text
        if last.utf8.contains(UInt8(ascii: "-")), let dash = last.firstIndex(of: "-"),
           last[last.index(after: dash)...].first?.isUppercase == true { return true }
        // "Veldria's Ona Vell".
        if span.first > 0, tokens[span.first - 1].text == "'s" || tokens[span.first - 1].text == "\u{2019}s" { return true }
        return false
    }

    /// "L.", "K.S.": capital letters each followed by a full stop.
    private static func isInitials(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.count <= 6, utf8.count % 2 == 0 else { return false }
        var letter = true
        for byte in utf8 {
            if letter ? !(byte >= 65 && byte <= 90) : byte != 46 { return false }
            letter.toggle()
        }
        return true
    }
}
