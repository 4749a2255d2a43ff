import Dispatch
import Foundation
import GRDB
import NewsCore
import Entities

/// What an import did, for the summary line and the list of failures.
public struct ImportReport: Sendable {
    /// "Imported 3, updated 0, skipped 5, duplicates 2, failed 1": duplicates only when there are some.
    public var counts: String {
        var text = "Imported \(imported), updated \(updated), skipped \(skipped)"
        if duplicates > 0 { text += ", duplicates \(duplicates)" }
        return text
    }

    public var imported = 0
    public var updated = 0
    /// Files unchanged since the last import.
    public var skipped = 0
    /// New files whose text the library holds already, from another file.
    public var duplicates = 0
    public var pruned = 0
    public var failures: [ReadError] = []
}

/// How far an import has got, for a progress bar.
public struct ImportProgress: Sendable {
    public var done: Int
    public var total: Int
    public var elapsed: Double
    /// Every file is stored; the full-text index is being merged.
    public var mergingIndex = false
}

/// Reads files into the library: unchanged files are skipped, changed ones updated.
/// Files are parsed, cleaned and tagged on all cores; one writer stores them a batch per
/// transaction, so an import killed at any moment leaves the library consistent and the
/// next import carries on where it stopped.
public struct Importer: Sendable {
    let library: Library
    let extractor: any EntityExtractor
    var batchSize = 512
    var articlesPerTransaction = ImportTransaction.defaultArticles
    static let batchesAhead = 3

    public init(library: Library, extractor: any EntityExtractor) {
        self.library = library
        self.extractor = extractor
    }

    private struct KnownFile: Sendable { var size: Int64; var mtime: Double; var hash: String; var articleID: Int64? }

    private enum Outcome: Sendable {
        case unchanged(path: String, size: Int64, mtime: Double)
        case article(Article, path: String, size: Int64, mtime: Double, hash: String)
        case failed(ReadError)
    }

    public func run(paths: [String], prune: Bool = false,
                    progress: (ImportProgress) -> Void = { _ in }) throws(LibraryError) -> ImportReport {
        let start = DispatchTime.now().uptimeNanoseconds
        var report = ImportReport()
        var listingFailures: [ReadError] = []
        // The library's own files may sit in a folder being imported; they are not articles.
        let ownFiles = Set(["", "-wal", "-shm", "-journal"].map { Importer.absolute(library.path) + $0 })
        let files = ArticleLoader.expand(paths, failures: &listingFailures).map(Importer.absolute)
            .filter { !ownFiles.contains($0) }
        report.failures = listingFailures
        let known = try knownFiles()

        var pending: [(path: String, size: Int64, mtime: Double)] = []
        for path in files {
            guard let (size, mtime) = Importer.stat(path) else {
                report.failures.append(ReadError(path: path, reason: .unreadable("cannot read its size and date")))
                continue
            }
            if let file = known[path], file.size == size, file.mtime == mtime, file.articleID != nil {
                report.skipped += 1
            } else {
                pending.append((path, size, mtime))
            }
        }

        var done = report.skipped
        let total = files.count
        progress(ImportProgress(done: done, total: total, elapsed: 0))
        let batches = stride(from: 0, to: pending.count, by: batchSize).map { Array(pending[$0..<min(pending.count, $0 + batchSize)]) }
        try library.writeSession { db in
            try Importer.writerSettings(db, forImport: true)
            defer { try? Importer.writerSettings(db, forImport: false) }
            var transaction = ImportTransaction(db, maximumArticles: articlesPerTransaction)
            var storedEntities = Set<String>()
            // Reading overlaps storing: while one batch is written, the next ones are parsed and
            // tagged, one after another. Several batches ahead keep the cores busy while a commit
            // indexes thousands of articles; a few, so memory stays bounded.
            let reading = DispatchQueue(label: "gazette.import.read")
            var ahead: [Prefetch<[Outcome]>] = []
            var started = 0
            func readAhead() {
                while ahead.count < Importer.batchesAhead, started < batches.count {
                    let batch = batches[started]
                    ahead.append(Prefetch(on: reading) { self.read(batch, known: known) })
                    started += 1
                }
            }
            readAhead()
            for batch in batches {
                let outcomes = ahead.removeFirst().take()
                readAhead()
                do {
                    try transaction.begin()
                    try Importer.store(outcomes, known: known, in: &transaction, db: db,
                                       storedEntities: &storedEntities, report: &report)
                    try transaction.stored(batch.count)
                } catch {
                    transaction.rollBack()
                    throw error
                }
                done += batch.count
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                progress(ImportProgress(done: done, total: total, elapsed: elapsed))
            }
            try transaction.commit()
            if report.imported + report.updated > 0 {
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                progress(ImportProgress(done: done, total: total, elapsed: elapsed, mergingIndex: true))
                try Importer.tidyIndex(db, changed: report.imported + report.updated)
            }
        }
        if prune { report.pruned = try pruneMissing(known: known, under: paths.map(Importer.absolute)) }
        return report
    }

    private func knownFiles() throws(LibraryError) -> [String: KnownFile] {
        try library.read { db in
            var files: [String: KnownFile] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, content_hash, article_id FROM source_file")
            while let row = try rows.next() {
                files[row["path"]] = KnownFile(size: row["size"], mtime: row["mtime"], hash: row["content_hash"],
                                               articleID: row["article_id"])
            }
            return files
        }
    }

