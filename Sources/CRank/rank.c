// gazette_rank: FTS5's bm25() with document lengths held in memory.
#include "document_lengths.h"
#include "top.h"

#include <math.h>
#include <stdlib.h>

#define MAX_PHRASES 64

typedef struct {
    Snapshot *snapshot;
    int phraseCount;
    double idf[MAX_PHRASES];
    double averageLength;
} QueryState;

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
    gz_release_snapshot(data->connection, data->state.snapshot);
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
    state->snapshot = gz_current_snapshot(data->connection);
    *rc = api->xSetAuxdata(fts, data, free_query);
    return *rc == SQLITE_OK ? state : NULL;
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
    if (rc == SQLITE_OK && !(state->snapshot && gz_snapshot_length(state->snapshot, api->xRowid(fts), &length))) {
        rc = api->xColumnSize(fts, -1, &length);  // written after the lengths were loaded
    }
    if (rc != SQLITE_OK) { sqlite3_result_error_code(context, rc); return; }
    double score = 0.0;
    for (int phrase = 0; phrase < state->phraseCount; phrase++) {
        score += gz_bm25(state->idf[phrase], frequency[phrase], length, state->averageLength);
    }
    sqlite3_result_double(context, -1.0 * score);
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

static int register_function(fts5_api *fts5, sqlite3 *db, GzDocumentLengths *lengths, const char *name,
                             fts5_extension_function function, int orderOnly) {
    Connection *connection = gz_connection_new(db, lengths, orderOnly);
    if (!connection) return SQLITE_NOMEM;
    return fts5->xCreateFunction(fts5, name, connection, function, gz_connection_free);
}

int gz_register_rank(sqlite3 *db, GzDocumentLengths *lengths) {
    fts5_api *fts5 = gz_fts5_api(db);
    if (!fts5) return SQLITE_ERROR;
    int rc = register_function(fts5, db, lengths, "gazette_rank", gazette_rank, 0);
    if (rc == SQLITE_OK) rc = register_function(fts5, db, lengths, "gazette_order", gazette_rank, 1);
    return rc == SQLITE_OK ? register_function(fts5, db, lengths, "gazette_top", gz_top, 0) : rc;
}
