// Every article's length, shared by the ranking functions (rank.c, top.c) of one library's
// connections; see GzDocumentLengths in CRank.h.
#ifndef GAZETTE_DOCUMENT_LENGTHS_H
#define GAZETTE_DOCUMENT_LENGTHS_H

#include "CRank.h"

#include <sqlite3.h>

#include <pthread.h>

/// Lengths as loaded at one state of the index; queries hold a reference while they run.
typedef struct Snapshot {
    int references;
    sqlite3_int64 *ids;  // ascending
    int *sizes;
    int count;
    unsigned char *structure;
    int structureSize;
} Snapshot;

struct GzDocumentLengths {
    pthread_mutex_t lock;
    /// Held while lengths load, so that a query and a preload never both read 100,000 rows.
    pthread_mutex_t loading;
    int references;
    Snapshot *current;
};

typedef struct {
    GzDocumentLengths *shared;
    sqlite3 *db;
    /// gazette_order: only the order of the scores matters, not their values.
    int orderOnly;
} Connection;

/// The lengths matching the index this connection sees, loading them when it changed.
/// NULL when they cannot be had: lengths then come from FTS5 row by row.
Snapshot *gz_current_snapshot(Connection *connection);
void gz_release_snapshot(Connection *connection, Snapshot *snapshot);
/// The length of the article `id` into `length`; 0 when the snapshot does not have it.
int gz_snapshot_length(const Snapshot *snapshot, sqlite3_int64 id, int *length);

/// User data for one ranking function on one connection; freed by gz_connection_free.
Connection *gz_connection_new(sqlite3 *db, GzDocumentLengths *lengths, int orderOnly);
void gz_connection_free(void *connection);

/// One phrase's part of a BM25 score as FTS5's bm25() computes it (k1 1.2, b 0.75), higher
/// is better; every ranking function computes it here, so that they agree to the last bit.
static inline double gz_bm25(double idf, double frequency, int length, double averageLength) {
    const double k1 = 1.2, b = 0.75;
    return idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1.0 - b + b * length / averageLength)));
}

#endif
