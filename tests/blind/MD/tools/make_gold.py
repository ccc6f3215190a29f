#!/usr/bin/env python3
"""Build ../gold.tsv from the hand annotations in spec_*.py.

Run from anywhere: python3 tools/make_gold.py
Line breaks inside a span are written as a single space in the `span` column
(the TSV cannot hold a raw newline); start/end cover the original bytes.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from goldlib import locate, locate_cell, byte_off, fmt
import spec_10019_10020, spec_10021_10022, spec_10023_10024

COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()

def main():
    rows = []
    for mod in (spec_10019_10020, spec_10021_10022, spec_10023_10024):
        rows += mod.rows()
    texts, out = {}, []
    for r in rows:
        doc = r['doc']
        if doc not in texts:
            with open(os.path.join(SET, doc), encoding='utf-8') as f:
                texts[doc] = f.read()
        t = texts[doc]
        loc = r['loc']
        if isinstance(loc, tuple):
            i, j = locate_cell(t, loc[1], loc[2])
        else:
            i, j = locate(t, loc)
        span = t[i:j]
        o = dict(doc=doc, start=byte_off(t, i), end=byte_off(t, j),
                 span=' '.join(span.split('\n')) if '\n' in span else span,
                 value=fmt(r['value']), low=fmt(r['low']), high=fmt(r['high']),
                 unit=r['unit'], qualifier=r['qualifier'], metric=r['metric'], scope=r['scope'],
                 year=r['year'], source=r['source'], status=r['status'], note=r['note'])
        for k, v in o.items():
            assert '\t' not in str(v) and '\n' not in str(v), (k, v)
        out.append(o)
    out.sort(key=lambda o: (o['doc'], o['start']))
    # no two rows may overlap
    for a, b in zip(out, out[1:]):
        if a['doc'] == b['doc']:
            assert a['end'] <= b['start'], (a, b)
    with open(os.path.join(SET, 'gold.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for o in out:
            f.write('\t'.join(str(o[c]) for c in COLS) + '\n')
    from collections import Counter
    c = Counter((o['doc'], o['status']) for o in out)
    for doc in sorted({o['doc'] for o in out}):
        print(doc, 'core', c[(doc, 'core')], 'opt', c[(doc, 'opt')])

main()
