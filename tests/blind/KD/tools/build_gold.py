#!/usr/bin/env python3
"""Compute byte offsets for hand annotations and write ../gold.tsv."""
import os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from annotations import ROWS

COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()

def fmt(x):
    if x == '' or x is None: return ''
    if isinstance(x, float) and x.is_integer(): return str(int(x))
    if isinstance(x, float): return repr(round(x, 6))
    return str(x)

out = ['\t'.join(COLS)]
errors = 0
for doc in sorted(ROWS):
    data = open(os.path.join(ROOT, doc), 'rb').read()
    rows = []
    for r in ROWS[doc]:
        ctx = r['ctx']
        m = re.fullmatch(r'(.*?)\[\[(.*?)\]\](.*)', ctx, re.S)
        assert m, ctx
        pre, span, post = (g.encode('utf-8') for g in m.groups())
        full = pre + span + post
        n = data.count(full)
        if n != 1:
            print(f'ERROR {doc}: context found {n} times: {ctx!r}'); errors += 1; continue
        if b'\n' in span or b'\t' in span:
            print(f'ERROR {doc}: span has newline/tab: {ctx!r}'); errors += 1; continue
        i = data.find(full) + len(pre)
        rows.append((i, i + len(span), span.decode('utf-8'), r))
    rows.sort(key=lambda t: t[0])
    for a, b in zip(rows, rows[1:]):
        if b[0] < a[1]:
            print('ERROR overlap', doc, a[2], b[2]); errors += 1
    for s, e, span, r in rows:
        out.append('\t'.join([doc, str(s), str(e), span] + [fmt(r[k]) for k in
            'value low high unit qualifier metric scope year source status note'.split()]))
open(os.path.join(ROOT, 'gold.tsv'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('rows', len(out) - 1, 'errors', errors)
sys.exit(1 if errors else 0)
