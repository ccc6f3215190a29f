#!/usr/bin/env python3
"""Re-open each document in binary, assert data[start:end]==span; list uncovered numerals; counts."""
import csv, os, re, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(OUT, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
bydoc = collections.defaultdict(list)
for r in rows:
    data = open(os.path.join(OUT, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    assert data[s:e] == r["span"].replace("\\n", "\n").encode(), (r["doc"], s, e, r["span"], data[s:e])
    assert r["status"] in ("core", "opt"), r
    assert r["qualifier"] in ("exact","approx","min","max","range"), r
    bydoc[r["doc"]].append((s, e))
for doc in sorted(bydoc):
    data = open(os.path.join(OUT, doc), "rb").read(); txt = data.decode()
    spans = sorted(bydoc[doc])
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], ("overlap", doc, a, b)
    core = sum(1 for r in rows if r["doc"] == doc and r["status"] == "core")
    opt = sum(1 for r in rows if r["doc"] == doc and r["status"] == "opt")
    words = len(txt.split())
    print(f"== {doc}: words={words} core={core} opt={opt}")
    unc = []
    for m in re.finditer(rb"\d[\d,.]*", data):
        if not any(s <= m.start() < e for s, e in spans):
            ctx = data[max(0, m.start()-30):m.end()+20].decode(errors="replace").replace("\n", " ")
            unc.append(f"   {m.group().decode():>12} | {ctx}")
    print("\n".join(unc))
