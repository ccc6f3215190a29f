#!/bin/sh
# Feed the gold back to the scorer as a claims file (sanity check: expect P=R=1 and all fields 1.0).
cd "$(dirname "$0")/.."
python3 - <<'PY'
import csv
rows = list(csv.DictReader(open('gold.tsv', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
with open('/tmp/la_selfclaims.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    cols = ['doc', 'start', 'end', 'value', 'low', 'high', 'unit', 'qualifier', 'metric', 'scope', 'year', 'source', 'text']
    w.writerow(cols)
    for r in rows:
        if r['status'] == 'core':
            w.writerow([r['doc'], r['start'], r['end'], r['value'], r['low'], r['high'], r['unit'], r['qualifier'],
                        r['metric'], r['scope'], r['year'], r['source'].split('|')[0], r['span']])
PY
python3 /work/shared/eval/score.py gold.tsv /tmp/la_selfclaims.csv
