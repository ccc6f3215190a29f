#!/usr/bin/env python3
"""Check gold.tsv against the documents as stored.

 - re-opens every document in binary and asserts data[start:end] == span (UTF-8)
 - checks columns, status, qualifier, low/high consistency, metric ids
 - prints per-document counts (core/opt), Han character and non-space character counts
 - lists every numeral (Arabic digits, Chinese numerals) not covered by a gold row,
   with its context, for reading by hand.
"""
import csv, os, re, sys, collections
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
METRICS = {'', 'dsr_investment', 'dsr_project_countries', 'dsr_mou_countries', 'ecommerce_mou_countries',
           'digital_investment_mou_countries', 'internet_users', 'internet_penetration', 'offline_population',
           'cybercrime_cost', 'data_center_cost', 'broadband_people_connected',
           'broadband_households_connected', 'maritime_trade_share', 'value_chain_improvement'}
QUALS = {'exact', 'approx', 'min', 'max', 'range'}

rows = list(csv.DictReader(open(os.path.join(ROOT, 'gold.tsv'), encoding='utf-8'), delimiter='\t',
                           quoting=csv.QUOTE_NONE))
with open(os.path.join(ROOT, 'gold.tsv'), encoding='utf-8') as fh:
    assert fh.readline().rstrip('\n').split('\t') == COLS
bydoc = collections.defaultdict(list)
errors = 0
for r in rows:
    bydoc[r['doc']].append(r)
    data = open(os.path.join(ROOT, r['doc']), 'rb').read()
    s, e = int(r['start']), int(r['end'])
    if data[s:e] != r['span'].encode('utf-8'):
        print('SPAN MISMATCH', r['doc'], s, e, r['span'], data[s:e].decode('utf-8', 'replace'))
        errors += 1
    if r['status'] not in ('core', 'opt'):
        print('BAD STATUS', r); errors += 1
    if r['qualifier'] not in QUALS:
        print('BAD QUAL', r); errors += 1
    if r['metric'] not in METRICS:
        print('BAD METRIC', r); errors += 1
    Decimal(r['value'])
    if r['qualifier'] == 'range':
        lo, hi = Decimal(r['low']), Decimal(r['high'])
        if abs((lo + hi) / 2 - Decimal(r['value'])) > Decimal('1e-9') * max(1, abs(Decimal(r['value']))):
            print('RANGE MIDPOINT', r); errors += 1
    if r['qualifier'] == 'min' and r['low'] == '':
        print('MIN WITHOUT LOW', r); errors += 1
    if r['qualifier'] == 'max' and r['high'] == '':
        print('MAX WITHOUT HIGH', r); errors += 1
    if not r['unit']:
        print('NO UNIT', r); errors += 1

# overlapping spans within a doc
for d, rs in bydoc.items():
    rs2 = sorted(rs, key=lambda r: int(r['start']))
    for a, b in zip(rs2, rs2[1:]):
        if int(b['start']) < int(a['end']):
            print('OVERLAP', d, a['span'], b['span']); errors += 1

NUM = re.compile(r'[0-9０-９][0-9０-９,.，]*|[零〇一二两三四五六七八九十百千万亿]+')
print()
print('%-48s %5s %5s %6s %6s' % ('doc', 'core', 'opt', 'han', 'nonsp'))
for fn in sorted(f for f in os.listdir(ROOT) if f.endswith('.txt')):
    text = open(os.path.join(ROOT, fn), 'rb').read().decode('utf-8')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    nonsp = len(re.sub(r'\s', '', text))
    rs = bydoc.get(fn, [])
    c = sum(r['status'] == 'core' for r in rs)
    o = sum(r['status'] == 'opt' for r in rs)
    print('%-48s %5d %5d %6d %6d' % (fn, c, o, han, nonsp))
print()
if '-u' in sys.argv:
    for fn in sorted(f for f in os.listdir(ROOT) if f.endswith('.txt')):
        data = open(os.path.join(ROOT, fn), 'rb').read()
        text = data.decode('utf-8')
        covered = [(int(r['start']), int(r['end'])) for r in bydoc.get(fn, [])]
        print('== uncovered numerals in', fn)
        for m in NUM.finditer(text):
            bs = len(text[:m.start()].encode('utf-8'))
            be = bs + len(m.group().encode('utf-8'))
            if any(s < be and bs < e for s, e in covered):
                continue
            ctx = text[max(0, m.start() - 12):m.end() + 8].replace('\n', '⏎')
            print('   %-10s | %s' % (m.group(), ctx))
print('errors:', errors)
sys.exit(1 if errors else 0)
