"""Helpers to build gold rows from span-in-context annotations.

Each annotation gives a context string that contains the span marked as [[span]].
The context (with the markers removed) must occur exactly once in the document;
byte offsets are computed from that position, then re-checked in binary.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()

def A(ctx, value, unit, qual="exact", metric="", scope="", year="", source="",
      status="core", low="", high="", note=""):
    if qual == "min" and low == "":
        low = value
    if qual == "max" and high == "":
        high = value
    return dict(ctx=ctx, value=value, unit=unit, qualifier=qual, metric=metric,
                scope=scope, year=year, source=source, status=status, low=low,
                high=high, note=note)

def O(ctx, value="", unit="", qual="exact", note="", **kw):
    """optional row"""
    return A(ctx, value, unit, qual=qual, status="opt", note=note, **kw)

def fmt(v):
    if v == "" or v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        s = repr(v)
        return s
    return str(v)

def T(anchor, label, k, value, unit, **kw):
    """table cell: first line after `anchor` that starts with `label`; the k-th
    (0-based) cell, cells being separated by runs of 2+ spaces (label excluded)."""
    a = A(None, value, unit, **kw)
    a["table"] = (anchor, label, k)
    return a

def _table_cell(text, anchor, label, k):
    ai = text.index(anchor)
    pos = ai
    for line in text[ai:].split("\n"):
        if line.startswith(label):
            break
        pos += len(line) + 1
    else:
        raise SystemExit(f"row {label!r} not found after {anchor!r}")
    rest = line[len(label):]
    cells = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", rest)]
    off, cell = cells[k]
    return pos + len(label) + off, cell

def resolve(doc, anns):
    path = os.path.join(SET, doc)
    text = open(path, encoding="utf-8").read()
    raw = open(path, "rb").read()
    rows = []
    for a in anns:
        if a.get("table"):
            si, span = _table_cell(text, *a["table"])
            start = len(text[:si].encode("utf-8"))
            end = start + len(span.encode("utf-8"))
            assert raw[start:end].decode("utf-8") == span
            r = dict(a); r.update(doc=doc, start=start, end=end, span=span)
            r.pop("table"); r.pop("ctx")
            rows.append(r)
            continue
        ctx = a["ctx"]
        m = re.search(r"\[\[(.+?)\]\]", ctx, re.S)
        if not m:
            sys.exit(f"{doc}: no [[span]] in {ctx!r}")
        span = m.group(1)
        plain = ctx.replace("[[", "").replace("]]", "")
        n = text.count(plain)
        if n != 1:
            sys.exit(f"{doc}: context occurs {n} times: {plain!r}")
        ci = text.index(plain)
        si = ci + m.start()  # char index of span start (markers before it: 2 chars)
        # m.start() counts chars in ctx up to '[['; in plain that is the same
        start = len(text[:si].encode("utf-8"))
        end = start + len(span.encode("utf-8"))
        assert raw[start:end].decode("utf-8") == span, (doc, span)
        r = dict(a)
        r.update(doc=doc, start=start, end=end, span=span)
        r.pop("ctx")
        rows.append(r)
    # overlaps check
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for x, y in zip(rows, rows[1:]):
        if y["start"] < x["end"]:
            sys.exit(f"{doc}: overlapping rows {x['span']!r} {y['span']!r}")
    return rows

def tsv_row(r):
    vals = []
    for c in COLS:
        v = r.get(c, "")
        v = fmt(v) if c in ("value", "low", "high") else str(v)
        assert "\t" not in v and "\n" not in v, (c, v)
        vals.append(v)
    return "\t".join(vals)
