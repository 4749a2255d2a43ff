/// What a saved web page puts around its headline: the site's masthead above it ("THE ABUJA
/// MONITOR", "The Lakeshore Chronicle"), section labels ("NEWS | LOCAL", "Obituaries"), and
/// date and reading-time lines below it ("3 Aug 2025 · 5 min read"). None of it is the headline
/// or the story; the masthead names the source and the date line the date.
enum PageHead {
    /// Words that name a publication: a short top line holding one is a masthead.
    static let publicationWords: Set<String> = [
        "times", "post", "herald", "tribune", "observer", "ledger", "brief", "briefing", "report", "reporter",
        "monitor", "gazette", "journal", "news", "daily", "courier", "review", "magazine", "telegraph",
        "chronicle", "independent", "standard", "mail", "express", "mirror", "record", "press", "register",
        "bulletin", "dispatch", "globe", "sentinel", "examiner", "inquirer", "digest", "weekly", "wire",
        "insider", "desk", "pulse", "today", "online", "digital", "edition", "star", "sun",
    ]

    /// Separators between a site's name and its sections ("Business | Markets", "F1 · Race report").
    static let separators = [" | ", " · ", " / ", " › ", " » ", " — ", " – ", " > "]

    /// Drops the masthead and section labels above the headline; the masthead becomes the
    /// source when nothing named one. Only when a real headline follows: a short headline of
    /// its own is never dropped for a longer standfirst. `page` is every line, furniture
    /// included: a masthead's name comes back in footers.
    static func droppingMasthead(_ lines: [String], page: [String], into metadata: inout Metadata) -> [String] {
        var result = lines
        var firstLine = true
        // A masthead, a second site name ("BBC Sport"), a section path and a section label.
        for _ in 0..<5 {
            guard let index = result.firstIndex(where: { !$0.isEmpty }) else { break }
            let line = result[index]
            guard isLabel(line, first: firstLine, page: page),
                  headlineFollows(result[(index + 1)...]) else { break }
            if firstLine, metadata.source == nil { metadata.source = sourceName(line) }
            result.remove(at: index)
            firstLine = false
        }
        return result
    }

    /// A short line that cannot be a headline: a section path, a one-word label, or a masthead.
    static func isLabel(_ line: String, first: Bool, page: [String]) -> Bool {
        guard line.utf8.count <= 160, let last = line.last, !".?!:,;".contains(last) else { return false }
        let pieces = separatorPieces(line)
        if pieces.count > 1 {
            return pieces.count <= 4 && pieces.allSatisfy { $0.split(separator: " ").count <= 4 }
        }
        let words = line.split(separator: " ")
        if words.count == 1 { return true }
        guard words.count <= 5 else { return false }
        if isAllCaps(line) { return true }
        // Under the masthead, a section's name or a second site name in Title Case, a few words
        // ("Taiwan News", "UK Politics", "BBC Sport"): a headline follows, or it is kept.
        guard first else { return words.count <= 3 && words.allSatisfy { $0.first?.isUppercase == true || $0 == "&" } }
        // A masthead in title case: only as the page's first line, and only with a word
        // newspapers are named with, repeated further down (a footer, "told the Courier"), or
        // right above the site's menu ("Anadolu Ajansı" over "Türkiye | World | Politics | …").
        return words.contains { publicationWords.contains($0.lowercased()) } || recurs(line, in: page) || isAboveMenu(line, in: page)
    }

    /// A headline within the next three lines, with text after it.
    static func headlineFollows(_ lines: ArraySlice<String>) -> Bool {
        let nonEmpty = lines.lazy.filter { !$0.isEmpty }
        for (offset, line) in nonEmpty.prefix(3).enumerated() {
            if line.split(separator: " ").count >= 5, TitleRules.looksLikeHeadline(line) {
                return nonEmpty.dropFirst(offset + 1).first != nil
            }
        }
        return false
    }

    /// Labels of what kind of text follows, written above it like a masthead: they name no source.
    static let documentKinds: Set<String> = [
        "press release", "news release", "media release", "media statement", "press statement",
        "for immediate release", "media advisory", "breaking news", "opinion piece", "letters to the editor",
    ]

    /// "THE ABUJA MONITOR" -> "The Abuja Monitor"; "Business Meridian | Startups" -> "Business
    /// Meridian". Nil for one word ("HEALTH" is a section more often than a paper), and for a
    /// label of the text's kind ("PRESS RELEASE").
    static func sourceName(_ line: String) -> String? {
        let name = separatorPieces(line)[0]
        guard name.split(separator: " ").count >= 2, !documentKinds.contains(name.lowercased()) else { return nil }
        return isAllCaps(name) ? titleCased(name) : name
    }

    /// Date lines and reading furniture between the headline and the story ("By ..." lines stay:
    /// they are the article's). The first date becomes the article's date when none was given.
    /// A standfirst (a sentence under the headline) may come first; a date after it is the
    /// page's only when a byline came between or the line says so ("Published On 23 Nov 2025"):
    /// a date line after the story's first sentence is the story's.
    static func takingDateLines(_ lines: [String], into metadata: inout Metadata) -> [String] {
        var result: [String] = []
        result.reserveCapacity(lines.count)
        var inHead = true
        var seen = 0
        var afterStandfirst = false
        var bylineSinceStandfirst = false
        for line in lines {
            if inHead, !line.isEmpty {
                seen += 1
                if seen > 8 || isStory(line) && (afterStandfirst || seen > 2) {
                    inHead = false
                } else if isStory(line) {
                    afterStandfirst = true
                } else if let date = dateLine(line), !afterStandfirst || bylineSinceStandfirst || saysItIsADate(line) {
                    if metadata.published == nil { metadata.published = date }
                    continue
                } else if isReadingFurniture(line) {
                    continue
                } else if afterStandfirst, HeaderRules.bylineLine(line) != nil {
                    bylineSinceStandfirst = true
                }
            }
            result.append(line)
        }
        return result
    }

