import NewsCore

/// How the reader names an article in a library.
public typealias ArticleRef = Int64

/// What the list shows of an article, without its body.
public struct ArticleSummary: Sendable, Equatable {
    public var ref: ArticleRef
    public var title: String
    public var source: String?
    public var published: NewsDate?
    public var isRead: Bool
    public var isStarred: Bool
    /// A piece of the text around the matches, with matches between « and ».
    public var snippet: String?

    public init(ref: ArticleRef, title: String, source: String?, published: NewsDate?, isRead: Bool = false,
                isStarred: Bool = false, snippet: String? = nil) {
        self.ref = ref
        self.title = title
        self.source = source
        self.published = published
        self.isRead = isRead
        self.isStarred = isStarred
        self.snippet = snippet
    }
}

/// The order of a list of articles.
public enum ListOrder: String, Sendable {
    /// Grouped by source, newest first within each (browsing) or newest first (searching).
    case date
    /// Best match first (searching only).
    case relevance
}

/// What a list request found.
public struct ArticleList: Sendable, Equatable {
    public var refs: [ArticleRef]
    /// True when more articles matched than the list holds.
    public var truncated: Bool
    /// What in the query could not be used, said kindly.
    public var notes: [String]
    /// The library's counts as they are now, when the library looked them up with the list:
    /// another process may have imported articles since the reader opened.
    public var totals: LibraryTotals?

    public init(refs: [ArticleRef], truncated: Bool = false, notes: [String] = [], totals: LibraryTotals? = nil) {
        self.refs = refs
        self.truncated = truncated
        self.notes = notes
        self.totals = totals
    }
}

/// How many articles the library holds, and how many of them are unread.
public struct LibraryTotals: Sendable, Equatable {
    public var articles: Int
    public var unread: Int

    public init(articles: Int, unread: Int) {
        self.articles = articles
        self.unread = unread
    }
}

/// What the reader needs from a library. The SQLite library implements it in the
/// executable; tests use `InMemoryLibrary`.
public protocol ReaderLibrary: AnyObject {
    /// A short name for the top line.
    var name: String { get }
    var articleCount: Int { get }
    /// Articles matching a query (empty: all), optionally only those naming an entity.
    /// `typing`: the last word is still being typed, so it matches as a prefix.
    func list(query: String, typing: Bool, entityID: String?, order: ListOrder) -> ArticleList
    func summaries(_ refs: [ArticleRef], query: String) -> [ArticleRef: ArticleSummary]
    func article(_ ref: ArticleRef) -> Article?
    func setRead(_ ref: ArticleRef, _ read: Bool)
    func setStarred(_ ref: ArticleRef, _ starred: Bool)
    var unreadCount: Int { get }
    /// A problem met since the last call that the person should hear of (a mark not saved).
    func takeProblem() -> String?
}

extension ReaderLibrary {
    public func takeProblem() -> String? { nil }
}
