#!/usr/bin/env python3
"""Check LF gold.tsv against the documents as stored.
- re-opens each document in binary and asserts data[start:end] == span (UTF-8)
- checks column values (qualifier, status, metric ids, metric/unit, range midpoints, min/max bounds,
  lower-case scope, 4-digit years, no overlapping rows)
- with -v writes uncovered_numerals.txt: every numeral run no row covers, in context
- prints per-document counts (Han chars / non-space chars / core / opt)
"""
import csv, re, sys, pathlib
from decimal import Decimal
from collections import defaultdict
HERE = pathlib.Path(__file__).resolve().parent
D = HERE.parent
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
METRICS = {'dsr_investment': 'USD', 'dsr_project_countries': 'countries', 'dsr_mou_countries': 'countries',
           'ecommerce_mou_countries': 'countries', 'digital_investment_mou_countries': 'countries',
           'internet_users': 'people', 'internet_penetration': '%', 'offline_population': 'people',
           'cybercrime_cost': 'USD/year', 'data_center_cost': 'USD', 'broadband_people_connected': 'people',
           'broadband_households_connected': 'households', 'maritime_trade_share': '%',
           'value_chain_improvement': '%'}
# metric rows whose currency is not USD (nothing is converted): allowed, listed here
CURRENCY_OK = {'data_center_cost': ('KES', 'KZT', 'USD'), 'cybercrime_cost': ('USD/year', 'UZS/year')}
rows = list(csv.DictReader(open(D / 'gold.tsv', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
with open(D / 'gold.tsv', encoding='utf-8') as f:
    assert f.readline().rstrip('\n').split('\t') == COLS
errs = []
bydoc = defaultdict(list)
for i, r in enumerate(rows, 2):
    bydoc[r['doc']].append(r)
    data = (D / r['doc']).read_bytes()
    s, e = int(r['start']), int(r['end'])
    if data[s:e] != r['span'].encode('utf-8'):
        errs.append(f'line {i}: offset mismatch {r["span"]!r} vs {data[s:e]!r}')
    if r['qualifier'] not in ('exact', 'approx', 'min', 'max', 'range'):
        errs.append(f'line {i}: qualifier {r["qualifier"]}')
    if r['status'] not in ('core', 'opt'):
        errs.append(f'line {i}: status')
    if not r['unit']:
        errs.append(f'line {i}: no unit')
    m = r['metric']
    if m:
        if m not in METRICS:
            errs.append(f'line {i}: metric {m}')
        elif r['unit'] != METRICS[m] and r['unit'] not in CURRENCY_OK.get(m, ()):
            errs.append(f'line {i}: metric {m} with unit {r["unit"]}')
    v = Decimal(r['value'])
    lo = Decimal(r['low']) if r['low'] else None
    hi = Decimal(r['high']) if r['high'] else None
    q = r['qualifier']
    if q == 'range' and (lo is None or hi is None or (lo + hi) / 2 != v):
        errs.append(f'line {i}: range midpoint')
    if q == 'min' and lo != v:
        errs.append(f'line {i}: min without low')
    if q == 'max' and hi != v:
        errs.append(f'line {i}: max without high')
    if q in ('exact', 'approx') and (lo is not None or hi is not None):
        errs.append(f'line {i}: bounds on exact/approx')
    if r['scope'] != r['scope'].lower():
        errs.append(f'line {i}: scope case')
    if r['year'] and not re.fullmatch(r'\d{4}', r['year']):
        errs.append(f'line {i}: year')
for doc, rs in bydoc.items():
    iv = sorted((int(r['start']), int(r['end']), r['span']) for r in rs)
    for a, b in zip(iv, iv[1:]):
        if b[0] < a[1]:
            errs.append(f'{doc}: overlap {a} {b}')
print('rows', len(rows), 'errors', len(errs))
for e in errs:
    print(' ', e)
NUM = re.compile(r'[0-9０-９][0-9０-９,，.．]*|[〇零一二两三四五六七八九十百千万亿半]+')
han = re.compile(r'[\u4e00-\u9fff]')
out = []
for p in sorted(D.glob('*.txt')):
    t = p.read_text(encoding='utf-8')
    b = t.encode('utf-8')
    rs = bydoc.get(p.name, [])
    core = sum(r['status'] == 'core' for r in rs)
    opt = len(rs) - core
    nh = len(han.findall(t)); ns = len(re.sub(r'\s', '', t))
    print(f'{p.name}\tHan {nh}\tnon-space {ns}\tcore {core}\topt {opt}')
    cov = [(int(r['start']), int(r['end'])) for r in rs]
    out.append(f'== {p.name}')
    for mm in NUM.finditer(t):
        s = len(t[:mm.start()].encode('utf-8'))
        e = s + len(mm.group().encode('utf-8'))
        if any(s < ce and cs < e for cs, ce in cov):
            continue
        ctx = t[max(0, mm.start() - 12):mm.end() + 12].replace('\n', '⏎').replace('\t', '→')
        out.append(f'{s}\t{mm.group()}\t{ctx}')
if '-v' in sys.argv:
    (HERE / 'uncovered_numerals.txt').write_text('\n'.join(out) + '\n', encoding='utf-8')
    print('wrote uncovered_numerals.txt', len(out))
sys.exit(1 if errs else 0)
