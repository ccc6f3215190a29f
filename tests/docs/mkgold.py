#!/usr/bin/env python3
"""Turn gold.spec (span text + occurrence) into docs.gold.tsv with byte offsets."""
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
cols = "doc start end span value low high unit qualifier metric scope year source status note".split()
out = ["\t".join(cols)]
for line in open(os.path.join(here, "gold.spec"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    doc, span, occ, value, low, high, unit, qual, status, note = line.split("|")
    data = open(os.path.join(here, doc), "rb").read()
    # "ctx [span] ctx": search the whole text, keep the bracketed part
    span = span.replace("\\n", "\n")
    pre, inner, post = "", span, ""
    if "[" in span and "]" in span:
        pre, rest = span.split("[", 1)
        inner, post = rest.split("]", 1)
    sb = (pre + inner + post).encode("utf-8")
    if "[" not in span:
        pre = ""
    pos = -1
    for _ in range(int(occ) + 1):
        pos = data.find(sb, pos + 1)
        if pos < 0:
            sys.exit(f"{doc}: {span!r} occurrence {occ} not found")
    pos += len(pre.encode("utf-8"))
    span = inner
    out.append("\t".join([doc, str(pos), str(pos + len(inner.encode("utf-8"))), span, value, low, high, unit, qual,
                          "", "", "", "", status, note]))
open(os.path.join(here, "docs.gold.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
