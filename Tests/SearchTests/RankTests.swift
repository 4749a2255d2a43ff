import Entities
import Foundation
import NewsCore
@testable import Search
import GRDB
import Synchronization
import Testing

/// gazette_rank must order exactly as FTS5's own bm25() would, lengths from memory or not.
@Suite struct RankTests {
    func scores(_ library: Library, _ query: String) throws -> [(own: Double, fts5: Double)] {
        guard let match = SQLPlan(QueryParser.parse(query)).match else { return [] }
        return try library.read { db in
            try Row.fetchAll(db, sql: """
                SELECT gazette_rank(article_fts, 10.0, 1.0, 4.0) AS own, bm25(article_fts, 10.0, 1.0, 4.0) AS fts5
                FROM article_fts WHERE article_fts MATCH ?
                """, arguments: [match]).map { (own: $0["own"], fts5: $0["fts5"]) }
        }
    }

    func expectSameScores(_ library: Library, _ queries: [String]) throws {
        for query in queries {
            let pairs = try scores(library, query)
            #expect(!pairs.isEmpty, "no match for \(query)")
            for pair in pairs { #expect(abs(pair.own - pair.fts5) < 1e-9, "\(query): \(pair.own) vs \(pair.fts5)") }
        }
    }

    /// Tags and stores one article, and indexes it, as an import would.
    func store(_ path: String, in library: Library) throws {
        let article = NewsEntityExtractor().tagging(try PlainTextReader.read(path: path))
        try library.write { db in
            var storedEntities = Set<String>()
            try ArticleStore.index([try ArticleStore.insert(article, in: db, storedEntities: &storedEntities)], in: db)
        }
    }

    @Test func sameScoresAsBM25BeforeAndAfterTheLibraryChanges() throws {
        let library = Library()
        let samples = GazetteResources.samplePaths()
        let queries = ["iraq", "combat mission", "\"united states\"", "troop*", "kadhimi OR biden", "iraq -biden", "title:iraq"]
        func store(_ path: String) throws { try self.store(path, in: library) }
        for path in samples.dropLast() { try store(path) }
        try expectSameScores(library, queries)
        // Lengths loaded by the queries above are now stale: the new article is not among them.
        try store(samples.last!)
        try expectSameScores(library, queries)
        // A deleted article's id may be given to the next one of the same minute.
        let first = try PlainTextReader.read(path: samples[0])
        try library.write { try $0.execute(sql: "DELETE FROM article WHERE uid = ?", arguments: [first.id]) }
        try expectSameScores(library, ["iraq", "troop*"])
        try store(samples[0])
        try expectSameScores(library, ["iraq", "troop*", "mission"])
    }

    @Test func lengthsLoadedAheadRankAsBM25AndAreReloadedWhenTheIndexChanges() throws {
        let library = Library()
        let samples = GazetteResources.samplePaths()
        func store(_ path: String) throws { try self.store(path, in: library) }
        for path in samples.dropLast() { try store(path) }
        #expect(try library.read { library.rank.preload(in: $0) })
        try expectSameScores(library, ["iraq", "combat mission"])
        try store(samples.last!)
        try expectSameScores(library, ["iraq", "combat mission"])
        #expect(try library.read { library.rank.preload(in: $0) })
        try expectSameScores(library, ["iraq", "combat mission"])
    }

    /// The reader loads lengths on another thread while the person may already be searching.
    @Test func searchesWhileLengthsLoadFindWhatTheyWouldAfter() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rank-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = try Library(path: directory + "/library.sqlite")
        _ = try Importer(library: library, extractor: NewsEntityExtractor()).run(paths: GazetteResources.samplePaths())
        let expected = try library.search(QueryParser.parse("iraq troops"), withSnippets: false).hits.map(\.id)
        #expect(!expected.isEmpty)
        let fresh = try Library(path: directory + "/library.sqlite")
        fresh.prepareRanking()
        let found = Mutex<[[Int64]]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let ids = (try? fresh.search(QueryParser.parse("iraq troops"), withSnippets: false).hits.map(\.id)) ?? []
            found.withLock { $0.append(ids) }
        }
        #expect(found.withLock { $0 } == Array(repeating: expected, count: 8))
    }

    /// The reader's list asks for the order only: the same rows in the same order as bm25().
    @Test func orderOnlyRanksAsBM25() throws {
        let library = Library()
        for path in GazetteResources.samplePaths() { try store(path, in: library) }
        for query in ["iraq", "troops", "combat mission", "kadhimi OR biden", "forces -baghdad", "title:iraq"] {
            let match = try #require(SQLPlan(QueryParser.parse(query)).match)
            func ids(_ rank: String) throws -> [Int64] {
                try library.read { db in
                    try Int64.fetchAll(db, sql: """
                        SELECT rowid FROM article_fts WHERE article_fts MATCH ?
                        ORDER BY \(rank)(article_fts, 10.0, 1.0, 4.0), rowid DESC
                        """, arguments: [match])
                }
            }
            let expected = try ids("bm25")
            #expect(expected.count > 1, "\(query) should match several samples")
            #expect(try ids("gazette_order") == expected, "\(query)")
        }
    }

    func answeredByTop(_ match: String, in library: Library) throws -> Bool {
        try library.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT gazette_top(article_fts, 5, 10.0, 1.0, 4.0) IS NOT NULL FROM article_fts WHERE article_fts MATCH ? LIMIT 1
                """, arguments: [match]) ?? false
        }
    }

    /// A word or a phrase alone is ranked by gazette_top in one pass: the rows, order and
    /// scores bm25() gives when it sorts every match, whatever the limit.
    @Test func oneWordOrPhraseFindsBM25sBestInOnePass() throws {
        let library = Library()
        // Ten shapes of article, four of each: the word in the title or not, once or several
        // times, in bodies short and long. Articles of one shape score alike, so ties must
        // fall to the newer, as they do in SQL.
        for index in 0..<40 {
            let shape = index % 10
            let letters = [index % 26, index / 26].map { String(UnicodeScalar(UInt8(97 + $0))) }.joined()
            let body = Array(repeating: "lima", count: shape % 4) + Array(repeating: "vote count", count: shape % 3)
                + Array(repeating: ["river", "stone", "cloud"][shape % 3], count: 5 + 7 * shape) + ["tag" + letters]
            let text = "Title: \(shape < 3 ? "Lima council vote" : "Council report today")\n\n\(body.joined(separator: " ")).\n"
            let article = try #require(PlainTextReader.parse(text: text))
            try library.write { db in
                var stored = Set<String>()
                try ArticleStore.index([try ArticleStore.insert(article, in: db, storedEntities: &stored)], in: db)
            }
        }
        for query in ["lima", "council", "\"vote count\"", "lim*"] {
            let match = try #require(SQLPlan(QueryParser.parse(query)).match)
            let expected = try library.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT rowid, bm25(article_fts, 10.0, 1.0, 4.0) AS score FROM article_fts WHERE article_fts MATCH ?
                    ORDER BY score, rowid DESC
                    """, arguments: [match]).map { (id: $0["rowid"] as Int64, score: $0["score"] as Double) }
            }
            #expect(expected.count >= 12, "\(query) should match many articles")
            #expect(try answeredByTop(match, in: library), "\(query) should be one phrase to gazette_top")
            for limit in [1, 3, 5, 1000] {
                let hits = try library.search(QueryParser.parse(query), limit: limit, withSnippets: false).hits
                #expect(hits.map(\.id) == expected.prefix(limit).map(\.id), "\(query), limit \(limit)")
                for (hit, best) in zip(hits, expected) {
                    #expect(abs((hit.score ?? 0) - best.score) < 1e-9, "\(query): \(hit.score ?? 0) vs \(best.score)")
                }
            }
        }
        // Two words must both match: one phrase's walk cannot tell, so the query is ranked in SQL.
        #expect(try !answeredByTop(#require(SQLPlan(QueryParser.parse("lima council")).match), in: library))
    }
}
