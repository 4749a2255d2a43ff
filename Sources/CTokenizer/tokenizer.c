// The "gazette" FTS5 tokenizer: porter stems for whole words, the words as written for prefixes.
#include "CTokenizer.h"

#include "term_set.h"

#include <CRank.h>
#include <sqlite3.h>

#include <stdlib.h>
#include <string.h>

/// What one connection's "gazette" tokenizers share.
typedef struct {
    fts5_api *fts5;
    /// While an import indexes articles, every term they give the index; NULL otherwise.
    TermSet *captured;
} GazetteModule;

typedef struct {
    GazetteModule *module;
    fts5_tokenizer porterModule;
    Fts5Tokenizer *porter;  // porter over the base tokenizer: stems
    fts5_tokenizer baseModule;
    Fts5Tokenizer *base;    // the base tokenizer alone: words as written, folded
} GazetteTokenizer;

/// One token a tokenizer produced; its bytes live in the list's arena.
typedef struct {
    int offset, length, start, end;
} Token;

/// Tokens collected from one pass over a text, so two passes can be walked side by side.
typedef struct {
    Token *tokens;
    int count, capacity;
    char *bytes;
    int used, size;
} TokenList;

static void list_free(TokenList *list) {
    free(list->tokens);
    free(list->bytes);
}

static int collect(void *context, int flags, const char *token, int length, int start, int end) {
    (void)flags;
    TokenList *list = context;
    if (list->count == list->capacity) {
        int capacity = list->capacity ? list->capacity * 2 : 256;
        Token *grown = realloc(list->tokens, (size_t)capacity * sizeof *grown);
        if (!grown) return SQLITE_NOMEM;
        list->tokens = grown;
        list->capacity = capacity;
    }
    if (list->used + length > list->size) {
        int size = list->size ? list->size * 2 : 4096;
        while (size < list->used + length) size *= 2;
        char *grown = realloc(list->bytes, (size_t)size);
        if (!grown) return SQLITE_NOMEM;
        list->bytes = grown;
        list->size = size;
    }
    memcpy(list->bytes + list->used, token, (size_t)length);
    list->tokens[list->count++] = (Token){list->used, length, start, end};
    list->used += length;
    return SQLITE_OK;
}

static int same(const TokenList *a, const Token *x, const TokenList *b, const Token *y) {
    return x->length == y->length && memcmp(a->bytes + x->offset, b->bytes + y->offset, (size_t)x->length) == 0;
}

typedef int (*TokenCallback)(void *, int, const char *, int, int, int);

/// Both passes over one text; porter emits exactly one stem per base token, in order.
static int tokenize_twice(GazetteTokenizer *tokenizer, int flags, const char *text, int length,
                          TokenList *stems, TokenList *words) {
    int rc = tokenizer->porterModule.xTokenize(tokenizer->porter, stems, flags, text, length, collect);
    if (rc == SQLITE_OK) rc = tokenizer->baseModule.xTokenize(tokenizer->base, words, flags, text, length, collect);
    if (rc == SQLITE_OK && stems->count != words->count) rc = SQLITE_ERROR;
    return rc;
}

/// Each stem, then the word as written at the same position when it differs; each noted
/// when the connection is capturing the index's terms.
static int tokenize_document(GazetteTokenizer *tokenizer, void *context, int flags, const char *text, int length,
                             TokenCallback emit) {
    TokenList stems = {0}, words = {0};
    TermSet *captured = tokenizer->module->captured;
    int rc = tokenize_twice(tokenizer, flags, text, length, &stems, &words);
    for (int i = 0; rc == SQLITE_OK && i < stems.count; i++) {
        const Token *stem = &stems.tokens[i], *word = &words.tokens[i];
        const char *stemBytes = stems.bytes + stem->offset, *wordBytes = words.bytes + word->offset;
        rc = emit(context, 0, stemBytes, stem->length, stem->start, stem->end);
        if (rc == SQLITE_OK && captured) rc = term_set_add(captured, stemBytes, stem->length);
        if (rc == SQLITE_OK && !same(&stems, stem, &words, word)) {
            rc = emit(context, FTS5_TOKEN_COLOCATED, wordBytes, word->length, word->start, word->end);
            if (rc == SQLITE_OK && captured) rc = term_set_add(captured, wordBytes, word->length);
        }
    }
    list_free(&stems);
    list_free(&words);
    return rc;
}

