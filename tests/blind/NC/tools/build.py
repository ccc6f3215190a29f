#!/usr/bin/env python3
"""Build clean documents + gold.tsv from annotated sources in tools/src/*.src.
Markup: {{span|value|unit|qual|k=v;k=v}}  keys: lo hi m s y src st n
Default lines: '@@ k=v; k=v' (removed from output) set defaults for later claims.
'^' in src becomes '|' (alternative spellings).  First line of .src = output file name."""
import re, sys, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
rows = []
pat = re.compile(r"\{\{(.*?)\}\}", re.S)
def fmt(v):
    if v == "": return ""
    x = float(eval(v))
    if x == int(x) and abs(x) < 1e18: return str(int(x))
    return repr(round(x, 10))
for srcf in sorted(glob.glob(os.path.join(HERE, "src", "*.src"))):
    lines = open(srcf, encoding="utf-8").read().split("\n")
    name = lines[0].strip(); body = lines[1:]
    defaults = dict(lo="", hi="", m="", s="", y="", src="", st="core", n="")
    out = bytearray()
    text = "\n".join(body)
    tok = re.compile(r"(?m)^@@([^\n]*)\n|\{\{(.*?)\}\}", re.S)
    pos = 0
    for mt in tok.finditer(text):
        out += text[pos:mt.start()].encode()
        pos = mt.end()
        if mt.group(1) is not None and mt.group(0).startswith("@@"):
            for kv in mt.group(1).split(";"):
                if kv.strip():
                    k, v = kv.split("=", 1); defaults[k.strip()] = v.strip()
            continue
        parts = mt.group(2).split("|")
        span, val, unit, qual = parts[:4]
        opts = dict(defaults); opts["lo"] = ""; opts["hi"] = ""; opts["n"] = ""
        if len(parts) > 4:
            for kv in parts[4].split(";"):
                if kv.strip():
                    k, v = kv.split("=", 1); opts[k.strip()] = v.strip()
        st = len(out); out += span.encode(); en = len(out)
        rows.append([name, st, en, span.replace("\n", "\\n"), fmt(val), fmt(opts["lo"]), fmt(opts["hi"]), unit, qual,
                     opts["m"], opts["s"], opts["y"], opts["src"].replace("^", "|"), opts["st"], opts["n"]])
    out += text[pos:].encode()
    if "{{" in out.decode() or "}}" in out.decode(): sys.exit("unclosed markup in " + name)
    open(os.path.join(OUT, name), "wb").write(bytes(out).rstrip(b"\n") + b"\n")
with open(os.path.join(OUT, "gold.tsv"), "w", encoding="utf-8") as f:
    f.write("\t".join(COLS) + "\n")
    for r in rows:
        f.write("\t".join(str(c) for c in r) + "\n")
print(len(rows), "rows")
