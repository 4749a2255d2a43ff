import GRDB
import NewsCore

/// One article found by a search.
public struct SearchHit: Sendable, Equatable {
    /// The library id (date-ordered).
    public var id: Int64
    /// The article's content id.
    public var uid: String
    public var title: String
    public var source: String?
    public var date: String?
    public var path: String?
    /// BM25 as SQLite reports it: lower is better; nil for queries without words.
    public var score: Double?
    /// A piece of the body with matches between « and ».
    public var snippet: String?
}

public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    public var notes: [String]
}

extension Library {
    /// Runs a query. `limit` bounds the work: the newest (or best) matches come first.
    public func search(_ query: SearchQuery, sort: SearchSort = .relevance, limit: Int = 50,
                       withSnippets: Bool = true) throws(LibraryError) -> SearchResult {
        let found = try matches(query, sort: sort, limit: limit, scored: true)
        guard !found.isEmpty else { return SearchResult(hits: [], notes: query.notes) }
        let snippets = withSnippets ? try snippets(for: found.map(\.id), query: query, words: 14) : [:]
        let placeholders = Array(repeating: "?", count: found.count).joined(separator: ",")
        let rows = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, uid, title, source, published, path FROM article WHERE id IN (\(placeholders))",
                             arguments: StatementArguments(found.map(\.id)))
        }
        let byID = Dictionary(uniqueKeysWithValues: rows.map { (($0["id"] as Int64), $0) })
        let hits = found.compactMap { match -> SearchHit? in
            guard let row = byID[match.id] else { return nil }  // deleted since: an import is running
            return SearchHit(id: match.id, uid: row["uid"], title: row["title"], source: row["source"], date: row["published"],
                             path: row["path"], score: match.score, snippet: snippets[match.id])
        }
        return SearchResult(hits: hits, notes: query.notes)
    }

    /// A piece of each article's body around the query's words, matches between « and ».
    func snippets(for ids: [Int64], query: SearchQuery, words: Int) throws(LibraryError) -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        // FTS5 answers `rowid IN (…)` by seeking each id, and for a prefix longer than its
        // prefix indexes it merges the lists of every word starting with it again per seek:
        // over a second for 20 rows with a common prefix. One pass over the ids' range costs
        // one merge instead; the `+` keeps SQLite from handing the ids to FTS5.
        let longPrefix = query.groups.joined().contains { $0.isPrefix && ($0.words.last?.count ?? 0) > Schema.longestIndexedPrefix }
        let range = longPrefix ? "rowid BETWEEN ? AND ? AND +" : ""
        let bounds: [any DatabaseValueConvertible] = longPrefix ? [ids.min()!, ids.max()!] : []
        // Rows of a list by date are consecutive matches, so their range holds no other match,
        // and a prefix spelled out as its terms is walked over just those rows, with no merge.
        let consecutive = zip(ids, ids.dropFirst()).allSatisfy { $0 > $1 }
        return try read { db in
            let plan = consecutive ? try SQLPlan(query) { try IndexTerms.spelledOut($0, in: db) } : SQLPlan(query)
            guard let match = plan.match else { return [:] }
            var snippets: [Int64: String] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT rowid, snippet(article_fts, 1, '«', '»', '…', \(words)) FROM article_fts
                WHERE article_fts MATCH ? AND \(range)rowid IN (\(placeholders))
                """, arguments: StatementArguments([match] + bounds + ids.map { $0 as any DatabaseValueConvertible }))
            // A piece may span paragraphs: it is one line in a list or a result, so breaks become spaces.
            while let row = try rows.next() {
                let text: String = row[1]
                snippets[row[0]] = text.contains("\n") ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
            }
            return snippets
        }
    }

    public func article(id: Int64) throws(LibraryError) -> Article? {
        try read { try ArticleStore.load(id: id, in: $0) }
    }

    /// The library id (`gazette search`'s "id") of the article a library id or content id names.
    public func libraryID(reference: String) throws(LibraryError) -> Int64? {
        try read { db in
            if let id = Int64(reference), try Bool.fetchOne(db, sql: "SELECT 1 FROM article WHERE id = ?", arguments: [id]) == true {
                return id
            }
            return try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE uid = ?", arguments: [reference])
        }
    }

    /// Accepts a library id or an article's content id.
    public func article(reference: String) throws(LibraryError) -> Article? {
        if let id = Int64(reference), let article = try article(id: id) { return article }
        let id = try read { try Int64.fetchOne($0, sql: "SELECT id FROM article WHERE uid = ?", arguments: [reference]) }
        return try id.flatMap { (id) throws(LibraryError) in try article(id: id) }
    }

    public func setRead(_ id: Int64, _ read: Bool) throws(LibraryError) {
        try write { try $0.execute(sql: "UPDATE article SET is_read = ? WHERE id = ?", arguments: [read, id]) }
    }

    public func setStarred(_ id: Int64, _ starred: Bool) throws(LibraryError) {
        try write { try $0.execute(sql: "UPDATE article SET is_starred = ? WHERE id = ?", arguments: [starred, id]) }
    }
}
