import NewsCore
import Search
import TUI

/// The reader's view of the SQLite library: the TUI's small protocol over the search core.
final class LibraryReader: ReaderLibrary {
    let library: Library
    let name: String
    /// Search results the list holds at most; the top line says "1000+" beyond.
    static let resultLimit = 1000

    init(library: Library, name: String) {
        self.library = library
        self.name = name
    }

    var articleCount: Int { library.articleCount }
    var unreadCount: Int { library.unreadCount }

    func list(query: String, typing: Bool, entityID: String?, order: ListOrder) -> ArticleList {
        var parsed = QueryParser.parse(query, typing: typing)
        if let entityID { parsed.filters.append(.entityID(entityID)) }
        do {
            if parsed.isEmpty { return ArticleList(refs: try library.allArticleIDs(), notes: parsed.notes) }
            let found = try library.articleIDs(matching: parsed, sort: order == .relevance ? .relevance : .date,
                                               limit: LibraryReader.resultLimit)
            return ArticleList(refs: found.ids, truncated: found.truncated, notes: parsed.notes)
        } catch {
            return ArticleList(refs: [], notes: ["\(error)"])
        }
    }

    func summaries(_ refs: [ArticleRef], query: String) -> [ArticleRef: ArticleSummary] {
        // As in the list, a last word without a space after it is a prefix.
        let listed = (try? library.listedArticles(refs, query: QueryParser.parse(query, typing: true))) ?? []
        return Dictionary(uniqueKeysWithValues: listed.map { row in
            (row.id, ArticleSummary(ref: row.id, title: row.title, source: row.source, published: row.published,
                                    isRead: row.isRead, isStarred: row.isStarred, snippet: row.snippet))
        })
    }

    func article(_ ref: ArticleRef) -> Article? { try? library.article(id: ref) }
    func setRead(_ ref: ArticleRef, _ read: Bool) { try? library.setRead(ref, read) }
    func setStarred(_ ref: ArticleRef, _ starred: Bool) { try? library.setStarred(ref, starred) }
}
