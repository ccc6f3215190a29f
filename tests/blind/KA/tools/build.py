#!/usr/bin/env python3
"""Build documents + gold.tsv from annotated sources in tools/src/*.src.
Markup: ⟦span‖k=v;k=v⟧  keys: v lo hi u q m sc y src st n  (v/lo/hi are python exprs)
First line '#DEF k=v;...' gives per-document defaults (sc, y, src, u ...)."""
import os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
METRICS = {"", "dsr_investment","dsr_project_countries","dsr_mou_countries","ecommerce_mou_countries",
 "digital_investment_mou_countries","internet_users","internet_penetration","offline_population",
 "cybercrime_cost","data_center_cost","broadband_people_connected","broadband_households_connected",
 "maritime_trade_share","value_chain_improvement"}
QUALS = {"exact","approx","min","max","range"}
PAT = re.compile(r"⟦(.*?)‖(.*?)⟧", re.S)

def parse_kv(s):
    d = {}
    for part in s.split(";"):
        part = part.strip()
        if not part: continue
        k, _, v = part.partition("=")
        d[k.strip()] = v.strip()
    return d

def fmt(x):
    if x == "" or x is None: return ""
    x = eval(x, {}, {})
    if float(x) == int(x) and abs(x) < 1e18: return str(int(x))
    return repr(float(x))

rows = []
for srcf in sorted(glob.glob(os.path.join(HERE, "src", "*.src"))):
    name = os.path.basename(srcf)[:-4] + ".txt"
    raw = open(srcf, encoding="utf-8").read()
    first, _, body = raw.partition("\n")
    assert first.startswith("#DEF"), srcf
    defaults = parse_kv(first[4:])
    out = []; pos = 0; nbytes = 0; docrows = []
    for m in PAT.finditer(body):
        pre = body[pos:m.start()]
        out.append(pre); nbytes += len(pre.encode("utf-8"))
        span = m.group(1)
        kv = dict(defaults); kv.update(parse_kv(m.group(2)))
        start = nbytes; end = start + len(span.encode("utf-8"))
        out.append(span); nbytes = end; pos = m.end()
        r = dict(doc=name, start=start, end=end, span=span,
                 value=fmt(kv.get("v","")), low=fmt(kv.get("lo","")), high=fmt(kv.get("hi","")),
                 unit=kv.get("u",""), qualifier=kv.get("q","exact"), metric=kv.get("m",""),
                 scope=kv.get("sc",""), year=kv.get("y",""), source=kv.get("src",""),
                 status=kv.get("st","core"), note=kv.get("n",""))
        assert r["metric"] in METRICS, (name, span, r["metric"])
        assert r["qualifier"] in QUALS, (name, span)
        assert r["status"] in ("core","opt"), (name, span)
        assert r["value"] != "" and r["unit"], (name, span)
        if r["qualifier"] == "range": assert r["low"] and r["high"], (name, span)
        if r["qualifier"] == "min": assert r["low"], (name, span)
        if r["qualifier"] == "max": assert r["high"], (name, span)
        docrows.append(r)
    out.append(body[pos:])
    text = "".join(out)
    assert "⟦" not in text and "‖" not in text and "⟧" not in text, name
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    rows.extend(docrows)

with open(os.path.join(OUT, "gold.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\t".join(COLS) + "\n")
    for r in rows:
        for c in COLS: assert "\t" not in str(r[c]) and "\n" not in str(r[c]), r
        f.write("\t".join(str(r[c]) for c in COLS) + "\n")
print("rows", len(rows))
