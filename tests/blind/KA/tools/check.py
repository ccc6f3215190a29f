#!/usr/bin/env python3
"""Re-open each document in binary, assert data[start:end]==span for every gold row,
check no overlaps, print counts/word counts, and list numerals not covered by any row."""
import os, re, csv, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(OUT, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
by = collections.defaultdict(list)
for r in rows: by[r["doc"]].append(r)
ok = True
for doc in sorted(by):
    data = open(os.path.join(OUT, doc), "rb").read()
    rs = sorted(by[doc], key=lambda r: int(r["start"]))
    for r in rs:
        s, e = int(r["start"]), int(r["end"])
        if data[s:e] != r["span"].encode("utf-8"):
            ok = False; print("MISMATCH", doc, s, e, r["span"])
    for a, b in zip(rs, rs[1:]):
        if int(b["start"]) < int(a["end"]): ok = False; print("OVERLAP", doc, a["span"], b["span"])
    text = data.decode("utf-8")
    words = len(text.split())
    core = sum(r["status"] == "core" for r in rs); opt = len(rs) - core
    print(f"== {doc}: words={words} core={core} opt={opt}")
    covered = [(int(r["start"]), int(r["end"])) for r in rs]
    num = re.compile(r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|quarter|third|double|doubled|triple|tripled|dozen)\b", re.I)
    for m in num.finditer(text):
        bs = len(text[:m.start()].encode("utf-8")); be = bs + len(m.group().encode("utf-8"))
        if not any(s < be and bs < e for s, e in covered):
            line = text[max(0, m.start()-35):m.end()+25].replace("\n", " ")
            print(f"   uncovered {m.group()!r:12} …{line}…")
print("ALL OFFSETS OK" if ok else "ERRORS")
