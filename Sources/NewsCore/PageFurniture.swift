/// Text that came with the web page, not the article: widgets, captions, credits,
/// source lists and takedown notices. Every rule is about the shape of furniture in general.
enum PageFurniture {
    /// Whole lines that are site chrome when they stand alone (compared lowercased, trailing ":" dropped).
    static let wholeLines: Set<String> = [
        "print", "email", "e-mail", "share", "share this", "share this article", "share this story", "tweet",
        "facebook", "twitter", "whatsapp", "linkedin", "telegram", "reddit", "home", "menu", "search",
        "login", "log in", "sign in", "register", "subscribe", "advertisement", "advertising", "sponsored",
        "comments", "comment", "related", "related articles", "related stories", "related news",
        "read more", "read next", "more from this section", "most read", "most popular", "trending",
        "top stories", "recommended", "you may also like", "back to top", "close", "loading", "captcha",
        "captcha refresh", "refresh", "security key", "security code", "send", "submit", "next", "previous",
        "copy link", "copy url", "save", "save article", "gift article", "gift this article", "print this article",
        "share article", "reuse this content", "explore more on these topics", "listen to this article",
        "follow us", "google news", "instagram", "tiktok", "youtube", "bluesky", "threads", "x",
        "related article", "related story", "related content", "related coverage", "related topics", "see also",
        "also read", "read also", "further reading", "more on this story", "more stories", "more news",
        "editor's picks", "recommended stories", "text size", "normal text size", "larger text size",
        "font size", "listen to this story", "listen", "print article", "print this page", "flipboard", "pinterest",
    ]

    /// Buttons a share bar lists with spaces alone between them ("Facebook Flipboard Email").
    static let buttonWords: Set<String> = [
        "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit", "flipboard", "pinterest",
        "instagram", "tiktok", "youtube", "bluesky", "threads", "email", "e-mail", "print", "share", "save",
    ]

    /// Openings that only furniture has.
    static let prefixes: [String] = [
        "page generated in", "security key", "captcha", "all rights reserved", "copyright ©", "copyright (c)",
        "© copyright", "share this", "share on ", "share in ", "share via ", "share to ", "send via ", "share:", "follow us on", "follow us:", "sign up for our", "sign up to our",
        "subscribe to our", "subscribe now", "click here to", "read more:", "read more at", "related:",
        "you may also like", "back to top", "skip to content", "skip to main", "tags:", "topics:",
        "this article was originally published", "download our app", "join our", "we use cookies",
        "accept cookies", "cookie policy", "terms of use", "privacy policy", "read next:",
    ]

    /// Phrases that mark a line as furniture wherever they appear in it.
    static let markers: [String] = ["all rights reserved", "page generated in", "captcha"]

    /// Furniture lines are short; a long line is body text even if it mentions a cookie.
    static func isFurniture(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.hasAtMost(120) else { return false }
        var lower = trimmed.lowercased()
        while let last = lower.last, last == ":" || last == "." || last == " " || last == "|" { lower.removeLast() }
        if wholeLines.contains(lower) || CallsToAction.isCallToAction(lower) { return true }
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if markers.contains(where: { lower.includes($0) }) { return true }
        // A row of buttons: "Share · Reuse this content", "Follow us · WhatsApp · Google News".
        let pieces = PageHead.separatorPieces(trimmed)
        if pieces.count > 1 {
            // A long row may hold one button of the site's own ("Add to myFT | Print this page | Share on X").
            let others = pieces.filter { !isFurniture($0) }
            return others.isEmpty || pieces.count >= 4 && others.count == 1 && others[0].split(separator: " ").count <= 3
                || isMenu(pieces)
        }
        // Buttons with spaces alone between them: "Facebook Flipboard Email".
        let words = lower.split(separator: " ")
        return words.count > 1 && words.allSatisfy { buttonWords.contains(String($0)) }
    }

    /// The site's sections in a row: "Home | News | India | Opinion | Business | Sport | e-Paper".
    /// Five pieces or more, each a few words of letters and most a word or two, small words aside
    /// ("Podcasts & Series", "News in Focus", "Te Ao Māori"); one may hold a figure ("Formula 1"),
    /// not more (a row of results).
    static func isMenu(_ pieces: [String]) -> Bool {
        guard pieces.count >= 5 else { return false }
        var long = 0
        var withFigures = 0
        for piece in pieces {
            let all = piece.split(separator: " ")
            let words = all.filter { !menuSmallWords.contains($0) }.count
            guard all.count <= 4, piece.utf8.count <= 32, piece.first?.isLetter == true, !piece.contains(".") else { return false }
            if words > 2 { long += 1 }
            if piece.contains(where: \.isNumber) { withFigures += 1 }
        }
        return long * 4 <= pieces.count && withFigures <= 1
    }

