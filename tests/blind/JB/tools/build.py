#!/usr/bin/env python3
"""Build JB documents + gold.tsv from marked-up sources in tools/src/*.src.
Source format: header lines '#name=NNNN_short_name', '#scope=..', '#year=..', '#source=..'
(defaults for every claim), then body text. Claims marked as
  ⟦span¦v=VALUE;u=UNIT;q=QUAL;m=METRIC;s=SCOPE;y=YEAR;src=SOURCE;st=opt;lo=LOW;hi=HIGH;n=NOTE⟧
Defaults: q=exact, st=core, m empty, s/y/src from header (override with empty 's=').
Offsets are computed on UTF-8 bytes of the stripped text, then re-checked by reopening
the written file in binary mode."""
import re, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PAT = re.compile(r'⟦([^¦⟧]*)¦([^⟧]*)⟧')
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
rows = []
summary = []
for f in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
    raw = open(f, encoding='utf-8').read()
    lines = raw.split('\n')
    hdr = {}
    while lines and lines[0].startswith('#'):
        k, v = lines.pop(0)[1:].split('=', 1); hdr[k.strip()] = v.strip()
    body = '\n'.join(lines)
    out = bytearray(); pos = 0; claims = []
    for mt in PAT.finditer(body):
        out += body[pos:mt.start()].encode('utf-8')
        span = mt.group(1)
        kv = {'q': 'exact', 'st': 'core', 'm': '', 's': hdr.get('scope', ''),
              'y': hdr.get('year', ''), 'src': hdr.get('source', ''), 'lo': '', 'hi': '', 'n': ''}
        for part in mt.group(2).split(';'):
            if not part.strip(): continue
            k, v = part.split('=', 1); kv[k.strip()] = v.strip()
        st = len(out); out += span.encode('utf-8'); en = len(out)
        claims.append((st, en, span, kv))
        pos = mt.end()
    out += body[pos:].encode('utf-8')
    assert '⟦' not in out.decode() and '⟧' not in out.decode() and '¦' not in out.decode(), f
    doc = hdr['name'] + '.txt'
    with open(os.path.join(OUT, doc), 'wb') as fh: fh.write(bytes(out))
    data = open(os.path.join(OUT, doc), 'rb').read()
    for st, en, span, kv in claims:
        assert data[st:en].decode('utf-8') == span, (doc, st, en, span)
        assert 'v' in kv and 'u' in kv, (doc, span, kv)
        float(kv['v'])
        assert kv['q'] in ('exact', 'approx', 'min', 'max', 'range'), kv
        assert kv['st'] in ('core', 'opt')
        rows.append([doc, str(st), str(en), span, kv['v'], kv['lo'], kv['hi'], kv['u'], kv['q'],
                     kv['m'], kv['s'], kv['y'], kv['src'], kv['st'], kv['n']])
    # uncovered numerals
    text = data.decode('utf-8')
    covered = [(st, en) for st, en, _, _ in claims]
    unc = []
    for mt in re.finditer(r'\d[\d,.]*', text):
        b0 = len(text[:mt.start()].encode('utf-8')); b1 = b0 + len(mt.group().encode('utf-8'))
        if not any(s < b1 and b0 < e for s, e in covered):
            unc.append(mt.group())
    words = len(text.split())
    core = sum(1 for c in claims if c[3]['st'] == 'core'); opt = len(claims) - core
    summary.append((doc, words, core, opt))
    with open(os.path.join(HERE, 'uncovered_' + hdr['name'][:5] + '.txt'), 'w') as fh:
        for mt in re.finditer(r'\d[\d,.]*', text):
            b0 = len(text[:mt.start()].encode('utf-8')); b1 = b0 + len(mt.group().encode('utf-8'))
            if not any(s < b1 and b0 < e for s, e in covered):
                fh.write(f"{b0}\t{mt.group()}\t{text[max(0,mt.start()-30):mt.end()+30]!r}\n")
with open(os.path.join(OUT, 'gold.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('\t'.join(COLS) + '\n')
    for r in rows:
        assert not any('\t' in x or '\n' in x for x in r), r
        fh.write('\t'.join(r) + '\n')
for s in summary: print(*s, sep='\t')
