/// "READ: …", "PHOTO: …", "THANKS TO: …", "SEE ALSO:", "WATCH LIVE", "… LEARN MORE": a web
/// page's labels and prompts, capitalized for the eye, are no names. A label opens its paragraph
/// and ends at a colon; a prompt is a paragraph of its own or its last words. Every word of it is
/// a word of labels or an ordinary word, and one at least a word of labels, so a speaker's name
/// before a colon in a transcript ("JANE ROE:") stays a name; none is a body's word.
enum PageLabels {
    /// The words labels and prompts are made of, lowercased.
    static let labelWords: Set<String> = [
        "read", "watch", "listen", "photo", "photos", "picture", "pictures", "video", "videos", "audio", "byline",
        "thanks", "correction", "corrections", "clarification", "clarifications", "update", "updated", "related",
        "also", "see", "more", "contact", "contacts", "media", "press", "inquiries", "enquiries", "source", "credit",
        "credits", "advertisement", "sponsored", "live", "breaking", "exclusive", "explainer", "learn", "explore",
        "subscribe", "share", "follow", "download", "join", "login", "register", "menu", "skip", "next", "previous",
        "trending", "click", "here", "view", "gallery", "editor", "editors", "note",
    ]

    static func isLabel(_ span: MentionSpan, _ paragraph: TokenizedParagraph, commonWords: Set<String>) -> Bool {
        guard span.canonical == nil else { return false }
        let tokens = paragraph.tokens
        // Where the label or the prompt runs: from the paragraph's or the sentence's start (or a
        // speaker's name and a comma: "JANE ROE, BYLINE:") to a colon or to the paragraph's end.
        var start = span.first
        while start > 0, tokens[start - 1].isWord { start -= 1 }
        guard start == 0 || [".", "!", "?", "|", ","].contains(tokens[start - 1].text) else { return false }
        var end = span.end
        while end < tokens.count, tokens[end].isWord { end += 1 }
        guard end == tokens.count || tokens[end].text == ":" else { return false }
        var labelWord = false
        for index in start..<end {
            // "| HARBOUR MEDIA GROUP": a body's word makes a credit, not a label.
            let facts = paragraph.facts[index]
            if facts.flags.contains(.organizationWord) || !facts.rules.isDisjoint(with: [.organizationHead, .legalForm, .body]) { return false }
            let key = facts.key
            if labelWords.contains(key) { labelWord = true } else if !commonWords.contains(key) { return false }
        }
        return labelWord
    }
}
