/// The formats an article can be exported to.
public enum ExportFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case json
    case text = "txt"
    case html

    public var fileExtension: String { rawValue }

    public var displayName: String {
        switch self {
        case .markdown: "Markdown"
        case .json: "JSON"
        case .text: "Plain text"
        case .html: "HTML"
        }
    }

    /// Accepts "md", "markdown", "txt", "text", "json", "html", "htm".
    public init?(name: String) {
        switch name.lowercased() {
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "txt", "text", "plain": self = .text
        case "html", "htm": self = .html
        default: return nil
        }
    }

    public func render(_ article: Article) -> String {
        switch self {
        case .markdown: MarkdownExport.render(article)
        case .json: ArticleJSON.value(article).serialized(indent: 2) + "\n"
        case .text: TextExport.render(article)
        case .html: HTMLExport.render(article)
        }
    }

    /// "US troops leave Iraq: what's next?" -> "us-troops-leave-iraq-whats-next.md".
    public func defaultFileName(for article: Article) -> String {
        var slug = ""
        for character in TextFolding.fold(article.title) {
            if character.isLetter || character.isNumber {
                if character.isASCII { slug.append(character) }
            } else if character == "'" || character == "\u{2019}" {
                continue
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
            if slug.count >= 60 { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return (slug.isEmpty ? "article-\(article.id.prefix(8))" : slug) + "." + fileExtension
    }
}
