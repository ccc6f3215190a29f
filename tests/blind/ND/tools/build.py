#!/usr/bin/env python3
"""Build docs + gold.tsv from marked-up sources.
Source: tools/src/NNNN_name.src. First line '#D key=val;...' gives per-doc defaults
(s=scope, y=year, src=source). Claims are marked {{span|k=v;k=v}}; keys:
v value, lo, hi, u unit, q qualifier(default exact), m metric, s, y, src, st status(default core), n note.
Writes NNNN_name.txt (markers stripped), gold.tsv, then re-reads every file in binary and
asserts data[start:end]==span. Prints numerals not covered by any row."""
import re, glob, os, sys
D = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(D)
M = re.compile(r'\{\{(.*?)\|([^{}]*?)\}\}', re.S)
rows = []
cols = "doc start end span value low high unit qualifier metric scope year source status note".split()
def num(x):
    x = x.strip()
    if x == '': return ''
    f = float(eval(x))
    return ('%d' % f) if f == int(f) and abs(f) < 1e18 else repr(f)
for srcf in sorted(glob.glob(os.path.join(D, 'src', '*.src'))):
    name = os.path.basename(srcf)[:-4] + '.txt'
    raw = open(srcf, encoding='utf-8').read()
    first, body = raw.split('\n', 1)
    assert first.startswith('#D')
    dflt = dict(kv.split('=', 1) for kv in first[2:].strip().split(';') if kv.strip())
    out = bytearray(); pos = 0; docrows = []
    for mt in M.finditer(body):
        out += body[pos:mt.start()].encode('utf-8')
        span = mt.group(1)
        kv = dict(p.split('=', 1) for p in mt.group(2).split(';') if p.strip())
        for k in kv: assert k in ('v','lo','hi','u','q','m','s','y','src','st','n'), (name, k, span)
        st = len(out); out += span.encode('utf-8'); en = len(out)
        g = lambda k, d='': kv[k] if k in kv else dflt.get(k, d)
        docrows.append([name, st, en, span, num(g('v')), num(kv.get('lo','')), num(kv.get('hi','')),
                        kv['u'], g('q','exact'), kv.get('m',''), g('s'), g('y'), g('src'), kv.get('st','core'), kv.get('n','')])
        pos = mt.end()
    out += body[pos:].encode('utf-8')
    assert b'{{' not in out and b'}}' not in out, name
    open(os.path.join(OUT, name), 'wb').write(bytes(out))
    rows += docrows
with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8') as f:
    f.write('\t'.join(cols) + '\n')
    for r in rows:
        assert all('\t' not in str(c) and '\n' not in str(c) for c in r), r
        f.write('\t'.join(str(c) for c in r) + '\n')
# verify
import csv
cache = {}
bad = 0
for r in csv.DictReader(open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
    data = cache.setdefault(r['doc'], open(os.path.join(OUT, r['doc']), 'rb').read())
    if data[int(r['start']):int(r['end'])].decode('utf-8') != r['span']: bad += 1; print('BAD', r)
    assert r['status'] in ('core','opt') and r['qualifier'] in ('exact','approx','min','max','range')
    if r['qualifier'] == 'range': assert r['low'] and r['high'], r
print('offset check: %d rows, %d bad' % (sum(1 for _ in open(os.path.join(OUT,'gold.tsv')))-1, bad))
# stats + uncovered numerals
from collections import Counter
byd = {}
for r in csv.DictReader(open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
    byd.setdefault(r['doc'], []).append(r)
for doc, rs in sorted(byd.items()):
    data = open(os.path.join(OUT, doc), 'rb').read(); text = data.decode('utf-8')
    c = Counter(r['status'] for r in rs)
    print('\n== %s words=%d core=%d opt=%d' % (doc, len(text.split()), c['core'], c['opt']))
    cov = [(int(r['start']), int(r['end'])) for r in rs]
    for m in re.finditer(rb'\d[\d,.]*', data):
        if not any(s <= m.start() < e for s, e in cov):
            ctx = data[max(0,m.start()-30):m.end()+20].decode('utf-8','replace').replace('\n',' ')
            if '-v' in sys.argv: print('  UNCOVERED %r  ...%s...' % (m.group().decode(), ctx))
    words = ['one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve','fifteen','twenty','thirty','forty','fifty','sixty','hundred','thousand','million','billion','half','third','quarter','dozen','double','twice','triple']
    for m in re.finditer(r'\b(%s)\w*\b' % '|'.join(words), text, re.I):
        b = len(text[:m.start()].encode('utf-8'))
        if not any(s <= b < e for s, e in cov) and '-v' in sys.argv:
            print('  WORD? %r ...%s...' % (m.group(), text[max(0,m.start()-30):m.end()+20].replace('\n',' ')))
