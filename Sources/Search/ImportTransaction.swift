import Dispatch
import GRDB

/// The writer's transaction during an import, spanning several batches.
///
/// Each commit writes every page it changed once, and the mention and full-text B-trees are
/// changed at random places, so a commit per 512 articles rewrote the same pages again and
/// again: on 40,000 articles, committing every 8,192 spent half the time in SQLite that
/// committing every 512 did. It still commits every few seconds, so an import killed at any
/// moment loses little work, and another process waiting to write gets its turn.
///
/// New articles join the full-text index together, just before the commit (see the schema's
/// v2 migration), so a search never sees an article the index lacks, nor the reverse.
struct ImportTransaction {
    static let defaultArticles = 8192
    static let maximumSeconds = 4.0

    private let db: Database
    private let maximumArticles: Int
    /// Files handled since the transaction began: stored, updated, skipped or failed alike.
    private var files = 0
    private var started: UInt64 = 0
    private var unindexed: [Int64] = []

    init(_ db: Database, maximumArticles: Int = defaultArticles) {
        self.db = db
        self.maximumArticles = maximumArticles
    }

    /// Opens a transaction unless one is open already.
    mutating func begin() throws {
        guard !db.isInsideTransaction else { return }
        try db.beginTransaction()
        files = 0
        started = DispatchTime.now().uptimeNanoseconds
    }

    /// An article stored in this transaction, to be indexed before it commits.
    mutating func added(_ id: Int64) {
        unindexed.append(id)
    }

    /// Counts the files a batch handled and commits when enough work or time has piled up.
    mutating func stored(_ count: Int) throws {
        files += count
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        if files >= maximumArticles || seconds >= Self.maximumSeconds { try commit() }
    }

    mutating func commit() throws {
        guard db.isInsideTransaction else { return }
        try ArticleStore.index(unindexed, in: db)
        unindexed.removeAll()
        try db.commit()
    }

    /// After an error nothing half-stored stays: the batches since the last commit are undone.
    mutating func rollBack() {
        unindexed.removeAll()
        if db.isInsideTransaction { try? db.rollback() }
    }
}
