/// "the Vantor Ridge pickup", "22 Skyweave satellites", "the Nimbus SUV": a name written before (or
/// ending with) a word for a kind of product names the product, not its maker. Dropped when every
/// mention of it in the article reads so: a maker is named by itself somewhere ("Ardent said").
enum ProductNames {
    /// Kinds of product that news names by model or line; not "chips", "jets" or "vaccine", which
    /// follow the maker's own name as often ("Nvidia chips").
    static let kinds: Set<String> = [
        "pickup", "pickups", "suv", "suvs", "sedan", "sedans", "hatchback", "hatchbacks", "minivan", "minivans",
        "satellite", "satellites", "rocket", "rockets", "spacecraft", "telescope", "smartphone", "smartphones",
        "handset", "handsets", "console", "consoles", "headset", "headsets", "chatbot", "chatbots",
        "spectrograph", "spectrographs", "newsletter", "newsletters", "podcast", "podcasts", "crossover", "crossovers",
        "trains", "locomotives",
    ]

    /// `kinds` by `TokenFacts.keyHash`: nearly every word is none of them, and is told so
    /// without hashing it into a Set<String>.
    private static let kindTable = KeyTable(kinds)

    static func drop(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph]) -> [MentionSpan] {
        let position = paragraphs.positionsByIndex
        // Most articles name no product: the names' keys are only built when one does.
        guard spans.contains(where: { span in position[span.paragraph].map { isProduct(span, paragraphs[$0]) } ?? false })
        else { return spans }
        var productKeys: Set<String> = []
        var otherKeys: Set<String> = []
        var keys: [String?] = []
        keys.reserveCapacity(spans.count)
        for span in spans {
            guard let at = position[span.paragraph], span.canonical == nil else { keys.append(nil); continue }
            let paragraph = paragraphs[at]
            let key = NameKey.of(span.surface(paragraph.tokens))
            keys.append(key)
            if isProduct(span, paragraph) { productKeys.insert(key) } else { otherKeys.insert(key) }
        }
        let products = productKeys.subtracting(otherKeys)
        guard !products.isEmpty else { return spans }
        return zip(spans, keys).filter { span, key in key.map { !products.contains($0) } ?? true }.map(\.0)
    }

    /// The kind of product right after the name, lowercase ("pickup"), or as the name's last word ("SUV").
    static func isProduct(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        // "A330s", "XR-900s": the plural of a model number names aircraft or machines, no maker.
        if span.end - span.first == 1, isModelPlural(paragraph.tokens[span.first].text) { return true }
        // "the Nimbus SUV", and "SUV" alone: a kind of product is no name by itself either.
        if kindTable.contains(facts[span.end - 1]), kinds.contains(facts[span.end - 1].key),
           !facts[span.first..<span.end].contains(where: { $0.flags.contains(.organizationWord) || $0.flags.contains(.legalSuffix) }) {
            return true
        }
        guard span.end < paragraph.tokens.count, paragraph.tokens[span.end].isWord else { return false }
        return facts[span.end].startsLowercase && kindTable.contains(facts[span.end]) && kinds.contains(facts[span.end].key)
    }

    /// A capital, then digits (maybe joined by "-"), then a plural "s": "A330s", "KX-200s".
    static func isModelPlural(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3, scalars.count <= 16, scalars.last == "s",
              let first = scalars.first, first.properties.isUppercase,
              ("0"..."9").contains(scalars[scalars.count - 2])
        else { return false }
        return scalars.dropLast().allSatisfy { ("0"..."9").contains($0) || ("A"..."Z").contains($0) || $0 == "-" }
    }
}
