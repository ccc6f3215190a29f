#!/usr/bin/env python3
"""Build docs + gold.tsv from annotated sources in ../src/*.ann.
Markup: [[span||value;unit;qual;key=val;...]]  keys: lo hi m sc y src st n
Header lines '#D key=val;key=val' set per-document defaults for sc, y, src.
"""
import re, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
PAT = re.compile(r'\[\[(.*?)\|\|(.*?)\]\]', re.S)
rows = []
for f in sorted(glob.glob(os.path.join(ROOT, 'src', '*.ann'))):
    name = os.path.basename(f)[:-4] + '.txt'
    raw = open(f, encoding='utf-8').read()
    defaults = {}
    lines = raw.split('\n')
    while lines and lines[0].startswith('#D '):
        for kv in lines.pop(0)[3:].split(';'):
            k, _, v = kv.partition('='); defaults[k.strip()] = v.strip()
    raw = '\n'.join(lines)
    out = bytearray(); pos = 0; docrows = []
    for mt in PAT.finditer(raw):
        out += raw[pos:mt.start()].encode('utf-8')
        span = mt.group(1); assert "\n" not in span and "\t" not in span, span
        s = len(out); out += span.encode('utf-8'); e = len(out)
        parts = mt.group(2).split(';')
        d = dict(defaults); d.update(v=parts[0], u=parts[1], q=parts[2])
        for kv in parts[3:]:
            k, _, v = kv.partition('='); d[k.strip()] = v.strip()
        docrows.append([name, str(s), str(e), span, d['v'], d.get('lo',''), d.get('hi',''), d['u'], d['q'],
                        d.get('m',''), d.get('sc',''), d.get('y',''), d.get('src',''), d.get('st','core'), d.get('n','')])
        pos = mt.end()
    out += raw[pos:].encode('utf-8')
    open(os.path.join(ROOT, name), 'wb').write(bytes(out))
    # verify
    data = open(os.path.join(ROOT, name), 'rb').read()
    for r in docrows:
        assert data[int(r[1]):int(r[2])].decode('utf-8') == r[3], r
        assert '\t' not in ''.join(r)
    rows += docrows
    text = data.decode('utf-8')
    core = sum(r[13]=='core' for r in docrows); opt = len(docrows)-core
    print(f"{name}\twords={len(text.split())}\tcore={core}\topt={opt}")
    # uncovered numerals
    cov = [(int(r[1]), int(r[2])) for r in docrows]
    bstarts = {}
    for m in re.finditer(r'\d[\d,.]*', text):
        bs = len(text[:m.start()].encode()); be = bs + len(m.group().encode())
        if not any(a < be and bs < b for a, b in cov):
            ctx = text[max(0,m.start()-25):m.end()+15].replace('\n',' ')
            print('   UNCOVERED', repr(m.group()), '::', ctx, file=sys.stderr if '-q' in sys.argv else sys.stdout) if '-u' in sys.argv else None
with open(os.path.join(ROOT, 'gold.tsv'), 'w', encoding='utf-8') as g:
    g.write('\t'.join('doc start end span value low high unit qualifier metric scope year source status note'.split()) + '\n')
    for r in rows: g.write('\t'.join(r) + '\n')
print('rows', len(rows))
