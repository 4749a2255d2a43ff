#!/usr/bin/env python3
"""Prints the gold forms of the given training gold file that also occur in a held-out set
(the gold names and article texts of dev, dev2, dev3, dev4, test and the samples).
Only the training forms are printed, never held-out text. Usage:
  python3 Tools/entities/heldout_overlap.py TRAIN_GOLD.jsonl [REPOSITORY=.]"""
import json, os, re, sys, glob

train_gold = sys.argv[1]
repo = sys.argv[2] if len(sys.argv) > 2 else "."
texts = []
for folder in ["dev", "dev2", "dev3", "dev4", "test"]:
    for path in glob.glob(os.path.join(repo, "Tools/entities", folder, "*.txt")):
        texts.append(open(path, encoding="utf-8", errors="replace").read())
for path in glob.glob(os.path.join(repo, "Resources/samples/*")):
    texts.append(open(path, encoding="utf-8", errors="replace").read())
for path in glob.glob(os.path.join(repo, "Tools/entities/gold/*.jsonl")):
    texts.append(open(path, encoding="utf-8", errors="replace").read())
blob = "\n".join(texts)
seen = set()
for line in open(train_gold, encoding="utf-8"):
    if not line.strip():
        continue
    record = json.loads(line)
    for entity in record["entities"]:
        for form in [entity["name"]] + entity.get("aliases", []):
            if form in seen or len(form) < 3:
                continue
            seen.add(form)
            if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", blob):
                print(f'{record["file"]}\t{entity["type"]}\t{form}')
