#!/usr/bin/env python3
"""Build documents + gold.tsv from annotated sources in src/.
Markup: «span¦value¦unit¦qual¦metric¦scope¦year¦source¦extra»
extra: semicolon list of low=..;high=..;opt;note=...
"""
import re, sys, glob, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pat = re.compile(r'«([^«»]*)»')
rows = []
for src in sorted(glob.glob(os.path.join(base, 'src', '*.src'))):
    name = os.path.basename(src)[:-4] + '.txt'
    raw = open(src, encoding='utf-8').read()
    out = []; pos = 0; blen = 0; anns = []
    for m in pat.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre); blen += len(pre.encode('utf-8'))
        f = m.group(1).split('¦')
        assert len(f) == 9, (name, f)
        span, value, unit, qual, metric, scope, year, source, extra = f
        start = blen; out.append(span); blen += len(span.encode('utf-8'))
        ex = {}
        for kv in [x for x in extra.split(';') if x]:
            k, _, v = kv.partition('=')
            ex[k.strip()] = v.strip()
        anns.append(dict(doc=name, start=start, end=blen, span=span, value=value,
            low=ex.get('low', ''), high=ex.get('high', ''), unit=unit, qualifier=qual,
            metric=metric, scope=scope, year=year, source=source,
            status='opt' if 'opt' in ex else 'core', note=ex.get('note', '')))
        pos = m.end()
    out.append(raw[pos:])
    text = ''.join(out)
    assert '«' not in text and '»' not in text and '¦' not in text, name
    with open(os.path.join(base, name), 'w', encoding='utf-8') as fh:
        fh.write(text)
    rows += anns
cols = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
with open(os.path.join(base, 'gold.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('\t'.join(cols) + '\n')
    for r in rows:
        for c in cols:
            assert '\t' not in str(r[c]) and '\n' not in str(r[c]), r
        fh.write('\t'.join(str(r[c]) for c in cols) + '\n')
print(len(rows), 'rows')
