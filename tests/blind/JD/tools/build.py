#!/usr/bin/env python3
"""Build docs + gold from annotated sources.
Source syntax: first lines '#@ key=value' doc defaults (scope, source, year).
Claims inline: ⟦span|value|unit|qual|k=v;k=v⟧ keys: m metric, s scope, y year,
src source, st status (opt), lo, hi, n note. s=- / y=- / src=- clears default."""
import glob, os, re, sys
D = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(D)
rows = []; uncovered = {}
PAT = re.compile(r'⟦(.*?)⟧', re.S)
for f in sorted(glob.glob(os.path.join(D, 'src', '*.src'))):
    name = os.path.basename(f)[:-4] + '.txt'
    raw = open(f, encoding='utf-8').read()
    lines = raw.split('\n'); dflt = {}
    while lines and lines[0].startswith('#@'):
        k, v = lines.pop(0)[2:].strip().split('=', 1); dflt[k] = v
    raw = '\n'.join(lines)
    out = bytearray(); pos = 0; recs = []
    for mt in PAT.finditer(raw):
        out += raw[pos:mt.start()].encode('utf-8')
        parts = mt.group(1).split('|', 4)
        span, val, unit, qual = parts[:4]
        kv = {}
        if len(parts) > 4 and parts[4]:
            for p in parts[4].split(';'):
                k, v = p.split('=', 1); kv[k] = v
        start = len(out); out += span.encode('utf-8'); end = len(out)
        def g(k, dk):
            v = kv.get(k, dflt.get(dk, ''))
            return '' if v == '-' else v
        recs.append([name, start, end, span, val, kv.get('lo', ''), kv.get('hi', ''), unit, qual,
                     kv.get('m', ''), g('s', 'scope'), g('y', 'year'), g('src', 'source'),
                     kv.get('st', 'core'), kv.get('n', '')])
        pos = mt.end()
    out += raw[pos:].encode('utf-8')
    assert '⟦' not in out.decode() and '⟧' not in out.decode(), name
    open(os.path.join(OUT, name), 'wb').write(bytes(out))
    data = open(os.path.join(OUT, name), 'rb').read()
    for r in recs:
        assert data[r[1]:r[2]].decode('utf-8') == r[3], r
        assert r[8] in ('exact', 'approx', 'min', 'max', 'range'), r
        assert r[13] in ('core', 'opt'), r
        float(r[4])
        for c in r: assert '\t' not in str(c) and '\n' not in str(c), r
    rows += recs
    txt = data.decode('utf-8')
    words = len(txt.split())
    cov = [(r[1], r[2]) for r in recs]
    unc = []
    for m in re.finditer(r'\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|trillion|half|dozen|double[sd]?|tripled?|quarter|third)\b', txt, re.I):
        b0 = len(txt[:m.start()].encode()); b1 = b0 + len(m.group().encode())
        if not any(s < b1 and b0 < e for s, e in cov):
            ctx = txt[max(0, m.start()-30):m.end()+30].replace('\n', ' ')
            unc.append(f'  {m.group()!r}: ...{ctx}...')
    nc = sum(r[13] == 'core' for r in recs); no = len(recs) - nc
    print(f'{name}: words={words} core={nc} opt={no}')
    uncovered[name] = unc
with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('\t'.join('doc start end span value low high unit qualifier metric scope year source status note'.split()) + '\n')
    for r in rows: fh.write('\t'.join(str(c) for c in r) + '\n')
with open(os.path.join(D, 'uncovered.txt'), 'w') as fh:
    for k, v in uncovered.items():
        fh.write(k + '\n' + '\n'.join(v) + '\n')
if '-u' in sys.argv:
    print(open(os.path.join(D, 'uncovered.txt')).read())
