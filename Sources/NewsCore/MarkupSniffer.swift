/// Feeds and web pages are not plain text: shown as text they would be a wall of tags.
/// Until their readers exist, they are recognised and refused with a clear reason.
enum MarkupSniffer {
    static func kind(of text: String) -> String? {
        let start = text.prefix(300).drop(while: { $0.isWhitespace }).lowercased()
        guard start.hasPrefix("<") else { return nil }
        if start.includes("<rss") || start.includes("<feed") || start.includes("<rdf:rdf") { return "an RSS or Atom feed (XML)" }
        if start.hasPrefix("<!doctype html") || start.includes("<html") { return "a web page (HTML)" }
        if start.hasPrefix("<?xml") { return "an XML document" }
        return nil
    }
}