/// A prefix query ("troops withdrawa*"): whole words stemmed, the last one, the prefix, as typed.
static int tokenize_prefix(GazetteTokenizer *tokenizer, void *context, int flags, const char *text, int length,
                           TokenCallback emit) {
    TokenList stems = {0}, words = {0};
    int rc = tokenize_twice(tokenizer, flags, text, length, &stems, &words);
    for (int i = 0; rc == SQLITE_OK && i < stems.count; i++) {
        const TokenList *list = i == stems.count - 1 ? &words : &stems;
        const Token *token = &list->tokens[i];
        rc = emit(context, 0, list->bytes + token->offset, token->length, token->start, token->end);
    }
    list_free(&stems);
    list_free(&words);
    return rc;
}

/// A query phrase with words marked GZ_VERBATIM_MARK: those as written, the others stemmed.
static int tokenize_marked_query(GazetteTokenizer *tokenizer, void *context, int flags, const char *text, int length,
                                 TokenCallback emit) {
    TokenList stems = {0}, words = {0};
    int rc = tokenize_twice(tokenizer, flags, text, length, &stems, &words);
    for (int i = 0; rc == SQLITE_OK && i < stems.count; i++) {
        int start = words.tokens[i].start;
        const TokenList *list = start > 0 && text[start - 1] == GZ_VERBATIM_MARK ? &words : &stems;
        const Token *token = &list->tokens[i];
        rc = emit(context, 0, list->bytes + token->offset, token->length, token->start, token->end);
    }
    list_free(&stems);
    list_free(&words);
    return rc;
}

static int gazette_tokenize(Fts5Tokenizer *instance, void *context, int flags, const char *text, int length,
                            TokenCallback emit) {
    GazetteTokenizer *tokenizer = (GazetteTokenizer *)instance;
    if (flags & FTS5_TOKENIZE_DOCUMENT) return tokenize_document(tokenizer, context, flags, text, length, emit);
    if (flags & FTS5_TOKENIZE_PREFIX) return tokenize_prefix(tokenizer, context, flags, text, length, emit);
    if ((flags & FTS5_TOKENIZE_QUERY) && memchr(text, GZ_VERBATIM_MARK, (size_t)length)) {
        return tokenize_marked_query(tokenizer, context, flags, text, length, emit);
    }
    // Whole-word queries, and snippets and highlights (positions only): stems, as porter gives them.
    return tokenizer->porterModule.xTokenize(tokenizer->porter, context, flags, text, length, emit);
}

static void gazette_delete(Fts5Tokenizer *instance) {
    GazetteTokenizer *tokenizer = (GazetteTokenizer *)instance;
    if (!tokenizer) return;
    if (tokenizer->porter) tokenizer->porterModule.xDelete(tokenizer->porter);
    if (tokenizer->base) tokenizer->baseModule.xDelete(tokenizer->base);
    sqlite3_free(tokenizer);
}

/// `arguments`: the base tokenizer's name, then its arguments; "unicode61" when none.
static int gazette_create(void *context, const char **arguments, int count, Fts5Tokenizer **out) {
    GazetteModule *module = context;
    fts5_api *fts5 = module->fts5;
    static const char *fallback[] = {"unicode61"};
    if (count == 0) {
        arguments = fallback;
        count = 1;
    }
    GazetteTokenizer *tokenizer = sqlite3_malloc(sizeof *tokenizer);
    if (!tokenizer) return SQLITE_NOMEM;
    memset(tokenizer, 0, sizeof *tokenizer);
    tokenizer->module = module;
    void *porterContext = NULL, *baseContext = NULL;
    int rc = fts5->xFindTokenizer(fts5, "porter", &porterContext, &tokenizer->porterModule);
    if (rc == SQLITE_OK) rc = tokenizer->porterModule.xCreate(porterContext, arguments, count, &tokenizer->porter);
    if (rc == SQLITE_OK) rc = fts5->xFindTokenizer(fts5, arguments[0], &baseContext, &tokenizer->baseModule);
    if (rc == SQLITE_OK) rc = tokenizer->baseModule.xCreate(baseContext, arguments + 1, count - 1, &tokenizer->base);
    if (rc != SQLITE_OK) {
        gazette_delete((Fts5Tokenizer *)tokenizer);
        tokenizer = NULL;
    }
    *out = (Fts5Tokenizer *)tokenizer;
    return rc;
}

