import NewsCore

/// "Friends of the Itchen", "Friends of the Earth", "Friends of Kelmouth Park": a campaign group
/// named as the friends of what it looks after. The tagger reads the place alone ("Itchen").
enum FriendsGroups {
    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        var found: [MentionSpan] = []
        for first in tokens.indices where tokens[first].text == "Friends" {
            var end = first + 1
            guard end < tokens.count, tokens[end].text == "of" else { continue }
            end += 1
            if end < tokens.count, tokens[end].text == "the" { end += 1 }
            let named = end
            while end < tokens.count, end - named < 3, paragraph.isCapitalizedWord(end) { end += 1 }
            guard end > named else { continue }
            found.append(MentionSpan(paragraph: paragraph.index, first: first, end: end, type: .organization, cued: true))
        }
        return found
    }
}
