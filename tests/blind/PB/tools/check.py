#!/usr/bin/env python3
"""Re-open each document in binary, assert data[start:end]==span; count words/claims;
list numerals (digits and number words) not covered by any gold row, for reading by hand."""
import os, re, csv, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8'), delimiter='\t'))
bydoc = collections.defaultdict(list)
for r in rows:
    data = open(os.path.join(OUT, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    assert data[s:e] == r['span'].encode('utf-8'), (r['doc'], r['span'], data[s:e])
    assert r['status'] in ('core', 'opt')
    assert r['qualifier'] in ('exact', 'approx', 'min', 'max', 'range')
    float(r['value'])
    bydoc[r['doc']].append((s, e))
# overlaps
for d, sp in bydoc.items():
    sp.sort()
    for a, b in zip(sp, sp[1:]):
        assert a[1] <= b[0], (d, a, b)
WORDS = r'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|trillion|half|double|doubled|triple|tripled|dozen|quarter|third|twice'
NUM = re.compile(r'\d[\d,.]*|\b(?:' + WORDS + r')\b', re.I)
for d in sorted(bydoc):
    data = open(os.path.join(OUT, d), 'rb').read()
    text = data.decode('utf-8')
    nw = len(text.split())
    st = collections.Counter(r['status'] for r in rows if r['doc'] == d)
    print(f'== {d}: {nw} words, core {st["core"]}, opt {st["opt"]}')
    unc = []
    for m in NUM.finditer(text):
        bs = len(text[:m.start()].encode()); be = bs + len(m.group().encode())
        if not any(s < be and bs < e for s, e in bydoc[d]):
            ctx = text[max(0, m.start()-25):m.end()+25].replace('\n', ' ')
            unc.append(f'   {m.group()!r:>14}  ...{ctx}...')
    print('\n'.join(unc))
print('ALL OK', len(rows), 'rows')
