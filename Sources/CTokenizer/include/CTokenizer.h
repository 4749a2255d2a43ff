#ifndef GAZETTE_CTOKENIZER_H
#define GAZETTE_CTOKENIZER_H

// Declared, not included: Swift sees SQLite through GRDB, and one copy of its API is enough.
struct sqlite3;
struct sqlite3_stmt;

/// Registers the FTS5 tokenizer "gazette" on one connection. Its arguments name a base
/// tokenizer and that tokenizer's own ("gazette unicode61 remove_diacritics 2").
///
/// Porter stems make whole words match their forms ("withdrawing" finds "withdraw"), but a
/// prefix is a word cut short, and stemming it breaks it: "withdrawa" stems to itself and
/// matches nothing, since "withdrawal" is indexed as "withdraw". So documents are indexed with
/// each word's stem and, at the same position, the word as written when the two differ; a
/// query's whole words are stemmed, and a prefix query's last word is kept as typed.
/// Returns an SQLite result code.
int gz_register_tokenizer(struct sqlite3 *db);

/// A prefix longer than the index's prefix indexes makes FTS5 merge the lists of every term
/// that begins with it before it returns a row. The library keeps the index's terms in a table
/// instead, so such a prefix can be searched as an OR of its terms, which FTS5 walks lazily.
///
/// Starts noting, on this connection, every term that documents tokenized from now on give the
/// index (stems and words as written). Returns an SQLite result code.
int gz_capture_terms(struct sqlite3 *db);

/// Stops noting terms, and runs `insert` (an INSERT with one parameter, the term) once per
/// term noted since gz_capture_terms; with `insert` NULL, forgets them. Returns a result code.
int gz_store_captured_terms(struct sqlite3 *db, struct sqlite3_stmt *insert);

/// A word marked with this byte in a query phrase ("\x1Fwithdrawal") is matched as written,
/// not stemmed, so it finds exactly the index term of that spelling.
#define GZ_VERBATIM_MARK 0x1F

/// The index term a query phrase's last word gives as a prefix ("troops Withdrawá" gives
/// "withdrawa"), with `arguments` the tokenizer's ("unicode61 remove_diacritics 2"). Writes it
/// to `out`, and where that word begins in the text (bytes) to `start`; returns its length in
/// bytes, or -1 when the text gives no word or it does not fit.
int gz_prefix_term(struct sqlite3 *db, const char *arguments, const char *text, int length, char *out, int capacity,
                   int *start);

#endif
