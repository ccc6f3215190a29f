#!/usr/bin/env python3
"""Re-open each doc in binary, assert data[start:end]==span; count words/core/opt; list uncovered numerals."""
import csv, os, re, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(ROOT, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
by = collections.defaultdict(list)
for r in rows:
    data = open(os.path.join(ROOT, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    assert data[s:e].decode('utf-8') == r['span'], r
    assert r['status'] in ('core', 'opt') and r['qualifier'] in ('exact','approx','min','max','range'), r
    by[r['doc']].append((s, e, r['status']))
for doc in sorted(by):
    data = open(os.path.join(ROOT, doc), 'rb').read(); txt = data.decode('utf-8')
    iv = sorted(by[doc])
    for a, b in zip(iv, iv[1:]):
        assert a[1] <= b[0], ('overlap', doc, a, b)
    core = sum(1 for x in iv if x[2] == 'core'); opt = len(iv) - core
    print(f'{doc}\twords={len(txt.split())}\tcore={core}\topt={opt}')
    for m in re.finditer(rb'\d[\d,.]*', data):
        g = m.group().rstrip(b'.,')
        if re.fullmatch(rb'(19[5-9]\d|20[0-4]\d)', g) or data[m.end():m.end()+1] == b'G':
            continue
        if not any(s <= m.start() < e for s, e, _ in iv):
            ctx = data[max(0, m.start()-30):m.end()+20].decode('utf-8', 'replace').replace('\n', ' ')
            print('   UNCOVERED', m.group().decode(), '|', ctx)
