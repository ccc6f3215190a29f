#!/usr/bin/env python3
"""Build gold.tsv for set MF from hand annotations in tools/ann/*.ann.

Each non-comment line of an .ann file:
  context-with-[[span]] ¦ value ¦ low ¦ high ¦ unit ¦ qualifier ¦ metric ¦ scope ¦ year ¦ source ¦ status ¦ note
The context (markers removed) must occur exactly once in the document; the
span's UTF-8 byte offsets are computed from it.  value/low/high may be python
arithmetic (e.g. 1.32e12, (180e8+370e8)/2).  First line '@doc FILE' names the doc.
"""
import sys, re, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
QUALS = {"exact", "approx", "min", "max", "range"}
METRICS = {"dsr_investment", "dsr_project_countries", "dsr_mou_countries", "ecommerce_mou_countries",
           "digital_investment_mou_countries", "internet_users", "internet_penetration",
           "offline_population", "cybercrime_cost", "data_center_cost", "broadband_people_connected",
           "broadband_households_connected", "maritime_trade_share", "value_chain_improvement", ""}

def num(expr):
    expr = expr.strip()
    if expr == "":
        return ""
    v = eval(expr, {"__builtins__": {}})
    v = round(float(v), 6)
    if v == int(v):
        return str(int(v))
    return repr(v)

def parse(path):
    rows = []
    doc = None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@doc "):
            doc = line[5:].strip()
            text = open(os.path.join(SET, doc), encoding="utf-8").read()
            continue
        f = [x.strip() for x in line.split("¦")]
        if len(f) != 12:
            sys.exit(f"{path}:{ln}: {len(f)} fields")
        ctx, value, low, high, unit, qual, metric, scope, year, source, status, note = f
        m = re.search(r"\[\[(.+?)\]\]", ctx)
        if not m:
            sys.exit(f"{path}:{ln}: no [[span]]")
        # '⋯' in a context stands for a run of whitespace (tables with U+3000 padding)
        pre, span, post = ctx[:m.start()], m.group(1), ctx[m.end():]
        esc = lambda t: re.escape(t).replace(re.escape("⋯"), r"\s+")
        rx = re.compile(esc(pre) + "(" + re.escape(span) + ")" + esc(post))
        hits = list(rx.finditer(text))
        if len(hits) != 1:
            sys.exit(f"{path}:{ln}: context occurs {len(hits)} times: {ctx}")
        spos = hits[0].start(1)  # char offset of span in text
        assert text[spos:spos + len(span)] == span
        start = len(text[:spos].encode("utf-8"))
        end = start + len(span.encode("utf-8"))
        assert qual in QUALS, (path, ln, qual)
        assert metric in METRICS, (path, ln, metric)
        assert status in ("core", "opt"), (path, ln, status)
        v, lo, hi = num(value), num(low), num(high)
        if qual == "min":
            assert lo != "" and hi == "", (path, ln)
        if qual == "max":
            assert hi != "" and lo == "", (path, ln)
        if qual == "range":
            assert lo != "" and hi != "" and abs(float(v) - (float(lo) + float(hi)) / 2) < 1e-6 * max(1, abs(float(v))), (path, ln)
        if qual in ("exact", "approx"):
            assert lo == "" and hi == "", (path, ln)
        rows.append(dict(doc=doc, start=start, end=end, span=span, value=v, low=lo, high=hi, unit=unit,
                         qualifier=qual, metric=metric, scope=scope, year=year, source=source,
                         status=status, note=note))
    return rows

def main():
    allrows = []
    for p in sorted(glob.glob(os.path.join(HERE, "ann", "*.ann"))):
        rows = parse(p)
        rows.sort(key=lambda r: r["start"])
        # no overlapping spans within a doc
        for a, b in zip(rows, rows[1:]):
            assert a["end"] <= b["start"], ("overlap", a["span"], b["span"], a["start"], b["start"])
        allrows += rows
    with open(os.path.join(SET, "gold.tsv"), "w", encoding="utf-8") as out:
        out.write("\t".join(COLS) + "\n")
        for r in allrows:
            for c in COLS:
                assert "\t" not in str(r[c]) and "\n" not in str(r[c])
            out.write("\t".join(str(r[c]) for c in COLS) + "\n")
    print("wrote", len(allrows), "rows")

if __name__ == "__main__":
    main()
