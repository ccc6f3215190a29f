#!/usr/bin/env python3
"""Build docs + gold from annotated sources in tools/src/*.ann.
Markup: {{span|value|unit|qual|metric|scope|year|source|status|low|high|note}}
Trailing fields may be omitted; status defaults to core.
In source, ¦ separates alternative spellings (written as | in gold)."""
import re, sys, os, glob
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
pat = re.compile(r'\{\{(.*?)\}\}', re.S)
rows = []
for ann in sorted(glob.glob(os.path.join(here, 'src', '*.ann'))):
    name = os.path.basename(ann)[:-4] + '.txt'
    text = open(ann, encoding='utf-8').read()
    out = bytearray(); pos = 0
    for m in pat.finditer(text):
        out += text[pos:m.start()].encode('utf-8')
        f = m.group(1).split('|')
        f += [''] * (12 - len(f))
        span = f[0]
        start = len(out); out += span.encode('utf-8'); end = len(out)
        val, unit, qual, metric, scope, year, source, status, low, high, note = f[1:12]
        status = status or 'core'
        source = source.replace('¦', '|')
        rows.append([name, str(start), str(end), span, val, low, high, unit, qual or 'exact',
                     metric, scope, year, source, status, note])
        pos = m.end()
    out += text[pos:].encode('utf-8')
    assert b'{{' not in out and b'}}' not in out, name
    open(os.path.join(root, name), 'wb').write(bytes(out))
with open(os.path.join(root, 'gold.tsv'), 'w', encoding='utf-8') as g:
    g.write('\t'.join('doc start end span value low high unit qualifier metric scope year source status note'.split()) + '\n')
    for r in rows:
        assert all('\t' not in c and '\n' not in c for c in r), r
        g.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
