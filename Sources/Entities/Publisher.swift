import Foundation
import NewsCore

/// The page's publisher, from its masthead or a "Source:" line, is an organization the page
/// names, though the masthead is no longer in the text (NewsCore makes it the source). Its one
/// mention sits in paragraph -2, which no view shows, so it highlights nowhere.
enum Publisher {
    static let paragraph = -2

    static func mention(for article: Article) -> Mention? {
        guard var name = article.source?.trimmingCharacters(in: .whitespaces), isName(name) else { return nil }
        // A wire credit ("GENEVA (Reuters) -") made the source: the text's own mention is the one to read.
        if name == WireCredits.agency(in: article.paragraphs) { return nil }
        if name.hasPrefix("The ") { name.removeFirst(4) }
        return Mention(surface: name, type: .organization, canonical: nil,
                       location: MentionLocation(paragraph: paragraph, start: 0, length: name.count))
    }

    /// "Galway Courier", "Reuters": a name, not a host ("www.example.com") or newsgroup ("misc.news").
    static func isName(_ source: String) -> Bool {
        let words = source.split(separator: " ")
        guard (1...6).contains(words.count), source.first?.isUppercase == true else { return false }
        return !source.contains { $0 == "." || $0 == "/" || $0 == "@" || $0 == ":" }
    }
}
