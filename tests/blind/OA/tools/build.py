#!/usr/bin/env python3
"""Build the OA documents and gold.tsv from tools/src/*.src.

Markup in a .src file:
  ⟦span text‖k=v;k=v;...⟧   one gold row; the span text is what ends up in the document
  #! k=v;k=v                 (a whole line) sets defaults for the rows that follow
Keys: v value, lo, hi, u unit, q qualifier (default exact), m metric, sc scope,
      y year, src source, st status (default core), n note.
A key written with an empty value (sc=) overrides the default with empty.
"""
import os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ['v', 'lo', 'hi', 'u', 'q', 'm', 'sc', 'y', 'src', 'st', 'n']
METRICS = {'dsr_investment', 'dsr_project_countries', 'dsr_mou_countries', 'ecommerce_mou_countries',
           'digital_investment_mou_countries', 'internet_users', 'internet_penetration',
           'offline_population', 'cybercrime_cost', 'data_center_cost', 'broadband_people_connected',
           'broadband_households_connected', 'maritime_trade_share', 'value_chain_improvement', ''}
QUALS = {'exact', 'approx', 'min', 'max', 'range'}
TOKEN = re.compile(r'(?m)^#!(.*)\n|⟦([^‖⟧]*)‖([^⟧]*)⟧')


def num(s):
    if s == '' or s is None:
        return ''
    x = float(eval(s, {}, {}))
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return ('%.6f' % x).rstrip('0').rstrip('.')


def parse_fields(s):
    d = {}
    for part in s.split(';'):
        part = part.strip()
        if not part:
            continue
        k, _, v = part.partition('=')
        k = k.strip()
        if k not in KEYS:
            raise ValueError('bad key %r in %r' % (k, s))
        d[k] = v.strip()
    return d


def build(srcpath):
    name = os.path.basename(srcpath)[:-4] + '.txt'
    defaults = {}
    out = bytearray()
    rows = []
    with open(srcpath, encoding='utf-8') as f:
        text = f.read()
    pos = 0
    for mo in TOKEN.finditer(text):
        out += text[pos:mo.start()].encode('utf-8')
        pos = mo.end()
        if mo.group(1) is not None:
            defaults.update(parse_fields(mo.group(1)))
            continue
        span = mo.group(2)
        f = dict(defaults)
        f.update(parse_fields(mo.group(3)))
        start = len(out)
        out += span.encode('utf-8')
        end = len(out)
        q = f.get('q', 'exact') or 'exact'
        st = f.get('st', 'core') or 'core'
        m = f.get('m', '')
        assert q in QUALS, (name, span, q)
        assert st in ('core', 'opt'), (name, span, st)
        assert m in METRICS, (name, span, m)
        assert f.get('u'), (name, span, 'no unit')
        assert 'v' in f, (name, span, 'no value')
        rows.append([name, str(start), str(end), span, num(f['v']),
                     num(f.get('lo', '')), num(f.get('hi', '')), f['u'], q, m, f.get('sc', ''),
                     f.get('y', ''), f.get('src', ''), st, f.get('n', '')])
    out += text[pos:].encode('utf-8')
    assert '⟦' not in out.decode('utf-8') and '⟧' not in out.decode('utf-8'), name
    with open(os.path.join(ROOT, name), 'wb') as f:
        f.write(bytes(out))
    return name, rows


def main():
    allrows = []
    for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
        name, rows = build(src)
        allrows += rows
        print('%s: %d core, %d opt' % (name, sum(r[13] == 'core' for r in rows), sum(r[13] == 'opt' for r in rows)))
    hdr = ['doc', 'start', 'end', 'span', 'value', 'low', 'high', 'unit', 'qualifier', 'metric', 'scope',
           'year', 'source', 'status', 'note']
    with open(os.path.join(ROOT, 'gold.tsv'), 'w', encoding='utf-8') as f:
        f.write('\t'.join(hdr) + '\n')
        for r in allrows:
            for c in r:
                assert '\t' not in c and '\n' not in c, r
            f.write('\t'.join(r) + '\n')


if __name__ == '__main__':
    main()
