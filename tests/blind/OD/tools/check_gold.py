#!/usr/bin/env python3
"""Independent check of gold.tsv against the stored .txt files."""
import csv, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
METRICS = {"", "dsr_investment", "dsr_project_countries", "dsr_mou_countries",
           "ecommerce_mou_countries", "digital_investment_mou_countries", "internet_users",
           "internet_penetration", "offline_population", "cybercrime_cost", "data_center_cost",
           "broadband_people_connected", "broadband_households_connected",
           "maritime_trade_share", "value_chain_improvement"}
QUALS = {"exact", "approx", "min", "max", "range"}
errs = 0
def err(*a):
    global errs; errs += 1; print("ERROR", *a)
lines = open(os.path.join(ROOT, "gold.tsv"), encoding="utf-8").read().split("\n")
assert lines[0].split("\t") == COLS, lines[0]
rows = [l.split("\t") for l in lines[1:] if l]
bydoc = {}
for i, r in enumerate(rows, 2):
    if len(r) != 15:
        err(i, "columns", len(r)); continue
    d = dict(zip(COLS, r))
    data = open(os.path.join(ROOT, d["doc"]), "rb").read()
    s, e = int(d["start"]), int(d["end"])
    if data[s:e].decode("utf-8") != d["span"]:
        err(i, "span mismatch", d["span"], data[s:e])
    if d["qualifier"] not in QUALS: err(i, "qualifier", d["qualifier"])
    if d["status"] not in ("core", "opt"): err(i, "status", d["status"])
    if d["metric"] not in METRICS: err(i, "metric", d["metric"])
    v = float(d["value"])
    lo = float(d["low"]) if d["low"] else None
    hi = float(d["high"]) if d["high"] else None
    q = d["qualifier"]
    if q == "range" and (lo is None or hi is None): err(i, "range bounds")
    if q == "min" and lo is None: err(i, "min bound")
    if q == "max" and hi is None: err(i, "max bound")
    if q in ("exact", "approx") and (lo is not None or hi is not None): err(i, "bounds on exact")
    if lo is not None and v < lo - 1e-9: err(i, "value<low")
    if hi is not None and v > hi + 1e-9: err(i, "value>high")
    if not d["unit"]: err(i, "unit empty")
    if d["year"] and not (d["year"].isdigit() and len(d["year"]) == 4): err(i, "year", d["year"])
    if d["scope"] != d["scope"].lower(): err(i, "scope case")
    bydoc.setdefault(d["doc"], []).append((s, e, i))
for doc, sp in bydoc.items():
    sp.sort()
    for a, b in zip(sp, sp[1:]):
        if b[0] < a[1]: err("overlap", doc, a, b)
    # file must be valid UTF-8
    open(os.path.join(ROOT, doc), encoding="utf-8").read()
print("rows", len(rows), "errors", errs)
sys.exit(1 if errs else 0)
