#!/usr/bin/env python3
"""Re-open every document in binary and assert data[start:end]==span; sanity-check
value/low/high/qualifier consistency and metric ids."""
import csv, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METRICS = {'', 'dsr_investment','dsr_project_countries','dsr_mou_countries','ecommerce_mou_countries',
 'digital_investment_mou_countries','internet_users','internet_penetration','offline_population',
 'cybercrime_cost','data_center_cost','broadband_people_connected','broadband_households_connected',
 'maritime_trade_share','value_chain_improvement'}
rows = list(csv.DictReader(open(os.path.join(D,'gold.tsv'),encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
cache = {}; n = 0
for r in rows:
    data = cache.setdefault(r['doc'], open(os.path.join(D, r['doc']),'rb').read())
    assert data[int(r['start']):int(r['end'])].decode('utf-8') == r['span'], r
    v = float(r['value']); lo = r['low']; hi = r['high']; q = r['qualifier']
    assert r['metric'] in METRICS, r
    if q == 'range': assert lo and hi and abs((float(lo)+float(hi))/2 - v) <= 0.006*abs(v)+1e-9, r
    if q == 'min': assert lo and float(lo) == v and not hi, r
    if q == 'max': assert hi and float(hi) == v and not lo, r
    if q in ('exact','approx'): assert not lo and not hi, r
    assert r['status'] in ('core','opt')
    n += 1
print('ok', n, 'rows')
