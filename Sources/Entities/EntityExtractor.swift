import NewsCore

/// Anything that finds the people, places and organizations an article names.
/// The sidebar, exports and `gazette show` depend only on this.
public protocol EntityExtractor: Sendable {
    func entities(in article: Article) -> [ArticleEntity]
}

extension EntityExtractor {
    /// The article with its entities filled in.
    public func tagging(_ article: Article) -> Article {
        var tagged = article
        tagged.entities = entities(in: article)
        return tagged
    }
}
