#!/usr/bin/env python3
"""Anchor for `make bench`: tantivy over the same generated corpus and term queries.

Usage: tantivy_anchor.py CORPUS_DIR WORD... ; prints p50/p99 of one query (top 50) per WORD,
in order (the bench passes the words its own queries drew), or says why it did not run. Tooling only: Gazette never needs Python.
"""
import os
import sys
import tempfile
import time

try:
    import tantivy
except ImportError:
    print("  tantivy anchor: not installed (pip install tantivy)")
    sys.exit(0)

corpus, words = sys.argv[1], sys.argv[2:]
builder = tantivy.SchemaBuilder()
builder.add_text_field("title", stored=True)
builder.add_text_field("body")
schema = builder.build()
index = tantivy.Index(schema, path=tempfile.mkdtemp())
writer = index.writer()
start = time.perf_counter()
count = 0
for root, _, files in os.walk(corpus):
    for name in files:
        if name.startswith("."):
            continue
        with open(os.path.join(root, name), encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        title, _, body = text.partition("\n")
        writer.add_document(tantivy.Document(title=title, body=body))
        count += 1
writer.commit()
index.reload()
indexing = time.perf_counter() - start
searcher = index.searcher()
samples = []
for word in words:
    query = index.parse_query(word, ["title", "body"])
    begin = time.perf_counter()
    searcher.search(query, 50)
    samples.append(time.perf_counter() - begin)
samples.sort()
p50 = samples[len(samples) // 2] * 1000
p99 = samples[min(len(samples) - 1, len(samples) * 99 // 100)] * 1000
print(f"  tantivy anchor (same corpus): indexing {count / indexing:.0f} docs/s without cleaning or tagging; "
      f"one term top 50: p50 {p50:.2f} ms   p99 {p99:.2f} ms")
