#!/usr/bin/env python3
"""Independent check of gold.tsv: column count, header, byte spans, field vocabularies, numbers."""
import sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
METRICS = {'', 'dsr_investment', 'dsr_project_countries', 'dsr_mou_countries', 'ecommerce_mou_countries',
           'digital_investment_mou_countries', 'internet_users', 'internet_penetration', 'offline_population',
           'cybercrime_cost', 'data_center_cost', 'broadband_people_connected', 'broadband_households_connected',
           'maritime_trade_share', 'value_chain_improvement'}
lines = open(os.path.join(ROOT, 'gold.tsv'), encoding='utf-8').read().split('\n')
assert lines[0].split('\t') == COLS, lines[0]
n = 0; prev = {}
for i, line in enumerate(lines[1:], 2):
    if not line: continue
    r = dict(zip(COLS, line.split('\t'))); assert len(line.split('\t')) == 15, i
    data = open(os.path.join(ROOT, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    assert data[s:e] == r['span'].encode('utf-8'), (i, r['span'], data[s:e])
    assert s >= prev.get(r['doc'], 0), ('overlap/order', i)
    prev[r['doc']] = e
    float(r['value']); [float(r[k]) for k in ('low', 'high') if r[k]]
    assert r['qualifier'] in ('exact', 'approx', 'min', 'max', 'range'), i
    assert r['status'] in ('core', 'opt'), i
    assert r['metric'] in METRICS, (i, r['metric'])
    assert r['scope'] == r['scope'].lower(), i
    assert r['year'] == '' or (r['year'].isdigit() and len(r['year']) == 4), i
    if r['qualifier'] == 'range': assert r['low'] and r['high'], i
    if r['qualifier'] == 'min': assert r['low'], i
    if r['qualifier'] == 'max': assert r['high'], i
    n += 1
print('gold.tsv OK:', n, 'rows; every span equals the file bytes at [start,end)')
