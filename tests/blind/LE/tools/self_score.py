#!/usr/bin/env python3
"""Write the core gold rows as a claims CSV and score gold against itself (sanity check)."""
import csv, os, subprocess, sys
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(SET, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
out = "/tmp/le_self_claims.csv"
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    cols = "doc start end value low high unit qualifier metric scope year source".split()
    w.writerow(cols)
    for r in rows:
        if r["status"] == "core":
            w.writerow([r[c].split("|")[0] if c == "source" else r[c] for c in cols])
print(subprocess.run([sys.executable, "/work/shared/eval/score.py", os.path.join(SET, "gold.tsv"), out],
                     capture_output=True, text=True).stdout)
