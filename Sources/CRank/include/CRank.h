#ifndef GAZETTE_CRANK_H
#define GAZETTE_CRANK_H

// Declared, not included: Swift sees SQLite through GRDB, and one copy of its API is enough.
struct sqlite3;

/// Every article's length in tokens, shared by all connections to one library and reloaded
/// when the full-text index changes. BM25 needs each matching document's length; FTS5's own
/// bm25() looks it up row by row in a table, which costs more than everything else.
typedef struct GzDocumentLengths GzDocumentLengths;

GzDocumentLengths *gz_document_lengths_new(void);
void gz_document_lengths_release(GzDocumentLengths *lengths);

/// Loads the lengths of the index `db` sees now, unless they are loaded already, so that the
/// first ranked query need not wait for them. Returns SQLITE_OK when they are in memory.
int gz_document_lengths_preload(GzDocumentLengths *lengths, struct sqlite3 *db);

/// The connection's FTS5 extension API (version 2 or later), or NULL when FTS5 is missing.
struct fts5_api;
struct fts5_api *gz_fts5_api(struct sqlite3 *db);

/// Registers gazette_rank(article_fts, title weight, body weight, entity weight) on one
/// connection: BM25 exactly as FTS5's bm25() computes it (k1 1.2, b 0.75, lower is better),
/// with lengths from `lengths`; and gazette_order(...), which orders rows exactly as
/// gazette_rank but, for a query of one phrase, skips the pass that counts the phrase's rows for
/// its IDF (a common factor of every score). Returns an SQLite result code.
///
/// And gazette_top(article_fts, k, weights...): for a query of one phrase, its k best rows in
/// gazette_rank's order, found in one pass, as a blob of GzTopRow; NULL for other queries.
int gz_register_rank(struct sqlite3 *db, GzDocumentLengths *lengths);

/// One row of gazette_top's answer, in the machine's byte order.
typedef struct {
    long long rowid;
    double score;
} GzTopRow;

#endif
