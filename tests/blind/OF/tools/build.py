#!/usr/bin/env python3
"""Build documents and gold.tsv from annotated sources in tools/src/*.src.

Source syntax
  - Lines starting with '@@' are directives (not written to the document):
        @@ s=ningxia;y=2025;src=;m=
    set defaults for scope (s), year (y), source (src), metric (m), unit (u),
    status (st) that apply to following claims unless given inline.
  - A claim is written inline as {{span|k=v;k=v...}} where keys are
        v  value (if omitted: parsed from the span)
        lo, hi   bounds
        u  unit   q  qualifier (exact/approx/min/max/range)
        m  metric s  scope  y year  src source  st status (core/opt)  n note
    A value of '-' means empty (overrides a default).
  - Everything else is copied verbatim.
The byte offsets are computed on the UTF-8 encoding of the final document.
"""
import re, sys, os, glob
from decimal import Decimal, getcontext
getcontext().prec = 28

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()

CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
          '六': 6, '七': 7, '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}
SCALE = {'万亿': Decimal(10) ** 12, '亿': Decimal(10) ** 8, '万': Decimal(10) ** 4, '千': Decimal(1000)}


def cn_int(s):
    """Parse a Chinese numeral below 10^4 (with optional 万/亿 sections)."""
    total = Decimal(0)
    for big, mult in (('亿', Decimal(10) ** 8), ('万', Decimal(10) ** 4)):
        if big in s:
            a, s = s.split(big, 1)
            total += cn_int(a) * mult
    num = Decimal(0)
    cur = None
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG[ch]
        elif ch in CN_UNIT:
            num += (cur if cur is not None else 1) * CN_UNIT[ch]
            cur = None
    if cur is not None:
        num += cur
    return total + num


def auto_value(span):
    t = span.replace(',', '').replace('，', '')
    m = re.search(r'(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?', t)
    if m:
        v = Decimal(m.group(1))
        if m.group(2):
            v *= SCALE[m.group(2)]
        return v
    m = re.search(r'百分之([零〇一二两三四五六七八九十百点]+)', t)
    if m:
        s = m.group(1)
        if '点' in s:
            a, b = s.split('点')
            return cn_int(a) + Decimal('0.' + ''.join(str(CN_DIG[c]) for c in b))
        return cn_int(s)
    m = re.search(r'([零〇一二两三四五六七八九十百千]+)(万亿|亿|万)?', t)
    if m:
        v = cn_int(m.group(1))
        if m.group(2):
            v *= SCALE[m.group(2)]
        return v
    raise ValueError('cannot parse value from %r' % span)


def auto_unit(span):
    if span.endswith('%') or span.startswith('百分之'):
        return '%'
    if span.endswith('个百分点') or span.endswith('百分点'):
        return 'pp'
    if span.endswith('倍'):
        return 'x'
    if span.endswith('美元'):
        return 'USD'
    if span.endswith('元'):
        return 'CNY'
    return None


def fmt(d):
    if d is None or d == '':
        return ''
    d = Decimal(d)
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    s = format(d.normalize(), 'f')
    return s


def build(srcpath):
    name = os.path.splitext(os.path.basename(srcpath))[0]
    raw = open(srcpath, encoding='utf-8').read()
    defaults = {'st': 'core', 'q': 'exact'}
    out = []          # list of str pieces
    nbytes = 0
    rows = []
    for line in raw.splitlines(keepends=True):
        if line.startswith('@@'):
            body = line[2:].strip()
            if body == 'reset':
                defaults = {'st': 'core', 'q': 'exact'}
                continue
            for kv in filter(None, body.split(';')):
                k, v = kv.split('=', 1)
                defaults[k.strip()] = v.strip()
            continue
        pos = 0
        for m in re.finditer(r'\{\{([^|{}]+)(?:\|([^{}]*))?\}\}', line):
            pre = line[pos:m.start()]
            out.append(pre)
            nbytes += len(pre.encode('utf-8'))
            span = m.group(1)
            attrs = {}
            for kv in filter(None, (m.group(2) or '').split(';')):
                k, v = kv.split('=', 1)
                attrs[k.strip()] = v.strip()
            f = dict(defaults)
            f.update(attrs)
            f = {k: ('' if v == '-' else v) for k, v in f.items()}
            start = nbytes
            out.append(span)
            nbytes += len(span.encode('utf-8'))
            end = nbytes
            q = f.get('q', 'exact')
            lo = f.get('lo', '')
            hi = f.get('hi', '')
            if 'v' in f and f['v'] != '':
                val = Decimal(f['v'])
            elif q == 'range' and lo and hi:
                val = (Decimal(lo) + Decimal(hi)) / 2
            else:
                val = auto_value(span)
            if q == 'min' and not lo:
                lo = val
            if q == 'max' and not hi:
                hi = val
            unit = f.get('u') or auto_unit(span)
            if not unit:
                raise ValueError('%s: no unit for %r' % (name, span))
            rows.append({
                'doc': name + '.txt', 'start': start, 'end': end, 'span': span,
                'value': fmt(val), 'low': fmt(lo), 'high': fmt(hi), 'unit': unit,
                'qualifier': q, 'metric': f.get('m', ''), 'scope': f.get('s', ''),
                'year': f.get('y', ''), 'source': f.get('src', ''),
                'status': f.get('st', 'core'), 'note': f.get('n', ''),
            })
            pos = m.end()
        rest = line[pos:]
        if '{{' in rest or '}}' in rest:
            raise ValueError('%s: unparsed marker in line: %s' % (name, line))
        out.append(rest)
        nbytes += len(rest.encode('utf-8'))
    text = ''.join(out)
    with open(os.path.join(ROOT, name + '.txt'), 'wb') as fh:
        fh.write(text.encode('utf-8'))
    return rows


def main():
    srcs = sorted(glob.glob(os.path.join(HERE, 'src', '*.src')))
    allrows = []
    for s in srcs:
        allrows += build(s)
    with open(os.path.join(ROOT, 'gold.tsv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('\t'.join(COLS) + '\n')
        for r in allrows:
            vals = [str(r[c]) for c in COLS]
            for v in vals:
                assert '\t' not in v and '\n' not in v
            fh.write('\t'.join(vals) + '\n')
    print('wrote %d rows from %d sources' % (len(allrows), len(srcs)))


if __name__ == '__main__':
    main()
