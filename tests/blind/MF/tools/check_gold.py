#!/usr/bin/env python3
"""Independent check of gold.tsv: re-open each document in binary and assert
data[start:end] == span; print counts; list every numeral not covered by a row."""
import csv, os, re, sys, collections
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(SET, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
bydoc = collections.defaultdict(list)
bad = 0
for r in rows:
    data = open(os.path.join(SET, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    if data[s:e].decode("utf-8") != r["span"]:
        print("MISMATCH", r["doc"], s, e, r["span"], data[s:e]); bad += 1
    bydoc[r["doc"]].append((s, e, r))
print("rows", len(rows), "mismatches", bad)
for doc in sorted(bydoc):
    c = collections.Counter(r["status"] for _, _, r in bydoc[doc])
    print(f"{doc}: core {c['core']} opt {c['opt']}")
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+")
if "-u" in sys.argv:
    for doc in sorted(bydoc):
        data = open(os.path.join(SET, doc), "rb").read()
        text = data.decode("utf-8")
        spans = [(s, e) for s, e, _ in bydoc[doc]]
        print("\n=== uncovered numerals in", doc)
        for m in re.finditer(r"[0-9０-９]+(?:[.,][0-9]+)*", text):
            bs = len(text[:m.start()].encode()); be = bs + len(m.group().encode())
            if not any(s < be and bs < e for s, e in spans):
                ls = text.rfind("\n", 0, m.start()) + 1
                ctx = text[max(ls, m.start() - 12):m.end() + 8].replace("\n", " ")
                print(f"  {m.group():>12}  | {ctx}")
        if "-cn" in sys.argv:
            for m in re.finditer(r"[一二两三四五六七八九十百千万亿半]+", text):
                bs = len(text[:m.start()].encode()); be = bs + len(m.group().encode())
                if not any(s < be and bs < e for s, e in spans):
                    ctx = text[max(0, m.start() - 8):m.end() + 6].replace("\n", " ")
                    print(f"  CN {m.group():>6}  | {ctx}")
