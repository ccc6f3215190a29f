#!/usr/bin/env python3
"""Build the MB documents and gold.tsv from the annotated sources in tools/src/.

Source syntax
  %% key=value; key=value      a line that sets defaults (metric, scope, year, source, note)
                                for every later mark in the file; "key=" clears it.
                                The line itself (with its newline) is not written out.
  ⟦span§value§unit§qualifier§k=v;k=v⟧
                                one claim. span is written to the document; the other fields
                                go to gold.tsv. k=v keys: low, high, metric, scope, year,
                                source, st (core|opt), note. A key given in the mark overrides
                                the default. For qualifier min, low defaults to value; for max,
                                high defaults to value; for range, value defaults to the
                                midpoint of low and high.
Offsets are computed on the UTF-8 bytes of the output while it is written.
"""
import os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
MARK = re.compile(r'⟦(.*?)⟧', re.S)
BOXW = 80
COLS = 'doc start end span value low high unit qualifier metric scope year source status note'.split()
KEYS = {'low', 'high', 'metric', 'scope', 'year', 'source', 'st', 'note'}
METRICS = {'', 'dsr_investment', 'dsr_project_countries', 'dsr_mou_countries', 'ecommerce_mou_countries',
           'digital_investment_mou_countries', 'internet_users', 'internet_penetration',
           'offline_population', 'cybercrime_cost', 'data_center_cost', 'broadband_people_connected',
           'broadband_households_connected', 'maritime_trade_share', 'value_chain_improvement'}


def fmt(x):
    if x == '' or x is None:
        return ''
    f = float(x)
    if f == int(f) and abs(f) < 1e18:
        return str(int(f))
    return ('%.10f' % f).rstrip('0').rstrip('.')


def parse_kv(s):
    d = {}
    for part in s.split(';'):
        part = part.strip()
        if not part:
            continue
        k, _, v = part.partition('=')
        k = k.strip(); v = v.strip()
        if k not in KEYS:
            sys.exit('unknown key %r in %r' % (k, s))
        d[k] = v
    return d


def build(srcpath):
    name = os.path.basename(srcpath)[:-4]  # strip .src
    doc = name + '.txt'
    defaults = {'metric': '', 'scope': '', 'year': '', 'source': '', 'note': ''}
    out = bytearray()
    rows = []
    with open(srcpath, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    text_lines = []
    for ln in lines:
        if ln.startswith('%% '):
            # defaults are positional: store as a pseudo-token
            text_lines.append(('DEF', parse_kv(ln[3:])))
        else:
            text_lines.append(('TXT', ln))
    # rebuild text keeping positional defaults
    first = True
    for kind, payload in text_lines:
        if kind == 'DEF':
            for k, v in payload.items():
                if k == 'st':
                    sys.exit('st not allowed as default')
                defaults[k] = v
            continue
        if not first:
            out += b'\n'
        first = False
        line_start = len(out)
        pos = 0
        for m in MARK.finditer(payload):
            out += payload[pos:m.start()].encode('utf-8')
            parts = m.group(1).split('§')
            if len(parts) < 4:
                sys.exit('bad mark %r in %s' % (m.group(0), name))
            span, value, unit, qual = parts[:4]
            kv = parse_kv(parts[4]) if len(parts) > 4 else {}
            start = len(out)
            out += span.encode('utf-8')
            end = len(out)
            r = dict(defaults)
            r.update(kv)
            low = r.get('low', ''); high = r.get('high', '')
            if qual == 'min' and low == '':
                low = value
            if qual == 'max' and high == '':
                high = value
            if qual == 'range':
                if low == '' or high == '':
                    sys.exit('range without bounds: %r' % span)
                if value == '':
                    value = str((float(low) + float(high)) / 2)
            if qual not in ('exact', 'approx', 'min', 'max', 'range'):
                sys.exit('bad qualifier %r' % qual)
            if r['metric'] not in METRICS:
                sys.exit('bad metric %r' % r['metric'])
            st = r.get('st', 'core')
            if st not in ('core', 'opt'):
                sys.exit('bad status')
            if '\n' in span or '\t' in span:
                sys.exit('span with newline/tab: %r' % span)
            rows.append({'doc': doc, 'start': start, 'end': end, 'span': span,
                         'value': fmt(value), 'low': fmt(low), 'high': fmt(high),
                         'unit': unit, 'qualifier': qual, 'metric': r['metric'],
                         'scope': r['scope'], 'year': r['year'], 'source': r['source'],
                         'status': st, 'note': r.get('note', '')})
            pos = m.end()
        rest = payload[pos:]
        if payload.startswith('| ') and rest.rstrip().endswith('|'):
            # boxed text: re-pad the right border to BOXW characters
            rest = rest.rstrip()[:-1].rstrip()
            cur = len(out[line_start:].decode('utf-8')) + len(rest)
            rest = rest + ' ' * max(1, BOXW - 1 - cur) + '|'
        if '⟦' in rest or '⟧' in rest or '§' in rest:
            sys.exit('stray marker in %s: %r' % (name, rest))
        out += rest.encode('utf-8')
    if not out.endswith(b'\n'):
        out += b'\n'
    with open(os.path.join(SET, doc), 'wb') as fh:
        fh.write(bytes(out))
    return rows


def main():
    allrows = []
    for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
        allrows += build(src)
    with open(os.path.join(SET, 'gold.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\t'.join(COLS) + '\n')
        for r in allrows:
            fh.write('\t'.join(str(r[c]) for c in COLS) + '\n')
    print('wrote %d rows' % len(allrows))


if __name__ == '__main__':
    main()
