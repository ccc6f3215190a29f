#!/usr/bin/env python3
"""Re-open each doc in binary, assert data[start:end]==span, count words/core/opt,
list every numeral not covered by a gold row."""
import csv, os, re, collections
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(root, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
by = collections.defaultdict(list)
for r in rows:
    data = open(os.path.join(root, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    assert data[s:e].decode('utf-8') == r['span'], r
    float(r['value'])
    for k in ('low', 'high'):
        if r[k]: float(r[k])
    assert r['status'] in ('core', 'opt')
    assert r['qualifier'] in ('exact', 'approx', 'min', 'max', 'range')
    by[r['doc']].append((s, e, r['status']))
for doc in sorted(by):
    data = open(os.path.join(root, doc), 'rb').read()
    txt = data.decode('utf-8')
    words = len(txt.split())
    c = sum(1 for x in by[doc] if x[2] == 'core'); o = len(by[doc]) - c
    sp = sorted(by[doc])
    for a, b in zip(sp, sp[1:]):
        assert a[1] <= b[0], ('overlap', doc, a, b)
    print(f'== {doc}: words={words} core={c} opt={o}')
    for m in re.finditer(rb'\d[\d,.]*', data):
        if not any(s <= m.start() < e for s, e, _ in by[doc]):
            ctx = data[max(0, m.start()-25):m.end()+15].decode('utf-8', 'replace').replace('\n', ' ')
            print('   uncovered:', m.group().decode(), '|', ctx)
