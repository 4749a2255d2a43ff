import GRDB
import NewsCore

/// What a list row shows of an article.
public struct ListedArticle: Sendable {
    public var id: Int64
    public var title: String
    public var source: String?
    public var published: NewsDate?
    public var isRead: Bool
    public var isStarred: Bool
    public var snippet: String?
}

extension Library {
    /// Every article, grouped by source, newest first in each, the articles of no known source
    /// last: two walks of one index.
    public func allArticleIDs() throws(LibraryError) -> [Int64] {
        try read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE source_key > '' ORDER BY source_key, id DESC")
                + Int64.fetchAll(db, sql: "SELECT id FROM article WHERE source_key = '' ORDER BY source_key, id DESC")
        }
    }

    /// Ids of the articles a query finds, at most `limit`; `truncated` when there were more.
    public func articleIDs(matching query: SearchQuery, sort: SearchSort, limit: Int) throws(LibraryError) -> (ids: [Int64], truncated: Bool) {
        let found = try matches(query, sort: sort, limit: limit + 1, scored: false)
        return (found.prefix(limit).map(\.id), found.count > limit)
    }

    /// Rows for the list, with a snippet around the query's words when it has any.
    public func listedArticles(_ ids: [Int64], query: SearchQuery) throws(LibraryError) -> [ListedArticle] {
        guard !ids.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let snippets = try snippets(for: ids, query: query, words: 10)
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, title, source, published, is_read, is_starred FROM article WHERE id IN (\(placeholders))
                """, arguments: StatementArguments(ids)).map { row in
                ListedArticle(id: row["id"], title: row["title"], source: row["source"],
                              published: (row["published"] as String?).flatMap(DateParser.parse),
                              isRead: row["is_read"], isStarred: row["is_starred"], snippet: snippets[row["id"]])
            }
        }
    }

    public var unreadCount: Int {
        (try? read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article WHERE is_read = 0") ?? 0 }) ?? 0
    }
}
