/// What news writes only beside a company's or a body's name, whatever the name's words: its staff
/// ("analysts at Fenwick Hale", "Fenwick Hale economists"), its shares and officers ("Fenwick Hale's
/// chief executive"), "its" referring back. Firms named after their founders read as people otherwise.
enum OrganizationEvidence {
    /// People who work for a firm, written before "at" ("economists at X") or, plural, after the name.
    static let staff: Set<String> = [
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "executive", "executives",
        "employee", "employees", "workers", "banker", "bankers", "trader", "traders", "engineers", "researchers",
        "shareholders", "staff", "partner", "partners",
        // "nurses at Corvella", "a colleague at Brask", "lawyers at Hale & Hale".
        "nurses", "doctors", "lawyers", "scientists", "colleague", "colleagues", "representatives",
    ]
    /// Plurals of `staff` a person has too ("the senator's staff"): not read after the name.
    static let sharedWithPeople: Set<String> = ["staff", "partners"]
    /// After "X's": what a firm has and a person does not.
    static let possessions: Set<String> = [
        "shares", "shareholders", "stock", "board", "profit", "profits", "revenue", "revenues", "earnings",
        "subsidiary", "subsidiaries", "headquarters",
    ]

    static func holds(_ span: MentionSpan, _ paragraph: TokenizedParagraph, stop: Int) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        if advisesOnADeal(span, paragraph) { return true }
        // "Tarvelgas, which represents ...": a name read as a person's takes "which", as no person
        // does. (A place takes it too, so only a person's reading gives way.)
        if span.type == .person, span.end + 1 < tokens.count, tokens[span.end].hasText(","), tokens[span.end + 1].hasText("which") {
            return true
        }
        // "analysts at X", "a strategist at X".
        if span.first >= 2, tokens[span.first - 1].text == "at", staff.contains(tokens[span.first - 2].text) { return true }
        // "shares of X", "a stake in X".
        if span.first >= 2, tokens[span.first - 1].text == "of" || tokens[span.first - 1].text == "in",
           tokens[span.first - 2].text == "shares" || tokens[span.first - 2].text == "stake" { return true }
        if span.end < tokens.count, tokens[span.end].isWord {
            let next = tokens[span.end].text
            // "X analysts said", "X shares fell".
            if facts[span.end].startsLowercase, next.hasSuffix("s"), staff.contains(next) || next == "shares",
               !sharedWithPeople.contains(next) { return true }
        }
        if span.end + 1 < tokens.count, tokens[span.end].text == "'s" || tokens[span.end].text == "\u{2019}s" {
            let owned = tokens[span.end + 1].text
            if possessions.contains(owned) { return true }
            if owned == "chief", span.end + 2 < tokens.count, tokens[span.end + 2].text == "executive" { return true }
        }
        // "Brask cut its": "its" right after the verb (checked first: most names have none there).
        guard span.end + 1 < tokens.count, PronounReference.impersonal.contains(tokens[span.end + 1].text) else { return false }
        return PronounReference.type(after: span, paragraph, stop: stop) == .organization
    }

    /// What banks and firms do for a deal: "advised by X", "X is advising", "underwritten by X and Y".
    static let advisers: Set<String> = ["advised", "advising", "advises", "underwritten", "underwriting", "audited", "brokered"]
    static let beings: Set<String> = ["is", "are", "was", "were"]
    /// The two lists by `TokenFacts.keyHash`: the word after every name is compared, not hashed again.
    static let adviserHashes: [UInt64] = advisers.map { FeatureHash.hash($0) }
    static let beingHashes: [UInt64] = beings.map { FeatureHash.hash($0) }

    /// "advised by X and Y", "X and Y are advising": the verb before "by" or after the list the name is in.
    static func advisesOnADeal(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        // A name in a list: capitalized words, "and", commas and "&" between. The walks stop at the
        // first other token, a lowercase word: only that one is looked up.
        func inList(_ index: Int) -> Bool {
            guard tokens[index].isWord else {
                let text = tokens[index].text
                return text == "," || text == "&" || text == "."
            }
            return facts[index].startsUppercase || tokens[index].text == "and"
        }
        var before = span.first - 1
        while before >= 0, span.first - before <= 8, inList(before) { before -= 1 }
        if before >= 1, tokens[before].text == "by", advisers.contains(tokens[before - 1].text) { return true }
        var after = span.end
        while after < tokens.count, after - span.end <= 8, inList(after) { after += 1 }
        guard after + 1 < tokens.count, tokens[after].isWord else { return false }
        if beingHashes.contains(facts[after].keyHash) { after += 1 }
        return adviserHashes.contains(facts[after].keyHash) && advisers.contains(facts[after].key)
    }
}
