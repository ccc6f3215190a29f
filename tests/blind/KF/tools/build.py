#!/usr/bin/env python3
"""Build documents + gold.tsv from annotated sources tools/ann/NNNN_name.ann.
Marker: {{span|value|unit|qual|k=v;k=v}}  keys: lo hi m s y src st n
  value may be a Python expression (e.g. 2.63e12); empty value with lo/hi -> midpoint.
  qual defaults to exact; src alternatives separated by '+' (written as '|').
Directive lines '@@ k=v;k=v' set defaults for s, y, src, m (value '-' clears); they are dropped.
Offsets are computed on the UTF-8 encoding of the produced text."""
import re, sys, os, glob
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
MK = re.compile(r'\{\{(.*?)\}\}', re.S)
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
def num(x):
    if x in ('', None): return ''
    v = eval(x) if isinstance(x, str) else x
    v = round(float(v), 6)
    return str(int(v)) if v == int(v) else repr(v)
def parse_kv(s):
    d = {}
    for part in s.split(';'):
        if part.strip():
            k, _, v = part.partition('='); d[k.strip()] = v.strip()
    return d
rows = []
for ann in sorted(glob.glob(os.path.join(HERE, 'ann', '*.ann'))):
    doc = os.path.basename(ann)[:-4] + '.txt'
    defaults = {}
    out = bytearray()
    text = open(ann, encoding='utf-8').read()
    lines = text.split('\n')
    body = []
    for ln in lines:
        if ln.startswith('@@'):
            defaults.update(parse_kv(ln[2:])); body.append(None)
            # marker to apply defaults at this position
            body[-1] = '\x00' + ln[2:]
        else:
            body.append(ln)
    # process line by line keeping defaults in order
    defaults = {}
    first = True
    for ln in body:
        if ln.startswith('\x00'):
            defaults.update(parse_kv(ln[1:])); continue
        if not first: out += b'\n'
        first = False
        pos = 0
        for m in MK.finditer(ln):
            out += ln[pos:m.start()].encode('utf-8')
            f = m.group(1).split('|')
            span, val = f[0], f[1]
            unit = f[2] if len(f) > 2 else ''
            qual = (f[3] if len(f) > 3 and f[3] else 'exact')
            kv = dict(defaults); kv.update(parse_kv(f[4]) if len(f) > 4 else {})
            kv = {k: ('' if v == '-' else v) for k, v in kv.items()}
            lo, hi = kv.get('lo', ''), kv.get('hi', '')
            if val == '' and lo and hi: val = str((eval(lo) + eval(hi)) / 2)
            s = len(out); out += span.encode('utf-8'); e = len(out)
            rows.append(dict(doc=doc, start=s, end=e, span=span, value=num(val), low=num(lo), high=num(hi),
                             unit=unit, qualifier=qual, metric=kv.get('m', ''), scope=kv.get('s', ''),
                             year=kv.get('y', ''), source=kv.get('src', '').replace('+', '|'),
                             status=kv.get('st', 'core'), note=kv.get('n', '')))
            pos = m.end()
        out += ln[pos:].encode('utf-8')
    if not out.endswith(b'\n'): out += b'\n'
    open(os.path.join(OUT, doc), 'wb').write(bytes(out))
with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8') as g:
    g.write('\t'.join(COLS) + '\n')
    for r in rows:
        assert all('\t' not in str(r[c]) and '\n' not in str(r[c]) for c in COLS), r
        g.write('\t'.join(str(r[c]) for c in COLS) + '\n')
print(len(rows), 'rows')
