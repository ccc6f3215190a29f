#!/usr/bin/env python3
"""Re-open each file in binary, assert data[start:end]==span, count core/opt, chars,
and list numerals not covered by any gold row (to read by hand)."""
import csv, os, re, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(ROOT, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
by = collections.defaultdict(list)
for r in rows:
    data = open(os.path.join(ROOT, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    assert data[s:e].decode("utf-8") == r["span"], r
    assert r["status"] in ("core", "opt"), r
    assert r["qualifier"] in ("exact", "approx", "min", "max", "range"), r
    float(r["value"]); assert re.fullmatch(r"(\d{4})?", r["year"]), r
    by[r["doc"]].append(r)
for doc, rs in sorted(by.items()):
    data = open(os.path.join(ROOT, doc), "rb").read(); txt = data.decode("utf-8")
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    core = sum(r["status"] == "core" for r in rs); opt = len(rs) - core
    print(f"== {doc}: han={han} core={core} opt={opt}")
    cov = [(int(r["start"]), int(r["end"])) for r in rs]
    for m in re.finditer(r"[0-9０-９][0-9.,，%]*|[一二三四五六七八九十百千万亿两半]+", txt):
        bs = len(txt[:m.start()].encode()); be = bs + len(m.group().encode())
        if not any(a < be and bs < b for a, b in cov):
            ctx = txt[max(0, m.start()-8):m.end()+8].replace("\n", " ")
            print(f"   uncovered: {m.group()!r}  …{ctx}…")
print("all spans OK")
