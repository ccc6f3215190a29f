#!/usr/bin/env python3
"""Re-open each document in binary, assert data[start:end]==span for every gold row,
check field sanity, count words/core/opt, and list numerals not covered by any row."""
import csv, os, re, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METRICS = set("dsr_investment dsr_project_countries dsr_mou_countries ecommerce_mou_countries digital_investment_mou_countries internet_users internet_penetration offline_population cybercrime_cost data_center_cost broadband_people_connected broadband_households_connected maritime_trade_share value_chain_improvement".split())
rows = list(csv.DictReader(open(os.path.join(OUT, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
bad = 0
bydoc = collections.defaultdict(list)
for r in rows:
    assert len(r) == 15, r
    data = open(os.path.join(OUT, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    span = r["span"].replace("\\n", "\n").replace("\\t", "\t")
    if data[s:e].decode("utf-8") != span:
        print("MISMATCH", r["doc"], s, e, repr(span), repr(data[s:e])); bad += 1
    if r["metric"] and r["metric"] not in METRICS: print("BAD METRIC", r); bad += 1
    if r["status"] not in ("core", "opt"): print("BAD STATUS", r); bad += 1
    if r["qualifier"] not in ("exact", "approx", "min", "max", "range"): print("BAD QUAL", r); bad += 1
    if not r["value"] or not r["unit"]: print("MISSING value/unit", r); bad += 1
    if r["low"] and r["high"] and not (float(r["low"]) <= float(r["value"]) <= float(r["high"])): print("BOUNDS", r); bad += 1
    bydoc[r["doc"]].append((s, e, r["status"]))
# overlaps
for d, lst in bydoc.items():
    lst.sort()
    for a, b in zip(lst, lst[1:]):
        if b[0] < a[1]: print("OVERLAP", d, a, b); bad += 1
print("offset/field problems:", bad)
for d in sorted(bydoc):
    data = open(os.path.join(OUT, d), "rb").read()
    text = data.decode("utf-8")
    words = len(text.split())
    core = sum(1 for x in bydoc[d] if x[2] == "core"); opt = len(bydoc[d]) - core
    print(f"\n== {d}: words={words} core={core} opt={opt}")
    covered = bytearray(len(data))
    for s, e, _ in bydoc[d]:
        for i in range(s, e): covered[i] = 1
    for m in re.finditer(rb"\d[\d,.]*", data):
        if not any(covered[m.start():m.end()]):
            ls = data.rfind(b"\n", 0, m.start()) + 1
            ctx = data[max(ls, m.start() - 40):m.end() + 25].decode("utf-8", "replace").replace("\n", " ")
            print(f"  uncovered {m.group().decode()!r}: ...{ctx}...")
    for m in re.finditer(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|half|third|quarter|double|doubled|tripled|twice)\b", text, re.I):
        b = len(text[:m.start()].encode("utf-8"))
        if not covered[b]:
            print(f"  uncovered word {m.group()!r}: ...{text[max(0,m.start()-40):m.end()+25]!r}...")
