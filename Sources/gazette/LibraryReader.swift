import Foundation
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

    /// Marks are written off the UI thread: an import elsewhere may hold the write lock.
    private let marks: MarkQueue

    init(library: Library, name: String) {
        self.library = library
        self.name = name
        marks = MarkQueue(library: library)
        library.prepareRanking()
    }

    /// Returns once every mark made in the reader is in the library: before the process ends.
    func finishWrites() {
        if marks.hasPending { FileHandle.standardError.write(Data("Saving read and starred marks: the library is busy…\n".utf8)) }
        marks.waitUntilWritten()
    }

    var articleCount: Int { library.articleCount }
    var unreadCount: Int { library.unreadCount }

    func list(query: String, typing: Bool, entityID: String?, order: ListOrder) -> ArticleList {
        // is:unread and is:starred must see the marks just made.
        if marks.hasPending, QueryParser.parse(query).filters.contains(where: { $0 == .unread || $0 == .starred }) {
            marks.waitUntilWritten()
        }
        do {
            let found = try library.readerSearch(query, typing: typing, filters: entityID.map { [.entityID($0)] } ?? [],
                                                 sort: order == .relevance ? .relevance : .date,
                                                 limit: LibraryReader.resultLimit)
            lastSearch = (query, found.query)
            if found.query.isEmpty {
                let all = try library.allArticleIDs()
                return ArticleList(refs: all, notes: found.query.notes, totals: totals(articles: all.count))
            }
            // Not on every key while typing: the counts cost a scan.
            return ArticleList(refs: found.ids, truncated: found.truncated, notes: found.query.notes,
                               totals: typing ? nil : totals(articles: library.articleCount))
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
                                    isRead: marks.pendingValue(.read, of: row.id) ?? row.isRead,
                                    isStarred: marks.pendingValue(.starred, of: row.id) ?? row.isStarred,
                                    snippet: row.snippet))
        })
    }

    /// The counts for the top line, as an import elsewhere may have changed them; none while
    /// marks wait to be written, since the library does not count them yet.
    private func totals(articles: Int) -> LibraryTotals? {
        marks.hasPending ? nil : LibraryTotals(articles: articles, unread: library.unreadCount)
    }

    func article(_ ref: ArticleRef) -> Article? { try? library.article(id: ref) }
    func setRead(_ ref: ArticleRef, _ read: Bool) { marks.set(.read, of: ref, to: read) }
    func setStarred(_ ref: ArticleRef, _ starred: Bool) { marks.set(.starred, of: ref, to: starred) }
    func takeProblem() -> String? { marks.takeFailure() }
}
