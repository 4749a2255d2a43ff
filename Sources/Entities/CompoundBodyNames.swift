/// "Zürcher Kantonalbank", "Deutscher Wetterdienst", "Baugenossenschaft Glattquell", "Migrationsverket":
/// German, Dutch and Nordic languages write a body's kind into one word with what it does, and the
/// tagger, trained on English, reads such names as people's. A capitalized word ending in a kind
/// of body, with more before it than the kind, makes its name an organization.
enum CompoundBodyNames {
    /// Kinds of body that end compound words, by name key, each with the shortest word that ends
    /// in it and is a body's: "Riverbank" and "Fairbank" are no banks, "Landesbank" is.
    static let endings: [(ending: String, shortest: Int)] = [
        ("bank", 10), ("banken", 10), ("genossenschaft", 16), ("genossenschaften", 18), ("verband", 10),
        ("gewerkschaft", 15), ("dienst", 10), ("amt", 8), ("ministerium", 14), ("gericht", 11), ("gerichtshof", 14),
        ("partei", 10), ("verein", 10), ("stiftung", 11), ("kasse", 9), ("werke", 9), ("verket", 10),
        ("styrelsen", 12), ("forbundet", 12), ("partiet", 11), ("partij", 10), ("samband", 11), ("sambandet", 13),
        ("vakbond", 7),
    ]

    /// `spans` sorted or not; retyped in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens, facts = paragraph.facts
        for index in spans.indices where spans[index].type == .person && spans[index].canonical == nil {
            let span = spans[index]
            if (span.first..<span.end).contains(where: { tokens[$0].isWord && facts[$0].startsUppercase && isCompoundBody(facts[$0].key) }) {
                spans[index].type = .organization
            }
        }
    }

    static func isCompoundBody(_ key: String) -> Bool {
        let length = key.utf8.count
        return endings.contains { length >= $0.shortest && key.hasSuffix($0.ending) }
    }
}
