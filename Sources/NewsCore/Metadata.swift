/// What the lines around the body told us about the article.
struct Metadata {
    var title: String?
    var byline: String?
    var source: String?
    var url: String?
    var published: NewsDate?
    var language: String?
    var format: SourceFormat = .plainText
    /// Who the page's copyright notice says owns it.
    var rightsHolders: [String] = []
    /// Photo captions and credits, their labels dropped: furniture to the body, names to the article.
    var captions: [String] = []

    /// The field a "Key: value" line fills, by its lowercased key. `.ignored` keys are
    /// metadata too (they leave the body) but carry nothing the Article keeps.
    enum Field { case title, byline, source, url, date, language, ignored }

    static let fieldsByKey: [String: Field] = [
        "title": .title, "headline": .title, "subject": .title,
        "by": .byline, "author": .byline, "authors": .byline, "byline": .byline, "written by": .byline,
        "reporter": .byline, "from": .byline,
        "source": .source, "publisher": .source, "publication": .source, "outlet": .source,
        "feed": .source, "site": .source, "newsgroups": .source, "organization": .source, "organisation": .source,
        "url": .url, "link": .url, "source url": .url, "original url": .url, "permalink": .url, "canonical": .url,
        "published": .date, "date": .date, "posted": .date, "updated": .date, "published on": .date,
        "publication date": .date, "last updated": .date, "dated": .date, "posted on": .date,
        "language": .language, "lang": .language, "content-language": .language,
        "news id": .ignored, "id": .ignored, "article id": .ignored, "story id": .ignored, "section": .ignored,
        "category": .ignored, "categories": .ignored, "tags": .ignored, "keywords": .ignored,
        "word count": .ignored, "words": .ignored, "length": .ignored, "edition": .ignored, "lines": .ignored,
        "message-id": .ignored, "path": .ignored, "references": .ignored, "reply-to": .ignored, "sender": .ignored,
        "summary": .ignored, "distribution": .ignored, "nntp-posting-host": .ignored, "xref": .ignored,
        "mime-version": .ignored, "content-type": .ignored, "content-transfer-encoding": .ignored,
        "to": .ignored, "cc": .ignored, "in-reply-to": .ignored, "followup-to": .ignored, "expires": .ignored,
        "approved": .ignored, "article-i.d.": .ignored, "x-newsreader": .ignored, "user-agent": .ignored,
    ]

    /// Headers that only mail and Usenet posts carry; two of them mark a header block.
    static let mailHeaderKeys: Set<String> = [
        "from", "subject", "newsgroups", "date", "message-id", "path", "organization", "lines",
        "references", "reply-to", "sender", "nntp-posting-host", "xref", "mime-version", "to",
        "content-type", "article-i.d.", "followup-to", "distribution", "keywords", "summary",
    ]

    /// Fills a field unless an earlier line already did; "published" beats "updated" by coming first.
    mutating func assign(key: String, value rawValue: String) {
        let value = rawValue.trimmingSpaces()
        guard !value.isEmpty, let field = Metadata.fieldsByKey[key] else { return }
        switch field {
        case .title: if title == nil { title = value }
        case .byline: if byline == nil { byline = Metadata.personName(fromAddress: value) }
        case .source:
            if source == nil {
                // Newsgroups can list several; the first names the conversation.
                source = key == "newsgroups" ? String(value.split(separator: ",").first ?? Substring(value)).trimmingSpaces() : value
            }
        case .url: if url == nil { url = value }
        case .date: if published == nil { published = DateParser.parse(value) }
        case .language: if language == nil { language = value.lowercased() }
        case .ignored: break
        }
    }

    /// "Jane Roe <jane@example.com>" and "jane@example.com (Jane Roe)" both give "Jane Roe".
    static func personName(fromAddress value: String) -> String {
        var text = value
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close, text.contains("@") {
            return String(text[text.index(after: open)..<close]).trimmingSpaces()
        }
        if let open = text.firstIndex(of: "<"), text.contains("@") {
            text = String(text[..<open])
        }
        text = text.trimmingSpaces()
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        return text.isEmpty ? value.trimmingSpaces() : text.trimmingSpaces()
    }
}
