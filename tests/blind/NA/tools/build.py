#!/usr/bin/env python3
"""Build NNNN_*.txt and gold.tsv from tools/src/*.src.
Markers: ⟦span^value^unit^qual^k=v;k=v⟧  (qual default exact; keys: lo, hi, m, s, y, src, st, n)
Header lines '#D k=v;k=v' set per-doc defaults for s, y, src, m (use '-' to blank)."""
import re, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
MK = re.compile(r'⟦(.*?)⟧', re.S)
rows = []
for sf in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
    name = os.path.basename(sf)[:-4] + '.txt'
    raw = open(sf, encoding='utf-8').read()
    defaults = {}
    lines = []
    for ln in raw.split('\n'):
        if ln.startswith('#D '):
            for kv in ln[3:].split(';'):
                k, v = kv.split('=', 1); defaults[k.strip()] = v.strip()
        else:
            lines.append(ln)
    raw = '\n'.join(lines)
    out = bytearray(); pos = 0
    for m in MK.finditer(raw):
        out += raw[pos:m.start()].encode('utf-8')
        parts = m.group(1).split('^')
        assert 3 <= len(parts) <= 5, parts
        span = parts[0]; val = parts[1]; unit = parts[2]
        qual = parts[3] if len(parts) > 3 and parts[3] else 'exact'
        kv = dict(defaults)
        if len(parts) > 4 and parts[4]:
            for x in parts[4].split(';'):
                k, v = x.split('=', 1); kv[k.strip()] = v.strip()
        kv = {k: ('' if v == '-' else v) for k, v in kv.items()}
        start = len(out); out += span.encode('utf-8'); end = len(out)
        v = eval(val) if val else ''
        fmt = lambda x: ('' if x == '' else ('%.10g' % x if isinstance(x, float) else str(x)))
        lo = eval(kv['lo']) if kv.get('lo') else ''
        hi = eval(kv['hi']) if kv.get('hi') else ''
        rows.append([name, str(start), str(end), span, fmt(v), fmt(lo), fmt(hi), unit, qual,
                     kv.get('m', ''), kv.get('s', ''), kv.get('y', ''), kv.get('src', ''),
                     kv.get('st', 'core'), kv.get('n', '')])
        pos = m.end()
    out += raw[pos:].encode('utf-8')
    assert '⟦' not in out.decode() and '⟧' not in out.decode(), name
    open(os.path.join(ROOT, name), 'wb').write(bytes(out))
hdr = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
with open(os.path.join(ROOT, 'gold.tsv'), 'w', encoding='utf-8') as f:
    f.write('\t'.join(hdr) + '\n')
    for r in rows:
        assert all('\t' not in c and '\n' not in c for c in r), r
        f.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
