import NewsCore

/// A mail or Usenet post's author, from its "From:" header ("Pieter de Wit <p.dewit@uu.nl>"):
/// a person the post names, though the header is no longer in the text (NewsCore makes it the
/// byline). Like the publisher, its one mention sits in a paragraph no view shows.
enum PostAuthor {
    static func mention(for article: Article) -> Mention? {
        guard article.format == .usenet, let name = article.byline?.trimmingCharacters(in: .whitespaces),
              isPersonName(name) else { return nil }
        return Mention(surface: name, type: .person, canonical: nil,
                       location: MentionLocation(paragraph: Publisher.paragraph, start: 0, length: name.count))
    }

    /// Two to five words, the first and last capitalized, the ones between capitalized or
    /// particles ("de", "van"); no address, no digits ("Sam Poe", not "newsdesk@example.org").
    static func isPersonName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...5).contains(words.count), !name.contains(where: { $0 == "@" || $0.isNumber }),
              words.first?.first?.isUppercase == true, words.last?.first?.isUppercase == true else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || NameRules.particles.contains(String($0)) }
    }
}
