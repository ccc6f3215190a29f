#!/usr/bin/env python3
"""Build documents and gold.tsv from annotated sources.

Source syntax (tools/src/NNNN_name.src):
  * lines starting with '#!set ' change the running defaults for scope (s), year (y)
    and source (src); such lines are dropped from the output, newline included.
  * {{span|key=val;key=val}} marks a claim. The span text goes to the document verbatim;
    keys: v value, lo, hi, u unit, q qualifier (default exact), m metric, s scope,
    y year, src source, st status (default core), n note.  A key given with an empty
    value overrides a default with empty.
Offsets are UTF-8 byte offsets computed while the output is assembled.
"""
import re, sys, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ANN = re.compile(r'\{\{(.+?)\|(.*?)\}\}', re.S)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()

def fmt(x):
    if x in (None, ''):
        return ''
    f = float(eval(x)) if isinstance(x, str) else float(x)
    if f == int(f):
        return str(int(f))
    return ('%.10g' % f)

def build(path):
    name = os.path.basename(path)[:-4] + '.txt'
    text = open(path, encoding='utf-8').read()
    defaults = {'s': '', 'y': '', 'src': ''}
    out = []          # pieces of output text
    nbytes = 0
    rows = []
    raw = text.splitlines(keepends=True)
    chunks = []
    while raw:
        line = raw.pop(0)
        # a span may run over a hard line break (PDF text): join until balanced
        while line.count('{{') > line.count('}}') and raw:
            line += raw.pop(0)
        chunks.append(line)
    for line in chunks:
        if line.startswith('#!set '):
            for kv in line[6:].strip().split(';'):
                if kv.strip():
                    k, v = kv.split('=', 1)
                    defaults[k.strip()] = v.strip()
            continue
        pos = 0
        for m in ANN.finditer(line):
            pre = line[pos:m.start()]
            out.append(pre); nbytes += len(pre.encode('utf-8'))
            span, fields = m.group(1), m.group(2)
            d = dict(defaults); d.update({'q': 'exact', 'st': 'core', 'm': '', 'n': '', 'lo': '', 'hi': ''})
            for kv in fields.split(';'):
                if not kv.strip():
                    continue
                k, v = kv.split('=', 1)
                d[k.strip()] = v.strip()
            if 'v' not in d or 'u' not in d:
                sys.exit('missing v/u in %s: %r' % (name, m.group(0)))
            if d['q'] == 'min' and not d['lo']:
                d['lo'] = d['v']
            if d['q'] == 'max' and not d['hi']:
                d['hi'] = d['v']
            if d['q'] == 'range' and not (d['lo'] and d['hi']):
                sys.exit('range without bounds: %r' % m.group(0))
            start = nbytes
            out.append(span); nbytes += len(span.encode('utf-8'))
            rows.append([name, str(start), str(nbytes), span, fmt(d['v']), fmt(d['lo']), fmt(d['hi']),
                         d['u'], d['q'], d['m'], d['s'], d['y'], d['src'], d['st'], d['n']])
            pos = m.end()
        rest = line[pos:]
        if '{{' in rest or '}}' in rest:
            sys.exit('unparsed markup in %s: %r' % (name, rest))
        out.append(rest); nbytes += len(rest.encode('utf-8'))
    doc = ''.join(out)
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
        f.write(doc)
    return rows

def main():
    allrows = []
    for p in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
        allrows += build(p)
    with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in allrows:
            for c in r:
                assert '\t' not in c and '\n' not in c, r
            f.write('\t'.join(r) + '\n')
    print('rows', len(allrows))

if __name__ == '__main__':
    main()
