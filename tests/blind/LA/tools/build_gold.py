#!/usr/bin/env python3
"""Build gold.tsv from tools/spec_*.py and check every row against the file bytes.

Each spec row gives a context string that contains the span in [[...]]; the context (markers
removed) must occur exactly once in the document. Character offsets are converted to UTF-8
byte offsets. After writing, gold.tsv is re-read and every row is checked with
open(doc,'rb').read()[start:end] == span.encode('utf-8'); overlaps, tabs and newlines in
spans are rejected.
"""
import csv, glob, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()


def fmt(x):
    if x == '' or x is None:
        return ''
    if isinstance(x, float):
        s = ('%.6f' % x).rstrip('0').rstrip('.')
        return s
    return str(x)


def R(ctx, value, unit, q='exact', m='', sc='', y='', src='', st='core', lo='', hi='', note=''):
    if q == 'min' and lo == '':
        lo = value
    if q == 'max' and hi == '':
        hi = value
    if q == 'range':
        assert lo != '' and hi != '', ctx
        if value is None:
            value = (lo + hi) / 2
    return dict(ctx=ctx, value=value, low=lo, high=hi, unit=unit, qualifier=q, metric=m,
                scope=sc, year=y, source=src, status=st, note=note)


def load_specs():
    specs = {}
    for f in sorted(glob.glob(os.path.join(HERE, 'spec_*.py'))):
        sp = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(sp)
        mod.R = R
        sp.loader.exec_module(mod)
        specs[mod.DOC] = mod.ROWS
    return specs


def place(text, ctx):
    m = re.search(r'\[\[(.*?)\]\]', ctx, re.S)
    assert m, 'no [[ ]] in ' + ctx
    span = m.group(1)
    plain = ctx[:m.start()] + span + ctx[m.end():]
    n = text.count(plain)
    assert n == 1, f'context occurs {n} times: {plain!r}'
    cstart = text.index(plain) + m.start()
    cend = cstart + len(span)
    bstart = len(text[:cstart].encode('utf-8'))
    bend = bstart + len(span.encode('utf-8'))
    return span, bstart, bend


def main():
    specs = load_specs()
    out = []
    for doc, rows in specs.items():
        text = open(os.path.join(SET, doc), encoding='utf-8').read()
        placed = []
        for r in rows:
            span, s, e = place(text, r['ctx'])
            assert '\n' not in span and '\t' not in span, span
            placed.append((s, e, span, r))
        placed.sort(key=lambda t: t[0])
        for a, b in zip(placed, placed[1:]):
            assert a[1] <= b[0], f'overlap {a[2]!r} {b[2]!r} in {doc}'
        for s, e, span, r in placed:
            out.append([doc, s, e, span] + [fmt(r[k]) for k in
                       ('value', 'low', 'high', 'unit', 'qualifier', 'metric', 'scope', 'year', 'source', 'status', 'note')])
    with open(os.path.join(SET, 'gold.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for row in out:
            f.write('\t'.join(str(x) for x in row) + '\n')
    # independent re-check
    bad = 0
    counts = {}
    with open(os.path.join(SET, 'gold.tsv'), encoding='utf-8', newline='') as f:
        rd = csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        for g in rd:
            data = open(os.path.join(SET, g['doc']), 'rb').read()
            if data[int(g['start']):int(g['end'])] != g['span'].encode('utf-8'):
                bad += 1
                print('MISMATCH', g)
            c = counts.setdefault(g['doc'], [0, 0])
            c[0 if g['status'] == 'core' else 1] += 1
            assert g['status'] in ('core', 'opt')
            float(g['value']) if g['value'] else None
    for d, (c, o) in sorted(counts.items()):
        print(f'{d}\tcore {c}\topt {o}')
    print('rows', sum(sum(v) for v in counts.values()), 'mismatches', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
