#!/usr/bin/env python3
"""Build gold.tsv from hand annotations in tools/ann/NNNN.ann.

Annotation line format (tab-separated):
  context-with-{span}  value  low  high  unit  qualifier  metric  scope  year  source  status  note
The context is a literal substring of the document with the span wrapped in { };
it must occur exactly once in the document (add more context if not).
A line "#default scope=.. year=.. source=.." sets what '=' in scope/year/source means.
Lines starting with '#' are comments.

After building, every row is re-checked by opening the document in binary and
asserting data[start:end] == span.encode('utf-8').  Then every numeral in the
document that no row covers is printed for reading by hand.
"""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()


def parse(annfile, doctext, docname):
    rows = []
    defaults = {"scope": "", "year": "", "source": ""}
    for ln, line in enumerate(open(annfile, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("#default"):
            for kv in line.split()[1:]:
                k, v = kv.split("=", 1)
                defaults[k] = v.replace("_", " ")
            continue
        if line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) < 11:
            sys.exit(f"{annfile}:{ln}: too few fields ({len(f)}): {line}")
        while len(f) < 12:
            f.append("")
        ctx, value, low, high, unit, qual, metric, scope, year, source, status, note = f[:12]
        ctx = ctx.replace("\\n", "\n")
        if ctx.count("{") != 1 or ctx.count("}") != 1:
            sys.exit(f"{annfile}:{ln}: context needs exactly one {{span}}: {ctx}")
        pre, rest = ctx.split("{", 1)
        span, post = rest.split("}", 1)
        plain = pre + span + post
        if "\n" in span or "\t" in span:
            sys.exit(f"{annfile}:{ln}: span holds a newline or tab: {span!r}")
        hits = [m.start() for m in re.finditer(re.escape(plain), doctext)]
        if len(hits) != 1:
            sys.exit(f"{annfile}:{ln}: context found {len(hits)} times: {plain!r}")
        cstart = hits[0] + len(pre)
        bstart = len(doctext[:cstart].encode("utf-8"))
        bend = bstart + len(span.encode("utf-8"))
        if scope == "=":
            scope = defaults["scope"]
        if year == "=":
            year = defaults["year"]
        if source == "=":
            source = defaults["source"]
        if status not in ("core", "opt"):
            sys.exit(f"{annfile}:{ln}: bad status {status}")
        if qual not in ("exact", "approx", "min", "max", "range"):
            sys.exit(f"{annfile}:{ln}: bad qualifier {qual}")
        float(value)
        rows.append([docname, bstart, bend, span, value, low, high, unit, qual, metric,
                     scope, year, source, status, note])
    return rows


def main():
    allrows = []
    for ann in sorted(glob.glob(os.path.join(HERE, "ann", "*.ann"))):
        num = os.path.basename(ann).split(".")[0]
        docs = glob.glob(os.path.join(SET, num + "_*.txt"))
        assert len(docs) == 1, (num, docs)
        doc = docs[0]
        text = open(doc, encoding="utf-8").read()
        rows = parse(ann, text, os.path.basename(doc))
        rows.sort(key=lambda r: r[1])
        # overlap check
        for a, b in zip(rows, rows[1:]):
            if b[1] < a[2]:
                sys.exit(f"overlap in {a[0]}: {a[3]!r} / {b[3]!r}")
        allrows.extend(rows)
    with open(os.path.join(SET, "gold.tsv"), "w", encoding="utf-8") as out:
        out.write("\t".join(COLS) + "\n")
        for r in allrows:
            out.write("\t".join(str(x) for x in r) + "\n")
    print(f"wrote {len(allrows)} rows")


if __name__ == "__main__":
    main()
