/// Finding the headline, or making one when the text has none.
enum TitleRules {
    /// A first line reads as a headline when it is short and does not end like a sentence.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard !trimmed.hasAtMost(2), trimmed.hasAtMost(160), trimmed.split(separator: " ").count <= 25 else { return false }
        guard let last = trimmed.last, !".,;:\u{2026}".contains(last) else { return false }
        guard trimmed.first.map({ $0.isLetter || $0.isNumber || $0 == "\"" || $0 == "\u{201C}" || $0 == "'" }) == true else {
            return false
        }
        return !PageFurniture.isFurniture(trimmed) && !PageFurniture.isCaptionOrCredit(trimmed)
    }

    /// Two lines are the same headline when they match ignoring case, accents and punctuation.
    static func sameHeadline(_ lhs: String, _ rhs: String) -> Bool {
        let left = TextFolding.nameKey(lhs)
        return !left.isEmpty && left == TextFolding.nameKey(rhs)
    }

    /// A short title from the first sentence, cut on a word boundary.
    static func derive(from paragraphs: [String], maximumLength: Int = 80) -> String? {
        guard let first = paragraphs.first, let sentence = Sentences.split(first, limit: 1).first else { return nil }
        var title = sentence
        while let last = title.last, last == "." || last == " " { title.removeLast() }
        guard title.count > maximumLength else { return title }
        var cut = ""
        for word in title.split(separator: " ") {
            if cut.count + word.count + 1 > maximumLength - 1 { break }
            cut += cut.isEmpty ? String(word) : " " + word
        }
        while let last = cut.last, last == "," || last == ";" || last == ":" { cut.removeLast() }
        return cut + "\u{2026}"
    }
}
