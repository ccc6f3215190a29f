#!/usr/bin/env python3
"""Build documents + gold.tsv from annotated sources in tools/src/*.src.

Markup: {{span|k=v;k=v}} ; keys v lo hi u q m sc y src st n
Directive lines (removed from output):  #@ file NAME   |  #@ default k=v;k=v
q defaults to exact, st to core. q=min -> lo=v ; q=max -> hi=v ; q=range -> v=(lo+hi)/2
"""
import re, sys, os, glob
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = ['v','lo','hi','u','q','m','sc','y','src','st','n']
MARK = re.compile(r'\{\{([^|{}]+)\|([^{}]*)\}\}')

def fmt(x):
    if x is None or x == '': return ''
    d = Decimal(repr(float(x)))
    if d == d.to_integral_value(): return str(int(d))
    s = format(d.normalize(), 'f')
    return s

def parse_kv(s):
    out = {}
    for part in s.split(';'):
        part = part.strip()
        if not part: continue
        k, _, v = part.partition('=')
        k = k.strip()
        assert k in KEYS, (k, s)
        out[k] = v.strip()
    return out

def num(s):
    if s in (None, ''): return None
    return float(eval(s, {}, {}))

rows = []
for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
    text = open(src, encoding='utf-8').read()
    lines = text.split('\n')
    fname = None; defaults = {}
    outb = bytearray(); pending = []
    body = []
    # process line by line so directives can change defaults mid-document
    for line in lines:
        if line.startswith('#@'):
            d = line[2:].strip()
            if d.startswith('file '): fname = d[5:].strip()
            elif d.startswith('default '): defaults.update(parse_kv(d[8:]))
            else: raise SystemExit('bad directive ' + line)
            continue
        pos = 0; seg = ''
        for mo in MARK.finditer(line):
            seg_before = line[pos:mo.start()]
            outb += seg_before.encode('utf-8')
            span = mo.group(1)
            kv = dict(defaults); kv.update(parse_kv(mo.group(2)))
            start = len(outb); outb += span.encode('utf-8'); end = len(outb)
            pending.append((start, end, span, kv))
            pos = mo.end()
        outb += line[pos:].encode('utf-8') + b'\n'
    # the source ends with newline -> split gives trailing '' -> extra \n; strip one
    if text.endswith('\n'): outb = outb[:-1]
    assert b'{{' not in outb and b'}}' not in outb, src
    assert fname, src
    open(os.path.join(OUT, fname), 'wb').write(bytes(outb))
    for start, end, span, kv in pending:
        q = kv.get('q') or 'exact'
        v = num(kv.get('v')); lo = num(kv.get('lo')); hi = num(kv.get('hi'))
        if q == 'min' and lo is None: lo = v
        if q == 'max' and hi is None: hi = v
        if q == 'range':
            assert lo is not None and hi is not None, span
            if v is None: v = (lo + hi) / 2
        assert v is not None, (fname, span)
        rows.append([fname, str(start), str(end), span, fmt(v), fmt(lo), fmt(hi),
                     kv.get('u',''), q, kv.get('m',''), kv.get('sc',''), kv.get('y',''),
                     kv.get('src',''), kv.get('st') or 'core', kv.get('n','')])

hdr = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8') as f:
    f.write('\t'.join(hdr) + '\n')
    for r in rows:
        assert all('\t' not in c and '\n' not in c for c in r), r
        f.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
