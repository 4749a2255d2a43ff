import CRank
import Foundation
import GRDB
import NewsCore

/// An article a query found, before any of its row is read.
struct Match: Sendable, Equatable {
    var id: Int64
    /// BM25 as SQLite reports it (lower is better); nil when not asked for or without words.
    var score: Double?
}

extension Library {
    /// The articles a query finds, best or newest first, at most `limit`. Only the full-text
    /// index and indexed columns are read: a keystroke never loads article rows it won't show.
    func matches(_ query: SearchQuery, sort: SearchSort, limit: Int, scored: Bool) throws(LibraryError) -> [Match] {
        if let lookup = EntityLookup(query) {
            return try read { try lookup.newestArticles(in: $0, limit: limit) }.map { Match(id: $0, score: nil) }
        }
        // Newest first, a long prefix's terms are walked lazily and the walk stops at the limit;
        // best first, every match is scored anyway, and one prefix is scored as one phrase.
        let spelledOut = sort == .date
        return try read { db in
            let plan = spelledOut ? try SQLPlan(query) { try IndexTerms.spelledOut($0, in: db) } : SQLPlan(query)
            if sort == .relevance, query.isOnePhrase, let best = try Library.best(plan, limit: limit, scored: scored, in: db) {
                return best
            }
            return try Library.matches(plan, sort: sort, limit: limit, scored: scored, in: db)
        }
    }

    /// BM25's weights for the title, the body and the entity names.
    private static let columnWeights = "10.0, 1.0, 4.0"

    /// The best matches of a query of one phrase and no filters, from gazette_top, which finds
    /// them in one pass over the phrase's rows (see top.c); nil when it cannot answer.
    private static func best(_ plan: SQLPlan, limit: Int, scored: Bool, in db: Database) throws -> [Match]? {
        guard let match = plan.match, plan.conditions.isEmpty else { return nil }
        let sql = "SELECT gazette_top(article_fts, ?, \(columnWeights)) FROM article_fts WHERE article_fts MATCH ? LIMIT 1"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [limit, match]) else { return [] }
        guard let best = row[0] as Data? else { return nil }  // not one phrase to FTS5
        return best.withUnsafeBytes { bytes in
            stride(from: 0, to: bytes.count, by: MemoryLayout<GzTopRow>.stride).map { offset in
                let found = bytes.loadUnaligned(fromByteOffset: offset, as: GzTopRow.self)
                return Match(id: found.rowid, score: scored ? found.score : nil)
            }
        }
    }

    private static func matches(_ plan: SQLPlan, sort: SearchSort, limit: Int, scored: Bool, in db: Database) throws -> [Match] {
        var arguments = StatementArguments()
        var sql: String
        if let match = plan.match {
            // A list that shows no scores needs their order only, which is cheaper for one word.
            let score = scored ? "gazette_rank(article_fts, \(columnWeights))"
                : sort == .relevance ? "gazette_order(article_fts, \(columnWeights))" : "NULL"
            // Without filters there is nothing to join: the index alone answers.
            sql = plan.conditions.isEmpty
                ? "SELECT article_fts.rowid AS id, \(score) AS score FROM article_fts WHERE article_fts MATCH ?"
                : "SELECT a.id, \(score) AS score FROM article_fts JOIN article a ON a.id = article_fts.rowid WHERE article_fts MATCH ?"
            arguments += [match]
        } else {
            sql = "SELECT a.id, NULL AS score FROM article a WHERE 1"
        }
        for condition in plan.conditions { sql += " AND " + condition }
        arguments += StatementArguments(plan.arguments)
        // Ids are in date order, and FTS5 walks its matches in rowid order, so "newest first"
        // needs no sort; recency breaks ties between equal scores.
        switch (plan.match != nil, sort) {
        case (true, .relevance): sql += " ORDER BY score, article_fts.rowid DESC"
        case (true, .date): sql += " ORDER BY article_fts.rowid DESC"
        case (false, _): sql += " ORDER BY a.id DESC"
        }
        sql += " LIMIT ?"
        arguments += [limit]
        var found: [Match] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() { found.append(Match(id: row[0], score: row[1])) }
        return found
    }
}

private extension SearchQuery {
    /// One word or phrase anywhere in the article, nothing else: what gazette_top answers.
    var isOnePhrase: Bool {
        groups.count == 1 && groups[0].count == 1 && !groups[0][0].titleOnly && excluded.isEmpty && filters.isEmpty
    }
}
