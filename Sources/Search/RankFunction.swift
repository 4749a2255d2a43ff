import CRank
import GRDB

/// The lengths gazette_rank reads, shared by one library's connections; each connection
/// registers the function when it opens.
final class RankFunction: @unchecked Sendable {
    // Safe to share: the C side guards its state with a mutex.
    private let lengths: OpaquePointer?

    init() { lengths = gz_document_lengths_new() }
    deinit { gz_document_lengths_release(lengths) }

    /// Loads every article's length now; false when they could not be read.
    func preload(in db: Database) -> Bool {
        gz_document_lengths_preload(lengths, db.sqliteConnection) == ResultCode.SQLITE_OK.rawValue
    }

    func register(in db: Database) throws {
        let code = gz_register_rank(db.sqliteConnection, lengths)
        guard code == ResultCode.SQLITE_OK.rawValue else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register gazette_rank")
        }
    }
}
