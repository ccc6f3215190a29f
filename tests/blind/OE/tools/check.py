#!/usr/bin/env python3
"""Check gold.tsv against the stored documents (binary), and list uncovered numerals."""
import csv, os, re, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
METRICS = {"", "dsr_investment", "dsr_project_countries", "dsr_mou_countries", "ecommerce_mou_countries",
           "digital_investment_mou_countries", "internet_users", "internet_penetration", "offline_population",
           "cybercrime_cost", "data_center_cost", "broadband_people_connected", "broadband_households_connected",
           "maritime_trade_share", "value_chain_improvement"}
rows = list(csv.DictReader(open(os.path.join(ROOT, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
assert list(rows[0].keys()) == COLS
bydoc = collections.defaultdict(list)
errors = 0
for r in rows:
    data = open(os.path.join(ROOT, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    if data[s:e].decode("utf-8") != r["span"]:
        print("SPAN MISMATCH", r); errors += 1
    assert r["qualifier"] in {"exact", "approx", "min", "max", "range"}, r
    assert r["status"] in {"core", "opt"}, r
    assert r["metric"] in METRICS, r
    float(r["value"])
    if r["qualifier"] == "range":
        assert r["low"] and r["high"] and float(r["low"]) <= float(r["value"]) <= float(r["high"]), r
    if r["qualifier"] == "min": assert r["low"], r
    if r["qualifier"] == "max": assert r["high"], r
    if r["year"]: assert re.fullmatch(r"\d{4}", r["year"]), r
    assert r["scope"] == r["scope"].lower(), r
    bydoc[r["doc"]].append((s, e, r))
NUM = re.compile(r"[0-9０-９]+(?:[.,，][0-9]+)*|[零〇一二两三四五六七八九十百千万亿半]+")
for doc in sorted(bydoc):
    spans = sorted(bydoc[doc])
    for (s1, e1, r1), (s2, e2, r2) in zip(spans, spans[1:]):
        if s2 < e1:
            print("OVERLAP", r1["span"], r2["span"]); errors += 1
    text = open(os.path.join(ROOT, doc), "rb").read()
    t = text.decode("utf-8")
    han = len(re.findall(r"[\u4e00-\u9fff]", t))
    c = collections.Counter(r["status"] for _, _, r in spans)
    ns = len(re.sub(r"\s", "", t))
    print(f"{doc}: core={c['core']} opt={c['opt']} han={han} chars={len(t)} nonspace={ns}")
    if "-v" in sys.argv:
        # byte offsets for each char
        covered = []
        for m in NUM.finditer(t):
            bs = len(t[:m.start()].encode()); be = len(t[:m.end()].encode())
            if any(s <= bs and be <= e for s, e, _ in spans):
                continue
            ctx = t[max(0, m.start()-8):m.end()+8].replace("\n", "⏎")
            print(f"   uncovered: {m.group()!r:14} … {ctx}")
print("errors:", errors, "rows:", len(rows))
sys.exit(1 if errors else 0)
