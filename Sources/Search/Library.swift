import Foundation
import GRDB
import NewsCore

/// The persistent library: one SQLite database in WAL mode, so one process can import
/// while another reads.
public final class Library: Sendable {
    public let path: String
    let database: any DatabaseWriter
    let rank = RankFunction()

    /// `--library`, else $GAZETTE_LIBRARY, else $XDG_DATA_HOME/gazette/library.sqlite.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["GAZETTE_LIBRARY"], !path.isEmpty { return path }
        // $HOME first: Foundation's home directory on Linux comes from the password file.
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (home as NSString).appendingPathComponent(".local/share")
        return (data as NSString).appendingPathComponent("gazette/library.sqlite")
    }

    /// Opens (creating if needed) the library at `path`. A file that is not a Gazette
    /// library is refused and never written to.
    public init(path: String) throws(LibraryError) {
        self.path = path
        try Library.checkExistingFile(at: path)
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { [rank] db in
            try rank.register(in: db)
            try PrefixTokenizer.register(in: db)
            // In WAL mode NORMAL still keeps the library consistent through any crash; it only
            // skips a disk flush per transaction, which an import of thousands would wait on.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Library.migrate(pool, path: path)
            database = pool
        } catch let error as LibraryError {
            throw error
        } catch {
            throw Library.describe(error, path: path)
        }
    }

    /// A library in memory, for tests.
    public init() {
        path = ":memory:"
        var configuration = Configuration()
        configuration.prepareDatabase { [rank] db in
            try rank.register(in: db)
            try PrefixTokenizer.register(in: db)
        }
        let queue = try! DatabaseQueue(configuration: configuration)
        try! Schema.migrator.migrate(queue)
        database = queue
    }

    private static func migrate(_ writer: some DatabaseWriter, path: String) throws {
        let migrator = Schema.migrator
        if try writer.read({ try migrator.hasBeenSuperseded($0) }) { throw LibraryError.newerVersion(path: path) }
        try announceReindexing(writer, migrator: migrator)
        try migrator.migrate(writer)
    }

    /// Rebuilding the full-text index reads every article again (a minute or two for 100,000),
    /// and listing its terms reads the whole index (seconds): a person waiting for the reader
    /// to open is told why, once.
    private static func announceReindexing(_ writer: some DatabaseWriter, migrator: DatabaseMigrator) throws {
        let (articles, applied) = try writer.read { db -> (Int, Set<String>) in
            let applied = try migrator.appliedIdentifiers(db)
            return (applied.isEmpty ? 0 : try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0, applied)
        }
        if articles >= 1_000, !applied.contains(Schema.reindexingMigration) {
            FileHandle.standardError.write(Data("Gazette is rebuilding the search index of \(articles) articles, once, so that prefixes match words as typed…\n".utf8))
        } else if articles >= 20_000, !applied.contains(Schema.indexTermsMigration) {
            FileHandle.standardError.write(Data("Gazette is listing the words in the search index of \(articles) articles, once, for quicker prefixes…\n".utf8))
        }
    }

    /// Looks at a file before anything opens it for writing: its header, then its tables.
    static func checkExistingFile(at path: String) throws(LibraryError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\0".utf8) else { throw .notADatabase(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)  // an import may be writing right now
        do {
            let tables = try DatabaseQueue(path: path, configuration: configuration).read { db in
                try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if !tables.isEmpty, !(tables.contains("grdb_migrations") && tables.contains("article")) {
                throw LibraryError.foreignDatabase(path: path)
            }
        } catch let error as LibraryError {
            throw error
        } catch {
            throw describe(error, path: path)
        }
    }

    static func describe(_ error: any Error, path: String) -> LibraryError {
        if let error = error as? LibraryError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return .notADatabase(path: path)
            case .SQLITE_CORRUPT: return .damaged(path: path, detail: error.message ?? "corrupt")
            default: return .cannotOpen(path: path, detail: error.message ?? "\(error.resultCode)")
            }
        }
        return .cannotOpen(path: path, detail: "\(error)")
    }

    /// Starts loading what ranked search needs (every article's length: about 30 ms for
    /// 100,000) on another thread, so that the first query entered in the reader is as quick as
    /// the rest. A query that comes first waits for this load rather than doing its own.
    public func prepareRanking() {
        DispatchQueue.global(qos: .utility).async { [rank, database] in
            _ = try? database.read { rank.preload(in: $0) }
        }
    }

    /// Runs a read, turning database errors into library errors that name the file.
    func read<T>(_ work: (Database) throws -> T) throws(LibraryError) -> T {
        do { return try database.read(work) } catch { throw Library.describe(error, path: path) }
    }

    func write<T>(_ work: (Database) throws -> T) throws(LibraryError) -> T {
        do { return try database.write(work) } catch { throw Library.describe(error, path: path) }
    }

    /// Runs work on the writer outside any transaction: the work opens and commits its own.
    func writeSession<T>(_ work: (Database) throws -> T) throws(LibraryError) -> T {
        do { return try database.writeWithoutTransaction(work) } catch { throw Library.describe(error, path: path) }
    }

    public var articleCount: Int {
        (try? read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }) ?? 0
    }
}
