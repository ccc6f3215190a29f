#!/usr/bin/env python3
"""Re-open each doc in binary, assert data[start:end]==span; report counts, sizes,
and list every numeral (digits or Chinese numerals) not covered by a gold row."""
import csv, os, re, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METRICS = set('dsr_investment dsr_project_countries dsr_mou_countries ecommerce_mou_countries digital_investment_mou_countries internet_users internet_penetration offline_population cybercrime_cost data_center_cost broadband_people_connected broadband_households_connected maritime_trade_share value_chain_improvement'.split())
rows = list(csv.DictReader(open(os.path.join(OUT,'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
bydoc = collections.defaultdict(list)
for r in rows:
    data = open(os.path.join(OUT, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    assert data[s:e].decode('utf-8') == r['span'], r
    assert r['status'] in ('core','opt')
    assert r['qualifier'] in ('exact','approx','min','max','range'), r
    assert r['metric'] == '' or r['metric'] in METRICS, r
    float(r['value'])
    bydoc[r['doc']].append((s, e, r))
NUM = re.compile(r'[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+')
for doc in sorted(bydoc):
    data = open(os.path.join(OUT, doc), 'rb').read()
    txt = data.decode('utf-8')
    spans = sorted((s, e) for s, e, _ in bydoc[doc])
    for i in range(1, len(spans)):
        assert spans[i][0] >= spans[i-1][1], (doc, spans[i-1], spans[i])
    core = sum(1 for *_, r in bydoc[doc] if r['status']=='core')
    opt = len(bydoc[doc]) - core
    han = len(re.findall(r'[\u4e00-\u9fff]', txt))
    print(f'== {doc}: core={core} opt={opt} han_chars={han} chars={len(txt)}')
    if '-v' in sys.argv:
        for m in NUM.finditer(txt):
            bs = len(txt[:m.start()].encode()); be = bs + len(m.group().encode())
            if any(s < be and bs < e for s, e in spans): continue
            ctx = txt[max(0,m.start()-8):m.end()+8].replace('\n',' ')
            print('   uncovered:', repr(m.group()), '|', ctx)
print('OK', len(rows), 'rows checked')
