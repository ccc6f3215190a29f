#!/usr/bin/env python3
"""Build LF documents and gold.tsv from annotated sources in tools/src/*.src.

Markup in a source file:
  ⟦span§k=v;k=v⟧   a claim; `span` is the exact text that goes into the document.
      keys: v (value; Decimal expression a*b allowed), lo, hi, u (unit), q (qualifier,
      default exact), m (metric), sc (scope), y (year), src (source), st (core/opt,
      default core), n (note)
  #@ k=v;k=v       (whole line) sets sticky defaults for m/sc/y/src for following marks;
                   `k=` with empty value clears.  The line is not written to the document.
Offsets are computed from the UTF-8 encoding of the text as it is written.
"""
import re, sys, pathlib
from decimal import Decimal, getcontext
getcontext().prec = 40
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
MARK = re.compile(r'⟦([^§⟧]*)§([^⟧]*)⟧')
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()

def num(expr):
    expr = expr.strip()
    if expr == '':
        return None
    val = Decimal(1)
    for part in expr.split('*'):
        val *= Decimal(part)
    return val

def fmt(d):
    if d is None:
        return ''
    s = format(d.normalize(), 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s

def parse_attrs(s):
    out = {}
    for kv in s.split(';'):
        if not kv.strip():
            continue
        k, _, v = kv.partition('=')
        out[k.strip()] = v.strip()
    return out

def build(src):
    doc = src.stem + '.txt'
    defaults = {}
    rows = []
    lines = src.read_text(encoding='utf-8').split('\n')
    body_lines = []
    for line in lines:
        if line.startswith('#@'):
            for k, v in parse_attrs(line[2:]).items():
                defaults[k] = v
            body_lines.append(None)
            continue
        body_lines.append(line)
    # rebuild, tracking defaults in order
    defaults = {}
    out_lines = []
    for raw, line in zip(lines, body_lines):
        if line is None:
            for k, v in parse_attrs(raw[2:]).items():
                defaults[k] = v
            continue
        out = []
        last = 0
        for mm in MARK.finditer(line):
            out.append(line[last:mm.start()])
            span = mm.group(1)
            a = dict(defaults)
            a.update(parse_attrs(mm.group(2)))
            out.append(span)
            last = mm.end()
            rows.append((len(out_lines), ''.join(out[:-1]), span, a))
        out.append(line[last:])
        out_lines.append(''.join(out))
    # compute offsets
    line_starts = []
    b = 0
    for l in out_lines:
        line_starts.append(b)
        b += len(l.encode('utf-8')) + 1
    text = '\n'.join(out_lines)
    if not text.endswith('\n'):
        text += '\n'
    gold = []
    for li, before, span, a in rows:
        start = line_starts[li] + len(before.encode('utf-8'))
        end = start + len(span.encode('utf-8'))
        q = a.get('q', 'exact')
        v = num(a.get('v', ''))
        lo = num(a.get('lo', ''))
        hi = num(a.get('hi', ''))
        if q == 'range' and v is None:
            v = (lo + hi) / 2
        if q == 'min' and lo is None:
            lo = v
        if q == 'max' and hi is None:
            hi = v
        if v is None:
            raise SystemExit(f'{doc}: no value for {span!r}')
        gold.append({
            'doc': doc, 'start': str(start), 'end': str(end), 'span': span,
            'value': fmt(v), 'low': fmt(lo), 'high': fmt(hi), 'unit': a.get('u', ''),
            'qualifier': q, 'metric': a.get('m', ''), 'scope': a.get('sc', ''),
            'year': a.get('y', ''), 'source': a.get('src', ''),
            'status': a.get('st', 'core'), 'note': a.get('n', ''),
        })
        if 'u' not in a:
            raise SystemExit(f'{doc}: no unit for {span!r}')
    (OUT / doc).write_bytes(text.encode('utf-8'))
    return gold

def main():
    allrows = []
    for src in sorted((HERE / 'src').glob('*.src')):
        allrows += build(src)
    with open(OUT / 'gold.tsv', 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in allrows:
            for c in COLS:
                assert '\t' not in r[c] and '\n' not in r[c], (r, c)
            f.write('\t'.join(r[c] for c in COLS) + '\n')
    print(len(allrows), 'rows')

if __name__ == '__main__':
    main()
