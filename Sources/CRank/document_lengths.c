// Every article's length in memory, loaded once per state of the full-text index.
#include "document_lengths.h"

#include <stdlib.h>
#include <string.h>

// FTS5 keeps its structure record at rowid 10 of %_data; every change to the index writes
// a new one, so its bytes tell whether the lengths loaded earlier are still true.

static void snapshot_release(Snapshot *snapshot) {
    if (!snapshot || --snapshot->references > 0) return;
    free(snapshot->ids);
    free(snapshot->sizes);
    free(snapshot->structure);
    free(snapshot);
}

GzDocumentLengths *gz_document_lengths_new(void) {
    GzDocumentLengths *lengths = calloc(1, sizeof *lengths);
    if (!lengths) return NULL;
    pthread_mutex_init(&lengths->lock, NULL);
    pthread_mutex_init(&lengths->loading, NULL);
    lengths->references = 1;
    return lengths;
}

void gz_document_lengths_release(GzDocumentLengths *lengths) {
    if (!lengths) return;
    pthread_mutex_lock(&lengths->lock);
    int left = --lengths->references;
    pthread_mutex_unlock(&lengths->lock);
    if (left > 0) return;
    snapshot_release(lengths->current);
    pthread_mutex_destroy(&lengths->lock);
    pthread_mutex_destroy(&lengths->loading);
    free(lengths);
}

/// The sum of the SQLite varints in a %_docsize record: the row's tokens over all columns.
static int record_tokens(const unsigned char *bytes, int size) {
    int total = 0, index = 0;
    while (index < size) {
        sqlite3_uint64 value = 0;
        int length = 0;
        while (index < size && length < 8) {
            unsigned char byte = bytes[index++];
            value = (value << 7) | (byte & 0x7f);
            length++;
            if (!(byte & 0x80)) goto done;
        }
        if (index < size) value = (value << 8) | bytes[index++];
    done:
        total += (int)value;
    }
    return total;
}

static Snapshot *load_snapshot(sqlite3 *db, const void *structure, int structureSize) {
    Snapshot *snapshot = calloc(1, sizeof *snapshot);
    sqlite3_stmt *statement = NULL;
    if (!snapshot) return NULL;
    snapshot->references = 1;
    snapshot->structure = malloc(structureSize > 0 ? structureSize : 1);
    if (!snapshot->structure) goto failed;
    memcpy(snapshot->structure, structure, structureSize);
    snapshot->structureSize = structureSize;
    if (sqlite3_prepare_v2(db, "SELECT id, sz FROM article_fts_docsize ORDER BY id", -1, &statement, NULL) != SQLITE_OK) goto failed;
    int capacity = 1024;
    snapshot->ids = malloc(capacity * sizeof *snapshot->ids);
    snapshot->sizes = malloc(capacity * sizeof *snapshot->sizes);
    if (!snapshot->ids || !snapshot->sizes) goto failed;
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        if (snapshot->count == capacity) {
            capacity *= 2;
            sqlite3_int64 *ids = realloc(snapshot->ids, capacity * sizeof *ids);
            if (ids) snapshot->ids = ids;
            int *sizes = realloc(snapshot->sizes, capacity * sizeof *sizes);
            if (sizes) snapshot->sizes = sizes;
            if (!ids || !sizes) goto failed;
        }
        snapshot->ids[snapshot->count] = sqlite3_column_int64(statement, 0);
        snapshot->sizes[snapshot->count] = record_tokens(sqlite3_column_blob(statement, 1), sqlite3_column_bytes(statement, 1));
        snapshot->count++;
    }
    if (step != SQLITE_DONE) goto failed;
    sqlite3_finalize(statement);
    return snapshot;
failed:
    sqlite3_finalize(statement);
    snapshot_release(snapshot);
    return NULL;
}

/// The shared lengths if they were loaded at `structure`, with a reference taken; else NULL.
static Snapshot *matching_snapshot(GzDocumentLengths *shared, const void *structure, int structureSize) {
    Snapshot *result = NULL;
    pthread_mutex_lock(&shared->lock);
    Snapshot *current = shared->current;
    if (current && current->structureSize == structureSize && memcmp(current->structure, structure, structureSize) == 0) {
        result = current;
        result->references++;
    }
    pthread_mutex_unlock(&shared->lock);
    return result;
}

Snapshot *gz_current_snapshot(Connection *connection) {
    sqlite3_stmt *statement = NULL;
    Snapshot *result = NULL;
    if (sqlite3_prepare_v2(connection->db, "SELECT block FROM article_fts_data WHERE id = 10", -1, &statement, NULL) != SQLITE_OK) {
        return NULL;
    }
    if (sqlite3_step(statement) == SQLITE_ROW) {
        const void *structure = sqlite3_column_blob(statement, 0);
        int structureSize = sqlite3_column_bytes(statement, 0);
        GzDocumentLengths *shared = connection->shared;
        if (!(result = matching_snapshot(shared, structure, structureSize))) {
            pthread_mutex_lock(&shared->loading);
            // Another connection may have loaded these very lengths while this one waited.
            if (!(result = matching_snapshot(shared, structure, structureSize))
                && (result = load_snapshot(connection->db, structure, structureSize))) {
                pthread_mutex_lock(&shared->lock);
                snapshot_release(shared->current);
                shared->current = result;
                result->references++;
                pthread_mutex_unlock(&shared->lock);
            }
            pthread_mutex_unlock(&shared->loading);
        }
    }
    sqlite3_finalize(statement);
    return result;
}

void gz_release_snapshot(Connection *connection, Snapshot *snapshot) {
    if (!snapshot) return;
    pthread_mutex_lock(&connection->shared->lock);
    snapshot_release(snapshot);
    pthread_mutex_unlock(&connection->shared->lock);
}

int gz_snapshot_length(const Snapshot *snapshot, sqlite3_int64 id, int *length) {
    int low = 0, high = snapshot->count - 1;
    while (low <= high) {
        int middle = low + (high - low) / 2;
        if (snapshot->ids[middle] == id) { *length = snapshot->sizes[middle]; return 1; }
        if (snapshot->ids[middle] < id) low = middle + 1; else high = middle - 1;
    }
    return 0;
}

int gz_document_lengths_preload(GzDocumentLengths *lengths, sqlite3 *db) {
    Connection connection = { .shared = lengths, .db = db };
    Snapshot *snapshot = gz_current_snapshot(&connection);
    gz_release_snapshot(&connection, snapshot);
    return snapshot ? SQLITE_OK : SQLITE_ERROR;
}

Connection *gz_connection_new(sqlite3 *db, GzDocumentLengths *lengths, int orderOnly) {
    Connection *connection = calloc(1, sizeof *connection);
    if (!connection) return NULL;
    connection->db = db;
    connection->shared = lengths;
    connection->orderOnly = orderOnly;
    pthread_mutex_lock(&lengths->lock);
    lengths->references++;
    pthread_mutex_unlock(&lengths->lock);
    return connection;
}

void gz_connection_free(void *pointer) {
    Connection *connection = pointer;
    gz_document_lengths_release(connection->shared);
    free(connection);
}
