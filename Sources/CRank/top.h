// gazette_top: the best rows of a one-phrase query in one pass (see top.c).
#ifndef GAZETTE_TOP_H
#define GAZETTE_TOP_H

#include <sqlite3.h>

void gz_top(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv);

#endif
