#!/usr/bin/env python3
"""Independent check: re-read gold.tsv, open each doc in binary, assert spans; list uncovered numerals.
Usage: check_gold.py [-u]"""
import sys, os, re, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(OUT, "gold.tsv"), encoding="utf-8")]
hdr, rows = rows[0], rows[1:]
assert hdr == "doc start end span value low high unit qualifier metric scope year source status note".split()
bad = 0; cover = collections.defaultdict(list); stats = collections.Counter()
for r in rows:
    assert len(r) == 15, r
    d = dict(zip(hdr, r))
    data = open(os.path.join(OUT, d["doc"]), "rb").read()
    s, e = int(d["start"]), int(d["end"])
    if data[s:e].decode("utf-8") != d["span"]:
        bad += 1; print("MISMATCH", d["doc"], s, e, repr(d["span"]), repr(data[s:e]))
    for (s2, e2) in cover[d["doc"]]:
        if s < e2 and s2 < e: print("OVERLAP", d["doc"], d["span"])
    cover[d["doc"]].append((s, e)); stats[(d["doc"], d["status"])] += 1
    float(d["value"])
print(f"{len(rows)} rows, {bad} mismatches")
docs = sorted({r[0] for r in rows})
for doc in docs:
    data = open(os.path.join(OUT, doc), "rb").read()
    words = len(data.decode("utf-8").split())
    print(f"{doc}\twords={words}\tcore={stats[(doc,'core')]}\topt={stats[(doc,'opt')]}")
if "-u" in sys.argv:
    NUMW = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|billion|trillion|half|third|thirds|quarter|dozen|double|doubled|twice|triple|tripled|fold|percent|lakh|crore)\b"
    pat = re.compile(r"\d[\d,.]*|" + NUMW, re.I)
    for doc in docs:
        data = open(os.path.join(OUT, doc), "rb").read(); txt = data.decode("utf-8")
        print("==", doc)
        for m in pat.finditer(txt):
            s = len(txt[:m.start()].encode()); e = s + len(m.group().encode())
            if any(s < e2 and s2 < e for s2, e2 in cover[doc]): continue
            ctx = txt[max(0, m.start()-35):m.end()+25].replace("\n", " ").replace("\t", " ")
            print(f"  {m.group()!r:14} | {ctx}")
