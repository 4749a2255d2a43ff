// The "gazette" FTS5 tokenizer: porter stems for whole words, the words as written for prefixes.
#include "CTokenizer.h"

#include <CRank.h>
#include <sqlite3.h>

#include <stdlib.h>
#include <string.h>

typedef struct {
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

/// Each stem, then the word as written at the same position when it differs.
static int tokenize_document(GazetteTokenizer *tokenizer, void *context, int flags, const char *text, int length,
                             TokenCallback emit) {
    TokenList stems = {0}, words = {0};
    int rc = tokenize_twice(tokenizer, flags, text, length, &stems, &words);
    for (int i = 0; rc == SQLITE_OK && i < stems.count; i++) {
        const Token *stem = &stems.tokens[i], *word = &words.tokens[i];
        rc = emit(context, 0, stems.bytes + stem->offset, stem->length, stem->start, stem->end);
        if (rc == SQLITE_OK && !same(&stems, stem, &words, word)) {
            rc = emit(context, FTS5_TOKEN_COLOCATED, words.bytes + word->offset, word->length, word->start, word->end);
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

static int gazette_tokenize(Fts5Tokenizer *instance, void *context, int flags, const char *text, int length,
                            TokenCallback emit) {
    GazetteTokenizer *tokenizer = (GazetteTokenizer *)instance;
    if (flags & FTS5_TOKENIZE_DOCUMENT) return tokenize_document(tokenizer, context, flags, text, length, emit);
    if (flags & FTS5_TOKENIZE_PREFIX) return tokenize_prefix(tokenizer, context, flags, text, length, emit);
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
    fts5_api *fts5 = context;
    static const char *fallback[] = {"unicode61"};
    if (count == 0) {
        arguments = fallback;
        count = 1;
    }
    GazetteTokenizer *tokenizer = sqlite3_malloc(sizeof *tokenizer);
    if (!tokenizer) return SQLITE_NOMEM;
    memset(tokenizer, 0, sizeof *tokenizer);
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

int gz_register_tokenizer(sqlite3 *db) {
    fts5_api *fts5 = gz_fts5_api(db);
    if (!fts5) return SQLITE_ERROR;
    fts5_tokenizer module = {gazette_create, gazette_delete, gazette_tokenize};
    return fts5->xCreateTokenizer(fts5, "gazette", fts5, &module, NULL);
}
