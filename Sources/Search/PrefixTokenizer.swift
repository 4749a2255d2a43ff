import CTokenizer
import GRDB

/// The full-text index's tokenizer, "gazette" (see CTokenizer.h): porter stems for whole
/// words, and the words as written beside them, so a prefix matches what was typed.
/// Every connection registers it before it touches the index.
enum PrefixTokenizer {
    static func register(in db: Database) throws {
        let code = gz_register_tokenizer(db.sqliteConnection)
        guard code == ResultCode.SQLITE_OK.rawValue else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register the gazette tokenizer")
        }
    }
}
