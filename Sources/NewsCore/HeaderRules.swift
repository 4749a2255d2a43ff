/// Takes the header and metadata lines off the top of a text article.
enum HeaderRules {
    /// Splits "Key: value" when the key looks like a header name (letters, digits, dashes,
    /// spaces, at most four words) and returns the key lowercased.
    static func splitHeader(_ line: String) -> (key: String, value: String)? {
        // Header names are short, so only the start of a (possibly 3,000-character) line is looked at.
        guard let colon = line.utf8.prefix(40).firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let key = line[..<colon].trimmingSpaces()
        guard !key.isEmpty, key.count <= 30, key.first!.isLetter,
              key.allSatisfy(isHeaderNameCharacter),
              key.split(separator: " ").count <= 4 else { return nil }
        return (key.lowercased(), String(line[line.index(after: colon)...]))
    }

    private static func isHeaderNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "- .".contains(character)
    }

    /// Usenet or mail headers: consecutive "Key: value" lines (with indented continuations)
    /// up to the first blank line, at least two of them mail-only headers.
    static func takeMailHeaders(_ lines: [String], from start: Int, into metadata: inout Metadata) -> Int {
        var index = start
        if index < lines.count, lines[index].hasPrefix("From "), !lines[index].contains(":") || lines[index].contains("@") {
            index += 1  // an mbox separator line
        }
        var headers: [(key: String, value: String)] = []
        while index < lines.count, !lines[index].trimmingSpaces().isEmpty {
            let line = lines[index]
            if let first = line.first, first == " " || first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingSpaces()
            } else if let header = splitHeader(line) {
                headers.append(header)
            } else {
                return start
            }
            index += 1
        }
        guard headers.filter({ Metadata.mailHeaderKeys.contains($0.key) }).count >= 2 else { return start }
        for header in headers { metadata.assign(key: header.key, value: header.value) }
        metadata.format = .usenet
        return index
    }

    /// Known metadata lines at the top ("Published: ...", "News ID: ...", "By Jane Roe"),
    /// with blank lines between them. Stops at the first line that is not metadata.
    static func takeMetadataLines(_ lines: [String], from start: Int, into metadata: inout Metadata) -> Int {
        var index = start
        var lastTaken = start
        while index < lines.count {
            let line = lines[index].trimmingSpaces()
            if line.isEmpty { index += 1; continue }
            if let header = splitHeader(line), Metadata.fieldsByKey[header.key] != nil {
                metadata.assign(key: header.key, value: header.value)
            } else if let byline = bylineLine(line) {
                if metadata.byline == nil { metadata.byline = byline }
            } else if line.count <= 60, metadata.published == nil, let date = dateOnlyLine(line) {
                metadata.published = date
            } else {
                break
            }
            index += 1
            lastTaken = index
        }
        return lastTaken
    }

    /// "By Jane Roe" or "By JANE ROE, Reuters": short, capitalised, no sentence end.
    static func bylineLine(_ line: String) -> String? {
        guard line.count <= 80, line.hasPrefix("By ") || line.hasPrefix("BY ") else { return nil }
        let name = String(line.dropFirst(3)).trimmingSpaces()
        let words = name.split(separator: " ")
        guard (1...10).contains(words.count), !name.hasSuffix("."), words.first?.first?.isUppercase == true else { return nil }
        return name
    }

    /// A line that is a date and nothing else (weekday, time and zone allowed).
    static func dateOnlyLine(_ line: String) -> NewsDate? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count <= 8, let date = DateParser.parse(line) else { return nil }
        let dateLike = words.allSatisfy { word in
            word.allSatisfy { $0.isNumber || "-:+./TZ".contains($0) } || word.allSatisfy(\.isLetter) && word.count <= 9
                // "Nov.", "Sept.", "a.m.", "—", "7:15pm", "GMT+8"
                || word.count <= 5 && word.allSatisfy { $0.isLetter || $0 == "." } && word.contains(where: \.isLetter)
                || word.allSatisfy { "—–-".contains($0) } || isTimeWord(word)
        }
        return dateLike ? date : nil
    }

    /// "7:15pm", "5.00am", "14:32", "GMT+8", "UTC+05:30": a time of day or a zone, as one word.
    static func isTimeWord(_ word: Substring) -> Bool {
        var rest = word.lowercased()[...]
        for suffix in ["am", "pm", "a.m.", "p.m."] where rest.hasSuffix(suffix) && rest.count > suffix.count {
            rest = rest.dropLast(suffix.count)
            break
        }
        let clock = rest.split(whereSeparator: { $0 == ":" || $0 == "." })
        if clock.count == 2, clock.allSatisfy({ $0.allSatisfy(\.isNumber) }), clock[0].count <= 2, clock[1].count == 2 { return true }
        // A zone and its offset.
        guard let sign = rest.firstIndex(where: { $0 == "+" || $0 == "-" }) else { return false }
        let zone = rest[..<sign], offset = rest[rest.index(after: sign)...]
        return (2...4).contains(zone.count) && zone.allSatisfy(\.isLetter)
            && !offset.isEmpty && offset.count <= 5 && offset.allSatisfy { $0.isNumber || $0 == ":" }
    }

    static let gluedDateKeys: Set<String> = ["date", "dated", "published", "posted", "updated"]

    /// Metadata glued to the front of the first paragraph: " date 2021-07-27 United States ...".
    /// Returns the line without it, or nil when the line does not start that way.
    static func stripGluedDate(_ line: String, into metadata: inout Metadata) -> String? {
        // A glued date sits in the first few words; the rest of a long line is not looked at.
        let words = line.prefix(120).split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.first else { return nil }
        var key = first.lowercased()
        if key.hasSuffix(":") { key.removeLast() }
        guard gluedDateKeys.contains(key), words.count >= 2 else { return nil }
        let candidates = words.dropFirst()
        guard DateParser.startsLikeDate(candidates.first!), let (date, used) = longestDatePrefix(Array(candidates.prefix(8))) else { return nil }
        if metadata.published == nil { metadata.published = date }
        let lastDateWord = candidates[candidates.startIndex + used - 1]
        return line[lastDateWord.endIndex...].trimmingSpaces()
    }

    /// The shortest run of words that reads as a date, extended while more words add detail (a time, a zone).
    static func longestDatePrefix(_ words: [Substring]) -> (NewsDate, Int)? {
        var found: (NewsDate, Int)?
        for count in 1...max(1, words.count) where count <= words.count {
            guard let date = DateParser.parse(words.prefix(count).joined(separator: " ")) else {
                if found != nil { break } else { continue }
            }
            if let (previous, _) = found, previous == date { break }
            found = (date, count)
        }
        return found
    }
}
