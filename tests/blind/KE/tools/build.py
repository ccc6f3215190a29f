#!/usr/bin/env python3
"""Build KE documents and gold.tsv from marked-up sources in tools/src/.

Markup:
  {{span|v=VALUE|u=UNIT|q=QUAL|m=METRIC|s=SCOPE|y=YEAR|src=SOURCE|st=opt|lo=..|hi=..|n=NOTE}}
  <<set s=china;y=2023;src=A^B>>   running defaults for s / y / src (removed from output)
  '-' as a value means explicitly empty; '^' in src becomes '|'.
  A first line '#wrap N' makes the builder hard-wrap lines longer than N characters
  (PDF-like), never inside a claim span.
Offsets are computed on the final text as UTF-8 bytes.
"""
import re, sys, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
NOBREAK_BEFORE = set("，。、；：）」》”’！？%％)")

def fmt(x):
    if x == "" or x is None:
        return ""
    x = float(x)
    if abs(x - round(x)) < 1e-9 * max(1, abs(x)):
        return str(int(round(x)))
    return ("%.6f" % x).rstrip("0").rstrip(".")

def build(srcpath):
    raw = open(srcpath, encoding="utf-8").read()
    wrap = None
    if raw.startswith("#wrap"):
        first, raw = raw.split("\n", 1)
        wrap = int(first.split()[1])
    name = os.path.basename(srcpath)[:-4] + ".txt"
    defaults = {"s": "", "y": "", "src": ""}
    out = []
    claims = []
    pos = 0
    tok = re.compile(r"\{\{(.*?)\}\}|<<set (.*?)>>\n?", re.S)
    cur = 0  # char length of out so far
    for mt in tok.finditer(raw):
        text = raw[pos:mt.start()]
        out.append(text); cur += len(text)
        pos = mt.end()
        if mt.group(2) is not None:
            for kv in mt.group(2).split(";"):
                k, v = kv.split("=", 1)
                defaults[k.strip()] = v.strip()
            continue
        parts = mt.group(1).split("|")
        span = parts[0]
        f = {"q": "exact", "st": "core", "lo": "", "hi": "", "n": "", "m": "", "u": ""}
        f.update(defaults)
        for p in parts[1:]:
            k, v = p.split("=", 1)
            f[k.strip()] = v.strip()
        for k in list(f):
            if f[k] == "-":
                f[k] = ""
        assert "v" in f, (name, span)
        v = eval(f["v"])
        lo = eval(f["lo"]) if f["lo"] else ""
        hi = eval(f["hi"]) if f["hi"] else ""
        if f["q"] == "min" and lo == "":
            lo = v
        if f["q"] == "max" and hi == "":
            hi = v
        if f["q"] == "range":
            assert lo != "" and hi != "", (name, span)
        claims.append(dict(cs=cur, ce=cur + len(span), span=span, value=fmt(v), low=fmt(lo),
                           high=fmt(hi), unit=f["u"], qualifier=f["q"], metric=f["m"],
                           scope=f["s"], year=f["y"], source=f["src"].replace("^", "|"),
                           status=f["st"], note=f["n"]))
        out.append(span); cur += len(span)
    tail = raw[pos:]
    out.append(tail)
    text = "".join(out)
    if wrap:
        inside = [False] * (len(text) + 1)
        for c in claims:
            for i in range(c["cs"] + 1, c["ce"]):
                inside[i] = True
        new = []
        mapping = []
        col = 0
        # lines holding runs of spaces (tables, running heads) are laid out already
        nowrap = [False] * len(text)
        p0 = 0
        for line in text.split("\n"):
            flag = "  " in line or "\u3000\u3000" in line
            for k in range(p0, p0 + len(line)):
                nowrap[k] = flag
            p0 += len(line) + 1
        for i, ch in enumerate(text):
            if ch == "\n":
                col = 0
            elif col >= wrap and not inside[i] and not nowrap[i] and ch not in NOBREAK_BEFORE:
                new.append("\n"); col = 0
            mapping.append(len(new))
            new.append(ch)
            if ch != "\n":
                col += 1
        mapping.append(len(new))
        for c in claims:
            c["cs"] = mapping[c["cs"]]
            c["ce"] = c["cs"] + len(c["span"])
        text = "".join(new)
    for c in claims:
        assert text[c["cs"]:c["ce"]] == c["span"], c
        c["start"] = len(text[:c["cs"]].encode("utf-8"))
        c["end"] = len(text[:c["ce"]].encode("utf-8"))
        c["doc"] = name
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        fh.write(text)
    return name, text, claims

def main():
    rows = []
    for sp in sorted(glob.glob(os.path.join(HERE, "src", "*.src"))):
        name, text, claims = build(sp)
        rows.extend(claims)
        core = sum(c["status"] == "core" for c in claims)
        opt = len(claims) - core
        nchar = len(re.sub(r"\s", "", text))
        print(f"{name}: chars(non-space)={nchar} core={core} opt={opt}")
    with open(os.path.join(OUT, "gold.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\t".join(COLS) + "\n")
        for c in rows:
            for k in COLS:
                assert "\t" not in str(c[k]) and "\n" not in str(c[k]), c
            fh.write("\t".join(str(c[k]) for k in COLS) + "\n")

if __name__ == "__main__":
    main()
