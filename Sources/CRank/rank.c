// gazette_rank: FTS5's bm25() with document lengths held in memory.
#include "CRank.h"

#include <sqlite3.h>

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// FTS5 keeps its structure record at rowid 10 of %_data; every change to the index writes
// a new one, so its bytes tell whether the lengths loaded earlier are still true.
#define MAX_PHRASES 64

/// Lengths as loaded at one state of the index; queries hold a reference while they run.
typedef struct {
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

typedef struct {
    Snapshot *snapshot;
    int phraseCount;
    double idf[MAX_PHRASES];
    double averageLength;
} QueryState;

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

/// The lengths matching the index this connection sees, loading them when it changed.
/// NULL when they cannot be had: lengths then come from FTS5 row by row.
static Snapshot *current_snapshot(Connection *connection) {
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

static void release_snapshot(Connection *connection, Snapshot *snapshot) {
    if (!snapshot) return;
    pthread_mutex_lock(&connection->shared->lock);
    snapshot_release(snapshot);
    pthread_mutex_unlock(&connection->shared->lock);
}

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *context) {
    (void)api; (void)fts;
    (*(sqlite3_int64 *)context)++;
    return SQLITE_OK;
}

typedef struct {
    QueryState state;
    Connection *connection;
} QueryData;

static void free_query(void *pointer) {
    QueryData *data = pointer;
    release_snapshot(data->connection, data->state.snapshot);
    free(data);
}

/// Per query, once: each phrase's IDF and the average length, as FTS5's bm25() has them.
static QueryState *query_state(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc) {
    QueryData *data = api->xGetAuxdata(fts, 0);
    if (data) return &data->state;
    data = calloc(1, sizeof *data);
    if (!data) { *rc = SQLITE_NOMEM; return NULL; }
    data->connection = api->xUserData(fts);
    QueryState *state = &data->state;
    state->phraseCount = api->xPhraseCount(fts);
    if (state->phraseCount > MAX_PHRASES) state->phraseCount = MAX_PHRASES;
    sqlite3_int64 rows = 0, tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(fts, -1, &tokens);
    state->averageLength = rows > 0 ? (double)tokens / (double)rows : 1.0;
    // Each phrase's IDF needs its own pass over every row it matches: for a word in most
    // articles, more than the ranking itself. With one phrase the IDF only scales every score
    // alike, so when only the order is asked for it is left at 1.
    int orderOnly = data->connection->orderOnly && state->phraseCount == 1;
    for (int phrase = 0; *rc == SQLITE_OK && phrase < state->phraseCount; phrase++) {
        if (orderOnly) { state->idf[phrase] = 1.0; continue; }
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, phrase, &hits, count_row);
        double idf = log((rows - hits + 0.5) / (hits + 0.5));
        state->idf[phrase] = idf <= 0.0 ? 1e-6 : idf;
    }
    if (*rc != SQLITE_OK) { free(data); return NULL; }
    state->snapshot = current_snapshot(data->connection);
    *rc = api->xSetAuxdata(fts, data, free_query);
    return *rc == SQLITE_OK ? state : NULL;
}

static int snapshot_length(const Snapshot *snapshot, sqlite3_int64 id, int *length) {
    int low = 0, high = snapshot->count - 1;
    while (low <= high) {
        int middle = low + (high - low) / 2;
        if (snapshot->ids[middle] == id) { *length = snapshot->sizes[middle]; return 1; }
        if (snapshot->ids[middle] < id) low = middle + 1; else high = middle - 1;
    }
    return 0;
}

static void gazette_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv) {
    int rc = SQLITE_OK;
    QueryState *state = query_state(api, fts, &rc);
    if (!state) { sqlite3_result_error_code(context, rc); return; }
    double frequency[MAX_PHRASES] = {0};
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int index = 0; rc == SQLITE_OK && index < instances; index++) {
        int phrase, column, offset;
        rc = api->xInst(fts, index, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase < MAX_PHRASES) frequency[phrase] += argc > column ? sqlite3_value_double(argv[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK && !(state->snapshot && snapshot_length(state->snapshot, api->xRowid(fts), &length))) {
        rc = api->xColumnSize(fts, -1, &length);  // written after the lengths were loaded
    }
    if (rc != SQLITE_OK) { sqlite3_result_error_code(context, rc); return; }
    const double k1 = 1.2, b = 0.75;
    double score = 0.0;
    for (int phrase = 0; phrase < state->phraseCount; phrase++) {
        double f = frequency[phrase];
        score += state->idf[phrase] * (f * (k1 + 1.0)) / (f + k1 * (1.0 - b + b * length / state->averageLength));
    }
    sqlite3_result_double(context, -1.0 * score);
}

int gz_document_lengths_preload(GzDocumentLengths *lengths, sqlite3 *db) {
    Connection connection = { .shared = lengths, .db = db };
    Snapshot *snapshot = current_snapshot(&connection);
    release_snapshot(&connection, snapshot);
    return snapshot ? SQLITE_OK : SQLITE_ERROR;
}

static void free_connection(void *pointer) {
    Connection *connection = pointer;
    gz_document_lengths_release(connection->shared);
    free(connection);
}

fts5_api *gz_fts5_api(sqlite3 *db) {
    fts5_api *fts5 = NULL;
    sqlite3_stmt *statement = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, NULL) != SQLITE_OK) return NULL;
    sqlite3_bind_pointer(statement, 1, (void *)&fts5, "fts5_api_ptr", NULL);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return fts5 && fts5->iVersion >= 2 ? fts5 : NULL;
}

static int register_function(fts5_api *fts5, sqlite3 *db, GzDocumentLengths *lengths, const char *name, int orderOnly) {
    Connection *connection = calloc(1, sizeof *connection);
    if (!connection) return SQLITE_NOMEM;
    connection->db = db;
    connection->shared = lengths;
    connection->orderOnly = orderOnly;
    pthread_mutex_lock(&lengths->lock);
    lengths->references++;
    pthread_mutex_unlock(&lengths->lock);
    return fts5->xCreateFunction(fts5, name, connection, gazette_rank, free_connection);
}

int gz_register_rank(sqlite3 *db, GzDocumentLengths *lengths) {
    fts5_api *fts5 = gz_fts5_api(db);
    if (!fts5) return SQLITE_ERROR;
    int rc = register_function(fts5, db, lengths, "gazette_rank", 0);
    return rc == SQLITE_OK ? register_function(fts5, db, lengths, "gazette_order", 1) : rc;
}
