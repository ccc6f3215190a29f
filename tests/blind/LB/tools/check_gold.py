#!/usr/bin/env python3
"""Re-open gold.tsv and every document in binary; assert data[start:end] == span.
Then list every numeral / number word in each document that no gold row covers."""
import csv, os, re, sys, collections
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(SET, "gold.tsv"), encoding="utf-8", newline=""), delimiter="\t"))
bad = 0
cov = collections.defaultdict(list)
stats = collections.defaultdict(lambda: [0, 0])
for r in rows:
    data = open(os.path.join(SET, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    if data[s:e] != r["span"].encode("utf-8"):
        print("MISMATCH", r["doc"], s, e, repr(r["span"]), data[s:e]); bad += 1
    cov[r["doc"]].append((s, e))
    stats[r["doc"]][0 if r["status"] == "core" else 1] += 1
print(f"{len(rows)} rows, {bad} mismatches")
WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|quarter|third|thirds|dozen|double|doubled|twice|triple|tripled|fold"
pat = re.compile(r"\d[\d,.]*|\b(?:%s)\b" % WORDS, re.I)
if "--uncovered" in sys.argv:
    for doc in sorted(os.listdir(SET)):
        if not doc.endswith(".txt"): continue
        data = open(os.path.join(SET, doc), "rb").read()
        text = data.decode("utf-8")
        print(f"== {doc}: core {stats[doc][0]} opt {stats[doc][1]}, words {len(text.split())}")
        for m in pat.finditer(text):
            bs = len(text[:m.start()].encode()); be = bs + len(m.group().encode())
            if any(s < be and bs < e for s, e in cov[doc]): continue
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            ctx = text[max(ls, m.start()-40):min(le if le >= 0 else len(text), m.end()+30)]
            print(f"  {m.group()!r:14} | {ctx}")
sys.exit(1 if bad else 0)
