import NewsCore

/// What the reader needs from a library. The search issue's SQLite library implements this
/// too; tests and `gazette PATH...` use the in-memory one.
public protocol ReaderLibrary: Sendable {
    /// A short name for the top line ("samples", a path, a database).
    var name: String { get }
    /// Every article, newest first.
    var articles: [Article] { get }
}

/// Articles held in memory, sorted newest first (undated last, then by title).
public struct InMemoryLibrary: ReaderLibrary {
    public let name: String
    public let articles: [Article]

    public init(name: String, articles: [Article]) {
        self.name = name
        self.articles = articles.sorted(by: InMemoryLibrary.newestFirst)
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
