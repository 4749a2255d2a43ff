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
        if let entityFilter = EntityLookup(query) {
            return SearchResult(hits: try hits(naming: entityFilter, limit: limit), notes: query.notes)
        }
        let plan = SQLPlan(query)
        var sql: String
        let hasText = plan.match != nil
        if hasText {
            let snippet = withSnippets ? "snippet(article_fts, 1, '«', '»', '…', 14)" : "NULL"
            sql = """
                SELECT a.id, a.uid, a.title, a.source, a.published, a.path,
                       bm25(article_fts, 10.0, 1.0, 4.0) AS score, \(snippet) AS snippet
                FROM article_fts JOIN article a ON a.id = article_fts.rowid
                WHERE article_fts MATCH ?
                """
        } else {
            sql = "SELECT a.id, a.uid, a.title, a.source, a.published, a.path, NULL AS score, NULL AS snippet FROM article a WHERE 1"
        }
        for condition in plan.conditions { sql += " AND " + condition }
        // Recency breaks ties; by date, ids are already in date order.
        // FTS5 walks its matches in rowid order, so by date needs no sort when ordered on its rowid.
        if hasText {
            sql += sort == .relevance ? " ORDER BY score, article_fts.rowid DESC" : " ORDER BY article_fts.rowid DESC"
        } else {
            sql += " ORDER BY a.id DESC"
        }
        sql += " LIMIT ?"
        var arguments = StatementArguments()
        if let match = plan.match { arguments += [match] }
        arguments += StatementArguments(plan.arguments)
        arguments += [limit]
        let finalSQL = sql
        let finalArguments = arguments
        let hits = try read { db in
            try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map { row in
                SearchHit(id: row["id"], uid: row["uid"], title: row["title"], source: row["source"], date: row["published"],
                          path: row["path"], score: row["score"], snippet: row["snippet"])
            }
        }
        return SearchResult(hits: hits, notes: query.notes)
    }

    public func article(id: Int64) throws(LibraryError) -> Article? {
        try read { try ArticleStore.load(id: id, in: $0) }
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

/// A parsed query as SQL: an FTS5 MATCH expression built from quoted terms, and plain
/// conditions on indexed columns for the filters.
struct SQLPlan {
    var match: String?
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible] = []

    init(_ query: SearchQuery) {
        let positive = query.groups.map { group in
            group.count == 1 ? SQLPlan.fts(group[0]) : "(" + group.map(SQLPlan.fts).joined(separator: " OR ") + ")"
        }
        let negative = query.excluded.map(SQLPlan.fts)
        if !positive.isEmpty {
            match = positive.joined(separator: " AND ") + negative.map { " NOT " + $0 }.joined()
        } else if !negative.isEmpty {
            // FTS5's NOT needs something on its left; with only exclusions, exclude in SQL.
            conditions.append("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
            arguments.append(negative.joined(separator: " OR "))
        }
        for filter in query.filters {
            switch filter {
            case .source(let name):
                conditions.append("a.source_key LIKE ?")
                arguments.append("%" + SQLPlan.likeEscaped(TextFolding.fold(name)) + "%")
            case .entity(let type, let name):
                let (entities, entityArguments) = SQLPlan.entitiesNamed(name, type: type)
                conditions.append("a.id IN (SELECT article_id FROM mention WHERE entity_id IN (\(entities)))")
                arguments += entityArguments
            case .entityID(let id):
                conditions.append("a.id IN (SELECT article_id FROM mention WHERE entity_id = ?)")
                arguments.append(id)
            case .days(let from, let through):
                conditions.append("a.day BETWEEN ? AND ?")
                arguments += [from, through]
            case .unread: conditions.append("a.is_read = 0")
            case .starred: conditions.append("a.is_starred = 1")
            }
        }
    }

    /// Entities whose names hold every word of `name` ("biden" finds "Joe Biden"), by the
    /// entity_word index, of one type or any.
    static func entitiesNamed(_ name: String, type: String?) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        let words = TextFolding.nameKey(name).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return ("SELECT id FROM entity WHERE 0", []) }
        var sql = words.map { _ in "SELECT entity_id FROM entity_word WHERE word = ?" }.joined(separator: " INTERSECT ")
        var arguments: [any DatabaseValueConvertible] = words
        if let type {
            sql = "SELECT id FROM entity WHERE type = ? AND id IN (\(sql))"
            arguments.insert(type, at: 0)
        }
        return (sql, arguments)
    }

    /// Every word double-quoted, so FTS5 sees strings, never its own syntax.
    static func fts(_ term: SearchQuery.Term) -> String {
        let phrase = "\"" + term.words.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: " ") + "\""
        let text = term.isPrefix ? phrase + " *" : phrase
        return term.titleOnly ? "title : " + text : text
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "")
    }
}

/// A query that is one entity filter and nothing else: the sidebar's "every article naming
/// this person", or `person:biden` alone.
struct EntityLookup {
    var entityIDs: (Database) throws -> [String]

    init?(_ query: SearchQuery) {
        guard query.groups.isEmpty, query.excluded.isEmpty, query.filters.count == 1 else { return nil }
        switch query.filters[0] {
        case .entityID(let id):
            entityIDs = { _ in [id] }
        case .entity(let type, let name):
            let (sql, arguments) = SQLPlan.entitiesNamed(name, type: type)
            entityIDs = { db in try String.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) }
        default:
            return nil
        }
    }
}

extension Library {
    /// Newest articles naming any of the entities: each entity's mentions are read newest
    /// first straight from the mention index and merged, so a name in 50,000 articles costs
    /// no more than one in five.
    func hits(naming lookup: EntityLookup, limit: Int) throws(LibraryError) -> [SearchHit] {
        try read { db in
            let entityIDs = try lookup.entityIDs(db)
            var newest = Set<Int64>()
            if entityIDs.count <= 64 {
                for entityID in entityIDs {
                    let ids = try Int64.fetchAll(db.cachedStatement(sql: """
                        SELECT article_id FROM mention WHERE entity_id = ? ORDER BY article_id DESC LIMIT ?
                        """), arguments: [entityID, limit])
                    newest.formUnion(ids)
                }
            } else {
                // A common word naming many entities: one pass over their mentions.
                let placeholders = Array(repeating: "?", count: entityIDs.count).joined(separator: ",")
                newest = Set(try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT article_id FROM mention WHERE entity_id IN (\(placeholders)) ORDER BY article_id DESC LIMIT ?
                    """, arguments: StatementArguments(entityIDs) + [limit]))
            }
            let chosen = newest.sorted(by: >).prefix(limit)
            guard !chosen.isEmpty else { return [] }
            let placeholders = Array(repeating: "?", count: chosen.count).joined(separator: ",")
            return try Row.fetchAll(db, sql: """
                SELECT id, uid, title, source, published, path FROM article WHERE id IN (\(placeholders)) ORDER BY id DESC
                """, arguments: StatementArguments(Array(chosen))).map { row in
                SearchHit(id: row["id"], uid: row["uid"], title: row["title"], source: row["source"], date: row["published"],
                          path: row["path"], score: nil, snippet: nil)
            }
        }
    }
}
