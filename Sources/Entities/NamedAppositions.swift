/// "Gavi, the Vaccine Alliance, said": an organization's name set off by "the" and commas right
/// after another organization's name is the same organization's other name. Lists ("CNN, the BBC,
/// and Sky") and one-word names are left alone.
enum NamedAppositions {
    /// `result` sorted by first token; aliased in place.
    static func apply(_ result: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        guard result.count >= 2 else { return }
        let tokens = paragraph.tokens
        for index in 1..<result.count {
            let name = result[index - 1]
            let other = result[index]
            guard name.type == .organization, other.type == .organization, other.canonical == nil,
                  other.end - other.first >= 2, other.first == name.end + 2,
                  tokens[name.end].text == ",", tokens[name.end + 1].text.lowercased() == "the",
                  other.end < tokens.count, tokens[other.end].text == ",",
                  !(other.end + 1 < tokens.count && ["and", "or"].contains(tokens[other.end + 1].text)) else { continue }
            result[index].canonical = name.canonical ?? name.surface(tokens)
        }
    }
}
