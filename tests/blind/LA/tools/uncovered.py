#!/usr/bin/env python3
"""List every numeral / number word in each document that no gold row covers, with context."""
import csv, os, re, sys
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = r'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|half|halved|third|quarter|fifth|twice|double|doubled|tripled|quadrupled|quintuple|fold'
rows = {}
with open(os.path.join(SET, 'gold.tsv'), encoding='utf-8') as f:
    for g in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
        rows.setdefault(g['doc'], []).append((int(g['start']), int(g['end'])))
for doc in sorted(rows):
    data = open(os.path.join(SET, doc), 'rb').read()
    text = data.decode('utf-8')
    print('==', doc)
    for m in re.finditer(r'\d[\d,.]*|\b(?:%s)\w*' % WORDS, text, re.I):
        bs = len(text[:m.start()].encode()); be = bs + len(m.group().encode())
        if any(s < be and bs < e for s, e in rows[doc]):
            continue
        ctx = text[max(0, m.start() - 30):m.end() + 30].replace('\n', ' ')
        print(f'  {m.group()!r:14} …{ctx}…')
