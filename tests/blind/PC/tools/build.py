#!/usr/bin/env python3
"""Build documents + gold.tsv from annotated sources in tools/src/*.src.

Markup: {{span|key=val|key=val...}}  keys: v lo hi u q m s y src st n
Header lines '#! key=val ...' set per-document defaults (s, y, src, u).
'#name NNNN_short_name.txt' gives the output file name.
The span text is written to the document; offsets are computed in UTF-8 bytes.
"""
import re, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
PAT = re.compile(r"\{\{(.*?)\}\}", re.S)

def fmt(x):
    if x == "" or x is None: return ""
    f = float(eval(x)) if isinstance(x, str) else float(x)
    if f == int(f) and abs(f) < 1e18: return str(int(f))
    return ("%.10g" % f)

def parse_fields(s):
    d = {}
    for part in s.split("|"):
        if not part.strip(): continue
        k, _, v = part.partition("=")
        d[k.strip()] = v.strip()
    return d

rows = []
for srcf in sorted(glob.glob(os.path.join(HERE, "src", "*.src"))):
    raw = open(srcf, encoding="utf-8").read()
    defaults = {}
    name = None
    body_lines = []
    for line in raw.split("\n"):
        if line.startswith("#!"):
            defaults.update(parse_fields(line[2:]))
            continue
        if line.startswith("#name "):
            name = line[6:].strip(); continue
        body_lines.append(line)
    body = "\n".join(body_lines)
    out = bytearray()
    pos = 0
    for mt in PAT.finditer(body):
        out += body[pos:mt.start()].encode("utf-8")
        inner = mt.group(1)
        span, _, rest = inner.partition("|")
        f = dict(defaults); f.update(parse_fields(rest))
        for k in list(f):
            if f[k] == "-": f[k] = ""
        start = len(out)
        out += span.encode("utf-8")
        end = len(out)
        row = {"doc": name, "start": start, "end": end, "span": span.replace("\n", "\\n").replace("\t", "\\t"),
               "value": fmt(f.get("v", "")), "low": fmt(f.get("lo", "")), "high": fmt(f.get("hi", "")),
               "unit": f.get("u", ""), "qualifier": f.get("q", "exact"), "metric": f.get("m", ""),
               "scope": f.get("s", ""), "year": f.get("y", ""), "source": f.get("src", ""),
               "status": f.get("st", "core"), "note": f.get("n", "")}
        if row["qualifier"] == "range" and (not row["low"] or not row["high"]):
            print("WARN range without bounds", name, span, file=sys.stderr)
        rows.append(row)
        pos = mt.end()
    out += body[pos:].encode("utf-8")
    if "{{" in out.decode("utf-8") or "}}" in out.decode("utf-8"):
        print("WARN leftover braces in", name, file=sys.stderr)
    open(os.path.join(OUT, name), "wb").write(bytes(out))

with open(os.path.join(OUT, "gold.tsv"), "w", encoding="utf-8") as g:
    g.write("\t".join(COLS) + "\n")
    for r in rows:
        g.write("\t".join(str(r[c]) for c in COLS) + "\n")
print("rows", len(rows))
