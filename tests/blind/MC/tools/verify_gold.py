"""Independent checks on gold.tsv: columns, spans (binary re-read), qualifiers, bounds,
metric ids and their units, overlaps, and per-file core counts."""
import os, sys
from collections import defaultdict, Counter
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
METRIC_UNITS = {
 "dsr_investment": "USD", "dsr_project_countries": "countries", "dsr_mou_countries": "countries",
 "ecommerce_mou_countries": "countries", "digital_investment_mou_countries": "countries",
 "internet_users": "people", "internet_penetration": "%", "offline_population": "people",
 "cybercrime_cost": "USD/year", "data_center_cost": "USD", "broadband_people_connected": "people",
 "broadband_households_connected": "households", "maritime_trade_share": "%",
 "value_chain_improvement": "%"}
lines = open(os.path.join(SET, "gold.tsv"), encoding="utf-8").read().split("\n")
assert lines[0].split("\t") == COLS, lines[0]
assert lines[-1] == ""
per = defaultdict(list); errs = 0
for i, ln in enumerate(lines[1:-1], 2):
    f = ln.split("\t")
    if len(f) != len(COLS):
        print("bad column count line", i); errs += 1; continue
    d = dict(zip(COLS, f))
    data = open(os.path.join(SET, d["doc"]), "rb").read()
    s, e = int(d["start"]), int(d["end"])
    if data[s:e].decode("utf-8") != d["span"]:
        print("span mismatch", i, d["span"]); errs += 1
    v = float(d["value"]) if d["value"] else None
    lo = float(d["low"]) if d["low"] else None
    hi = float(d["high"]) if d["high"] else None
    q = d["qualifier"]
    if q not in ("exact", "approx", "min", "max", "range"):
        print("bad qualifier", i); errs += 1
    if d["status"] == "core":
        if v is None: print("core without value", i); errs += 1
        if q == "min" and lo != v: print("min needs low=value", i, d["span"]); errs += 1
        if q == "max" and hi != v: print("max needs high=value", i, d["span"]); errs += 1
        if q == "range":
            if lo is None or hi is None or abs((lo + hi) / 2 - v) > 1e-6 * max(1, abs(v)) + 0.01:
                print("range bounds/midpoint", i, d["span"]); errs += 1
        if q in ("exact", "approx") and (lo is not None or hi is not None):
            print("bounds on exact/approx", i); errs += 1
    if d["metric"]:
        if d["metric"] not in METRIC_UNITS: print("unknown metric", i, d["metric"]); errs += 1
        elif METRIC_UNITS[d["metric"]] != d["unit"]: print("metric/unit mismatch", i, d["span"], d["unit"]); errs += 1
    if d["year"] and not (d["year"].isdigit() and len(d["year"]) == 4): print("bad year", i); errs += 1
    if d["scope"] != d["scope"].lower(): print("scope not lower case", i); errs += 1
    if d["status"] not in ("core", "opt"): print("bad status", i); errs += 1
    per[d["doc"]].append((s, e, d["status"]))
for doc, rs in per.items():
    rs.sort()
    for a, b in zip(rs, rs[1:]):
        if b[0] < a[1]: print("overlap", doc, a, b); errs += 1
    c = Counter(r[2] for r in rs)
    words = len(open(os.path.join(SET, doc), encoding="utf-8").read().split())
    print(f"{doc}: words={words} core={c['core']} opt={c['opt']}")
print("errors:", errs)
sys.exit(1 if errs else 0)
