#!/usr/bin/env python3
"""Check gold.tsv against the stored documents (binary), and list every numeral no row covers."""
import os, re, csv, sys, collections

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NUMWORDS = r'(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|third|quarter|dozen|double|doubled|triple|tripled|twice|thrice)'
PAT = re.compile(rb'\d[\d,.]*|\b' + NUMWORDS.encode() + rb'\b', re.I)

rows = list(csv.reader(open(os.path.join(ROOT, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
hdr = rows[0]
assert hdr == 'doc start end span value low high unit qualifier metric scope year source status note'.split(), hdr
bydoc = collections.defaultdict(list)
for r in rows[1:]:
    assert len(r) == 15, r
    bydoc[r[0]].append(r)

ok = True
for doc in sorted(bydoc):
    data = open(os.path.join(ROOT, doc), 'rb').read()
    data.decode('utf-8')
    spans = []
    for r in bydoc[doc]:
        s, e = int(r[1]), int(r[2])
        if data[s:e] != r[3].encode('utf-8'):
            print('MISMATCH', doc, r[1], r[2], repr(data[s:e]), repr(r[3])); ok = False
        spans.append((s, e))
    spans.sort()
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            print('OVERLAP', doc, a, b, c, d); ok = False
    text = data.decode('utf-8')
    words = len(text.split())
    core = sum(r[13] == 'core' for r in bydoc[doc]); opt = sum(r[13] == 'opt' for r in bydoc[doc])
    print('== %s  words=%d  core=%d  opt=%d' % (doc, words, core, opt))
    if '-v' in sys.argv:
        for mo in PAT.finditer(data):
            s, e = mo.start(), mo.end()
            if any(a < e and s < b for a, b in spans):
                continue
            ctx = data[max(0, s - 40):min(len(data), e + 40)].decode('utf-8', 'replace').replace('\n', ' / ')
            print('   uncovered %-14s | %s' % (mo.group().decode('utf-8', 'replace'), ctx))
print('OK' if ok else 'ERRORS')
