#!/usr/bin/env python3
"""Feed gold.tsv back to score.py as a claims file (all rows) -> expect P=R=1."""
import csv, subprocess, os, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(base, "gold.tsv"), encoding="utf-8", newline=""), delimiter="\t"))
out = "/tmp/oc_selfclaims.csv"
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "start", "end", "text", "value", "low", "high", "unit", "qualifier",
                                      "metric", "scope", "year", "source"])
    w.writeheader()
    for r in rows:
        w.writerow({k: (r["span"] if k == "text" else r[k].split("|")[0] if k == "source" else r[k]) for k in w.fieldnames})
print(subprocess.run([sys.executable, "/work/shared/eval/score.py", os.path.join(base, "gold.tsv"), out],
                     capture_output=True, text=True).stdout)
