#!/usr/bin/env python3
# Build docs + gold from annotated sources in src/*.src
# Syntax: ⟦span|value|unit|qual|k=v|k=v...⟧ ; keys: lo hi m(metric) sc(scope) y(year) s(source) st(status) n(note)
# Header lines "#D k=v|k=v" set defaults for sc,y,s (override with k=- to blank)
import re,glob,os,sys
base=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows=[]
for f in sorted(glob.glob(base+'/src/*.src')):
    name=os.path.basename(f)[:-4]+'.txt'
    lines=open(f,encoding='utf-8').read().split('\n')
    defaults={}
    body=[]
    for l in lines:
        if l.startswith('#D '):
            for kv in l[3:].split('|'):
                k,v=kv.split('=',1); defaults[k]=v.replace('¦','|')
        else: body.append(l)
    text='\n'.join(body)
    out=bytearray(); pos=0
    for m in re.finditer(r'⟦(.*?)⟧',text,re.S):
        out+=text[pos:m.start()].encode('utf-8')
        parts=m.group(1).split('|')
        span,val,unit,qual=parts[:4]
        kv=dict(defaults)
        for p in parts[4:]:
            k,v=p.split('=',1); kv[k]=v.replace('¦','|').replace('¦','|')
        kv={k:('' if v=='-' else v) for k,v in kv.items()}
        st=len(out); out+=span.encode('utf-8'); en=len(out)
        rows.append([name,str(st),str(en),span,val,kv.get('lo',''),kv.get('hi',''),unit,qual,kv.get('m',''),kv.get('sc',''),kv.get('y',''),kv.get('s',''),kv.get('st','core'),kv.get('n','')])
        pos=m.end()
    out+=text[pos:].encode('utf-8')
    open(base+'/'+name,'wb').write(bytes(out))
with open(base+'/gold.tsv','w',encoding='utf-8') as g:
    g.write('\t'.join('doc start end span value low high unit qualifier metric scope year source status note'.split())+'\n')
    for r in rows: g.write('\t'.join(r)+'\n')
print(len(rows),'rows')
