#!/usr/bin/env python3
"""Check gold.tsv against the documents as stored (binary), and list uncovered numerals.
usage: check.py [-v]
"""
import csv, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
METRICS = {'dsr_investment', 'dsr_project_countries', 'dsr_mou_countries', 'ecommerce_mou_countries',
           'digital_investment_mou_countries', 'internet_users', 'internet_penetration',
           'offline_population', 'cybercrime_cost', 'data_center_cost', 'broadband_people_connected',
           'broadband_households_connected', 'maritime_trade_share', 'value_chain_improvement'}
METRIC_UNIT = {'internet_users': 'people', 'offline_population': 'people', 'internet_penetration': '%',
               'dsr_investment': 'USD', 'data_center_cost': 'USD', 'cybercrime_cost': 'USD/year',
               'broadband_households_connected': 'households', 'broadband_people_connected': 'people',
               'maritime_trade_share': '%', 'value_chain_improvement': '%'}
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
verbose = '-v' in sys.argv
errors = 0

def err(*a):
    global errors
    errors += 1
    print('ERROR', *a)

rows = []
with open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8', newline='') as f:
    header = f.readline().rstrip('\n').split('\t')
    assert header == COLS, header
    for line in f:
        vals = line.rstrip('\n').split('\t')
        assert len(vals) == len(COLS), (len(vals), line)
        rows.append(dict(zip(COLS, vals)))

bydoc = collections.defaultdict(list)
for r in rows:
    bydoc[r['doc']].append(r)

for doc, rs in sorted(bydoc.items()):
    data = open(os.path.join(OUT, doc), 'rb').read()
    text = data.decode('utf-8')
    for r in rs:
        s, e = int(r['start']), int(r['end'])
        if data[s:e] != r['span'].encode('utf-8'):
            err(doc, s, e, repr(r['span']), repr(data[s:e].decode('utf-8', 'replace')))
        if r['qualifier'] not in ('exact', 'approx', 'min', 'max', 'range'):
            err('qualifier', r)
        if r['status'] not in ('core', 'opt'):
            err('status', r)
        if r['metric'] and r['metric'] not in METRICS:
            err('metric', r)
        if r['metric'] in METRIC_UNIT and r['unit'] != METRIC_UNIT[r['metric']]:
            print('WARN unit/metric', doc, r['span'], r['unit'], r['metric'])
        if r['scope'] != r['scope'].lower():
            err('scope case', r)
        try:
            v = float(r['value'])
        except ValueError:
            err('value', r); continue
        if r['qualifier'] == 'range':
            lo, hi = float(r['low']), float(r['high'])
            if abs((lo + hi) / 2 - v) > 1e-9 * max(1, abs(v)):
                err('range midpoint', r)
        if r['qualifier'] == 'min' and (not r['low'] or float(r['low']) != v):
            err('min low', r)
        if r['qualifier'] == 'max' and (not r['high'] or float(r['high']) != v):
            err('max high', r)
        if r['year'] and not re.fullmatch(r'\d{4}', r['year']):
            err('year', r)
    # overlap
    iv = sorted((int(r['start']), int(r['end']), r['span']) for r in rs)
    for a, b in zip(iv, iv[1:]):
        if b[0] < a[1]:
            err('overlap', doc, a, b)
    core = sum(r['status'] == 'core' for r in rs)
    opt = len(rs) - core
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    nonspace = len(re.findall(r'\S', text))
    print(f'{doc}: core {core}, opt {opt}, Han {han}, non-space {nonspace}')
    # uncovered numerals, by character positions
    covered = bytearray(len(data))
    for r in rs:
        for i in range(int(r['start']), int(r['end'])):
            covered[i] = 1
    if verbose:
        # map char index -> byte index
        bidx = []
        b = 0
        for ch in text:
            bidx.append(b)
            b += len(ch.encode('utf-8'))
        pat = re.compile(r'[0-9０-９]+(?:[.,][0-9]+)*|[〇零一二两三四五六七八九十百千万亿半]+')
        for lineno, line in enumerate(text.split('\n')):
            pass
        for m in pat.finditer(text):
            bs = bidx[m.start()]
            if not any(covered[bs:bidx[m.end() - 1] + 1]):
                ctx = text[max(0, m.start() - 12):m.end() + 12].replace('\n', '⏎')
                print(f'  uncovered {m.group()!r:12} … {ctx}')
print('rows', len(rows), 'errors', errors)
sys.exit(1 if errors else 0)
