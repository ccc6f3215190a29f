#!/usr/bin/env python3
# Re-open each doc in binary, assert data[start:end]==span; list numerals not covered; count chars
import csv,re,glob,os,collections
base=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold=list(csv.DictReader(open(base+'/gold.tsv',encoding='utf-8'),delimiter='\t'))
cov=collections.defaultdict(list); cnt=collections.Counter()
for r in gold:
    d=open(base+'/'+r['doc'],'rb').read()
    assert d[int(r['start']):int(r['end'])].decode('utf-8')==r['span'],r
    float(r['value'])
    cov[r['doc']].append((int(r['start']),int(r['end'])))
    cnt[(r['doc'],r['status'])]+=1
num=re.compile(r'[0-9０-９]+(?:[.,][0-9]+)*|[零一二三四五六七八九十百千万亿两半]+')
for f in sorted(glob.glob(base+'/1*.txt')):
    n=os.path.basename(f); t=open(f,encoding='utf-8').read(); b=t.encode('utf-8')
    han=len(re.findall(r'[\u4e00-\u9fff]',t)); nonws=len(re.sub(r'\s','',t))
    print(f'== {n} han={han} nonws={nonws} core={cnt[(n,"core")]} opt={cnt[(n,"opt")]}')
    for m in re.finditer(r'[0-9]+(?:[.,][0-9]+)*',t):
        s=len(t[:m.start()].encode()); e=s+len(m.group().encode())
        if not any(a<e and s<bb for a,bb in cov[n]):
            print('  UNCOVERED',repr(t[max(0,m.start()-8):m.end()+6]))
