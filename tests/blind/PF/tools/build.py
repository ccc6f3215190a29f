#!/usr/bin/env python3
"""Build documents + gold.tsv from annotated sources in tools/src/NNNN_name.txt.

Markup: ⟦span§value§unit§qual§k=v;k=v⟧   (qual default exact; trailing fields optional)
Defaults: a line starting with '%% ' sets k=v;k=v defaults for following marks (line removed).
Keys: m=metric s=scope y=year src=source st=opt lo= hi= n=note
"""
import re, sys, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r'⟦(.*?)⟧', re.S)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()

def num(s):
    s = s.strip()
    if s == '': return ''
    v = eval(s, {})
    if isinstance(v, float) and v == int(v) and abs(v) < 1e18: v = int(v)
    return str(v)

def parse_kv(s):
    d = {}
    for part in s.split(';'):
        part = part.strip()
        if not part: continue
        if part == 'opt': d['st'] = 'opt'; continue
        k, _, v = part.partition('=')
        d[k.strip()] = v.strip()
    return d

rows = []
for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
    name = os.path.basename(src)
    defaults = {}
    out = bytearray()
    text = open(src, encoding='utf-8').read()
    lines = text.split('\n')
    body_parts = []
    for i, line in enumerate(lines):
        if line.startswith('%% '):
            defaults.update(parse_kv(line[3:]))
            continue
        pos = 0
        for mm in MARK.finditer(line):
            out += line[pos:mm.start()].encode('utf-8')
            f = mm.group(1).split('§')
            span = f[0]
            val = num(f[1]) if len(f) > 1 else ''
            unit = f[2] if len(f) > 2 else ''
            qual = (f[3] if len(f) > 3 and f[3] else 'exact')
            kv = dict(defaults)
            kv.setdefault('st', 'core')
            if len(f) > 4: kv.update(parse_kv(f[4]))
            if 'st' in kv and kv['st'] == '': kv['st'] = 'core'
            b0 = len(out); out += span.encode('utf-8'); b1 = len(out)
            lo = num(kv.get('lo', '')) if kv.get('lo') else ''
            hi = num(kv.get('hi', '')) if kv.get('hi') else ''
            rows.append(dict(doc=name, start=b0, end=b1, span=span, value=val, low=lo, high=hi,
                             unit=unit, qualifier=qual, metric=kv.get('m', ''), scope=kv.get('s', ''),
                             year=kv.get('y', ''), source=kv.get('src', ''), status=kv.get('st', 'core') or 'core',
                             note=kv.get('n', '')))
            pos = mm.end()
        out += line[pos:].encode('utf-8')
        if i < len(lines) - 1: out += b'\n'
    assert '⟦' not in out.decode('utf-8'), name
    open(os.path.join(OUT, name), 'wb').write(bytes(out))

with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8') as g:
    g.write('\t'.join(COLS) + '\n')
    for r in rows:
        for c in COLS:
            assert '\t' not in str(r[c]) and '\n' not in str(r[c]), r
        g.write('\t'.join(str(r[c]) for c in COLS) + '\n')
print(len(rows), 'rows')
