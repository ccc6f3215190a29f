#!/usr/bin/env python3
"""Re-open each doc in binary, assert data[start:end]==span, validate fields,
count words/claims, list numerals not covered by any gold row."""
import csv, os, re, collections
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
metrics = set('dsr_investment dsr_project_countries dsr_mou_countries ecommerce_mou_countries digital_investment_mou_countries internet_users internet_penetration offline_population cybercrime_cost data_center_cost broadband_people_connected broadband_households_connected maritime_trade_share value_chain_improvement'.split())
rows = list(csv.DictReader(open(os.path.join(base, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
cov = collections.defaultdict(list); cnt = collections.Counter()
for r in rows:
    data = open(os.path.join(base, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    assert data[s:e].decode('utf-8') == r['span'], r
    float(r['value'])
    for k in ('low', 'high'):
        if r[k]: float(r[k])
    assert r['qualifier'] in ('exact', 'approx', 'min', 'max', 'range'), r
    assert r['status'] in ('core', 'opt'), r
    assert r['metric'] == '' or r['metric'] in metrics, r
    assert r['scope'] == r['scope'].lower(), r
    if r['qualifier'] == 'range': assert r['low'] and r['high'], r
    cov[r['doc']].append((s, e)); cnt[(r['doc'], r['status'])] += 1
# overlap check
for d, iv in cov.items():
    iv.sort()
    for a, b in zip(iv, iv[1:]):
        assert a[1] <= b[0], (d, a, b)
for d in sorted(cov):
    data = open(os.path.join(base, d), 'rb').read()
    text = data.decode('utf-8')
    words = len(text.split())
    print(f'== {d}: words={words} core={cnt[(d,"core")]} opt={cnt[(d,"opt")]}')
    for m in re.finditer(rb'\d[\d,.]*', data):
        if not any(s <= m.start() < e for s, e in cov[d]):
            ctx = data[max(0, m.start()-25):m.end()+15].decode('utf-8', 'replace').replace('\n', ' ')
            print('   uncovered:', m.group().decode(), '|', ctx)
print('OK', len(rows))
