#!/usr/bin/env python3
"""Independent check of gold.tsv against the documents as stored.
 - re-opens every document in binary and asserts data[start:end] == span (UTF-8)
 - checks column count, status, qualifier, low/high consistency, no overlapping spans
 - prints words / core / opt per document
 - lists every numeral (digits or number words) not covered by a gold row, for reading by hand
"""
import csv, os, re, sys, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METRICS = set("""dsr_investment dsr_project_countries dsr_mou_countries ecommerce_mou_countries
digital_investment_mou_countries internet_users internet_penetration offline_population cybercrime_cost
data_center_cost broadband_people_connected broadband_households_connected maritime_trade_share
value_chain_improvement""".split())
NUMWORDS = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|quarter|dozen|double|doubled|triple|tripled|twice|thrice)"
NUM = re.compile(r"\d[\d,.]*|½|¼|¾|\b" + NUMWORDS + r"\b", re.I)

lines = open(os.path.join(OUT, 'gold.tsv'), encoding='utf-8').read().split('\n')
header = lines[0].split('\t')
assert header == "doc start end span value low high unit qualifier metric scope year source status note".split(), header
rows = [l.split('\t') for l in lines[1:] if l]
bydoc = collections.defaultdict(list)
bad = 0
for r in rows:
    assert len(r) == 15, r
    d = dict(zip(header, r))
    bydoc[d['doc']].append(d)
    data = open(os.path.join(OUT, d['doc']), 'rb').read()
    s, e = int(d['start']), int(d['end'])
    if data[s:e] != d['span'].encode('utf-8'):
        print('MISMATCH', d); bad += 1
    assert d['status'] in ('core', 'opt'), d
    assert d['qualifier'] in ('exact', 'approx', 'min', 'max', 'range'), d
    assert d['metric'] == '' or d['metric'] in METRICS, d
    float(d['value'])
    if d['qualifier'] == 'range':
        assert float(d['low']) <= float(d['value']) <= float(d['high']), d
    if d['qualifier'] == 'min': assert d['low'] and not d['high'], d
    if d['qualifier'] == 'max': assert d['high'] and not d['low'], d
    if d['scope'] != d['scope'].lower(): print('SCOPE CASE', d)
print('offset mismatches:', bad)
tot = collections.Counter()
for doc in sorted(bydoc):
    data = open(os.path.join(OUT, doc), 'rb').read()
    text = data.decode('utf-8')
    rs = sorted(bydoc[doc], key=lambda d: int(d['start']))
    for a, b in zip(rs, rs[1:]):
        if int(b['start']) < int(a['end']):
            print('OVERLAP', doc, a['span'], '|', b['span'])
    words = len(text.split())
    c = sum(1 for d in rs if d['status'] == 'core'); o = len(rs) - c
    tot['core'] += c; tot['opt'] += o
    print('\n== %s  words=%d core=%d opt=%d' % (doc, words, c, o))
    covered = [(int(d['start']), int(d['end'])) for d in rs]
    stamps = [(m.start(), m.end()) for m in re.finditer(r'\[\d\d:\d\d:\d\d\]', text)]
    for m in NUM.finditer(text):
        if any(a <= m.start() < b for a, b in stamps):
            continue
        bs = len(text[:m.start()].encode('utf-8')); be = bs + len(m.group(0).encode('utf-8'))
        if any(s < be and bs < e for s, e in covered):
            continue
        ctx = text[max(0, m.start()-35):m.end()+25].replace('\n', ' / ')
        print('   uncovered %-12r ...%s...' % (m.group(0), ctx))
print('\nTOTAL', dict(tot))
