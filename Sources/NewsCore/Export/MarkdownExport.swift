/// Markdown with YAML front matter: title, source, url, date and entities by type.
enum MarkdownExport {
    static func render(_ article: Article) -> String {
        var out = "---\n"
        out += "title: \(yaml(article.title))\n"
        if article.titleDerived { out += "title_derived: true\n" }
        if let source = article.source { out += "source: \(yaml(source))\n" }
        if let url = article.url { out += "url: \(yaml(url))\n" }
        if let date = article.published { out += "date: \(yaml(date.iso8601))\n" }
        if let byline = article.byline { out += "byline: \(yaml(byline))\n" }
        if !article.entities.isEmpty {
            out += "entities:\n"
            for type in EntityType.allCases {
                let names = article.entities.filter { $0.type == type }.map(\.name)
                guard !names.isEmpty else { continue }
                out += "  \(type.pluralTitle.lowercased()):\n"
                for name in names { out += "    - \(yaml(name))\n" }
            }
        }
        out += "---\n\n# \(escapeInline(article.title))\n\n"
        if let byline = article.byline { out += "*By \(escapeInline(byline))*\n\n" }
        for paragraph in article.paragraphs { out += escapeInline(paragraph) + "\n\n" }
        return out
    }

    /// A double-quoted YAML scalar, safe for any text.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Keeps article text from turning into Markdown structure (a line starting "# " or "- ").
    static func escapeInline(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>".contains(character) { out.append("\\") }
            out.append(character)
        }
        if let first = out.first, "#+-".contains(first) || (first.isNumber && out.contains(". ")) {
            if first.isNumber {
                if let dot = out.firstIndex(of: "."), out[..<dot].allSatisfy(\.isNumber) {
                    out.insert("\\", at: dot)
                }
            } else {
                out = "\\" + out
            }
        }
        return out
    }
}
