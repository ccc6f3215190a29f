#!/usr/bin/env python3
"""Re-open each doc in binary, assert data[start:end]==span, count core/opt and chars,
list numerals (Arabic, full-width, Chinese) not covered by any row."""
import csv, glob, os, re, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(OUT, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
cnt = collections.Counter(); cov = collections.defaultdict(list)
for r in rows:
    data = open(os.path.join(OUT, r["doc"]), "rb").read()
    assert data[int(r["start"]):int(r["end"])].decode() == r["span"], r
    assert r["status"] in ("core", "opt")
    cnt[(r["doc"], r["status"])] += 1; cov[r["doc"]].append((int(r["start"]), int(r["end"])))
num = re.compile(r"[0-9０-９][0-9０-９.,，．%]*|[零〇一二两三四五六七八九十百千万亿半]+")
for f in sorted(glob.glob(os.path.join(OUT, "[0-9]*.txt"))):
    d = os.path.basename(f); data = open(f, "rb").read(); text = data.decode()
    han = len(re.findall(r"[\u4e00-\u9fff]", text)); nonsp = len(re.sub(r"\s", "", text))
    print(f"== {d}: core={cnt[(d,'core')]} opt={cnt[(d,'opt')]} han={han} nonspace={nonsp}")
    unc = []
    for m in num.finditer(text):
        b0 = len(text[:m.start()].encode()); b1 = b0 + len(m.group().encode())
        if not any(s < b1 and b0 < e for s, e in cov[d]):
            unc.append(text[max(0, m.start()-6):m.end()+4].replace("\n", "⏎"))
    print("   uncovered:", " ‖ ".join(unc))
