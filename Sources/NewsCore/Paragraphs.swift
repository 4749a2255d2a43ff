/// Turns body lines into readable paragraphs, whichever way the text was laid out:
/// hard-wrapped at 72 columns, one paragraph per line, or one 3,000-character line.
enum Paragraphs {
    /// Lines no longer than this are taken to be hard-wrapped.
    static let wrapWidth = 80
    /// Paragraphs longer than this are split at sentence ends.
    static let longParagraph = 900
    /// Aim for pieces about this long when splitting.
    static let targetLength = 450

    static func build(from lines: [String]) -> [String] {
        var paragraphs: [String] = []
        for block in blocks(lines) {
            paragraphs += joinBlock(block)
        }
        return paragraphs.flatMap(splitLong).filter { !$0.isEmpty }
    }

    /// Runs of non-blank lines.
    static func blocks(_ lines: [String]) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String] = []
        for line in lines {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// In a hard-wrapped block a line ends a paragraph only when it is short and ends a sentence;
    /// in a block of long lines every line does, unless it stops mid-sentence. A line of a few
    /// words that the next line does not go on from is a heading or a line of an address
    /// ("About Kelvar Labs", "Media Contact:", "Jane Roe"): it ends a paragraph too.
    static func joinBlock(_ block: [String]) -> [String] {
        if isContactCard(block) { return block }
        let longest = block.map(\.count).max() ?? 0
        let wrapped = block.count > 1 && longest <= wrapWidth
        // Text set in a narrow column has only short lines, and one that stops before a name
        // ("paid for by" / "Hollinrake and ...") still goes on: there only a line shorter than
        // half the column is short.
        let shortBelow = block.count >= 5 && longest < wrapWidth / 2 ? longest / 2 : wrapWidth / 2
        var paragraphs: [String] = []
        var current = ""
        for (offset, line) in block.enumerated() {
            // "From: Jane Doe <jane@example.org>", "Date: Tue, 11 Mar 2025": a mail or Usenet header
            // forwarded in the body is a line of its own, never run into its neighbours.
            if isHeaderField(line) {
                if !current.isEmpty { paragraphs.append(current) }
                paragraphs.append(line)
                current = ""
                continue
            }
            current = current.isEmpty ? line : current + " " + line
            let endsSentence = endsWithSentenceMark(line)
            let breaks = (wrapped ? endsSentence && line.count < longest * 2 / 3 : endsSentence)
                || offset + 1 < block.count && line.count < shortBelow && isHeadingLike(line, before: block[offset + 1])
            if breaks {
                paragraphs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// A contact card: a few short lines, one an e-mail address or a phone number ("Jane Roe" /
    /// "Kelvar Communications" / "jane@kelvar.example" / "+1 617-555-0143"). Each line says one
    /// thing, so none runs into the next: a name would run into its firm's.
    static func isContactCard(_ block: [String]) -> Bool {
        (2...8).contains(block.count) && block.allSatisfy { $0.utf8.count <= 60 } && block.contains(where: isContactLine)
    }

    private static func isContactLine(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        if words.count == 1, line.contains("@"), line.contains(".") { return true }
        if line == "[email protected]" { return true }  // how a saved page hides an address
        // A phone number: digits with "+", "(", ")", "-", "." and spaces, seven or more digits.
        let digits = line.utf8.filter { $0 >= 48 && $0 <= 57 }.count
        return digits >= 7 && line.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || " +()-.".utf8.contains($0) }
    }

    /// Ending in no comma, dash or "&", and the next line opens with a capital (a wrapped sentence
    /// would go on in lowercase).
    static func isHeadingLike(_ line: String, before next: String) -> Bool {
        guard let last = line.last, last != ",", last != "-", last != "\u{2013}", last != "\u{2014}", last != "&" else {
            return false
        }
        return next.first?.isUppercase == true
    }

    /// Fields of a mail's or a Usenet post's header, and the line that opens a forwarded message.
    static let headerFields: Set<String> = [
        "from", "to", "cc", "bcc", "date", "sent", "subject", "newsgroups", "organization", "message-id",
        "reply-to", "references", "lines", "path", "followup-to",
    ]

    /// Asked of every line: only its first bytes are looked at ("Message-ID: " is the longest key).
    static func isHeaderField(_ line: String) -> Bool {
        let head = line.utf8.prefix(13)
        if head.starts(with: "-----".utf8) { return line.lowercased().contains("forwarded message") }
        guard let colon = head.firstIndex(of: UInt8(ascii: ":")), colon > line.utf8.startIndex,
              line.utf8[line.utf8.index(after: colon)...].first == UInt8(ascii: " ") else { return false }
        return headerFields.contains(String(decoding: line.utf8[..<colon], as: UTF8.self).lowercased())
    }

    static func endsWithSentenceMark(_ line: String) -> Bool {
        var trimmed = Substring(line)
        while let last = trimmed.last, last == "\"" || last == "\u{201D}" || last == "'" || last == "\u{2019}" || last == ")" {
            trimmed = trimmed.dropLast()
        }
        guard let last = trimmed.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "\u{2026}"
    }

    /// A very long paragraph becomes several of about `targetLength` characters, cut between sentences.
    static func splitLong(_ paragraph: String) -> [String] {
        // Bytes never undercount characters, so most paragraphs are let through without counting.
        guard paragraph.utf8.count > longParagraph, paragraph.count > longParagraph else { return [paragraph] }
        var pieces: [String] = []
        var current = ""
        var currentLength = 0
        for sentence in Sentences.split(paragraph) {
            current = current.isEmpty ? sentence : current + " " + sentence
            currentLength += sentence.utf8.count + 1
            if currentLength >= targetLength {
                pieces.append(current)
                current = ""
                currentLength = 0
            }
        }
        if !current.isEmpty {
            // A short tail reads better joined to the piece before it.
            if currentLength < targetLength / 3, let last = pieces.popLast() {
                pieces.append(last + " " + current)
            } else {
                pieces.append(current)
            }
        }
        return pieces
    }
}