static void module_destroy(void *context) {
    GazetteModule *module = context;
    term_set_free(module->captured);
    sqlite3_free(module);
}

int gz_register_tokenizer(sqlite3 *db) {
    fts5_api *fts5 = gz_fts5_api(db);
    if (!fts5) return SQLITE_ERROR;
    GazetteModule *module = sqlite3_malloc(sizeof *module);
    if (!module) return SQLITE_NOMEM;
    *module = (GazetteModule){fts5, NULL};
    fts5_tokenizer methods = {gazette_create, gazette_delete, gazette_tokenize};
    int rc = fts5->xCreateTokenizer(fts5, "gazette", module, &methods, module_destroy);
    if (rc != SQLITE_OK) sqlite3_free(module);
    return rc;
}

/// The module registered on `db` (FTS5 hands back the context it was registered with).
static GazetteModule *registered_module(sqlite3 *db, fts5_tokenizer *methods) {
    fts5_api *fts5 = gz_fts5_api(db);
    void *context = NULL;
    fts5_tokenizer found;
    if (!fts5 || fts5->xFindTokenizer(fts5, "gazette", &context, methods ? methods : &found) != SQLITE_OK) return NULL;
    return context;
}

int gz_capture_terms(sqlite3 *db) {
    GazetteModule *module = registered_module(db, NULL);
    if (!module) return SQLITE_ERROR;
    if (!module->captured) module->captured = term_set_new();
    return module->captured ? SQLITE_OK : SQLITE_NOMEM;
}

static int insert_term(void *context, const char *term, int length) {
    sqlite3_stmt *insert = context;
    sqlite3_bind_text(insert, 1, term, length, SQLITE_TRANSIENT);
    int rc = sqlite3_step(insert);
    sqlite3_reset(insert);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int gz_store_captured_terms(sqlite3 *db, sqlite3_stmt *insert) {
    GazetteModule *module = registered_module(db, NULL);
    if (!module) return SQLITE_ERROR;
    TermSet *captured = module->captured;
    module->captured = NULL;
    int rc = captured && insert ? term_set_each(captured, insert_term, insert) : SQLITE_OK;
    term_set_free(captured);
    return rc;
}

static int keep_last(void *context, int flags, const char *token, int length, int start, int end) {
    (void)flags, (void)start, (void)end;
    TokenList *last = context;
    last->count = 0;
    last->used = 0;
    return collect(last, 0, token, length, start, end);
}

int gz_prefix_term(sqlite3 *db, const char *arguments, const char *text, int length, char *out, int capacity, int *start) {
    fts5_tokenizer methods;
    GazetteModule *module = registered_module(db, &methods);
    if (!module) return -1;
    // The table's arguments, split at spaces: "unicode61 remove_diacritics 2".
    char copy[256];
    const char *argv[8];
    int argc = 0;
    if (strlen(arguments) >= sizeof copy) return -1;
    strcpy(copy, arguments);
    char *rest = NULL;
    for (char *word = strtok_r(copy, " ", &rest); word && argc < 8; word = strtok_r(NULL, " ", &rest)) argv[argc++] = word;
    Fts5Tokenizer *instance = NULL;
    if (methods.xCreate(module, argv, argc, &instance) != SQLITE_OK) return -1;
    TokenList last = {0};
    int rc = methods.xTokenize(instance, &last, FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, text, length, keep_last);
    methods.xDelete(instance);
    int result = -1;
    if (rc == SQLITE_OK && last.count == 1 && last.tokens[0].length <= capacity) {
        memcpy(out, last.bytes, (size_t)last.tokens[0].length);
        result = last.tokens[0].length;
        *start = last.tokens[0].start;
    }
    list_free(&last);
    return result;
}