    /// Parses and tags a batch on all cores.
    private func read(_ batch: [(path: String, size: Int64, mtime: Double)], known: [String: KnownFile]) -> [Outcome] {
        let extractor = self.extractor
        return batch.map { (path: $0.path, size: $0.size, mtime: $0.mtime, known: known[$0.path]) }
            .concurrentMap { file -> Outcome in
                // The size is known already: a huge file is refused without being read.
                if file.size > Int64(TextDecoding.maximumBytes) {
                    return .failed(ReadError(path: file.path, reason: .tooLarge(bytes: Int(file.size))))
                }
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    return .failed(ReadError(path: file.path, reason: .unreadable("permission denied or vanished")))
                }
                let bytes = [UInt8](data)
                let hash = Importer.hash(bytes)
                if let known = file.known, known.hash == hash, known.articleID != nil {
                    return .unchanged(path: file.path, size: file.size, mtime: file.mtime)
                }
                do throws(ReadError) {
                    let article = extractor.tagging(try PlainTextReader.parse(bytes, path: file.path))
                    return .article(article, path: file.path, size: file.size, mtime: file.mtime, hash: hash)
                } catch {
                    return .failed(error)
                }
            }
    }

    /// Stores a batch inside the writer's open transaction: the files' rows change together
    /// with their articles. `storedEntities` holds the entities this import has stored
    /// already, so each is inserted once, not once per article naming it.
    private static func store(_ outcomes: [Outcome], known: [String: KnownFile], in transaction: inout ImportTransaction,
                              db: Database, storedEntities: inout Set<String>, report: inout ImportReport) throws {
        for outcome in outcomes {
            switch outcome {
            case .failed(let error):
                report.failures.append(error)
            case .unchanged(let path, let size, let mtime):
                try db.cachedStatement(sql: "UPDATE source_file SET size = ?, mtime = ? WHERE path = ?")
                    .execute(arguments: [size, mtime, path])
                report.skipped += 1
            case .article(let article, let path, let size, let mtime, let hash):
                let previous = known[path]?.articleID
                let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM article WHERE uid = ?"),
                                                  arguments: [article.id])
                let id: Int64
                if let existing {
                    id = existing
                } else {
                    id = try ArticleStore.insert(article, in: db, storedEntities: &storedEntities)
                    transaction.added(id)
                }
                try db.cachedStatement(sql: """
                    INSERT INTO source_file (path, size, mtime, content_hash, article_id) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
                        content_hash = excluded.content_hash, article_id = excluded.article_id
                    """).execute(arguments: [path, size, mtime, hash, id])
                if let previous, previous != id {
                    // An earlier import stored `previous`, so the index holds what the delete removes.
                    try Importer.deleteIfOrphaned(previous, in: db)
                    report.updated += 1
                } else if previous == nil, existing == nil {
                    report.imported += 1
                } else if previous == nil {
                    report.duplicates += 1
                } else {
                    // A file touched but unchanged.
                    report.skipped += 1
                }
            }
        }
    }

    /// During an import the writer keeps the pages it touches again and again (the mention
    /// and full-text B-trees) in memory, copies its log into the database less often, and lets
    /// the full-text index gather 32 MB of terms before writing a segment (1 MB by default), so
    /// a page changed by many batches is written once, and fewer segments need merging.
    /// Afterwards it gives the memory back: the same process may go on to read.
    private static func writerSettings(_ db: Database, forImport importing: Bool) throws {
        try db.execute(sql: importing ? "PRAGMA cache_size = -131072" : "PRAGMA cache_size = -2000")  // 128 MB, SQLite's 2 MB
        try db.execute(sql: importing ? "PRAGMA wal_autocheckpoint = 16384" : "PRAGMA wal_autocheckpoint = 1000")  // pages
        try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('hashsize', ?)",
                       arguments: [importing ? 32 << 20 : 1 << 20])
        if !importing { try db.execute(sql: "PRAGMA shrink_memory") }
    }

    /// Each import transaction adds a segment to the full-text index, and every query looks
    /// in each segment. After an import that grew the library by a quarter or more, the index
    /// is rewritten as one segment; after a small one, a bounded merge keeps it tidy.
    private static func tidyIndex(_ db: Database, changed: Int) throws {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        if changed * 4 >= total {
            try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('optimize')")
            // That rewrote the whole index into the log: copy it into the database and empty the
            // log now, rather than leave hundreds of MB beside the library until the last
            // process closes it. A reader still using the log makes this wait, then give up.
            _ = try? db.checkpoint(.truncate)
        } else {
            try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('merge', 500)")
        }
    }

    /// Forgets files that no longer exist under the imported folders, and their articles.
    private func pruneMissing(known: [String: KnownFile], under roots: [String]) throws(LibraryError) -> Int {
        let missing = known.keys.filter { path in
            roots.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
                && !FileManager.default.fileExists(atPath: path)
        }
        guard !missing.isEmpty else { return 0 }
        return try library.write { db in
            for path in missing {
                let article = try Int64.fetchOne(db, sql: "SELECT article_id FROM source_file WHERE path = ?", arguments: [path])
                try db.execute(sql: "DELETE FROM source_file WHERE path = ?", arguments: [path])
                if let article { try Importer.deleteIfOrphaned(article, in: db) }
            }
            return missing.count
        }
    }

    static func deleteIfOrphaned(_ articleID: Int64, in db: Database) throws {
        let stillUsed = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM source_file WHERE article_id = ?)",
                                          arguments: [articleID]) ?? false
        if !stillUsed { try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [articleID]) }
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    static func stat(_ path: String) -> (Int64, Double)? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let date = attributes[.modificationDate] as? Date else { return nil }
        return (size.int64Value, date.timeIntervalSince1970)
    }

    /// FNV-1a over the bytes: enough to tell a changed file from a touched one.
    static func hash(_ bytes: [UInt8]) -> String {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(state, radix: 16) + ":" + String(bytes.count)
    }
}
