#!/usr/bin/env python3
"""Re-open each document in binary, assert data[start:end]==span; sanity checks; list uncovered numerals; counts."""
import csv, os, re, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
bydoc = collections.defaultdict(list)
units_ok = {'USD','USD/year','%','pp','x','MYR','CNY','EUR','TWD','MYR/year','CNY/year','EUR/year','TWD/year'}
for r in rows:
    data = open(os.path.join(OUT, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    assert data[s:e].decode('utf-8') == r['span'], (r['doc'], s, e, r['span'])
    assert r['status'] in ('core', 'opt'), r
    assert r['qualifier'] in ('exact','approx','min','max','range'), r
    if r['status'] == 'core': assert r['value'] != '', r
    if r['qualifier'] == 'range': assert r['low'] and r['high'], r
    if r['qualifier'] == 'min' and r['status']=='core': assert r['low'], r
    if r['qualifier'] == 'max' and r['status']=='core': assert r['high'], r
    bydoc[r['doc']].append(r)
# overlaps
for d, rs in bydoc.items():
    rs2 = sorted(rs, key=lambda r: int(r['start']))
    for a, b in zip(rs2, rs2[1:]):
        assert int(a['end']) <= int(b['start']), ('overlap', d, a['span'], b['span'])
NUM = re.compile(r'[0-9０-９]+(?:[.,][0-9]+)*|[〇零一二三四五六七八九十百千万亿两半]+')
for d in sorted(bydoc):
    data = open(os.path.join(OUT, d), 'rb').read()
    text = data.decode('utf-8')
    cov = [(int(r['start']), int(r['end'])) for r in bydoc[d]]
    core = sum(r['status']=='core' for r in bydoc[d]); opt = len(bydoc[d]) - core
    han = len(re.findall(r'[\u4e00-\u9fff]', text)); nonsp = len(re.sub(r'\s', '', text))
    print(f'== {d}: core={core} opt={opt} han={han} nonspace={nonsp}')
    print('   units:', dict(collections.Counter(r['unit'] for r in bydoc[d])))
    unc = []
    for m in NUM.finditer(text):
        b0 = len(text[:m.start()].encode('utf-8')); b1 = b0 + len(m.group().encode('utf-8'))
        if any(s < b1 and b0 < e for s, e in cov): continue
        ctx = text[max(0, m.start()-8):m.end()+6].replace('\n', '⏎')
        unc.append(f'{m.group()}  «{ctx}»')
    print('   uncovered:', len(unc))
    for u in unc: print('     ', u)
print('ALL OFFSETS OK,', len(rows), 'rows')
