#!/usr/bin/env python3
"""Re-open each document in binary, assert data[start:end]==span; report counts, words,
overlaps, and list every numeral not covered by a gold row (for hand review)."""
import csv, os, re, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
bydoc = collections.defaultdict(list)
for r in rows:
    data = open(os.path.join(OUT, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    assert data[s:e].decode('utf-8') == r['span'], r
    assert r['span'] == r['span'].strip(), r
    bydoc[r['doc']].append((s, e, r))
for doc in sorted(bydoc):
    data = open(os.path.join(OUT, doc), 'rb').read()
    txt = data.decode('utf-8')
    rs = sorted(bydoc[doc], key=lambda x: x[0])
    for a, b in zip(rs, rs[1:]):
        assert a[1] <= b[0], ('overlap', a[2]['span'], b[2]['span'])
    core = sum(1 for x in rs if x[2]['status'] == 'core'); opt = len(rs) - core
    print(f'== {doc}: words={len(txt.split())} core={core} opt={opt}')
    for m in re.finditer(rb'[0-9]+(?:[.,][0-9]+)*', data):
        if not any(s <= m.start() < e for s, e, _ in rs):
            a = max(0, m.start() - 25); b = m.end() + 15
            ctx = data[a:b].decode('utf-8', 'replace').replace('\n', ' ')
            print(f'   uncovered {m.group().decode():>10}  | {ctx}')
print('all offsets verified:', len(rows))
