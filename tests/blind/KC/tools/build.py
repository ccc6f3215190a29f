#!/usr/bin/env python3
"""Build KC documents + gold.tsv from marked-up sources.

Source syntax (tools/src/NNNNN_name.src):
  [[span||k=v;k=v;...]]  a claim; keys: v lo hi u q m s y src st n
  lines starting with '@def ' set defaults for later claims (k=v;...), removed from output
  lines starting with '@meta ' hold one sources.csv field each (key=value), removed.
Qualifier default exact; min -> lo=v, max -> hi=v, range -> v=(lo+hi)/2 when missing.
"""
import re, sys, os, glob, csv
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
METRICS = {"dsr_investment","dsr_project_countries","dsr_mou_countries","ecommerce_mou_countries",
 "digital_investment_mou_countries","internet_users","internet_penetration","offline_population",
 "cybercrime_cost","data_center_cost","broadband_people_connected","broadband_households_connected",
 "maritime_trade_share","value_chain_improvement"}
CLAIM = re.compile(r"\[\[(.+?)\|\|(.*?)\]\]", re.S)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()

def parse_kv(s):
    d = {}
    for part in s.split(";"):
        if not part.strip(): continue
        k, _, v = part.partition("=")
        d[k.strip()] = v.strip()
    return d

def fmt(x):
    if x is None or x == "": return ""
    f = float(x)
    if f == int(f) and abs(f) < 1e18: return str(int(f))
    return repr(round(f, 6))

def build(src):
    name = os.path.basename(src)[:-4] + ".txt"
    lines = open(src, encoding="utf-8").read().split("\n")
    defaults, meta, body = {}, {}, []
    # directives are processed in order: keep them as markers in the text
    text = ""
    for ln in lines:
        if ln.startswith("@def "):
            text += "\x00DEF" + ln[5:] + "\x00"
        elif ln.startswith("@meta "):
            k, _, v = ln[6:].partition("=")   # one key per @meta line
            meta[k.strip()] = v.strip()
        else:
            text += ln + "\n"
    text = text.rstrip("\n") + "\n"
    out = bytearray(); rows = []
    pos = 0
    tok = re.compile(r"\x00DEF(.*?)\x00|\[\[(.+?)\|\|(.*?)\]\]", re.S)
    for m in tok.finditer(text):
        out += text[pos:m.start()].encode("utf-8"); pos = m.end()
        if m.group(1) is not None:
            defaults.update(parse_kv(m.group(1))); continue
        span, kv = m.group(2), parse_kv(m.group(3))
        d = dict(defaults); d.update(kv)
        start = len(out); out += span.encode("utf-8"); end = len(out)
        q = d.get("q", "exact")
        v, lo, hi = d.get("v", ""), d.get("lo", ""), d.get("hi", "")
        if q == "min" and not lo: lo = v
        if q == "max" and not hi: hi = v
        if q == "range":
            assert lo and hi, (name, span)
            if not v: v = (float(lo) + float(hi)) / 2
        assert v != "", (name, span, "no value")
        assert q in ("exact","approx","min","max","range"), (name, span, q)
        mt = d.get("m", "")
        assert mt == "" or mt in METRICS, (name, span, mt)
        assert d.get("u"), (name, span, "no unit")
        st = d.get("st", "core"); assert st in ("core", "opt")
        rows.append(dict(doc=name, start=start, end=end, span=span, value=fmt(v), low=fmt(lo), high=fmt(hi),
            unit=d["u"], qualifier=q, metric=mt, scope=d.get("s",""), year=d.get("y",""),
            source=d.get("src",""), status=st, note=d.get("n","")))
    out += text[pos:].encode("utf-8")
    assert b"[[" not in out and b"||" not in out and b"\x00" not in out, name
    open(os.path.join(OUT, name), "wb").write(bytes(out))
    meta["file"] = name
    return name, rows, meta

def main():
    allrows, metas = [], []
    for src in sorted(glob.glob(os.path.join(HERE, "src", "*.src"))):
        name, rows, meta = build(src); allrows += rows; metas.append(meta)
    with open(os.path.join(OUT, "gold.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in allrows:
            for c in COLS: assert "\t" not in str(r[c]) and "\n" not in str(r[c]), (r, c)
            f.write("\t".join(str(r[c]) for c in COLS) + "\n")
    with open(os.path.join(OUT, "sources.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["file","title","authors","publisher","date","url"])
        for m in metas: w.writerow([m.get(k, "") for k in ["file","title","authors","publisher","date","url"]])
    print("built", len(allrows), "rows")

if __name__ == "__main__":
    main()
