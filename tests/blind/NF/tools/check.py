#!/usr/bin/env python3
"""Re-open each file in binary, assert data[start:end]==span; count claims; list uncovered numerals;
count Han characters."""
import csv, os, re, collections, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
by = collections.defaultdict(list)
for r in rows: by[r['doc']].append(r)
NUM = re.compile(r'[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿半]+')
for doc in sorted(by):
    data = open(os.path.join(OUT, doc), 'rb').read()
    cov = []
    for r in by[doc]:
        s, e = int(r['start']), int(r['end'])
        assert data[s:e].decode('utf-8') == r['span'], (doc, r)
        cov.append((s, e))
    cov.sort()
    for a, b in zip(cov, cov[1:]): assert a[1] <= b[0], ('overlap', doc, a, b)
    text = data.decode('utf-8')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    c = collections.Counter(r['status'] for r in by[doc])
    print(f'== {doc}: han={han} core={c["core"]} opt={c["opt"]}')
    if '-v' in sys.argv:
        for m in NUM.finditer(text):
            bs = len(text[:m.start()].encode('utf-8')); be = bs + len(m.group().encode('utf-8'))
            if not any(s < be and bs < e for s, e in cov):
                ctx = text[max(0, m.start()-8):m.end()+6].replace('\n', '⏎')
                print('   uncovered:', m.group(), '|', ctx)
print('OK', len(rows))
