#!/usr/bin/env python3
"""Independent check of ../gold.tsv.

1. Re-opens every document in binary and asserts data[start:end] decoded equals the
   span column (a line break inside the span is shown as one space in the TSV).
2. Checks columns, status values, numeric fields, low<=value<=high, metric ids.
3. Lists every numeral (digit run or number word) that no gold row covers, with
   context, so the list can be read by hand (dates, ordinals, ids, page furniture).
"""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
METRICS = {'', 'dsr_investment', 'dsr_project_countries', 'dsr_mou_countries', 'ecommerce_mou_countries',
           'digital_investment_mou_countries', 'internet_users', 'internet_penetration', 'offline_population',
           'cybercrime_cost', 'data_center_cost', 'broadband_people_connected',
           'broadband_households_connected', 'maritime_trade_share', 'value_chain_improvement'}
QUALS = {'exact', 'approx', 'min', 'max', 'range'}
WORDS = r'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|half|third|quarter|fifth|double|twice|dozen'
NUMRX = re.compile(r'\d[\d,.]*|\b(?:' + WORDS + r')\b', re.I)

with open(os.path.join(SET, 'gold.tsv'), encoding='utf-8', newline='') as f:
    rd = csv.DictReader(f, delimiter='\t')
    assert rd.fieldnames == COLS, rd.fieldnames
    gold = list(rd)

bad = 0
data = {}
for g in gold:
    doc = g['doc']
    if doc not in data:
        with open(os.path.join(SET, doc), 'rb') as f:
            data[doc] = f.read()
    s, e = int(g['start']), int(g['end'])
    got = data[doc][s:e].decode('utf-8')
    if got.replace('\n', ' ') != g['span'] or not got.strip() == got:
        print('SPAN MISMATCH', doc, s, e, repr(got), repr(g['span'])); bad += 1
    if g['status'] not in ('core', 'opt'): print('STATUS', g); bad += 1
    if g['qualifier'] not in QUALS: print('QUAL', g); bad += 1
    if g['metric'] not in METRICS: print('METRIC', g); bad += 1
    v = float(g['value'])
    lo = float(g['low']) if g['low'] else None
    hi = float(g['high']) if g['high'] else None
    if (lo is not None and lo > v * 1.0000001) or (hi is not None and hi < v * 0.9999999):
        print('BOUNDS', g); bad += 1
    if g['qualifier'] == 'range' and (lo is None or hi is None or abs((lo + hi) / 2 - v) > 1e-6 * max(v, 1)):
        print('RANGE MIDPOINT', g); bad += 1
    if g['qualifier'] == 'min' and lo is None: print('MIN WITHOUT LOW', g); bad += 1
    if g['qualifier'] == 'max' and hi is None: print('MAX WITHOUT HIGH', g); bad += 1
    if g['year'] and not re.fullmatch(r'(19|20)\d\d', g['year']): print('YEAR', g); bad += 1
    if g['scope'] != g['scope'].lower(): print('SCOPE CASE', g); bad += 1
    if g['unit'].endswith('/year') and g['unit'].split('/')[0] not in ('USD', 'KES', 'KGS', 'KZT', 'IDR', 'LAK', 'CNY'):
        print('UNIT', g); bad += 1
print('rows', len(gold), 'problems', bad)

# uncovered numerals
report = []
for doc in sorted(data):
    b = data[doc]
    t = b.decode('utf-8')
    cov = [(int(g['start']), int(g['end'])) for g in gold if g['doc'] == doc]
    report.append(f'== {doc}')
    for m in NUMRX.finditer(t):
        bs = len(t[:m.start()].encode('utf-8')); be = bs + len(m.group().encode('utf-8'))
        if any(s < be and bs < e for s, e in cov):
            continue
        ctx = t[max(0, m.start() - 30):m.end() + 30].replace('\n', ' ')
        report.append(f'{bs:6d} {m.group()!r:16s} ...{ctx}...')
with open(os.path.join(HERE, 'uncovered_numerals.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(report) + '\n')
print('uncovered numerals listed in tools/uncovered_numerals.txt')
sys.exit(1 if bad else 0)
