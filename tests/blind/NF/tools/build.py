#!/usr/bin/env python3
"""Build NF documents and gold.tsv from marked sources.
Markup: ⟦span|value;unit;key=val;...⟧  keys: q (a|min|max|r|exact), m metric, s scope, y year,
src source, st status (core/opt), lo, hi, n note.  Lines '@@ key=val;...' set defaults
(y, s, src) for following claims and are removed from the output."""
import re, sys, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
QMAP = {'a': 'approx', 'min': 'min', 'max': 'max', 'r': 'range', 'exact': 'exact', '': 'exact'}
rows = []
def fmt(x):
    if x is None or x == '': return ''
    x = float(x)
    if abs(x - round(x)) < 1e-9: return str(int(round(x)))
    return ('%.6f' % x).rstrip('0').rstrip('.')
for srcf in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
    name = os.path.basename(srcf)[:-4] + '.txt'
    raw = open(srcf, encoding='utf-8').read()
    defaults = {'y': '', 's': '', 'src': ''}
    out = bytearray(); claims = []
    pos = 0
    tok = re.compile(r'^@@[^\n]*\n|⟦([^|⟧]*)\|([^⟧]*)⟧', re.M)
    for m in tok.finditer(raw):
        out += raw[pos:m.start()].encode('utf-8'); pos = m.end()
        if m.group(0).startswith('@@'):
            for kv in m.group(0)[2:].strip().split(';'):
                if not kv.strip(): continue
                k, v = kv.split('=', 1); defaults[k.strip()] = v.strip()
            continue
        span, attrs = m.group(1), m.group(2)
        parts = attrs.split(';')
        d = dict(defaults); d.update({'q': '', 'm': '', 'st': 'core', 'lo': '', 'hi': '', 'n': ''})
        val = parts[0].strip(); unit = parts[1].strip()
        for kv in parts[2:]:
            if not kv.strip(): continue
            k, v = kv.split('=', 1); d[k.strip()] = v.strip()
        q = QMAP[d['q']]
        lo = eval(d['lo']) if d['lo'] else None; hi = eval(d['hi']) if d['hi'] else None
        if val == 'mid': v = (lo + hi) / 2
        else: v = eval(val) if val else None
        if q == 'min' and lo is None: lo = v
        if q == 'max' and hi is None: hi = v
        start = len(out); out += span.encode('utf-8'); end = len(out)
        rows.append([name, str(start), str(end), span, fmt(v), fmt(lo), fmt(hi), unit, q, d['m'], d['s'], d['y'], d['src'], d['st'], d['n']])
    out += raw[pos:].encode('utf-8')
    open(os.path.join(OUT, name), 'wb').write(bytes(out))
with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8') as f:
    f.write('\t'.join('doc start end span value low high unit qualifier metric scope year source status note'.split()) + '\n')
    for r in rows:
        assert all('\t' not in c and '\n' not in c for c in r), r
        f.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
