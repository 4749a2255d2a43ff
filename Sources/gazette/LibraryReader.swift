import NewsCore
import Search
import TUI

/// The reader's view of the SQLite library: the TUI's small protocol over the search core.
final class LibraryReader: ReaderLibrary {
    let library: Library
    let name: String
    /// Search results the list holds at most; the top line says "1000+" beyond.
    static let resultLimit = 1000
    /// The prompt's text and the query the list last ran for it.
    private var lastSearch: (input: String, query: SearchQuery)?

    init(library: Library, name: String) {
        self.library = library
        self.name = name
    }

    var articleCount: Int { library.articleCount }
    var unreadCount: Int { library.unreadCount }

    func list(query: String, typing: Bool, entityID: String?, order: ListOrder) -> ArticleList {
        do {
            let found = try library.readerSearch(query, typing: typing, filters: entityID.map { [.entityID($0)] } ?? [],
                                                 sort: order == .relevance ? .relevance : .date,
                                                 limit: LibraryReader.resultLimit)
            lastSearch = (query, found.query)
            if found.query.isEmpty { return ArticleList(refs: try library.allArticleIDs(), notes: found.query.notes) }
            return ArticleList(refs: found.ids, truncated: found.truncated, notes: found.query.notes)
        } catch {
            return ArticleList(refs: [], notes: ["\(error)"])
        }
    }

    func summaries(_ refs: [ArticleRef], query: String) -> [ArticleRef: ArticleSummary] {
        // The snippets mark what the list's search matched; for other text, a last word is a prefix.
        let parsed = lastSearch.flatMap { $0.input == query ? $0.query : nil } ?? QueryParser.parse(query, typing: true)
        let listed = (try? library.listedArticles(refs, query: parsed)) ?? []
        return Dictionary(uniqueKeysWithValues: listed.map { row in
            (row.id, ArticleSummary(ref: row.id, title: row.title, source: row.source, published: row.published,
                                    isRead: row.isRead, isStarred: row.isStarred, snippet: row.snippet))
        })
    }

    func article(_ ref: ArticleRef) -> Article? { try? library.article(id: ref) }
    func setRead(_ ref: ArticleRef, _ read: Bool) { try? library.setRead(ref, read) }
    func setStarred(_ ref: ArticleRef, _ starred: Bool) { try? library.setStarred(ref, starred) }
}
