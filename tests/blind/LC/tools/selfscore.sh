#!/bin/sh
# Feed the gold's own core+opt rows back to the scorer as a claims file (sanity check
# that gold.tsv parses and every field is self-consistent). Uses only the shared scorer.
cd "$(dirname "$0")/.." || exit 1
python3 - <<'PY'
import csv
rows=list(csv.DictReader(open('gold.tsv',encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))
with open('/tmp/lc_selfclaims.csv','w',newline='',encoding='utf-8') as f:
    w=csv.writer(f); cols=['doc','start','end','value','low','high','unit','qualifier','metric','scope','year','source']
    w.writerow(cols)
    for r in rows:
        if r['status']=='core':
            w.writerow([r[c].split('|')[0] if c=='source' else r[c] for c in cols])
PY
python3 /work/shared/eval/score.py gold.tsv /tmp/lc_selfclaims.csv
