#!/usr/bin/env python3
"""Independent check of gold.tsv: re-open every document in binary, assert
data[start:end] == span, check columns, then list numerals no row covers."""
import csv, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
METRICS = {"", "dsr_investment", "dsr_project_countries", "dsr_mou_countries", "ecommerce_mou_countries",
           "digital_investment_mou_countries", "internet_users", "internet_penetration", "offline_population",
           "cybercrime_cost", "data_center_cost", "broadband_people_connected", "broadband_households_connected",
           "maritime_trade_share", "value_chain_improvement"}
rows = list(csv.DictReader(open(os.path.join(D, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
assert list(rows[0].keys()) == COLS
cover = {}
for r in rows:
    data = open(os.path.join(D, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    assert data[s:e].decode("utf-8") == r["span"], r
    assert r["qualifier"] in {"exact", "approx", "min", "max", "range"}, r
    assert r["status"] in {"core", "opt"}, r
    assert r["metric"] in METRICS, r
    float(r["value"])
    if r["qualifier"] == "range": assert r["low"] and r["high"], r
    if r["low"] and r["high"]: assert float(r["low"]) <= float(r["value"]) <= float(r["high"]), r
    cover.setdefault(r["doc"], []).append((s, e))
for doc in sorted(cover):
    text = open(os.path.join(D, doc), "rb").read()
    spans = sorted(cover[doc])
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc, a, b)
    print("==", doc)
    t = text.decode("utf-8")
    for m in re.finditer(r"[0-9][0-9,.]*|[一二三四五六七八九十两百千万亿半]+", t):
        bs = len(t[:m.start()].encode("utf-8"))
        if not any(s <= bs < e for s, e in spans):
            ctx = t[max(0, m.start()-12):m.end()+8].replace("\n", "⏎")
            print(f"  {bs:6d} {m.group():8s} …{ctx}…")
print("OK", len(rows), "rows")
