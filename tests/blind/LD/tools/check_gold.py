#!/usr/bin/env python3
"""Independent check of gold.tsv: re-open every document in binary and assert
data[start:end] == span; no overlaps; header as in FORMAT.md; numeric fields parse."""
import csv, os, sys
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
rows = list(csv.DictReader(open(os.path.join(SET, "gold.tsv"), encoding="utf-8"), delimiter="\t"))
assert list(rows[0].keys()) == COLS
bad = 0
bydoc = {}
for r in rows:
    data = open(os.path.join(SET, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    if data[s:e] != r["span"].encode("utf-8"):
        bad += 1
        print("MISMATCH", r["doc"], s, e, repr(r["span"]), repr(data[s:e]))
    float(r["value"])
    bydoc.setdefault(r["doc"], []).append((s, e))
for d, iv in bydoc.items():
    iv.sort()
    for a, b in zip(iv, iv[1:]):
        assert a[1] <= b[0], (d, a, b)
print(len(rows), "rows,", bad, "mismatches,", len(bydoc), "docs")
sys.exit(1 if bad else 0)
