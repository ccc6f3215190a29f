#!/usr/bin/env python3
"""Independent re-check: reopen each doc in binary, assert data[start:end]==span."""
import csv, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = 0
with open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8') as fh:
    r = csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE)
    assert r.fieldnames == 'doc start end span value low high unit qualifier metric scope year source status note'.split()
    for row in r:
        data = open(os.path.join(OUT, row['doc']), 'rb').read()
        assert data[int(row['start']):int(row['end'])].decode('utf-8') == row['span'], row
        n += 1
print('ok', n, 'rows')
