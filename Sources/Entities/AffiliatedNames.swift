/// "Ilse Marten at the Velden Institute of Physics", "Tomas Vell of the Harbury Teachers Union": a
/// name followed by "at" or "of" and a body's name (a capitalized run with an organization word) is a
/// person who works there; bodies are rarely written "at" another body. Asked of names of two or three
/// words with nothing of an organization in them, which the tagger read as one.
enum AffiliatedNames {
    /// How far, in tokens after "at"/"of" (and "the"), the body's organization word may stand.
    static let reach = 6

    static func isPerson(_ span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> Bool {
        let count = span.end - span.first
        guard span.type == .organization, count >= 2, count <= 3, span.end + 1 < paragraph.tokens.count else { return false }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        let link = tokens[span.end].text
        guard link == "at" || link == "of" else { return false }
        var index = span.end + 1
        if tokens[index].text == "the" { index += 1 }
        guard index < tokens.count, tokens[index].isWord, facts[index].startsUppercase else { return false }
        // The body's run: capitalized words (and "of", "for", "and") up to its organization word.
        var found = false
        var at = index
        while at < tokens.count, at - index < reach {
            // "Harlow & Finch": a firm's "&".
            if !tokens[at].isWord {
                if tokens[at].text == "&" { found = true }
                break
            }
            let word = facts[at]
            if word.startsUppercase {
                if word.flags.contains(.organizationWord) || word.rules.contains(.organizationHead)
                    || word.flags.contains(.legalSuffix) { found = true; break }
            } else if !(word.key == "of" || word.key == "for" || word.key == "and") {
                break
            }
            at += 1
        }
        guard found else { return false }
        return UnmarkedOrganizations.showsNothingOfAnOrganization(span, paragraph, commonWords: commonWords)
    }
}

extension AffiliatedNames {
    /// "attorney Ilse Marten of Harlow & Finch said": the tagger read one name; it is a person's
    /// (a known first name, then a surname: nothing of a body) "of" a firm's, split at the "of".
    /// `start` is where the piece being cleaned begins.
    static func splits(at index: Int, from start: Int, _ span: MentionSpan, _ paragraph: TokenizedParagraph,
                       commonWords: Set<String>) -> Bool {
        let tokens = paragraph.tokens
        guard span.type == .organization, tokens[index].text == "of", index - start >= 2, index - start <= 3,
              index + 1 < span.end, paragraph.facts[start].flags.contains(.firstName) else { return false }
        // "Nova Harbury House of Assembly": words of a place's name or a building's are no surname.
        for at in (start + 1)..<index {
            let flags = paragraph.facts[at].flags
            if flags.contains(.placeWord) && !flags.contains(.surname) { return false }
            let key = paragraph.facts[at].key
            if key == "house" || BuiltPlaces.heads.contains(key) { return false }
        }
        var person = span
        person.first = start
        person.end = index
        return isPerson(person, paragraph, commonWords: commonWords)
    }
}
