#!/usr/bin/env python3
"""Build the OD documents and gold.tsv from annotated sources.

Source format (tools/src/NNNN_name.src):
  * A line starting with "%% " sets sticky defaults for the following claims,
    e.g. "%% sc=cambodia;y=2025;src=National Bank of Cambodia|NBC".
    "%% reset" clears all defaults. Directive lines are not written out.
  * A claim is marked in place as
        ⟦span¦value¦unit¦qualifier¦key=value;key=value⟧
    keys: lo, hi (bounds), m (metric), sc (scope), y (year), src (source),
    st (status: core|opt, default core), n (note). An inline key overrides
    the sticky default; "sc=" (empty) clears it for that claim.
    value may be a simple arithmetic expression (1472*1e9) or "mid" (midpoint
    of lo and hi).
The span text is written to the document; byte offsets are computed from the
UTF-8 encoding of everything written before it.

Usage: build.py          build + verify
       build.py -u       also list numerals not covered by any row
"""
import os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOKEN = re.compile(r"⟪([^⟫]*)⟫|⟦([^⟧]*)⟧")
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
SAFE = re.compile(r"^[0-9eE.+\-*/() ]+$")


def num(expr):
    expr = expr.strip()
    if expr == "":
        return ""
    if not SAFE.match(expr):
        raise ValueError("bad number expr %r" % expr)
    v = eval(expr, {"__builtins__": {}})
    return fmt(v)


def fmt(v):
    v = float(v)
    if abs(v - round(v)) < 1e-9 and abs(v) < 1e18:
        return str(int(round(v)))
    s = ("%.10f" % v).rstrip("0").rstrip(".")
    return s


def parse_kv(s):
    d = {}
    if not s.strip():
        return d
    for part in s.split(";"):
        if not part.strip():
            continue
        k, _, v = part.partition("=")
        d[k.strip()] = v.strip()
    return d


def build_one(path):
    name = os.path.basename(path)[:-4] + ".txt"
    defaults = {}
    out = bytearray()
    rows = []
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    # directive lines become inline tokens so that claims may span line breaks
    lines = raw.split("\n")
    buf = []
    for ln in lines:
        if ln.startswith("%% "):
            buf.append("⟪" + ln[3:].strip() + "⟫")
        else:
            buf.append(ln + "\n")
    text = "".join(buf)
    if text.endswith("\n\n"):
        text = text[:-1]
    pos = 0
    for mo in TOKEN.finditer(text):
        out += text[pos:mo.start()].encode("utf-8")
        pos = mo.end()
        if mo.group(1) is not None:
            body = mo.group(1)
            if body == "reset":
                defaults = {}
            else:
                defaults.update(parse_kv(body))
            continue
        fields = mo.group(2).split("¦")
        if len(fields) < 4:
            raise ValueError("%s: short markup %r" % (name, mo.group(0)))
        span, value, unit, qual = fields[:4]
        kv = dict(defaults)
        kv.update(parse_kv(fields[4] if len(fields) > 4 else ""))
        start = len(out)
        out += span.encode("utf-8")
        end = len(out)
        lo = num(kv.get("lo", ""))
        hi = num(kv.get("hi", ""))
        if value.strip() == "mid":
            value = fmt((float(lo) + float(hi)) / 2)
        else:
            value = num(value)
        rows.append({
            "doc": name, "start": str(start), "end": str(end), "span": span,
            "value": value, "low": lo, "high": hi, "unit": unit,
            "qualifier": qual, "metric": kv.get("m", ""),
            "scope": kv.get("sc", ""), "year": kv.get("y", ""),
            "source": kv.get("src", ""), "status": kv.get("st", "core") or "core",
            "note": kv.get("n", ""),
        })
    out += text[pos:].encode("utf-8")
    if "⟦" in out.decode("utf-8") or "⟧" in out.decode("utf-8"):
        raise ValueError(name + ": unbalanced markup")
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write(bytes(out))
    return name, rows


NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            r"eighty|ninety|hundred|thousand|million|billion|trillion|half|third|thirds|quarter|"
            r"quarters|dozen|double|doubled|triple|tripled|quadrupled|twice|fold|single|dozens|"
            r"hundreds|thousands|millions")
NUMRE = re.compile(r"\d[\d,.]*|\b(?:%s)\b" % NUMWORDS, re.I)


def uncovered(name, rows):
    data = open(os.path.join(ROOT, name), "rb").read()
    spans = [(int(r["start"]), int(r["end"])) for r in rows]
    text = data.decode("utf-8")
    res = []
    # map char offsets to byte offsets
    for mo in NUMRE.finditer(text):
        bs = len(text[:mo.start()].encode("utf-8"))
        be = bs + len(mo.group(0).encode("utf-8"))
        if any(s < be and bs < e for s, e in spans):
            continue
        ctx = text[max(0, mo.start() - 30):mo.end() + 30].replace("\n", " ")
        res.append("%s\t%s\t…%s…" % (name, mo.group(0), ctx))
    return res


def main():
    srcs = sorted(glob.glob(os.path.join(HERE, "src", "*.src")))
    allrows = []
    report = []
    for p in srcs:
        name, rows = build_one(p)
        allrows += rows
        # verify
        data = open(os.path.join(ROOT, name), "rb").read()
        for r in rows:
            got = data[int(r["start"]):int(r["end"])].decode("utf-8")
            assert got == r["span"], (name, r["span"], got)
        if "-u" in sys.argv:
            report += uncovered(name, rows)
    with open(os.path.join(ROOT, "gold.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in allrows:
            for c in COLS:
                assert "\t" not in r[c] and "\n" not in r[c], (r, c)
            f.write("\t".join(r[c] for c in COLS) + "\n")
    for name in sorted({r["doc"] for r in allrows}):
        core = sum(1 for r in allrows if r["doc"] == name and r["status"] == "core")
        opt = sum(1 for r in allrows if r["doc"] == name and r["status"] == "opt")
        words = len(open(os.path.join(ROOT, name), encoding="utf-8").read().split())
        print("%s\twords=%d\tcore=%d\topt=%d" % (name, words, core, opt))
    if "-u" in sys.argv:
        with open(os.path.join(HERE, "uncovered_report.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(report) + "\n")
        print("uncovered numerals:", len(report), "-> tools/uncovered_report.txt")


if __name__ == "__main__":
    main()
