/// "Latest News", "Top Headlines", "Get Latest Kenya News", "Most Read", "Conference Call and
/// Webcast": a page names its lists of stories, and a press release its calls to investors, in
/// capitals like a body's name. These headings name nothing, wherever they stand, so unlike
/// `PageLabels` they need not open a paragraph.
enum PageHeadings {
    /// The words that open the name of a list of stories, lowercased.
    static let listOpeners: Set<String> = [
        "latest", "top", "breaking", "trending", "related", "more", "other", "recent", "popular", "featured", "recommended",
    ]
    /// The words that end it: what the list holds.
    static let listNouns: Set<String> = ["news", "headlines", "stories", "updates", "videos", "articles", "posts"]
    /// A page's sections, whose lists of stories ("Business News", "Daily Market Updates") name no
    /// outlet: an outlet's name has a word of its own ("Sky News", "Arab News").
    static let sections: Set<String> = [
        "business", "market", "markets", "sport", "sports", "local", "world", "national", "international",
        "regional", "entertainment", "tech", "technology", "politics", "political", "weather", "health",
        "science", "lifestyle", "travel", "opinion", "metro", "crime", "education", "economy", "finance",
    ]
    /// A league table's column heads: played, won, drawn, lost, goals for and against, points.
    static let tableColumns: Set<String> = ["p", "pld", "w", "d", "l", "f", "a", "gf", "ga", "gd", "pts"]
    /// Headings of their own.
    static let headings: Set<[String]> = [
        ["conference", "call"], ["earnings", "call"], ["webcast"], ["webinar"], ["livestream"],
        ["media", "contact"], ["media", "contacts"], ["investor", "contact"], ["investor", "contacts"],
        ["most", "read"], ["most", "viewed"], ["most", "popular"], ["most", "shared"],
        // A press release's sections and its wire's label ("Dissemination of a Corporate News").
        ["investor", "relations"], ["media", "relations"], ["corporate", "news"], ["press", "release"],
        ["press", "releases"], ["news", "release"],
    ]

    static func isHeading(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.canonical == nil else { return false }
        // "(END)": a wire's mark under its story.
        if span.end - span.first == 1, paragraph.tokens[span.first].hasText("END"), span.first > 0,
           paragraph.tokens[span.first - 1].hasText("(") { return true }
        var keys = paragraph.facts[span.first..<span.end].map(\.key)
        // "Pos Team P W D L GD Pts": a league table's column heads.
        if keys.count >= 4, keys.filter({ $0.utf8.count <= 3 && tableColumns.contains($0) }).count >= 3 { return true }
        // "Most Read 1": the list's first number run on into its name.
        while keys.count > 1, let last = keys.last, last.allSatisfy(\.isNumber) { keys.removeLast() }
        if headings.contains(keys) { return true }
        // "Classifieds Latest News": a menu's last item run on into the list's name.
        if keys.count > 2, listOpeners.contains(keys[keys.count - 2]), listNouns.contains(keys[keys.count - 1]) { return true }
        // "Get Latest India News": a prompt's verb before the list's name.
        if keys.count > 2, ["get", "read", "see", "watch"].contains(keys[0]) { keys.removeFirst() }
        guard keys.count >= 2, let first = keys.first, let last = keys.last, listNouns.contains(last) else { return false }
        if keys.count == 3, first == "daily" || first == "weekly" { keys.removeFirst() }
        return listOpeners.contains(first) || keys.count == 2 && sections.contains(keys[0])
    }
}
