#!/usr/bin/env python3
"""Format check only: turn gold rows into a claims CSV and score it against gold with score.py."""
import csv, subprocess, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
rows = list(csv.DictReader(open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8'), delimiter='\t'))
tmp = '/tmp/ME_selfclaims.csv'
with open(tmp, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    cols = ['doc','start','end','value','low','high','unit','qualifier','metric','scope','year','source']
    w.writerow(cols)
    for r in rows:
        if r['status'] == 'core':
            w.writerow([r[c] if c != 'source' else r['source'].split('|')[0] for c in cols])
subprocess.run([sys.executable, '/work/shared/eval/score.py', os.path.join(OUT, 'gold.tsv'), tmp])
