"""Helpers to turn hand annotations into byte-offset gold rows.

An annotation gives the span in context: ctx is a string that occurs exactly once
in the document, with the claim's span marked as [[...]].  The token <*> in ctx
matches any run of characters inside one line (used for dotted leaders and table
padding).  Alternatively cell(prefix, k) picks the k-th numeric token (0-based) of
the single line that starts with `prefix`.
"""
import re

NUM_TOKEN = re.compile(r'(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])')


def _ctx_regex(ctx):
    m = re.search(r'\[\[(.*?)\]\]', ctx, re.S)
    assert m, ctx
    before, span, after = ctx[:m.start()], m.group(1), ctx[m.end():]

    def esc(part):
        return '[^\\n]*?'.join(re.escape(p) for p in part.split('<*>'))
    return re.compile(esc(before) + '(' + esc(span) + ')' + esc(after), re.S)


def locate(text, ctx):
    rx = _ctx_regex(ctx)
    hits = list(rx.finditer(text))
    assert len(hits) == 1, f'{len(hits)} hits for {ctx!r}'
    return hits[0].start(1), hits[0].end(1)


def locate_cell(text, prefix, k):
    starts = [m.start() for m in re.finditer(r'(?m)^', text)]
    lines = [i for i in starts if text.startswith(prefix, i)]
    assert len(lines) == 1, f'{len(lines)} lines start with {prefix!r}'
    i = lines[0]
    j = text.find('\n', i)
    line = text[i:j if j >= 0 else len(text)]
    toks = list(NUM_TOKEN.finditer(line, len(prefix)))
    t = toks[k]
    return i + t.start(), i + t.end()


def byte_off(text, i):
    return len(text[:i].encode('utf-8'))


def fmt(v):
    if v == '' or v is None:
        return ''
    v = float(v)
    if v == int(v) and abs(v) < 1e16:
        return str(int(v))
    return ('%.6f' % v).rstrip('0').rstrip('.')
