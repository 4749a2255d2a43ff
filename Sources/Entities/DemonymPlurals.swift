/// "Ghanaians living abroad", "so many Nigerians in the stand": a demonym's plural names a
/// people, not a person nor a place. The tagger, seeing a capitalized word it does not know,
/// may read it as either.
enum DemonymPlurals {
    /// Drops one-word people and places that are a known demonym with an "s" added.
    static func apply(_ result: inout [MentionSpan], _ paragraph: TokenizedParagraph, gazetteer: NameGazetteer) {
        let tokens = paragraph.tokens
        result.removeAll { span in
            guard span.end - span.first == 1, span.canonical == nil, span.type == .person || span.type == .place else { return false }
            let text = tokens[span.first].text
            guard text.utf8.count > 4, text.hasSuffix("s"), !text.hasSuffix("ss") else { return false }
            let flags = gazetteer.flags(hash: FeatureHash.nameKeyHash(String(text.dropLast())))
            return flags.contains(.demonym) && flags.isDisjoint(with: [.place, .firstName, .surname])
        }
    }
}
