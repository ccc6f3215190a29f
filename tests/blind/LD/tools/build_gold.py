#!/usr/bin/env python3
"""Build gold.tsv from tools/ann/*.ann and check every row.

.ann line format (fields separated by ' ; '):
  ctx ; value ; low ; high ; unit ; qualifier ; metric ; scope ; year ; source ; status ; note
ctx is a piece of the document text with the span marked [[like this]]; with the brackets
removed, ctx must occur exactly once in the document. A field '*' takes the document default
given by a line '@default field=value'. Lines starting with '#' are comments.
"""
import csv, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
FIELDS = "value low high unit qualifier metric scope year source status note".split()
METRICS = {"", "dsr_investment", "dsr_project_countries", "dsr_mou_countries",
           "ecommerce_mou_countries", "digital_investment_mou_countries", "internet_users",
           "internet_penetration", "offline_population", "cybercrime_cost", "data_center_cost",
           "broadband_people_connected", "broadband_households_connected",
           "maritime_trade_share", "value_chain_improvement"}


NUM = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?(?:%|x)?")


def table_cell(text, label, k):
    """Return a ctx string marking the k-th number (1-based) after `label` on the unique
    table line whose stripped text starts with label followed by 2+ spaces."""
    hits = [ln for ln in text.split("\n")
            if re.match(re.escape(label) + r"\s{2,}", ln.strip())]
    assert len(hits) == 1, (label, len(hits))
    ln = hits[0]
    pos = ln.index(label) + len(label)
    nums = list(NUM.finditer(ln, pos))
    m = nums[k - 1]
    return ln[:m.start()] + "[[" + m.group(0) + "]]" + ln[m.end():]


def load(annfile):
    doc = os.path.basename(annfile)[:-4]
    docs = glob.glob(os.path.join(SET, doc + "_*.txt"))
    assert len(docs) == 1, (doc, docs)
    docpath = docs[0]
    text = open(docpath, encoding="utf-8").read()
    data = open(docpath, "rb").read()
    defaults = {}
    rows = []
    for ln, line in enumerate(open(annfile, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@default"):
            k, v = line.split(None, 1)[1].split("=", 1)
            defaults[k.strip()] = v.strip()
            continue
        if line.endswith(" ;"):
            line += " "
        parts = [p.strip() for p in line.split(" ; ")]
        if len(parts) < 11:
            sys.exit(f"{annfile}:{ln}: {len(parts)} fields: {line}")
        if len(parts) == 11:
            parts.append("")
        ctx = parts[0].replace("\\n", "\n")
        if ctx.startswith("ROW:"):
            label, k = ctx[4:].rsplit("#", 1)
            ctx = table_cell(text, label, int(k))
        m = re.search(r"\[\[(.+?)\]\]", ctx)
        if not m:
            sys.exit(f"{annfile}:{ln}: no [[span]]")
        span = m.group(1)
        plain = ctx[:m.start()] + span + ctx[m.end():]
        n = text.count(plain)
        if n != 1:
            sys.exit(f"{annfile}:{ln}: context occurs {n} times: {plain!r}")
        cstart = text.index(plain) + m.start()
        start = len(text[:cstart].encode("utf-8"))
        end = start + len(span.encode("utf-8"))
        vals = dict(zip(FIELDS, parts[1:]))
        for k, v in vals.items():
            if v == "*":
                vals[k] = defaults.get(k, "")
        assert vals["status"] in ("core", "opt"), (ln, vals["status"])
        assert vals["metric"] in METRICS, (ln, vals["metric"])
        assert vals["qualifier"] in ("exact", "approx", "min", "max", "range"), (ln, vals["qualifier"])
        float(vals["value"])
        for b in ("low", "high"):
            if vals[b]:
                float(vals[b])
        if vals["qualifier"] == "min":
            assert vals["low"], ln
        if vals["qualifier"] == "max":
            assert vals["high"], ln
        if vals["qualifier"] == "range":
            assert vals["low"] and vals["high"], ln
            assert abs(float(vals["value"]) - (float(vals["low"]) + float(vals["high"])) / 2) < 1e-6 * max(1, abs(float(vals["value"]))), ln
        assert data[start:end] == span.encode("utf-8")
        assert "\t" not in span and "\n" not in span
        rows.append(dict(doc=os.path.basename(docpath), start=start, end=end, span=span, **vals))
    rows.sort(key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        assert a["end"] <= b["start"], ("overlap", a["span"], b["span"])
    return docpath, text, rows


def uncovered(docpath, text, rows):
    data = open(docpath, "rb").read()
    cov = [False] * len(data)
    for r in rows:
        for i in range(r["start"], r["end"]):
            cov[i] = True
    words = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|half|third|quarter|double[ds]?|twice|tripled?|dozens?|fourteen|seventeen)\b"
    out = []
    for m in re.finditer(r"\d[\d,.]*|" + words, text, re.I):
        b = len(text[:m.start()].encode("utf-8"))
        if not cov[b]:
            line = text[:m.start()].count("\n") + 1
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            out.append(f"  L{line}: {m.group(0)!r:14} | {text[ls:le].strip()[:110]}")
    return out


def main():
    allrows = []
    report = []
    for ann in sorted(glob.glob(os.path.join(HERE, "ann", "*.ann"))):
        docpath, text, rows = load(ann)
        allrows += rows
        core = sum(r["status"] == "core" for r in rows)
        opt = len(rows) - core
        report.append(f"{os.path.basename(docpath)}: {core} core, {opt} opt, {len(text.split())} words")
        unc = uncovered(docpath, text, rows)
        with open(os.path.join(HERE, "uncovered_" + os.path.basename(ann)[:-4] + ".txt"), "w") as f:
            f.write("\n".join(unc) + "\n")
    with open(os.path.join(SET, "gold.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLS) + "\n")
        for r in allrows:
            cells = [str(r[c]) for c in COLS]
            for c in cells:
                assert "\t" not in c and "\n" not in c and not c.startswith('"'), c
            f.write("\t".join(cells) + "\n")
    print("\n".join(report))
    print("rows:", len(allrows))


if __name__ == "__main__":
    main()
