#!/usr/bin/env python3
"""Build gold.tsv for set LE from tools/spec_NNNNN.txt.

Spec syntax (one claim per line):
  context-with-[[span]] || value || unit || qualifier || k=v ; k=v ...
  - context (brackets removed) must occur exactly once in the document; the span is the
    text between [[ ]].
  - value may be '-' for a range: midpoint of low/high.
  - k in low, high, metric, scope, year, source, status, note.
  - qualifier min -> low=value, max -> high=value unless given.
  @set k=v ; k=v   sets defaults (scope, year, source, metric) for following rows
  @doc FILE        document the rows belong to
  # comment
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()

def fmt(x):
    if x in ("", None):
        return ""
    f = float(x)
    if f == int(f) and abs(f) < 1e16:
        return str(int(f))
    return repr(round(f, 6))

def parse_kv(s):
    d = {}
    for part in s.split(" ; "):
        part = part.strip()
        if not part:
            continue
        k, _, v = part.partition("=")
        d[k.strip()] = v.strip()
    return d

rows, errors = [], []
for spec in sorted(glob.glob(os.path.join(HERE, "spec_*.txt"))):
    doc, defaults = None, {}
    for ln, line in enumerate(open(spec, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@doc "):
            doc = line[5:].strip(); defaults = {}
            text = open(os.path.join(SET, doc), encoding="utf-8").read()
            continue
        if line.startswith("@set"):
            defaults = parse_kv(line[4:]); continue
        parts = [p.strip() for p in line.split(" || ")]
        if len(parts) < 4:
            errors.append(f"{spec}:{ln}: bad line"); continue
        ctx, value, unit, qual = parts[:4]
        kv = dict(defaults); kv.update(parse_kv(parts[4]) if len(parts) > 4 else {})
        m = re.search(r"\[\[(.+?)\]\]", ctx)
        if not m:
            errors.append(f"{spec}:{ln}: no span"); continue
        plain = ctx[:m.start()] + m.group(1) + ctx[m.end():]
        n = text.count(plain)
        if n != 1:
            errors.append(f"{spec}:{ln}: context occurs {n} times: {plain}"); continue
        cstart = text.index(plain) + m.start()
        span = m.group(1)
        bstart = len(text[:cstart].encode("utf-8"))
        bend = bstart + len(span.encode("utf-8"))
        low, high = kv.get("low", ""), kv.get("high", "")
        if value == "-":
            value = (float(low) + float(high)) / 2
        if qual == "min" and not low:
            low = value
        if qual == "max" and not high:
            high = value
        if qual == "range" and not (low and high):
            errors.append(f"{spec}:{ln}: range without bounds")
        rows.append(dict(doc=doc, start=bstart, end=bend, span=span, value=fmt(value), low=fmt(low),
                         high=fmt(high), unit=unit, qualifier=qual, metric=kv.get("metric", ""),
                         scope=kv.get("scope", ""), year=kv.get("year", ""), source=kv.get("source", ""),
                         status=kv.get("status", "core"), note=kv.get("note", "")))

rows.sort(key=lambda r: (r["doc"], r["start"]))
for a, b in zip(rows, rows[1:]):
    if a["doc"] == b["doc"] and b["start"] < a["end"]:
        errors.append(f"overlap: {a['doc']} {a['span']} / {b['span']}")
for r in rows:
    if "\t" in r["span"] or "\n" in r["span"]:
        errors.append(f"bad span {r}")
    if r["qualifier"] not in ("exact", "approx", "min", "max", "range"):
        errors.append(f"bad qualifier {r}")
    if r["status"] not in ("core", "opt"):
        errors.append(f"bad status {r}")
if errors:
    print("\n".join(errors)); sys.exit(1)
with open(os.path.join(SET, "gold.tsv"), "w", encoding="utf-8") as f:
    f.write("\t".join(COLS) + "\n")
    for r in rows:
        f.write("\t".join(str(r[c]) for c in COLS) + "\n")
print(f"wrote {len(rows)} rows")
