// Open addressing over FNV-1a hashes; the terms' bytes live in one growing arena.
#include "term_set.h"

#include <sqlite3.h>

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint64_t hash;
    int offset, length;  // offset -1: an empty slot
} Slot;

struct TermSet {
    Slot *slots;
    int capacity, count;  // capacity: a power of two, at least twice count
    char *bytes;
    size_t used, size;
};

static uint64_t fnv1a(const char *bytes, int length) {
    uint64_t hash = 0xcbf29ce484222325u;
    for (int i = 0; i < length; i++) hash = (hash ^ (unsigned char)bytes[i]) * 0x100000001b3u;
    return hash;
}

static Slot *empty_slots(int capacity) {
    Slot *slots = malloc((size_t)capacity * sizeof *slots);
    if (slots) {
        for (int i = 0; i < capacity; i++) slots[i].offset = -1;
    }
    return slots;
}

TermSet *term_set_new(void) {
    TermSet *set = calloc(1, sizeof *set);
    if (!set) return NULL;
    set->capacity = 1024;
    set->slots = empty_slots(set->capacity);
    if (!set->slots) {
        free(set);
        return NULL;
    }
    return set;
}

void term_set_free(TermSet *set) {
    if (!set) return;
    free(set->slots);
    free(set->bytes);
    free(set);
}

/// The slot holding the term, or the empty slot where it belongs.
static Slot *find(const TermSet *set, uint64_t hash, const char *term, int length) {
    int mask = set->capacity - 1;
    for (int i = (int)(hash & (uint64_t)mask);; i = (i + 1) & mask) {
        Slot *slot = &set->slots[i];
        if (slot->offset < 0) return slot;
        if (slot->hash == hash && slot->length == length && memcmp(set->bytes + slot->offset, term, (size_t)length) == 0) {
            return slot;
        }
    }
}

static int grow(TermSet *set) {
    int capacity = set->capacity * 2;
    Slot *slots = empty_slots(capacity);
    if (!slots) return SQLITE_NOMEM;
    for (int i = 0; i < set->capacity; i++) {
        Slot old = set->slots[i];
        if (old.offset < 0) continue;
        int j = (int)(old.hash & (uint64_t)(capacity - 1));
        while (slots[j].offset >= 0) j = (j + 1) & (capacity - 1);
        slots[j] = old;
    }
    free(set->slots);
    set->slots = slots;
    set->capacity = capacity;
    return SQLITE_OK;
}

int term_set_add(TermSet *set, const char *term, int length) {
    uint64_t hash = fnv1a(term, length);
    Slot *slot = find(set, hash, term, length);
    if (slot->offset >= 0) return SQLITE_OK;
    if (set->used + (size_t)length > INT_MAX) return SQLITE_TOOBIG;  // offsets are ints
    if (set->used + (size_t)length > set->size) {
        size_t size = set->size ? set->size * 2 : 65536;
        while (size < set->used + (size_t)length) size *= 2;
        char *bytes = realloc(set->bytes, size);
        if (!bytes) return SQLITE_NOMEM;
        set->bytes = bytes;
        set->size = size;
    }
    memcpy(set->bytes + set->used, term, (size_t)length);
    *slot = (Slot){hash, (int)set->used, length};
    set->used += (size_t)length;
    set->count++;
    return set->count * 2 > set->capacity ? grow(set) : SQLITE_OK;
}

int term_set_each(const TermSet *set, int (*visit)(void *context, const char *term, int length), void *context) {
    for (int i = 0; i < set->capacity; i++) {
        const Slot *slot = &set->slots[i];
        if (slot->offset < 0) continue;
        int stop = visit(context, set->bytes + slot->offset, slot->length);
        if (stop) return stop;
    }
    return 0;
}
