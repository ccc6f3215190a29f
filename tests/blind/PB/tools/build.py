#!/usr/bin/env python3
"""Build documents + gold.tsv from marked-up sources in tools/src/*.src.

Markup:
  line '%% k=v; k=v'  -> sets running defaults (scope, year, source, metric); line removed.
  '%% clear'          -> clears all defaults.
  ⟦span§value§unit§qual§k=v;k=v⟧ -> span kept in text, one gold row.
     qual default 'exact'; value may be a python expression (e.g. 2.5e9).
     keys: metric scope year source st(core/opt) low high note
     min -> low=value by default; max -> high=value by default; range needs low/high.
"""
import re, sys, os, glob, csv
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r'⟦(.*?)⟧', re.S)
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()

def fmt(x):
    if x is None or x == '':
        return ''
    if isinstance(x, str):
        x = eval(x, {}, {})
    if float(x) == int(float(x)) and abs(x) < 1e18:
        return str(int(float(x)))
    return repr(float(x)) if len(repr(float(x))) < 20 else ('%.10g' % x)

def build(src):
    name = os.path.basename(src)[:-4] + '.txt'
    raw = open(src, encoding='utf-8').read()
    defaults = {}
    out = bytearray()
    rows = []
    text = ''.join(('⟦%%' + l[2:].strip() + '⟧') if l.startswith('%%') else l
                   for l in raw.splitlines(keepends=True))
    pos = 0
    for m in MARK.finditer(text):
        out += text[pos:m.start()].encode('utf-8')
        pos = m.end()
        if m.group(1).startswith('%%'):
            d = m.group(1)[2:].strip()
            if d == 'clear':
                defaults = {}
            else:
                for kv in d.split(';'):
                    if kv.strip():
                        k, v = kv.split('=', 1)
                        defaults[k.strip()] = v.strip()
            continue
        parts = m.group(1).split('§')
        span = parts[0]
        assert '\n' not in span, (name, span)
        value = parts[1]
        unit = parts[2]
        qual = parts[3] if len(parts) > 3 and parts[3] else 'exact'
        kv = dict(defaults)
        if len(parts) > 4 and parts[4].strip():
            for item in parts[4].split(';'):
                if item.strip():
                    k, v = item.split('=', 1)
                    kv[k.strip()] = v.strip()
        start = len(out)
        out += span.encode('utf-8')
        end = len(out)
        val = fmt(value)
        low = kv.get('low', ''); high = kv.get('high', '')
        if qual == 'min' and 'low' not in kv: low = val
        if qual == 'max' and 'high' not in kv: high = val
        if qual == 'range':
            assert low and high, (name, span)
        low = fmt(low) if low else ''
        high = fmt(high) if high else ''
        rows.append(dict(doc=name, start=start, end=end, span=span, value=val, low=low, high=high,
                         unit=unit, qualifier=qual, metric=kv.get('metric', ''), scope=kv.get('scope', ''),
                         year=kv.get('year', ''), source=kv.get('source', ''), status=kv.get('st', 'core'),
                         note=kv.get('note', '')))
    out += text[pos:].encode('utf-8')
    assert '⟦' not in out.decode() and '⟧' not in out.decode() and '§' not in out.decode(), name
    open(os.path.join(OUT, name), 'wb').write(bytes(out))
    return rows

allrows = []
for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
    allrows += build(src)
with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8', newline='') as f:
    f.write('\t'.join(COLS) + '\n')
    for r in allrows:
        for c in COLS:
            assert '\t' not in str(r[c]), r
            r[c] = str(r[c]).replace('\n', '\\n') if c == 'span' else r[c]
        f.write('\t'.join(str(r[c]) for c in COLS) + '\n')
print(len(allrows), 'rows')
