#!/usr/bin/env python3
"""Rewrites the README's key table (between the keys markers) from `gazette keys`."""
import pathlib
import subprocess
import sys

binary = sys.argv[1]
readme = pathlib.Path(__file__).resolve().parents[2] / "README.md"
table = subprocess.run([binary, "keys"], check=True, capture_output=True, text=True).stdout
text = readme.read_text()
start, end = "<!-- keys:start -->\n", "<!-- keys:end -->"
head, rest = text.split(start, 1)
_, tail = rest.split(end, 1)
readme.write_text(head + start + table + end + tail)
print(f"updated {readme}")
