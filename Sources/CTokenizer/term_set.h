// A set of byte strings, for the terms the index is given during one import transaction.
#ifndef GAZETTE_TERM_SET_H
#define GAZETTE_TERM_SET_H

typedef struct TermSet TermSet;

TermSet *term_set_new(void);
void term_set_free(TermSet *set);

/// Adds a copy of the term unless the set holds it. Returns an SQLite result code.
int term_set_add(TermSet *set, const char *term, int length);

/// Calls `visit` with each term once, in no particular order, until it returns non-zero;
/// returns that value, or 0.
int term_set_each(const TermSet *set, int (*visit)(void *context, const char *term, int length), void *context);

#endif
