/// Plain text: the headline underlined, the facts, then the body wrapped at 72 columns.
enum TextExport {
    static let width = 72

    static func render(_ article: Article) -> String {
        var out = article.title + "\n" + String(repeating: "=", count: min(article.title.count, width)) + "\n\n"
        let facts: [(String, String?)] = [
            ("Source", article.source), ("Date", article.published?.iso8601), ("By", article.byline), ("URL", article.url),
        ]
        for (label, value) in facts { if let value { out += "\(label): \(value)\n" } }
        out += "\n"
        for paragraph in article.paragraphs {
            out += wrap(paragraph, width: width).joined(separator: "\n") + "\n\n"
        }
        if !article.entities.isEmpty {
            for type in EntityType.allCases {
                let names = article.entities.filter { $0.type == type }.map(\.name)
                if !names.isEmpty { out += "\(type.pluralTitle): \(names.joined(separator: ", "))\n" }
            }
        }
        return out
    }

    /// Greedy wrap by characters; words longer than the width stand on their own line.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
