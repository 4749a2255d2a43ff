import NewsCore

/// "Varga-Holm", "Adeyemo-Barr": two capitalized surnames joined by a hyphen. Companies and
/// places join words so too ("Rolls-Royce", "Baden-Württemberg"), but alone; after a given name
/// and nothing of an organization or a place, such a word ends a person's name.
enum DoubleBarrelledNames {
    /// Hyphenated saints and forts name places and clubs ("Paris Saint-Germain", "Fort-Liberté").
    static let placeHeads: Set<String> = ["saint", "sainte", "st", "ste", "san", "santa", "fort", "port", "mont", "bad"]

    /// Exactly two parts, each a capital then lowercase letters ("Whitlock-Reyes", "McAllister-Rhys").
    static func isDoubleBarrelled(_ text: String) -> Bool {
        // Asked of the last word of most names: nearly none has a hyphen to split at.
        guard text.includesByte(UInt8(ascii: "-")) else { return false }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        for part in parts {
            guard part.count >= 2, let head = part.first, head.isUppercase,
                  part.dropFirst().contains(where: \.isLowercase),
                  part.allSatisfy({ $0.isLetter || $0 == "'" }) else { return false }
        }
        return !placeHeads.contains(parts[0].lowercased())
    }

    /// "Anita Varga-Holm": one or two capitalized words, none ordinary, then a double-barrelled
    /// surname, with no word of an organization, a title or a demonym among them.
    static func isPersonName(_ span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> Bool {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        guard (2...3).contains(span.end - span.first), isDoubleBarrelled(tokens[span.end - 1].text) else { return false }
        for index in span.first..<span.end - 1 {
            let word = facts[index]
            guard tokens[index].isWord, word.startsUppercase, !word.isTitle,
                  word.flags.isDisjoint(with: [.organizationWord, .legalSuffix, .demonym]),
                  !commonWords.contains(word.key) else { return false }
            // "Lewis", "Florence": a place's name that is a given name too may open a person's.
            if word.flags.contains(.place), word.flags.isDisjoint(with: [.firstName, .surname]) { return false }
        }
        return true
    }
}
