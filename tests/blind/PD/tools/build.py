#!/usr/bin/env python3
"""Build PD documents + gold.tsv from annotated sources in tools/src/*.src.

Source syntax:
  lines starting with '%% ' set sticky defaults: '%% s=zambia y=2025 src=A|B m='
     (a key with empty value clears it; keys: m s y src st). These lines are dropped.
  inline claim: ⟦span¦value¦unit¦qual¦k=v;k=v⟧   (¦ = U+00A6 field separator)
     keys: m (metric) s (scope) y (year) src (source) st (status core/opt) lo hi note
     value may be empty when lo and hi are given (midpoint).
Outputs /work/blind/PD/NNNN_name.txt and gold.tsv, then re-reads each file in binary
and asserts data[start:end] == span.
"""
import re, os, sys, glob
ROOT = '/work/blind/PD'
CLAIM = re.compile(r'⟦(.*?)⟧', re.S)
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()

def fmt(x):
    if x is None or x == '': return ''
    v = float(x)
    if v == int(v) and abs(v) < 1e16: return str(int(v))
    return repr(round(v, 10))

def parse_num(s):
    s = s.strip()
    if s == '': return None
    return float(eval(s, {'__builtins__': {}}))

def first_text_pending_blank(segs, text):
    return False

def build(srcpath):
    name = os.path.basename(srcpath)[:-4] + '.txt'
    defaults = {}
    out = bytearray(); rows = []
    lines = open(srcpath, encoding='utf-8').read().replace('⇥', '\t').split('\n')
    segs = []; cur = []; 
    for line in lines:
        if line.startswith('%% '):
            segs.append(('\n'.join(cur), None)); cur = []
            segs.append((None, line[3:]))
        else:
            cur.append(line)
    segs.append(('\n'.join(cur), None))
    first = True
    for text, dl in segs:
        if dl is not None:
            for kv in dl.split(';'):
                if not kv.strip(): continue
                k, _, v = kv.partition('=')
                defaults[k.strip()] = v.strip()
            continue
        if text == '' and not first_text_pending_blank(segs, text):
            continue
        if not first:
            out += b'\n'
        first = False
        line = text
        pos = 0
        for m in CLAIM.finditer(line):
            out += line[pos:m.start()].encode('utf-8')
            f = m.group(1).split('¦')
            assert len(f) >= 4, (name, m.group(0))
            span, val, unit, qual = f[:4]
            kv = dict(defaults)
            if len(f) > 4 and f[4].strip():
                for item in f[4].split(';'):
                    k, _, v = item.partition('=')
                    kv[k.strip()] = v.strip()
            start = len(out); out += span.encode('utf-8'); end = len(out)
            lo = parse_num(kv.get('lo', '')); hi = parse_num(kv.get('hi', ''))
            v = parse_num(val)
            if v is None:
                assert lo is not None and hi is not None, (name, span)
                v = (lo + hi) / 2
            assert qual in ('exact', 'approx', 'min', 'max', 'range'), (name, span, qual)
            st = kv.get('st', '') or 'core'
            rows.append([name, str(start), str(end), span, fmt(v), fmt(lo), fmt(hi), unit, qual,
                         kv.get('m', ''), kv.get('s', ''), kv.get('y', ''), kv.get('src', ''), st,
                         kv.get('note', '')])
            pos = m.end()
        out += line[pos:].encode('utf-8')
    # drop final extra newline from split
    if not out.endswith(b'\n'): out += b'\n'
    assert b'\xe2\x9f\xa6' not in out and '¦'.encode() not in out, name
    open(os.path.join(ROOT, name), 'wb').write(bytes(out))
    return name, rows

def uncovered(name, rows):
    data = open(os.path.join(ROOT, name), 'rb').read()
    text = data.decode('utf-8')
    cov = [(int(r[1]), int(r[2])) for r in rows if r[0] == name]
    pat = re.compile(r'\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|'
                     r'fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|trillion|'
                     r'half|quarter|third|dozen|double|doubled|twice|triple|tripled|fold)\w*', re.I)
    res = []
    for m in pat.finditer(text):
        bs = len(text[:m.start()].encode()); be = len(text[:m.end()].encode())
        if not any(s < be and bs < e for s, e in cov):
            ls = text.rfind('\n', 0, m.start()) + 1; le = text.find('\n', m.end())
            res.append((m.group(0), text[max(ls, m.start()-40):m.end()+30 if le == -1 else min(le, m.end()+30)].replace('\t', ' ')))
    return res

def main():
    allrows = []; names = []
    for p in sorted(glob.glob(os.path.join(ROOT, 'tools/src/*.src'))):
        n, rows = build(p); names.append(n); allrows += rows
    with open(os.path.join(ROOT, 'gold.tsv'), 'w', encoding='utf-8') as g:
        g.write('\t'.join(COLS) + '\n')
        for r in allrows:
            assert all('\t' not in c and '\n' not in c for c in r), r
            g.write('\t'.join(r) + '\n')
    # verification pass: re-read gold and files in binary
    import csv
    ok = 0
    for line in open(os.path.join(ROOT, 'gold.tsv'), encoding='utf-8').read().splitlines()[1:]:
        r = line.split('\t'); assert len(r) == 15, r
        data = open(os.path.join(ROOT, r[0]), 'rb').read()
        assert data[int(r[1]):int(r[2])] == r[3].encode('utf-8'), r
        ok += 1
    print('verified', ok, 'rows')
    for n in names:
        data = open(os.path.join(ROOT, n), 'rb').read().decode()
        words = len(data.split())
        core = sum(1 for r in allrows if r[0] == n and r[13] == 'core')
        opt = sum(1 for r in allrows if r[0] == n and r[13] == 'opt')
        print(f'{n}\twords={words}\tcore={core}\topt={opt}')
    if '-u' in sys.argv:
        for n in names:
            print('== uncovered numerals in', n)
            for tok, ctx in uncovered(n, allrows):
                print(f'   {tok!r:14} {ctx}')

if __name__ == '__main__':
    main()
