#!/usr/bin/env python3
"""Build /work/blind/OC/gold.tsv from tools/spec_*.py and check every row.

- each context (markers removed) must occur exactly once in its document;
- byte offsets are computed from the UTF-8 encoding of the text before the span;
- after writing, gold.tsv is re-read with csv and data[start:end] == span is asserted
  on the file re-opened in binary;
- no two rows of a document may overlap; spans may not contain TAB or newline;
- qualifier/bounds consistency is checked;
- numerals (digit runs and number words) not covered by any row are listed in
  tools/uncovered.txt for reading by hand.
"""
import csv, glob, importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common

for p in sorted(glob.glob(os.path.join(HERE, "spec_*.py"))):
    importlib.import_module(os.path.basename(p)[:-3])

COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
out, errors = [], []
for r in common.ROWS:
    text = open(os.path.join(BASE, r["doc"]), encoding="utf-8").read()
    ctx = r["ctx"]
    m = re.search(r"\[\[(.*?)\]\]", ctx, re.S)
    if not m:
        errors.append(f"no marker: {ctx!r}"); continue
    span = m.group(1)
    plain = ctx[:m.start()] + span + ctx[m.end():]
    n = text.count(plain)
    if n != 1:
        errors.append(f"{r['doc']}: context found {n} times: {plain!r}"); continue
    cstart = text.index(plain) + m.start()
    bstart = len(text[:cstart].encode("utf-8"))
    bend = bstart + len(span.encode("utf-8"))
    if "\t" in span or "\n" in span:
        errors.append(f"span has tab/newline: {span!r}")
    q, lo, hi = r["qualifier"], r["low"], r["high"]
    if q == "min" and (lo == "" or hi != ""): errors.append(f"min bounds: {span}")
    if q == "max" and (hi == "" or lo != ""): errors.append(f"max bounds: {span}")
    if q == "range":
        if lo == "" or hi == "" or abs((float(lo) + float(hi)) / 2 - float(r["value"])) > 1e-6 * abs(float(r["value"])):
            errors.append(f"range bounds/midpoint: {span}")
    if q in ("exact", "approx") and (lo != "" or hi != ""): errors.append(f"bounds on {q}: {span}")
    if q not in ("exact", "approx", "min", "max", "range"): errors.append(f"bad qualifier {q}")
    if r["status"] not in ("core", "opt"): errors.append("bad status")

    def fmt(v):
        if v == "" or v is None: return ""
        v = float(v)
        return str(int(v)) if v == int(v) and abs(v) < 1e18 else repr(round(v, 6))
    out.append(dict(doc=r["doc"], start=bstart, end=bend, span=span, value=fmt(r["value"]),
                    low=fmt(lo), high=fmt(hi), unit=r["unit"], qualifier=q, metric=r["metric"],
                    scope=r["scope"], year=r["year"], source=r["source"], status=r["status"],
                    note=r["note"]))

# overlaps
out.sort(key=lambda x: (x["doc"], x["start"]))
for a, b in zip(out, out[1:]):
    if a["doc"] == b["doc"] and b["start"] < a["end"]:
        errors.append(f"overlap {a['doc']}: {a['span']!r} / {b['span']!r}")
if errors:
    print("\n".join(errors)); sys.exit(1)

gpath = os.path.join(BASE, "gold.tsv")
with open(gpath, "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=COLS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for r in out:
        w.writerow(r)

# re-read and verify against bytes
bad = 0
with open(gpath, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f, delimiter="\t"))
for r in rows:
    data = open(os.path.join(BASE, r["doc"]), "rb").read()
    if data[int(r["start"]):int(r["end"])] != r["span"].encode("utf-8"):
        bad += 1; print("MISMATCH", r["doc"], r["start"], r["span"])
print(f"{len(rows)} rows, {bad} mismatches")

# per-doc counts
from collections import Counter
c = Counter((r["doc"], r["status"]) for r in rows)
for d in sorted({r["doc"] for r in rows}):
    print(f"{d}: core {c[(d, 'core')]}, opt {c[(d, 'opt')]}")

# uncovered numerals
WORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|trillion|half|third|thirds|quarter|tenth|double|doubled|twice|triple|tripled|fold|sixfold|dozen|decade|dozens|hundreds|thousands|millions|billions)\b"
with open(os.path.join(HERE, "uncovered.txt"), "w", encoding="utf-8") as f:
    for d in sorted({r["doc"] for r in rows}):
        text = open(os.path.join(BASE, d), encoding="utf-8").read()
        data = text.encode("utf-8")
        spans = [(int(r["start"]), int(r["end"])) for r in rows if r["doc"] == d]
        f.write(f"== {d}\n")
        for m in list(re.finditer(r"\d[\d,.]*", text)) + list(re.finditer(WORDS, text, re.I)):
            bs = len(text[:m.start()].encode("utf-8")); be = bs + len(m.group(0).encode("utf-8"))
            if any(s < be and bs < e for s, e in spans):
                continue
            line = text.count("\n", 0, m.start()) + 1
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            snippet = text[max(ls, m.start() - 40):min(le if le >= 0 else len(text), m.end() + 40)]
            f.write(f"{line:4d} {m.group(0)!r:14s} | {snippet}\n")
print("uncovered list: tools/uncovered.txt")
