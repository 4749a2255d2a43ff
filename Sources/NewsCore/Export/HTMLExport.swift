/// One self-contained HTML page: no scripts, no external files, every text escaped.
enum HTMLExport {
    static func render(_ article: Article) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(escape(article.language ?? "en"))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(article.title))</title>
        <style>
        body { max-width: 42em; margin: 2em auto; padding: 0 1em; font: 1.05em/1.55 Georgia, serif; color: #222; }
        header p { color: #555; font-size: 0.9em; margin: 0.2em 0; }
        aside { border-top: 1px solid #ccc; margin-top: 2em; font-size: 0.9em; color: #444; }
        </style>
        </head>
        <body>
        <article>
        <header>
        <h1>\(escape(article.title))</h1>

        """
        let facts: [(String, String?)] = [
            ("Source", article.source), ("Date", article.published?.iso8601), ("By", article.byline),
        ]
        for (label, value) in facts { if let value { out += "<p>\(label): \(escape(value))</p>\n" } }
        if let url = article.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
            out += "<p><a href=\"\(escape(url))\">\(escape(url))</a></p>\n"
        }
        out += "</header>\n"
        for paragraph in article.paragraphs { out += "<p>\(escape(paragraph))</p>\n" }
        if !article.entities.isEmpty {
            out += "<aside>\n"
            for type in EntityType.allCases {
                let names = article.entities.filter { $0.type == type }.map { escape($0.name) }
                if !names.isEmpty { out += "<p><strong>\(type.pluralTitle):</strong> \(names.joined(separator: ", "))</p>\n" }
            }
            out += "</aside>\n"
        }
        return out + "</article>\n</body>\n</html>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
