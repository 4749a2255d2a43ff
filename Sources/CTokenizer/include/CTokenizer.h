#ifndef GAZETTE_CTOKENIZER_H
#define GAZETTE_CTOKENIZER_H

// Declared, not included: Swift sees SQLite through GRDB, and one copy of its API is enough.
struct sqlite3;

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

#endif
