#!/usr/bin/env python3
"""Checks that gazette-train's news templates (Tools/entities/train) name nothing from the news dev set
or the samples: those measure how well the tagger reads news it has never seen."""
import glob, json, re, sys

forms = set()
for gold in ["Tools/entities/gold/dev.jsonl", "Tools/entities/gold/samples.jsonl"]:
    for line in open(gold, encoding="utf-8"):
        if line.strip():
            for entity in json.loads(line)["entities"]:
                forms |= {entity["name"].lower()} | {a.lower() for a in entity.get("aliases", [])}
texts = " ".join(open(p, encoding="utf-8").read() for p in glob.glob("Tools/entities/dev/*.txt"))
leaks = []
for line in open("Tools/entities/train/organizations.txt", encoding="utf-8"):
    if line.startswith("#") or "\t" not in line:
        continue
    name = line.rstrip("\n").split("\t", 1)[1]
    if "{" in name:
        continue
    if name.lower() in forms or re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", texts):
        leaks.append(name)
print("names shared with the dev set or samples:", ", ".join(leaks) if leaks else "none")
sys.exit(1 if leaks else 0)
