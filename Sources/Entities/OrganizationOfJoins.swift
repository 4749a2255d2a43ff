/// "Velden Museum" + "of" + "Harbury Art", "Institute" + "of" + "Velden": the tagger may cut a body's
/// name at its "of". A body's name that ends with its head word ("Museum", "University", "Bank"),
/// then "of" and a name with no head word of its own, is one name: the body of that subject or place.
enum OrganizationOfJoins {
    /// `spans` sorted by their first token; joined in place.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        guard spans.count >= 2 else { return }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var index = 1
        while index < spans.count {
            let left = spans[index - 1]
            let right = spans[index]
            defer { index += 1 }
            guard left.type == .organization, left.canonical == nil, right.canonical == nil,
                  right.first == left.end + 1, right.end - right.first <= 4, tokens[left.end].text == "of" else { continue }
            let head = facts[left.end - 1]
            guard head.startsUppercase, head.flags.contains(.organizationWord) || head.rules.contains(.organizationHead)
                    || UnmarkedOrganizations.businessWords.contains(head.key) else { continue }
            guard !facts[right.first..<right.end].contains(where: {
                $0.flags.contains(.organizationWord) || $0.flags.contains(.legalSuffix) || $0.rules.contains(.organizationHead)
            }) else { continue }
            spans[index - 1].end = right.end
            spans.remove(at: index)
            index -= 1
        }
    }
}
