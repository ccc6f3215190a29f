#!/usr/bin/env python3
"""Build /work/blind/LC/gold.tsv from tools/ann/*.ann and check it.

.ann format (one claim per line):
  @doc FILE                      document the following rows belong to
  @set k=v; k=v                  defaults for following rows (sc, y, src, m, u, q, st)
  CONTEXT || k=v; k=v; ...       claim row
CONTEXT is literal text of the document (\\n = newline) with the span in [[...]];
it must occur exactly once. CONTEXT may instead be  ROW:<line start>|<k>  : the
unique line that starts with <line start>; the span is the k-th number on it
after the label (1-based).
Keys: v value, u unit, q qualifier (default exact), lo, hi, m metric, sc scope,
y year, src source, st status (core/opt, default core), note. A key given as
'k=' sets it empty. min -> low=v, max -> high=v unless given; range needs lo,hi
(v defaults to the midpoint).
"""
import re, sys, os, glob, csv
BASE=os.path.dirname(os.path.abspath(__file__)); ROOT=os.path.dirname(BASE)
NUM=re.compile(r'[+-]?\d[\d,]*(?:\.\d+)?')
COLS="doc start end span value low high unit qualifier metric scope year source status note".split()
def parse_kv(s):
    d={}
    for part in s.split(';'):
        part=part.strip()
        if not part: continue
        k,_,v=part.partition('=')
        d[k.strip()]=v.strip()
    return d
def fmt(x):
    if x in ('',None): return ''
    f=float(x)
    if f==int(f) and abs(f)<1e16: return str(int(f))
    return repr(round(f,6))
rows=[]; errors=[]
for ann in sorted(glob.glob(os.path.join(BASE,'ann','*.ann'))):
    doc=None; defaults={}
    for ln,line in enumerate(open(ann,encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        if line.startswith('@doc '):
            doc=line[5:].strip(); text=open(os.path.join(ROOT,doc),encoding='utf-8').read(); defaults={}; continue
        if line.startswith('@set '):
            defaults.update(parse_kv(line[5:])); continue
        ctx,sep,kv=line.partition(' || ')
        if not sep: errors.append(f'{ann}:{ln}: no ||'); continue
        d=dict(defaults); d.update(parse_kv(kv))
        if ctx.startswith('ROW:'):
            label,_,k=ctx[4:].rpartition('|'); k=int(k)
            lines=[(m.start(),m.group(0)) for m in re.finditer(r'(?m)^.*$',text) if m.group(0).startswith(label)]
            if len(lines)!=1: errors.append(f'{ann}:{ln}: row label {label!r} matches {len(lines)} lines'); continue
            off,lt=lines[0]; nums=list(NUM.finditer(lt,len(label)))
            if k>len(nums): errors.append(f'{ann}:{ln}: row has {len(nums)} numbers'); continue
            mm=nums[k-1]; cstart=off+mm.start(); span=mm.group(0)
        else:
            ctx=ctx.replace('\\n','\n')
            if ctx.count('[[')!=1: errors.append(f'{ann}:{ln}: need one [[..]]'); continue
            pre,rest=ctx.split('[[',1); span,post=rest.split(']]',1)
            plain=pre+span+post
            n=text.count(plain)
            if n!=1: errors.append(f'{ann}:{ln}: context found {n} times: {plain!r}'); continue
            cstart=text.index(plain)+len(pre)
        start=len(text[:cstart].encode('utf-8')); end=start+len(span.encode('utf-8'))
        q=d.get('q','exact') or 'exact'; v=d.get('v',''); lo=d.get('lo',''); hi=d.get('hi','')
        if q=='min' and lo=='': lo=v
        if q=='max' and hi=='': hi=v
        if q=='range':
            if lo=='' or hi=='': errors.append(f'{ann}:{ln}: range needs lo/hi'); continue
            if v=='': v=str((float(lo)+float(hi))/2)
        if v=='': errors.append(f'{ann}:{ln}: no value'); continue
        rows.append(dict(doc=doc,start=start,end=end,span=span,value=fmt(v),low=fmt(lo),high=fmt(hi),
            unit=d.get('u',''),qualifier=q,metric=d.get('m',''),scope=d.get('sc',''),year=d.get('y',''),
            source=d.get('src',''),status=d.get('st','core') or 'core',note=d.get('note',''),_ann=f'{os.path.basename(ann)}:{ln}'))
# checks
for r in rows:
    if r['unit']=='': errors.append(f"{r['_ann']}: empty unit")
    if r['status'] not in ('core','opt'): errors.append(f"{r['_ann']}: bad status")
    if r['qualifier'] not in ('exact','approx','min','max','range'): errors.append(f"{r['_ann']}: bad qualifier")
    if any(c in r['span'] for c in '\t\n'): errors.append(f"{r['_ann']}: tab/newline in span")
    for k in COLS:
        if '\t' in str(r[k]) or '\n' in str(r[k]): errors.append(f"{r['_ann']}: tab/newline in {k}")
bydoc={}
for r in rows: bydoc.setdefault(r['doc'],[]).append(r)
for doc,rs in bydoc.items():
    rs.sort(key=lambda r:(r['start'],r['end']))
    for a,b in zip(rs,rs[1:]):
        if b['start']<a['end']: errors.append(f"overlap in {doc}: {a['_ann']} {a['span']!r} / {b['_ann']} {b['span']!r}")
if errors:
    print('\n'.join(errors)); sys.exit(1)
out=os.path.join(ROOT,'gold.tsv')
with open(out,'w',encoding='utf-8',newline='') as f:
    f.write('\t'.join(COLS)+'\n')
    for doc in sorted(bydoc):
        for r in bydoc[doc]:
            f.write('\t'.join(str(r[k]) for k in COLS)+'\n')
# re-open and verify bytes
n=0
with open(out,encoding='utf-8',newline='') as f:
    rd=csv.DictReader(f,delimiter='\t',quoting=csv.QUOTE_NONE)
    assert rd.fieldnames==COLS
    for r in rd:
        data=open(os.path.join(ROOT,r['doc']),'rb').read()
        assert data[int(r['start']):int(r['end'])]==r['span'].encode('utf-8'),r
        n+=1
print(f'OK {n} rows written and verified')
for doc,rs in sorted(bydoc.items()):
    c=sum(r['status']=='core' for r in rs); o=len(rs)-c
    print(f'{doc}\tcore={c}\topt={o}')