    private static let menuSmallWords: Set<Substring> = ["&", "and", "in", "of", "the"]

    /// A photo credit with or without its caption: "© AP", "©APIraqi soldiers stand guard...",
    /// "Photo: Reuters", "(Photo by Jane Roe/AFP)", "Image credit: ...". Never a long paragraph.
    static func isCaptionOrCredit(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.hasAtMost(400) else { return false }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") { return true }
        let openings = ["photo:", "photo credit", "photograph:", "image:", "image credit", "picture:", "credit:",
                        "(photo", "[photo", "file photo", "photo by ", "pictured:", "video:"]
        return openings.contains(where: { lower.hasPrefix($0) })
    }

    /// A caption without the label that marks it ("[Photo] ", "Photo: ", "[PHOTO: ...]"), so that
    /// its text opens a sentence as it would under the picture. A credit alone stays as it is.
    static func captionText(_ line: String) -> String {
        let trimmed = line.trimmingSpaces()
        let lower = trimmed.lowercased()
        let labels = ["[photo]", "[image]", "[photo:", "[image:", "[picture:", "photo:", "photograph:", "image:",
                      "picture:", "pictured:", "video:", "file photo:"]
        guard let label = labels.first(where: { lower.hasPrefix($0) }) else { return trimmed }
        var text = trimmed.dropFirst(label.count).drop { $0 == " " }
        if trimmed.hasPrefix("["), text.hasSuffix("]") { text = text.dropLast() }
        return String(text)
    }

    /// Phrases of a notice asking rights holders to get in touch, as aggregator sites append.
    static let takedownCues: [String] = [
        "contact us to remove", "to remove/chang", "request removal", "removal request", "dmca",
        "takedown", "take-down", "copyright owner", "if you are the owner", "to have it removed",
        "can contact us to", "contact us for removal",
    ]

    /// Cuts a trailing source list ("Sources 1/ https://... 2/ https://...") and takedown
    /// notice off the end of the text. Returns the text kept and the URLs the list named.
    static func cutTrailingSourceList(_ text: String) -> (kept: String, urls: [String]) {
        var kept = text
        var urls: [String] = []
        if let cut = sourceListStart(text) {
            urls = text[cut...].split(whereSeparator: { $0 == " " || $0 == "\n" })
                .filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
                .map { String($0) }
            kept = String(text[..<cut])
        }
        return (removingTakedownSentences(kept).trimmingSpaces(), urls)
    }

    /// Where a heading like "Sources" opens a numbered or linked list, searching from the end.
    static func sourceListStart(_ text: String) -> String.Index? {
        let headings = ["sources", "source:", "references", "source links"]
        let lower = text.lowercased()
        guard lower.includes("source") || lower.includes("reference") else { return nil }
        var searchEnd = text.endIndex
        while let range = headings.compactMap({ text.range(of: $0, options: [.backwards, .caseInsensitive], range: text.startIndex..<searchEnd) })
            .max(by: { $0.lowerBound < $1.lowerBound }) {
            let after = text[range.upperBound...].drop(while: { $0 == " " || $0 == ":" || $0 == "\n" })
            let opensList = ["1/", "[1]", "1.", "1)", "http", "www."].contains(where: { after.hasPrefix($0) })
            let startsWord = range.lowerBound == text.startIndex || " \n.".contains(text[text.index(before: range.lowerBound)])
            if opensList, startsWord { return range.lowerBound }
            searchEnd = range.lowerBound
        }
        return nil
    }

    static func removingTakedownSentences(_ text: String) -> String {
        let lower = text.lowercased()
        guard takedownCues.contains(where: { lower.includes($0) }) else { return text }
        return Sentences.split(text)
            .filter { sentence in
                let lowered = sentence.lowercased()
                return !takedownCues.contains(where: { lowered.includes($0) })
            }
            .joined(separator: " ")
    }

    /// The publisher's name as its address shows it: "https://www.example.com/x" -> "example.com".
    static func host(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var host = url[scheme.upperBound...].prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
        if host.lowercased().hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : host.lowercased()
    }

    /// Of several URLs, the one most likely to be the article itself: the longest path.
    static func mostSpecificURL(_ urls: [String]) -> String? {
        urls.max { lhs, rhs in pathLength(lhs) < pathLength(rhs) }
    }

    private static func pathLength(_ url: String) -> Int {
        guard let scheme = url.range(of: "://") else { return 0 }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return 0 }
        return rest[slash...].count
    }
}
