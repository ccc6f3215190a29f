#!/usr/bin/env python3
"""Independent re-check: reopen each document in binary, assert data[start:end]==span for every gold row,
check 15 columns, status values, no overlapping rows."""
import csv, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.reader(open(os.path.join(ROOT,'gold.tsv'),encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
hdr = rows[0]; assert hdr == 'doc start end span value low high unit qualifier metric scope year source status note'.split()
by = collections.defaultdict(list)
for r in rows[1:]:
    assert len(r) == 15, r
    data = open(os.path.join(ROOT, r[0]), 'rb').read()
    assert data[int(r[1]):int(r[2])].decode('utf-8') == r[3], r
    assert r[13] in ('core','opt') and r[8] in ('exact','approx','min','max','range'), r
    float(r[4]); r[5] and float(r[5]); r[6] and float(r[6])
    by[r[0]].append((int(r[1]), int(r[2])))
for d, sp in by.items():
    sp.sort()
    for a, b in zip(sp, sp[1:]): assert a[1] <= b[0], (d, a, b)
print('OK', len(rows)-1, 'rows')
