#!/usr/bin/env python3
"""Verify gold.tsv against the files (binary), validate fields, list uncovered numerals."""
import os, re, csv, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
METRICS = {'', 'dsr_investment','dsr_project_countries','dsr_mou_countries','ecommerce_mou_countries',
 'digital_investment_mou_countries','internet_users','internet_penetration','offline_population',
 'cybercrime_cost','data_center_cost','broadband_people_connected','broadband_households_connected',
 'maritime_trade_share','value_chain_improvement'}
lines = open(os.path.join(ROOT, 'gold.tsv'), encoding='utf-8').read().split('\n')
assert lines[0].split('\t') == COLS, lines[0]
rows = [dict(zip(COLS, l.split('\t'))) for l in lines[1:] if l]
for l in lines[1:]:
    if l: assert len(l.split('\t')) == len(COLS), l
cache = {}; cover = collections.defaultdict(list); counts = collections.Counter()
for r in rows:
    d = cache.setdefault(r['doc'], open(os.path.join(ROOT, r['doc']), 'rb').read())
    s, e = int(r['start']), int(r['end'])
    assert d[s:e] == r['span'].encode('utf-8'), (r['doc'], s, e, d[s:e], r['span'])
    assert r['status'] in ('core', 'opt'); assert r['metric'] in METRICS, r['metric']
    assert r['qualifier'] in ('exact','approx','min','max','range'), r
    float(r['value'])
    if r['qualifier'] == 'range': assert r['low'] and r['high'], r
    if r['year']: assert re.fullmatch(r'\d{4}', r['year'])
    cover[r['doc']].append((s, e)); counts[(r['doc'], r['status'])] += 1
print('all', len(rows), 'spans verified byte-exact')
for doc in sorted(cache):
    data = cache[doc]; text = data.decode('utf-8')
    print(f'\n== {doc}: core {counts[(doc,"core")]} opt {counts[(doc,"opt")]} words {len(text.split())}')
    for m in re.finditer(r'\d[\d,.]*', text):
        bs = len(text[:m.start()].encode('utf-8')); be = bs + len(m.group().encode('utf-8'))
        if not any(s < be and bs < e for s, e in cover[doc]):
            line = text[max(0, m.start()-30):m.end()+20].replace('\n', '⏎')
            print(f'  uncovered {m.group()!r:14} …{line}…')
