#!/usr/bin/env python3
"""List every numeral / number word in each document that no gold row covers,
with context, for reading by hand."""
import re, os, csv, sys
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS=r'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|third|thirds|quarter|double|doubled|doubling|triple|tripled|zero|dozen|twice|once'
PAT=re.compile(r'\b\d{1,2}:\d\d\b|\d[\d,.]*|\b(?:%s)\b'%WORDS, re.I)
gold=list(csv.DictReader(open(os.path.join(ROOT,'gold.tsv'),encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))
docs=sys.argv[1:] or sorted({g['doc'] for g in gold})
for doc in docs:
    data=open(os.path.join(ROOT,doc),'rb').read(); text=data.decode('utf-8')
    cov=[(int(g['start']),int(g['end'])) for g in gold if g['doc']==doc]
    print('=====',doc)
    for m in PAT.finditer(text):
        bs=len(text[:m.start()].encode()); be=bs+len(m.group(0).encode())
        if re.fullmatch(r'\d{1,2}:\d\d',m.group(0)): continue  # caption timestamps / times of day
        if any(s<be and bs<e for s,e in cov): continue
        ctx=text[max(0,m.start()-35):m.end()+25].replace('\n','⏎')
        print(f'  {m.group(0)!r:14} {ctx}')
