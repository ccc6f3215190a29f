#!/usr/bin/env python3
"""Build documents and gold.tsv from annotated sources in tools/src/*.src.

Markup:
  ⟦span§k=v;k=v;...⟧   a claim; keys: v (value), u (unit), q (qualifier, default exact),
                       lo, hi, m (metric), sc (scope), y (year), src (source), st (status,
                       default core), n (note)
  lines starting with '#@ ' set defaults (sc, y, src, m) for following claims: '#@ sc=china;y=2025'
  lines starting with '#-' are comments and are dropped.
Offsets are computed on the UTF-8 bytes of the output while writing.
"""
import re, sys, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r'⟦(.*?)§(.*?)⟧')
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()

def parse_attrs(s):
    d = {}
    for part in s.split(';'):
        if not part.strip():
            continue
        k, _, v = part.partition('=')
        d[k.strip()] = v.strip()
    return d

def build(src):
    name = os.path.basename(src)[:-4] + '.txt'
    defaults = {'sc': '', 'y': '', 'src': '', 'm': ''}
    out = bytearray()
    rows = []
    with open(src, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    for line in lines:
        if line.startswith('#@ '):
            defaults.update(parse_attrs(line[3:]))
            continue
        if line.startswith('#-'):
            continue
        pos = 0
        for mt in MARK.finditer(line):
            out += line[pos:mt.start()].encode('utf-8')
            span = mt.group(1)
            a = parse_attrs(mt.group(2))
            start = len(out)
            out += span.encode('utf-8')
            end = len(out)
            r = {'doc': name, 'start': start, 'end': end, 'span': span}
            r['value'] = a['v']
            r['low'] = a.get('lo', '')
            r['high'] = a.get('hi', '')
            r['unit'] = a['u']
            r['qualifier'] = a.get('q', 'exact')
            if r['qualifier'] == 'min' and not r['low']:
                r['low'] = r['value']
            if r['qualifier'] == 'max' and not r['high']:
                r['high'] = r['value']
            r['metric'] = a.get('m', defaults['m'])
            r['scope'] = a.get('sc', defaults['sc'])
            r['year'] = a.get('y', defaults['y'])
            r['source'] = a.get('src', defaults['src'])
            r['status'] = a.get('st', 'core')
            r['note'] = a.get('n', '')
            rows.append(r)
            pos = mt.end()
        out += line[pos:].encode('utf-8')
        out += b'\n'
    assert '⟦' not in out.decode('utf-8') and '⟧' not in out.decode('utf-8'), src
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(bytes(out))
    return rows

def main():
    allrows = []
    for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
        allrows += build(src)
    with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in allrows:
            vals = [str(r[c]) for c in COLS]
            for v in vals:
                assert '\t' not in v and '\n' not in v, r
            f.write('\t'.join(vals) + '\n')
    print(len(allrows), 'rows')

if __name__ == '__main__':
    main()
