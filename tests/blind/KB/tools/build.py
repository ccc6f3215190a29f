#!/usr/bin/env python3
"""Build documents and gold.tsv from annotated sources.
Source markup: {{span§value§unit§qual§metric§scope§year§source§status§low§high§note}}
Trailing fields may be omitted; status defaults to core. '^' in scope/year/source = doc default
from a first line '#META scope=..|year=..|source=..|out=NNNN_name.txt' (fields separated by ' ;; ')."""
import re, sys, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r'\{\{(.*?)\}\}', re.S)
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
rows = []
for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
    text = open(src, encoding='utf-8').read()
    meta_line, body = text.split('\n', 1)
    assert meta_line.startswith('#META ')
    meta = dict(kv.split('=', 1) for kv in meta_line[6:].split(' ;; '))
    out_name = meta['out']
    buf = bytearray(); pos = 0; doc_rows = []
    for m in MARK.finditer(body):
        buf += body[pos:m.start()].encode('utf-8')
        f = m.group(1).split('§')
        f += [''] * (12 - len(f))
        span, value, unit, qual, metric, scope, year, source, status, low, high, note = f
        assert '\n' not in span, span
        for k, v in (('scope', scope), ('year', year), ('source', source)):
            pass
        scope = meta.get('scope', '') if scope == '^' else scope
        year = meta.get('year', '') if year == '^' else year
        source = meta.get('source', '') if source == '^' else source
        status = status or 'core'
        assert status in ('core', 'opt'), (span, status)
        if status == 'opt' and not value:
            doc_rows.append(None)
        assert qual in ('exact', 'approx', 'min', 'max', 'range', '') and (qual or status == 'opt'), (span, qual)
        if qual == 'range': assert low and high, span
        if qual == 'min': assert low, span
        if qual == 'max': assert high, span
        if doc_rows and doc_rows[-1] is None: doc_rows.pop()
        if value: float(value)
        for x in (low, high):
            if x: float(x)
        s = len(buf); buf += span.encode('utf-8'); e = len(buf)
        doc_rows.append([out_name, s, e, span, value, low, high, unit, qual, metric, scope, year, source, status, note])
        pos = m.end()
    buf += body[pos:].encode('utf-8')
    assert '{{' not in buf.decode() and '}}' not in buf.decode() and '§' not in buf.decode(), out_name
    open(os.path.join(OUT, out_name), 'wb').write(bytes(buf))
    rows += doc_rows
with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8') as g:
    g.write('\t'.join(COLS) + '\n')
    for r in rows:
        assert not any('\t' in str(x) for x in r)
        g.write('\t'.join(str(x) for x in r) + '\n')
print('rows', len(rows))
