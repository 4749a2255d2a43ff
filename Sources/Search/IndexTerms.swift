import CTokenizer
import GRDB

/// Every term of the full-text index, kept beside it in `index_term`, so that a prefix longer
/// than the indexed ones ("financ") is searched as the few words it begins, one OR of them,
/// which FTS5 walks lazily newest first and stops at the list's limit. Given the prefix as is,
/// FTS5 merges the lists of every word beginning with it before returning the first row: 50 to
/// 90 ms for "fina" on 100,000 articles, and as much again for the list's snippets.
///
/// The table only grows: a term whose articles were all deleted stays, and matches nothing.
enum IndexTerms {
    /// A prefix beginning more words than this is left to FTS5: an OR of hundreds of words
    /// costs as much as the merge.
    static let mostWordsPerPrefix = 400

    static let createTable = "CREATE TABLE index_term (term TEXT PRIMARY KEY) WITHOUT ROWID"

    /// Fills the table from the index itself (fts5vocab reads it all: seconds for 100,000 articles).
    static func fillFromIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE temp.article_fts_terms USING fts5vocab(main, article_fts, row);
            INSERT OR IGNORE INTO index_term (term) SELECT term FROM temp.article_fts_terms;
            DROP TABLE temp.article_fts_terms;
            """)
    }

    /// Runs `indexing`, which adds articles to the index, and stores every term it gave.
    static func recording(_ db: Database, _ indexing: () throws -> Void) throws {
        try check(gz_capture_terms(db.sqliteConnection), db, "cannot note the index's new terms")
        do {
            try indexing()
        } catch {
            _ = gz_store_captured_terms(db.sqliteConnection, nil)
            throw error
        }
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO index_term (term) VALUES (?)")
        try check(gz_store_captured_terms(db.sqliteConnection, insert.sqliteStatement), db, "cannot store the index's new terms")
    }

    /// A prefix phrase ("troops withdr") as the index terms its last word begins, each after
    /// the text before that word ("troops "), when that word is longer than the indexed
    /// prefixes and begins at least one term and not too many.
    static func spelledOut(_ phrase: String, in db: Database) throws -> (leading: String, terms: [String])? {
        var folded = [UInt8](repeating: 0, count: 1024)
        var start: Int32 = 0
        let utf8 = Array(phrase.utf8)
        let length = utf8.withUnsafeBufferPointer { text in
            text.withMemoryRebound(to: CChar.self) { text in
                folded.withUnsafeMutableBufferPointer { out in
                    out.withMemoryRebound(to: CChar.self) { out in
                        gz_prefix_term(db.sqliteConnection, Schema.fullTextTokenizerArguments, text.baseAddress, Int32(text.count),
                                       out.baseAddress, Int32(out.count), &start)
                    }
                }
            }
        }
        guard length > 0 else { return nil }
        let prefix = String(decoding: folded.prefix(Int(length)), as: UTF8.self)
        guard prefix.count > Schema.longestIndexedPrefix else { return nil }
        // Every UTF-8 continuation of the prefix sorts below it followed by the last code point.
        let terms = try String.fetchAll(db.cachedStatement(sql: """
            SELECT term FROM index_term WHERE term >= ? AND term < ? ORDER BY term LIMIT ?
            """), arguments: [prefix, prefix + "\u{10FFFF}", mostWordsPerPrefix + 1])
        guard !terms.isEmpty, terms.count <= mostWordsPerPrefix else { return nil }
        return (String(decoding: utf8.prefix(Int(start)), as: UTF8.self), terms)
    }

    private static func check(_ code: Int32, _ db: Database, _ message: String) throws {
        guard code != ResultCode.SQLITE_OK.rawValue else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
    }
}
