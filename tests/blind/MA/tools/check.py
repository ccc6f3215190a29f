#!/usr/bin/env python3
"""Independent check of gold.tsv against the stored documents.
1. every row: data[start:end] (bytes) == span, columns well-formed, values numeric;
2. list every numeral (digits and number words) that no gold row overlaps, with context,
   for reading by hand (dates, ordinals, identifiers, page furniture are expected here);
3. word counts and core/opt counts per document."""
import csv, os, re, sys
from collections import Counter
from decimal import Decimal

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
METRICS = {"", "dsr_investment", "dsr_project_countries", "dsr_mou_countries", "ecommerce_mou_countries",
           "digital_investment_mou_countries", "internet_users", "internet_penetration", "offline_population",
           "cybercrime_cost", "data_center_cost", "broadband_people_connected",
           "broadband_households_connected", "maritime_trade_share", "value_chain_improvement"}
WORDS = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
         r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
         r"hundred|thousand|million|billion|trillion|half|quarter|third|thirds|fifths?|dozen|double|doubled|"
         r"triple|tripled|twice|threefold|fourfold|none")
NUM = re.compile(r"\d[\d,.]*\d|\d|\b(?:%s)\b" % WORDS, re.I)

with open(os.path.join(D, "gold.tsv"), encoding="utf-8", newline="") as f:
    lines = f.read().split("\n")
assert lines[0] == "\t".join(COLS), "header"
rows = [dict(zip(COLS, l.split("\t"))) for l in lines[1:] if l]
for l in lines[1:]:
    if l:
        assert len(l.split("\t")) == len(COLS), l
bad = 0
docs = sorted({r["doc"] for r in rows})
cover = {d: [] for d in docs}
for r in rows:
    data = open(os.path.join(D, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    if data[s:e] != r["span"].encode("utf-8"):
        print("MISMATCH", r["doc"], s, e, repr(r["span"]), repr(data[s:e])); bad += 1
    for k in ("value", "low", "high"):
        if r[k]:
            Decimal(r[k])
    assert r["qualifier"] in ("exact", "approx", "min", "max", "range"), r
    assert r["status"] in ("core", "opt"), r
    assert r["metric"] in METRICS, r["metric"]
    assert not r["year"] or re.fullmatch(r"\d{4}", r["year"]), r
    if r["status"] == "core":
        assert r["value"] and r["unit"], r
    if r["qualifier"] == "range" and r["status"] == "core":
        assert Decimal(r["low"]) <= Decimal(r["value"]) <= Decimal(r["high"]), r
    cover[r["doc"]].append((s, e))
print("rows", len(rows), "span mismatches", bad)
for d in docs:
    data = open(os.path.join(D, d), "rb").read()
    text = data.decode("utf-8")
    c = Counter(r["status"] for r in rows if r["doc"] == d)
    print(f"\n== {d}: words={len(text.split())} core={c['core']} opt={c['opt']}")
    if "-q" in sys.argv:
        continue
    for m in NUM.finditer(text):
        bs = len(text[:m.start()].encode("utf-8")); be = bs + len(m.group().encode("utf-8"))
        if any(bs < e and s < be for s, e in cover[d]):
            continue
        if re.search(r"\[\d\d:\d\d:\d\d\]", text[max(0, m.start() - 7):m.end() + 7]) and m.group().isdigit() and len(m.group()) == 2:
            continue  # transcript timestamps [hh:mm:ss], skipped from the listing
        ctx = text[max(0, m.start() - 35):m.end() + 25].replace("\n", " ")
        print(f"  uncovered {m.group()!r:14} …{ctx}…")
sys.exit(1 if bad else 0)
