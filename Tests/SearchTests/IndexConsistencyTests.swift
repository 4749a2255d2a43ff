import Entities
import Foundation
import NewsCore
@testable import Search
import GRDB
import Testing

/// The importer adds new articles to the full-text index itself, a transaction at a time
/// (no trigger does it since the v2 migration). Whatever an import does — add, update,
/// prune, or add more than one transaction holds — the index must hold exactly the articles.
@Suite(.serialized) struct IndexConsistencyTests {
    let directory = NSTemporaryDirectory() + "gazette-index-\(UUID().uuidString)"

    /// Article ids without index entries, and index entries without an article.
    func mismatches(_ library: Library) throws -> (unindexed: Int, orphaned: Int) {
        try library.read { db in
            let unindexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE id NOT IN (SELECT id FROM article_fts_docsize)")
            let orphaned = try Int.fetchOne(db, sql: "SELECT count(*) FROM article_fts_docsize WHERE id NOT IN (SELECT id FROM article)")
            return (unindexed ?? -1, orphaned ?? -1)
        }
    }

    /// Terms of the full-text index missing from `index_term`, which long prefixes are spelled
    /// out from: a missing term would hide its articles from anyone typing its beginning.
    func missingTerms(_ library: Library) throws -> [String] {
        try library.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.terms_now USING fts5vocab(main, article_fts, row)")
            defer { try? db.execute(sql: "DROP TABLE temp.terms_now") }
            return try String.fetchAll(db, sql: "SELECT term FROM temp.terms_now WHERE term NOT IN (SELECT term FROM index_term)")
        }
    }

    func write(_ count: Int, named prefix: String, word: String) throws {
        for index in 0..<count {
            let text = "Title: \(prefix) report \(index)\nDate: 2021-0\(1 + index % 9)-1\(index % 10)\n\n"
                + "The \(word) council met on day \(index) in Basra and spoke with Ahmed Saleh about the harbour.\n"
            try text.write(toFile: "\(directory)/\(prefix)-\(index).txt", atomically: true, encoding: .utf8)
        }
    }

    @Test func theIndexHoldsExactlyTheArticlesAfterEveryKindOfImport() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = try Library(path: directory + "/library.sqlite")
        var importer = Importer(library: library, extractor: NewsEntityExtractor())
        importer.batchSize = 7  // many batches, so one import spans several of them…
        importer.articlesPerTransaction = 10  // …and several transactions

        try write(30, named: "first", word: "zanzibar")
        _ = try importer.run(paths: [directory])
        #expect(try mismatches(library) == (0, 0))
        #expect(try missingTerms(library) == [])
        #expect(try library.search(QueryParser.parse("zanzibar")).hits.count == 30)

        // Changed files: each new version is stored, then its old version deleted, within one import.
        try write(30, named: "first", word: "tanganyika")
        let report = try importer.run(paths: [directory])
        #expect(report.updated == 30)
        #expect(try mismatches(library) == (0, 0))
        #expect(try missingTerms(library) == [])
        #expect(try library.search(QueryParser.parse("zanzibar")).hits.isEmpty)
        #expect(try library.search(QueryParser.parse("tanganyika")).hits.count == 30)

        for index in 0..<10 { try FileManager.default.removeItem(atPath: "\(directory)/first-\(index).txt") }
        _ = try importer.run(paths: [directory], prune: true)
        #expect(library.articleCount == 20)
        #expect(try mismatches(library) == (0, 0))
    }
}
