#!/usr/bin/env python3
"""Re-open each document in binary and assert data[start:end] == span for every gold row;
count core/opt per file and words; list numerals no row covers (to read by hand)."""
import csv, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

rows = list(csv.DictReader(open(os.path.join(SET, "gold.tsv"), encoding="utf-8"),
                           delimiter="\t", quoting=csv.QUOTE_NONE))
bad = 0
bydoc = {}
for r in rows:
    data = open(os.path.join(SET, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    if data[s:e] != r["span"].encode("utf-8"):
        bad += 1
        print("MISMATCH", r["doc"], s, e, repr(r["span"]), repr(data[s:e]))
    bydoc.setdefault(r["doc"], []).append(r)
print("offset mismatches:", bad)

for doc in sorted(glob.glob(os.path.join(SET, "[0-9]*_*.txt"))):
    name = os.path.basename(doc)
    data = open(doc, "rb").read()
    text = data.decode("utf-8")
    rs = bydoc.get(name, [])
    core = sum(r["status"] == "core" for r in rs)
    opt = sum(r["status"] == "opt" for r in rs)
    words = len(text.split())
    print(f"\n== {name}: words={words} core={core} opt={opt}")
    covered = [(int(r["start"]), int(r["end"])) for r in rs]
    for m in re.finditer(r"\d[\d,.]*", text):
        bs = len(text[:m.start()].encode("utf-8"))
        be = bs + len(m.group().encode("utf-8"))
        if any(bs < e and be > s for s, e in covered):
            continue
        ctx = text[max(0, m.start() - 30):m.end() + 20].replace("\n", " ")
        print(f"  uncovered {m.group()!r}: ...{ctx}...")
