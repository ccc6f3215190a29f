"""Build gold.tsv from ann_*.py, then re-open each document in binary and check spans."""
import glob, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_lib import resolve, tsv_row, COLS, SET

allrows = []
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "ann_*.py"))):
    mod = importlib.import_module(os.path.basename(f)[:-3])
    rows = resolve(mod.DOC, mod.anns)
    allrows += rows
    core = sum(r["status"] == "core" for r in rows)
    print(f"{mod.DOC}: {core} core, {len(rows)-core} opt")
with open(os.path.join(SET, "gold.tsv"), "w", encoding="utf-8") as fh:
    fh.write("\t".join(COLS) + "\n")
    for r in allrows:
        fh.write(tsv_row(r) + "\n")
# independent re-check from the written file
import csv
n = 0
with open(os.path.join(SET, "gold.tsv"), encoding="utf-8") as fh:
    lines = fh.read().split("\n")
    hdr = lines[0].split("\t"); assert hdr == COLS
    for ln in lines[1:]:
        if not ln: continue
        d = dict(zip(COLS, ln.split("\t")))
        assert len(ln.split("\t")) == len(COLS), ln
        data = open(os.path.join(SET, d["doc"]), "rb").read()
        got = data[int(d["start"]):int(d["end"])].decode("utf-8")
        assert got == d["span"], (d["doc"], d["span"], got)
        assert d["status"] in ("core", "opt")
        n += 1
print("rows checked:", n)
