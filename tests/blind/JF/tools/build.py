#!/usr/bin/env python3
"""Build JF documents + gold.tsv from marked sources in ../src/*.src.
Marker: {{span|value|unit|qual|metric|scope|year|source|status|low|high}}
Empty field -> document default (first lines '#DEF key=val'); '-' -> explicitly empty.
Defaults: qual=exact, status=core."""
import re, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
rows = []
for src in sorted(glob.glob(os.path.join(ROOT, "src", "*.src"))):
    name = os.path.basename(src)[:-4] + ".txt"
    lines = open(src, encoding="utf-8").read().split("\n")
    defs = {"qual": "exact", "status": "core"}
    body = []
    for ln in lines:
        if ln.startswith("#DEF "):
            k, v = ln[5:].split("=", 1); defs[k.strip()] = v.strip()
        else:
            body.append(ln)
    text = "\n".join(body).strip("\n") + "\n"
    out = bytearray(); pos = 0
    for m in re.finditer(r"\{\{(.*?)\}\}", text, re.S):
        out += text[pos:m.start()].encode("utf-8")
        f = m.group(1).split("|") + [""] * 12
        span, value, unit, qual, metric, scope, year, source, status, low, high = f[:11]
        note = f[11] if len(f) > 11 else ""
        def d(v, k):
            if v == "-": return ""
            return v if v != "" else defs.get(k, "")
        start = len(out); out += span.encode("utf-8"); end = len(out)
        rows.append(dict(doc=name, start=start, end=end, span=span, value=value,
            low=low, high=high, unit=d(unit, "unit"), qualifier=d(qual, "qual"),
            metric=d(metric, "metric"), scope=d(scope, "scope"), year=d(year, "year"),
            source=d(source, "source").replace("¦", "|"), status=d(status, "status"), note=note))
        pos = m.end()
    out += text[pos:].encode("utf-8")
    open(os.path.join(ROOT, name), "wb").write(bytes(out))
with open(os.path.join(ROOT, "gold.tsv"), "w", encoding="utf-8") as g:
    g.write("\t".join(COLS) + "\n")
    for r in rows:
        g.write("\t".join(str(r[c]) for c in COLS) + "\n")
print(len(rows), "rows")
