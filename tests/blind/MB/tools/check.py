#!/usr/bin/env python3
"""Check gold.tsv against the documents, byte for byte, and list every numeral no row covers."""
import csv, os, re, sys, glob

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
METRICS = {'', 'dsr_investment', 'dsr_project_countries', 'dsr_mou_countries', 'ecommerce_mou_countries',
           'digital_investment_mou_countries', 'internet_users', 'internet_penetration',
           'offline_population', 'cybercrime_cost', 'data_center_cost', 'broadband_people_connected',
           'broadband_households_connected', 'maritime_trade_share', 'value_chain_improvement'}
NUMWORDS = r'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|third|quarter|fifth|double|doubled|triple|tripled|twice|fold'
NUMRE = re.compile(r'\d[\d,.]*|\b(?:%s)\b' % NUMWORDS, re.I)

errors = 0
def err(msg):
    global errors
    errors += 1
    print('ERROR', msg)

with open(os.path.join(SET, 'gold.tsv'), encoding='utf-8', newline='') as fh:
    lines = fh.read().split('\n')
assert lines[0].split('\t') == COLS, 'bad header'
rows = []
for i, ln in enumerate(lines[1:], 2):
    if not ln:
        continue
    f = ln.split('\t')
    if len(f) != 15:
        err('line %d has %d fields' % (i, len(f)))
        continue
    rows.append(dict(zip(COLS, f)))

with open(os.path.join(SET, 'sources.csv'), encoding='utf-8', newline='') as fh:
    src = list(csv.DictReader(fh))
srcdocs = {r['file'] for r in src}
for r in src:
    if not re.fullmatch(r'\d{4}-\d\d-\d\d', r['date']):
        err('bad date in sources.csv: %r' % r['date'])

docs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(SET, '1*.txt')))
data = {}
for d in docs:
    b = open(os.path.join(SET, d), 'rb').read()
    if b.startswith(b'\xef\xbb\xbf'): err('%s has BOM' % d)
    if b'\r' in b: err('%s has CR' % d)
    b.decode('utf-8')
    data[d] = b
    if d not in srcdocs: err('%s missing from sources.csv' % d)

for r in rows:
    d = r['doc']
    if d not in data:
        err('unknown doc %s' % d); continue
    s, e = int(r['start']), int(r['end'])
    got = data[d][s:e].decode('utf-8')
    if got != r['span']:
        err('%s %d-%d span %r != file %r' % (d, s, e, r['span'], got))
    if r['status'] not in ('core', 'opt'): err('status %r' % r['status'])
    q = r['qualifier']
    if q not in ('exact', 'approx', 'min', 'max', 'range'): err('qualifier %r' % q)
    if r['metric'] not in METRICS: err('metric %r' % r['metric'])
    v = float(r['value'])
    if q == 'min' and r['low'] == '': err('min without low: %r' % r['span'])
    if q == 'max' and r['high'] == '': err('max without high: %r' % r['span'])
    if q == 'range':
        lo, hi = float(r['low']), float(r['high'])
        if abs((lo + hi) / 2 - v) > 1e-9 * max(1, abs(v)): err('range midpoint %r' % r['span'])
    if r['year'] and not re.fullmatch(r'(19|20)\d\d', r['year']): err('year %r' % r['year'])
    if r['scope'] != r['scope'].lower(): err('scope not lower case %r' % r['scope'])
    if not r['unit']: err('empty unit %r' % r['span'])

# overlaps
by = {}
for r in rows:
    by.setdefault(r['doc'], []).append((int(r['start']), int(r['end']), r['span']))
for d, lst in by.items():
    lst.sort()
    for a, b in zip(lst, lst[1:]):
        if b[0] < a[1]: err('overlap in %s: %r %r' % (d, a, b))

print('%-48s %6s %5s %4s' % ('doc', 'words', 'core', 'opt'))
for d in docs:
    txt = data[d].decode('utf-8')
    core = sum(1 for r in rows if r['doc'] == d and r['status'] == 'core')
    opt = sum(1 for r in rows if r['doc'] == d and r['status'] == 'opt')
    w = len(txt.split())
    print('%-48s %6d %5d %4d' % (d, w, core, opt))
    if not 700 <= w <= 1200: err('%s word count %d' % (d, w))
    if not 35 <= core <= 60: err('%s core count %d' % (d, core))
print('rows: %d (core %d, opt %d); errors: %d' % (len(rows), sum(r['status'] == 'core' for r in rows),
      sum(r['status'] == 'opt' for r in rows), errors))

if '-v' in sys.argv:
    print('\nNumerals not covered by any gold row (read by hand):')
    for d in docs:
        txt = data[d].decode('utf-8')
        spans = [(s, e) for s, e, _ in by.get(d, [])]
        print('\n==', d)
        for m in NUMRE.finditer(txt):
            bs = len(txt[:m.start()].encode('utf-8'))
            be = len(txt[:m.end()].encode('utf-8'))
            if any(s < be and bs < e for s, e in spans):
                continue
            line = txt[max(0, m.start() - 40):m.end() + 30].replace('\n', ' ')
            print('  %-12s | %s' % (m.group(0), line))
sys.exit(1 if errors else 0)
