import NewsCore

/// Articles held in memory: for tests and small sets. Search is every word, folded,
/// in title or body; no ranking beyond date.
public final class InMemoryLibrary: ReaderLibrary {
    public let name: String
    private let articles: [Article]
    private let searchTexts: [String]
    private var read: Set<ArticleRef> = []
    private var starred: Set<ArticleRef> = []

    public init(name: String, articles: [Article]) {
        self.name = name
        self.articles = articles.sorted(by: InMemoryLibrary.bySourceThenNewest)
        searchTexts = self.articles.map { TextFolding.fold($0.title + "\n" + $0.bodyText) }
    }

    public var articleCount: Int { articles.count }
    public var unreadCount: Int { articles.count - read.count }

    public func list(query: String, typing: Bool, entityID: String?, order: ListOrder) -> ArticleList {
        let words = TextFolding.fold(query).split(whereSeparator: \.isWhitespace).map(String.init)
        var refs = articles.indices.filter { index in
            if let entityID, !articles[index].entities.contains(where: { $0.id == entityID }) { return false }
            return words.allSatisfy { searchTexts[index].includes($0) }
        }
        if !words.isEmpty || entityID != nil {
            refs.sort { InMemoryLibrary.newestFirst(articles[$0], articles[$1]) }
        }
        return ArticleList(refs: refs.map(ArticleRef.init), totals: LibraryTotals(articles: articleCount, unread: unreadCount))
    }

    public func summaries(_ refs: [ArticleRef], query: String) -> [ArticleRef: ArticleSummary] {
        var result: [ArticleRef: ArticleSummary] = [:]
        for ref in refs where articles.indices.contains(Int(ref)) {
            let article = articles[Int(ref)]
            result[ref] = ArticleSummary(ref: ref, title: article.title, source: article.source, published: article.published,
                                         isRead: read.contains(ref), isStarred: starred.contains(ref))
        }
        return result
    }

    public func article(_ ref: ArticleRef) -> Article? {
        articles.indices.contains(Int(ref)) ? articles[Int(ref)] : nil
    }

    public func setRead(_ ref: ArticleRef, _ isRead: Bool) {
        if isRead { read.insert(ref) } else { read.remove(ref) }
    }

    public func setStarred(_ ref: ArticleRef, _ isStarred: Bool) {
        if isStarred { starred.insert(ref) } else { starred.remove(ref) }
    }

    /// Grouped by source, newest first in each, articles of no known source last.
    static func bySourceThenNewest(_ lhs: Article, _ rhs: Article) -> Bool {
        let left = TextFolding.fold(lhs.source ?? ""), right = TextFolding.fold(rhs.source ?? "")
        if left.isEmpty != right.isEmpty { return right.isEmpty }
        return left != right ? left < right : newestFirst(lhs, rhs)
    }

    static func newestFirst(_ lhs: Article, _ rhs: Article) -> Bool {
        switch (lhs.published, rhs.published) {
        case let (left?, right?) where left != right: return left > right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.title < rhs.title
        }
    }
}
