#!/usr/bin/env python3
"""Build NNNN_*.txt and gold.tsv from marked-up sources in tools/src/*.src.
Markup: [[span|k=v k=v ...]]  keys: v lo hi u q m s y src st n
Directive lines '@@ k=v ...' set defaults (s, y, src, u, q, m) until the next '@@' line;
'@@' alone resets. Directive lines are removed from output."""
import re, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
pat = re.compile(r"\[\[(.+?)\|(.*?)\]\]")
rows = []
for srcf in sorted(glob.glob(os.path.join(HERE, "src", "*.src"))):
    name = os.path.basename(srcf)[:-4] + ".txt"
    lines = open(srcf, encoding="utf-8").read().split("\n")
    out = bytearray(); defaults = {}
    for ln in lines:
        if ln.startswith("@@"):
            defaults = {}
            for kv in ln[2:].split():
                k, v = kv.split("=", 1); defaults[k] = v if k == "m" else v.replace("_", " ")
            continue
        pos = 0
        for mt in pat.finditer(ln):
            out += ln[pos:mt.start()].encode()
            span = mt.group(1)
            f = dict(defaults)
            for kv in mt.group(2).split():
                k, v = kv.split("=", 1); f[k] = v if k == "m" else v.replace("_", " ")
            start = len(out); out += span.encode(); end = len(out)
            q = f.get("q", "exact")
            lo, hi = f.get("lo", ""), f.get("hi", "")
            v = f.get("v", "")
            if q == "range" and not v:
                v = repr((float(lo) + float(hi)) / 2)
            if q == "min" and not lo: lo = v
            if q == "max" and not hi: hi = v
            def num(x):
                if x == "": return ""
                x = float(x); return ("%.6f" % x).rstrip("0").rstrip(".")
            rows.append(dict(doc=name, start=start, end=end, span=span, value=num(v), low=num(lo),
                 high=num(hi), unit=f.get("u", ""), qualifier=q, metric=f.get("m", ""),
                 scope=f.get("s", ""), year=f.get("y", ""), source=f.get("src", "").replace("_", " "),
                 status=f.get("st", "core"), note=f.get("n", "")))
            pos = mt.end()
        out += ln[pos:].encode() + b"\n"
    if "[[" in out.decode() or "]]" in out.decode():
        sys.exit("unparsed markup in " + name)
    open(os.path.join(OUT, name), "wb").write(bytes(out).rstrip(b"\n") + b"\n")
with open(os.path.join(OUT, "gold.tsv"), "w", encoding="utf-8") as g:
    g.write("\t".join(COLS) + "\n")
    for r in rows:
        g.write("\t".join(str(r[c]) for c in COLS) + "\n")
print(len(rows), "rows")
