#!/usr/bin/env python3
"""Re-open each document in binary and assert data[start:end] == span; count core/opt;
count characters; list numerals not covered by any gold row (for reading by hand)."""
import csv, os, re, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
cnt = collections.defaultdict(collections.Counter); cover = collections.defaultdict(list)
for r in rows:
    data = open(os.path.join(OUT, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    assert data[s:e].decode('utf-8') == r['span'], (r['doc'], s, e, r['span'], data[s:e])
    assert r['status'] in ('core', 'opt') and r['qualifier'] in ('exact','approx','min','max','range'), r
    if r['value']: float(r['value'])
    cnt[r['doc']][r['status']] += 1; cover[r['doc']].append((s, e))
NUM = re.compile(r'[0-9０-９][0-9,.，]*|[一二两三四五六七八九十百千万亿半成倍]+')
for doc in sorted(cnt):
    data = open(os.path.join(OUT, doc), 'rb').read(); txt = data.decode('utf-8')
    han = len(re.findall(r'[\u4e00-\u9fff]', txt)); words = len(re.findall(r'[A-Za-z]+', txt))
    print(f'== {doc}: core={cnt[doc]["core"]} opt={cnt[doc]["opt"]} hanzi={han} latin_words={words}')
    for m in NUM.finditer(txt):
        bs = len(txt[:m.start()].encode()); be = bs + len(m.group().encode())
        if not any(s < be and bs < e for s, e in cover[doc]):
            ctx = txt[max(0, m.start()-8):m.end()+6].replace('\n', '⏎')
            print(f'   uncovered {m.group()!r:12} …{ctx}…')
print('all spans verified:', len(rows))