    /// "Published On 23 Nov 2025", "Updated October 18, 2025": a date line that names itself.
    static func saysItIsADate(_ line: String) -> Bool {
        let lower = line.lowercased()
        return datePrefixes.contains { lower.hasPrefix($0) }
    }

    /// "Tue 8 Apr 2025 at 07:30", "3 Aug 2025 · 5 min read", "Published on Feb 12, 2025",
    /// "Sunday, March 16, 2025 — 10:22 PM", "Updated 4:12 PM EDT, March 11, 2025".
    static func dateLine(_ line: String) -> NewsDate? {
        guard line.utf8.count <= 120 else { return nil }
        var date: (text: String, parsed: NewsDate)?
        var time: String?
        for piece in separatorPieces(line) {
            var text = Substring(piece)
            let lower = piece.lowercased()
            if let lead = datePrefixes.first(where: { lower.hasPrefix($0) }) {
                text = text.dropFirst(lead.count).drop { $0 == ":" || $0 == " " }
            }
            let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).filter { $0.lowercased() != "at" }
            let candidate = words.joined(separator: " ")
            if date == nil, let parsed = HeaderRules.dateOnlyLine(candidate) {
                date = (candidate, parsed)
            } else if time == nil, isTime(piece) {
                time = piece
            } else if !isReadingFurniture(piece) {
                return nil
            }
        }
        guard let date else { return nil }
        // A time on its own piece ("October 17, 2025 | 8:15 PM") belongs to the date.
        if let time, let withTime = HeaderRules.dateOnlyLine(date.text + " " + time) { return withTime }
        return date.parsed
    }

    static let datePrefixes = ["first published", "last updated", "last modified on", "last modified", "published on",
                               "published at", "published", "updated on", "updated", "posted on", "posted"]

    /// "5 min read", "Listen to this article", "Updated 3 minutes ago".
    static func isReadingFurniture(_ line: String) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        let lower = line.lowercased()
        if lower.hasSuffix("min read") || lower.hasSuffix("mins read") || lower.hasSuffix("minute read")
            || lower.hasSuffix("minutes read") { return true }
        if lower.hasPrefix("listen to this article") || lower.hasPrefix("listen to this story") { return true }
        if (lower.hasPrefix("updated") || lower.hasPrefix("published")) && lower.hasSuffix(" ago") { return true }
        let pieces = separatorPieces(line)
        return pieces.count > 1 && pieces.allSatisfy(isReadingFurniture)
    }

    /// "10:22 PM", "09:14 AM IST", "20:15 GMT": a time of day and its zone.
    static func isTime(_ piece: String) -> Bool {
        let words = piece.split(separator: " ")
        // "5.00am", "7:15pm", "6:02 a.m. ET", "11:42 AM GMT+8".
        if (1...3).contains(words.count), HeaderRules.isTimeWord(words[0]),
           words.dropFirst().allSatisfy({ HeaderRules.isTimeWord($0) || $0.count <= 4 && $0.allSatisfy { $0.isLetter || $0 == "." } }) {
            return true
        }
        guard (1...3).contains(words.count), words[0].contains(":"),
              words[0].allSatisfy({ $0.isNumber || $0 == ":" }) else { return false }
        return words.dropFirst().allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isLetter) }
    }

    /// The story has begun: a long line, or a full sentence of some length.
    static func isStory(_ line: String) -> Bool {
        line.utf8.count > 200 || Paragraphs.endsWithSentenceMark(line) && line.split(separator: " ").count > 12
    }

    static func separatorPieces(_ line: String) -> [String] {
        // Most lines hold no separator: they skip Foundation's Character-by-Character search.
        guard mayHoldSeparator(line) else {
            let trimmed = line.trimmingSpaces()
            return trimmed.isEmpty ? [line] : [trimmed]
        }
        var pieces = [line]
        // Two spaces or more set a menu's items apart too ("Home  News  Business  Sport").
        for separator in separators + ["  "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        let kept = pieces.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        return kept.isEmpty ? [line] : kept
    }

    /// False when no space byte is followed by a space, "|", "/", ">" or a non-ASCII byte. Every
    /// other separator is a space, a mark, a space; the non-ASCII marks are no ASCII Character's
    /// equal, so without such a pair no separator can match.
    private static func mayHoldSeparator(_ line: String) -> Bool {
        var afterSpace = false
        for byte in line.utf8 {
            if afterSpace, byte >= 0x80 || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: " ") {
                return true
            }
            afterSpace = byte == UInt8(ascii: " ")
        }
        return false
    }

    static func isAllCaps(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    static func titleCased(_ text: String) -> String {
        let small: Set<String> = ["of", "the", "and", "for", "in", "on", "at", "de", "la", "el", "y"]
        return text.lowercased().split(separator: " ").enumerated().map { index, word in
            index > 0 && small.contains(String(word)) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// The next line of the page with text after `line` is a menu of the site's sections.
    static func isAboveMenu(_ line: String, in page: [String]) -> Bool {
        guard let at = page.firstIndex(of: line),
              let next = page[(at + 1)...].first(where: { !$0.isEmpty }) else { return false }
        return PageFurniture.isMenu(separatorPieces(next))
    }

    /// The line's words again on another line of the page, in any case ("© 2025 Galway Courier").
    static func recurs(_ line: String, in page: [String]) -> Bool {
        let key = TextFolding.nameKey(line)
        guard key.count >= 4 else { return false }
        var seen = 0
        for other in page where TextFolding.nameKey(other).contains(key) {
            seen += 1
            if seen > 1 { return true }
        }
        return false
    }
}
