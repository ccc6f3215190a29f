#!/usr/bin/env python3
"""Hard-wrap annotated paragraphs the way PDF text extraction does.

Reads tools/pre/NAME.pre, writes tools/src/NAME.src.
Between '@@wrap N' and '@@wrap off' every non-empty, non-directive line is
re-broken into lines of about N rendered characters. A {{span|attrs}} marker is
an atomic unit (never split), so no claim span contains a line break.
Lines starting with '!' are copied verbatim (without the '!').
"""
import re, sys, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
TOK = re.compile(r'\{\{[^{}]+\}\}|[0-9A-Za-z.,\-—]+|.', re.S)
NOSTART = set('，。；、：）」”’%①②③④⑤⑥')


def rendered_len(tok):
    if tok.startswith('{{') and len(tok) > 2:
        tok = tok[2:-2].split('|', 1)[0]
    return sum(0.5 if ord(c) < 128 else 1 for c in tok)


def wrap_line(line, n):
    out, cur, w = [], [], 0
    toks = TOK.findall(line)
    for i, t in enumerate(toks):
        cur.append(t)
        w += rendered_len(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else ''
        if w >= n and nxt[:1] not in NOSTART:
            out.append(''.join(cur))
            cur, w = [], 0
    if cur:
        out.append(''.join(cur))
    return out


def convert(pre):
    name = os.path.splitext(os.path.basename(pre))[0]
    n = None
    res = []
    for line in open(pre, encoding='utf-8').read().split('\n'):
        if line.startswith('@@wrap'):
            arg = line.split()[1]
            n = None if arg == 'off' else int(arg)
            continue
        if line.startswith('!'):
            res.append(line[1:])
            continue
        if n and line and not line.startswith('@@'):
            res.extend(wrap_line(line, n))
        else:
            res.append(line)
    with open(os.path.join(HERE, 'src', name + '.src'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(res))


if __name__ == '__main__':
    for p in sorted(glob.glob(os.path.join(HERE, 'pre', '*.pre'))):
        convert(p)
        print('wrapped', os.path.basename(p))
