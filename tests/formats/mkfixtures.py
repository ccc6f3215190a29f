#!/usr/bin/env python3
"""Make the PDF and HTML renditions of test documents (tests/formats/).

    tests/formats/mkfixtures.py            # rewrite every fixture in MANIFEST

Each MANIFEST line names a text document (tests/cls or tests/blind), the
PDF style and the HTML site it is dressed in. The text is parsed into
blocks (headings, paragraphs, lists, pipe and aligned tables, footnote
markers with their notes), then:

  - laid out by groff -ms (tbl for tables, -Tpdf): one or two columns,
    hyphenated and justified, running heads and footers with digits in
    them, footnotes at the foot of the page, several pages;
  - written as a web page in one of three site templates, each with the
    chrome real sites carry: cookie banner, menus with numbers in them,
    share and comment counts, "most read" lists, newsletter boxes,
    comment threads, footers with addresses and years, scripts, styles,
    entities in the text.

The PDFs are kept in the repository (tests need no groff); run this again
after changing a template. The fixtures say nothing of claims: the test
(tests/test_formats.c) compares what extract finds in each rendition with
what it finds in the text.
"""
import html
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# ---- the text, as blocks ----

BULLET = re.compile(r'^(\s*)([-*\u2022\u2013]|\d{1,2}[.)])\s+(.*)$')
RULE = re.compile(r'^[\s\-=_\u2500\u2014*]{3,}$')


def is_pipe_row(line):
    return line.count('|') >= 2 or (line.count('|') >= 1 and line.strip().startswith('|'))


def split_aligned(line):
    return [c for c in re.split(r'\s{2,}', line.strip())]


def parse_table(lines):
    """Rows of cells from a pipe or an aligned table block."""
    rows = []
    if sum(is_pipe_row(l) for l in lines) >= 2:
        for l in lines:
            if re.match(r'^\s*\|?[\s\-:|]+\|?\s*$', l):
                continue
            cells = [c.strip() for c in l.strip().strip('|').split('|')]
            rows.append(cells)
        return rows
    # aligned: cells are separated by two blanks or more; a header that
    # starts with blanks has an empty first cell
    for l in lines:
        cells = split_aligned(l)
        if l.startswith('  ') and len(cells) < max(len(split_aligned(x)) for x in lines):
            cells = [''] + cells
        rows.append(cells)
    width = max(len(r) for r in rows)
    return [r + [''] * (width - len(r)) for r in rows]


def aligned_table(lines):
    multi = [l for l in lines if len(split_aligned(l)) >= 3 or (len(split_aligned(l)) >= 2 and '  ' in l.strip())]
    return len(lines) >= 2 and len(multi) >= len(lines) - 1 and len(multi) >= 2


def parse(text):
    """Blocks: ('h', text) ('p', text) ('ul'|'ol', [items]) ('table', rows)."""
    blocks = []
    for raw in re.split(r'\n\s*\n', text.strip('\n')):
        lines = [l.rstrip() for l in raw.split('\n') if l.strip() and not RULE.match(l)]
        if not lines:
            continue
        # a table row whose label wraps onto an indented line is one row
        k = 1
        while k < len(lines) - 1:
            if (len(split_aligned(lines[k])) < 2 and lines[k + 1].startswith('  ')
                    and len(split_aligned(lines[k + 1])) >= 2 and len(split_aligned(lines[k - 1])) >= 2):
                lines[k:k + 2] = [lines[k].rstrip() + ' ' + lines[k + 1].strip()]
            k += 1
        # a table: the longest run of lines with cells, its caption above
        # and its notes below as paragraphs
        cellish = [is_pipe_row(l) or len(split_aligned(l)) >= 2 for l in lines]
        best = (0, 0)
        i = 0
        while i < len(lines):
            j = i
            while j < len(lines) and cellish[j]:
                j += 1
            if j - i > best[1] - best[0]:
                best = (i, j)
            i = j + 1
        if best[1] - best[0] >= 2 and (sum(is_pipe_row(l) for l in lines[best[0]:best[1]]) >= 2
                                       or aligned_table(lines[best[0]:best[1]])):
            if best[0]:
                blocks.append(('p', join_lines(lines[:best[0]])))
            blocks.append(('table', parse_table(lines[best[0]:best[1]])))
            for l in lines[best[1]:]:
                blocks.append(('p', l.strip()))
            continue
        para, items, kind, start = [], None, None, 1

        def flush():
            nonlocal para, items, kind, start
            if para:
                t = join_lines(para)
                blocks.append(('h' if len(para) == 1 and heading(t) else 'p', t))
            if items:
                blocks.append((kind, items) if kind == 'ul' else ('ol', items, start))
            para, items, kind = [], None, None

        for l in lines:
            m = BULLET.match(l)
            if m and not re.match(r'^\d+\.\d', l.strip()):
                if para:
                    flush()
                k = 'ol' if m.group(2)[0].isdigit() else 'ul'
                if items is not None and k != kind:
                    flush()
                if items is None:
                    items, kind = [], k
                    start = int(m.group(2)[:-1]) if k == 'ol' else 1
                items.append(m.group(3).strip())
            elif items is not None and l.startswith((' ', '\t')):
                items[-1] = join_lines([items[-1], l])
            else:
                if items is not None:
                    flush()
                para.append(l)
        flush()
    # a numbered section title on a line of its own ("3. Connectivity
    # gaps") is a heading, not a list of one
    for i, b in enumerate(blocks):
        if b[0] == 'ol' and len(b[1]) == 1 and heading(b[1][0]):
            blocks[i] = ('h', '%d. %s' % (b[2], b[1][0]))
    return blocks


def join_lines(lines):
    """Lines of a paragraph as one: a word the text file broke at its line
    end ("offi-" / "cials") is one word again."""
    out = lines[0].strip()
    for l in lines[1:]:
        l = l.strip()
        if re.search(r'[a-z]-$', out) and re.match(r'^[a-z]', l):
            out = out[:-1] + l
        else:
            out += ' ' + l
    return out


def heading(t):
    return len(t) < 90 and not t.endswith(('.', ',', ';', ':')) and not t.startswith(('(', '"'))


def footnotes(text, blocks):
    """Glued note numbers ("slogan.1", "country.\u00b2") and the notes they
    point to (the lines "1 text" after a "Notes" line, or "\u00b9 text"
    lines at the end). Returns blocks with markers as \\0N\\0 and the
    notes by number; markers count up from 1, and only in paragraphs and
    list items."""
    notes = {}
    cur = None
    in_notes = False
    for line in text.split('\n'):
        s = line.strip()
        if s.lower() in ('notes', 'endnotes'):
            in_notes = True
            continue
        m = re.match(r'^(\d{1,2}|[\u00b9\u00b2\u00b3])\s+(\S.*)$', s)
        if m and (in_notes or m.group(1) in '\u00b9\u00b2\u00b3'):
            cur = sup_num(m.group(1))
            notes[cur] = m.group(2)
        elif cur is not None and s and line.startswith(' '):
            notes[cur] += ' ' + s
        elif cur is not None and in_notes and s and not m:
            in_notes = False
            cur = None
    if not notes:
        return blocks, {}
    note_lines = set()
    for n, t in notes.items():
        note_lines.add(t)
    out = []
    want = [1]

    def mark(m):
        n = sup_num(m.group(2))
        # after a full stop a note ends a sentence: "by 2023.14 Programmes",
        # never "1.3 million"
        after = m.string[m.end():].lstrip()
        if m.group(1) == '.' and after and not after[0].isupper():
            return m.group(0)
        if n == want[0] and n in notes:
            want[0] += 1
            return m.group(1) + '\x00%d\x00' % n
        return m.group(0)

    pat = re.compile(r'([.,;:)"\u201d]|[^\W\d])(\d{1,2}|[\u00b9\u00b2\u00b3])(?=\s|$)')
    in_notes = False
    for b in blocks:
        if b[0] == 'h' and b[1].strip().lower() in ('notes', 'endnotes'):
            in_notes = True
            continue
        if in_notes and b[0] == 'p' and re.match(r'^(\d{1,2})\s', b[1]):
            continue
        in_notes = False
        if b[0] == 'p' and re.match(r'^[\u00b9\u00b2\u00b3]\s', b[1]):
            continue   # a footnote line: it goes with its marker
        if b[0] == 'p':
            b = ('p', pat.sub(mark, b[1]))
        elif b[0] in ('ul', 'ol'):
            b = (b[0], [pat.sub(mark, i) for i in b[1]]) + tuple(b[2:])
        out.append(b)
    return out, notes


def sup_num(s):
    return {'\u00b9': 1, '\u00b2': 2, '\u00b3': 3}.get(s) or int(s)


# ---- groff -ms ----

def roff_text(t):
    t = t.replace('\\', '\\e')
    t = re.sub(r'^([.\'])', r'\\&\1', t)
    return t


def roff_line(t):
    """A paragraph's text as input lines, footnote markers as \\** with
    their .FS/.FE blocks after the line that holds them."""
    t = roff_text(t)
    parts = re.split(r'\x00(\d+)\x00', t)
    return parts


def ms_document(blocks, notes, style):
    head = [
        '.pl %s' % style['pl'], '.nr PS %s' % style['ps'], '.nr VS %s' % style['vs'], '.nr PD 0.4v',
        '.nr HM %s' % style['hm'], '.nr FM %s' % style['hm'], '.nr LL %s' % style['ll'], '.nr PO %s' % style['po'],
        '.nr FL \\n(LL',
        '.hy 14', '.ds LH %s' % style['lh'], '.ds CH', '.ds RH %s' % style['rh'],
        '.ds LF %s' % style.get('lf', ''), '.ds CF %s' % style['cf'], '.ds RF %s' % style.get('rf', ''),
        '.nr GROWPS 2', '.nr PSINCR 1.5p',
    ]
    body = []
    first = True
    for b in blocks:
        kind, val = b[0], b[1]
        if first and kind == 'h':
            body += ['.TL', roff_text(val)]
            if style['cols'] == 2:
                body.append('.2C')
            first = False
            continue
        if first and style['cols'] == 2:
            body.append('.2C')
        first = False
        if kind == 'h':
            body += ['.SH', roff_text(val)]
        elif kind == 'p':
            body.append('.PP')
            body += para_lines(val, notes)
        elif kind in ('ul', 'ol'):
            for i, it in enumerate(val, b[2] if kind == 'ol' else 1):
                body.append('.IP "%s" 3' % ('\\(bu' if kind == 'ul' else '%d.' % i))
                body += para_lines(it, notes)
        elif kind == 'table':
            # columns share the line (a column's width in a two-column page);
            # the label column gets more, header cells wrap (T{ T}), a
            # point smaller, as reports set them
            ncol = max(len(r) for r in val)
            width = style['colw'] * 0.92
            first = width * (0.34 if ncol > 2 else 0.6)
            other = (width - first) / max(1, ncol - 1) - 8
            fmt = ' '.join(['lp-1w(%dp)' % first] + ['lp-1w(%dp)' % other] * (ncol - 1))
            body += ['.ft R', '.TS', style['tbl'] + ';', fmt.replace('lp', 'lbp') + ',', fmt + '.']
            for i, r in enumerate(val):
                cells = []
                for k, c in enumerate(r + [''] * (ncol - len(r))):
                    c = roff_text(c) or '\\&'
                    # header cells wrap; so do body cells too long for
                    # their column (about half an em a character)
                    fits = (first if k == 0 else other) / (style['ps'] * 0.45)
                    cells.append('T{\n%s\nT}' % c if (i == 0 and len(c) > 8) or len(c) > fits else c)
                body.append('\t'.join(cells))
                if i == 0:
                    body.append('_')
            body.append('.TE')
    return '\n'.join(head + body) + '\n'


def para_lines(t, notes):
    """A paragraph's input lines: a footnote marker ends its line (\\**),
    its note follows in .FS/.FE, the text goes on on the next line."""
    def text(l):   # a text line starting with a dot or quote would be a request
        return re.sub(r'^([.\'])', r'\\&\1', l)
    parts = roff_line(t)
    out = []
    line = parts[0]
    for i in range(1, len(parts), 2):
        out.append(text(line) + '\\**')
        out += ['.FS', text(roff_text(notes.get(int(parts[i]), ''))), '.FE']
        line = parts[i + 1].lstrip()
    if line or not out:
        out.append(text(line) or '\\&')
    return out


# Page sizes: A5 (journal, brief) and US letter (report).
PDF_STYLES = {
    'journal': dict(paper='a5', pl='21c', ll='11.4c', po='1.8c', hm='1.6c', cols=2, ps=9, vs=11, colw=150,
                    lh='Digital Silk Road Review', rh='Vol. 12 No. 3 (2024)', cf='\\- % \\-', tbl='center box'),
    'report': dict(paper='letter', pl='11i', ll='5.5i', po='1.5i', hm='1i', cols=1, ps=12, vs=15, colw=396,
                   lh='Connectivity Report 2025', rh='Chapter 3', lf='ITU Publications', cf='', rf='Page %',
                   tbl='center allbox'),
    'brief': dict(paper='a5', pl='21c', ll='11.6c', po='1.6c', hm='1.5c', cols=2, ps=8.5, vs=10.5, colw=153,
                  lh='Policy Brief No. 14', rh='March 2025', lf='www.example.org', cf='', rf='%', tbl='center'),
}


def make_pdf(blocks, notes, style, out):
    ms = ms_document(blocks, notes, PDF_STYLES[style])
    env = dict(os.environ, SOURCE_DATE_EPOCH='1700000000', LC_ALL='C.UTF-8')
    paper = PDF_STYLES[style]['paper']
    pdf = subprocess.run(['groff', '-k', '-t', '-ms', '-Tpdf', '-dpaper=' + paper, '-P-p' + paper],
                         input=ms.encode('utf-8'),
                         capture_output=True, env=env).stdout
    with open(out, 'wb') as f:
        f.write(pdf)


# ---- HTML ----

def esc(t):
    """Escape for HTML, with the entities real pages use."""
    t = html.escape(t, quote=False)
    t = t.replace('\u2013', '&ndash;').replace('\u2014', '&mdash;').replace('\u2019', '&rsquo;')
    t = t.replace('\u20ac', '&euro;').replace('\u00a3', '&#163;').replace('\u00e1', '&aacute;')
    return t


def html_text(t, notes):
    parts = re.split(r'\x00(\d+)\x00', t)
    out = esc(parts[0])
    for i in range(1, len(parts), 2):
        n = parts[i]
        out += '<sup id="fnref%s"><a href="#fn%s" class="fn-ref">%s</a></sup>' % (n, n, n)
        out += esc(parts[i + 1])
    # wrap long source lines, as editors and CMSs do
    return re.sub(r'(.{70,90}?) ', lambda m: m.group(1) + '\n    ', out)


def html_body(blocks, notes, title_tag):
    out = []
    first = True
    for b in blocks:
        kind, val = b[0], b[1]
        if first and kind == 'h':
            out.append('<%s class="headline">%s</%s>' % (title_tag, esc(val), title_tag))
            first = False
            continue
        first = False
        if kind == 'h':
            out.append('<h2>%s</h2>' % esc(val))
        elif kind == 'p':
            out.append('<p>%s</p>' % html_text(val, notes))
        elif kind in ('ul', 'ol'):
            start = ' start="%d"' % b[2] if kind == 'ol' and b[2] != 1 else ''
            out.append('<%s%s>\n%s\n</%s>' % (kind, start, '\n'.join('  <li>%s</li>' % html_text(i, notes) for i in val), kind))
        elif kind == 'table':
            rows = ['<thead><tr>%s</tr></thead>' % ''.join('<th>%s</th>' % esc(c) for c in val[0])]
            rows += ['<tr>%s</tr>' % ''.join('<td>%s</td>' % esc(c) for c in r) for r in val[1:]]
            out.append('<div class="table-wrap"><table class="data">\n<tbody>\n%s\n</tbody></table></div>'
                       % '\n'.join(rows).replace('<tbody>\n<thead>', '<thead>'))
    if notes:
        out.append('<h2>Notes</h2>')
        out.append('<ol class="footnotes">\n%s\n</ol>' % '\n'.join(
            '  <li id="fn%d">%s <a href="#fnref%d" class="back">\u21a9</a></li>' % (n, esc(t), n)
            for n, t in sorted(notes.items())))
    return '\n'.join(out)


COOKIE = ('We and our 847 partners use cookies and similar technologies to store and access information on '
          'your device. By clicking &ldquo;Accept all&rdquo; you consent to 12 purposes. You can change your '
          'privacy preferences at any time.')

SCRIPT = '''<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","wordCount":1245,
"section":"Tech","ads":[300,250,728,90]});if(document.cookie.indexOf("consent=1")<0){var t=setTimeout(function(){
document.getElementById("cc").style.display="block"},1500);}for(var i=0;i<24;i++){/* 24 slots */}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s",
"datePublished":"%s","wordCount":1245,"interactionStatistic":{"userInteractionCount":3412}}</script>'''

STYLE = '''<style>body{font:16px/1.5 Georgia,serif;margin:0}.nav li{display:inline-block;padding:0 12px}
.share span{font-size:12px}#cc{position:fixed;bottom:0;z-index:9999;width:100%;padding:24px}
@media (max-width: 768px){.sidebar{display:none}.headline{font-size:28px}}</style>'''

ICON = '<svg width="24" height="24" viewBox="0 0 24 24"><path d="M12 2l3 7h7l-5.5 4 2 7-6.5-4.5L5.5 20l2-7L2 9h7z"/></svg>'


def site_news(title, date, body):
    return '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%(title)s | Asia Tech Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="%(title)s">
<meta property="og:site_name" content="Asia Tech Wire">
<meta property="og:url" content="https://www.asiatechwire.example/2024/06/12/story-48213">
<meta property="article:published_time" content="%(date)sT08:15:00+08:00">
<meta name="author" content="Staff Reporter">
%(style)s
%(script)s
</head>
<body class="article-page">
<div id="cc" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>%(cookie)s</p>
  <button class="accept">Accept all</button> <button>Manage 847 partners</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="/">Asia Tech Wire</a></div>
  <nav class="nav" aria-label="Main">
    <ul>
      <li><a href="/world">World</a></li><li><a href="/china">China</a></li>
      <li><a href="/top-10">Top 10</a></li><li><a href="/cop29">COP29</a></li>
      <li><a href="/g20-2024">G20 2024</a></li><li><a href="/5g">5G &amp; 6G</a></li>
      <li><a href="/markets">Markets: HSI 17,234 &#9650;1.2%%</a></li>
    </ul>
  </nav>
  <div class="weather">Singapore 28&deg;C | Hong Kong 22&deg;C</div>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/tech">Tech</a> &rsaquo; <a href="/tech/asia">Asia</a></div>
<main id="main">
<article class="story">
  <div class="story-meta byline">By Staff Reporter &middot; <time datetime="%(date)s">%(date)s</time> &middot; 6 min read</div>
  <div class="share-bar">%(icon)s <a href="#">Share</a> <span class="count">1.2K shares</span> <a href="#comments">48 comments</a></div>
  <div class="story-body article-body">
%(body)s
  </div>
  <div class="tags"><a href="/t/dsr">Digital Silk Road</a> <a href="/t/bri">Belt and Road (10 years)</a></div>
  <p class="read-more">Read more: <a href="/2024/06/11/x">China's 5G push reaches 40 cities in 12 months</a></p>
</article>
<section id="comments" class="comments">
  <h3>48 comments</h3>
  <div class="comment"><span class="user">techwatcher88</span> <span class="time">2h ago</span>
    <p>I think the real figure is closer to 40%%, not what they claim. Saw 3 reports saying so.</p>
    <span class="likes">&#9650; 124</span></div>
  <div class="comment"><span class="user">m_chen</span> <span class="time">5h ago</span>
    <p>Over 2,000 engineers were sent in 2023 alone, according to my cousin who works there.</p></div>
  <form class="comment-form"><textarea placeholder="Join the discussion (1,500 characters max)"></textarea><button>Post</button></form>
</section>
</main>
<aside class="sidebar">
  <h3>Most read</h3>
  <ol>
    <li><a href="/a">Huawei sells 15 million phones in Africa in 9 months</a></li>
    <li><a href="/b">Indonesia's internet users top 221 million</a></li>
    <li><a href="/c">China Mobile signs $1.2 billion Pakistan deal</a></li>
  </ol>
  <div class="newsletter"><h4>The Morning Wire</h4><p>Join 50,000 readers who get our 5 must-read stories every day.</p>
    <form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>
  <div class="ad-slot ad">Advertisement 300x250</div>
</aside>
<footer class="site-footer">
  <p>&copy; 2024 Asia Tech Wire Ltd. 18 Marina Boulevard, #21-01, Singapore 018980. Tel +65 6123 4567.</p>
  <p>Founded in 1998 &middot; Read by 3 million people each month &middot; <a href="/privacy">Privacy</a></p>
</footer>
<script>(function(){var n=document.querySelectorAll(".count");for(var i=0;i<n.length;i++){n[i].textContent="1.2K"}})();</script>
</body>
</html>
''' % dict(title=esc(title), date=date, style=STYLE, script=SCRIPT % (esc(title), date), cookie=COOKIE,
           icon=ICON, body=body)


def site_thinktank(title, date, body):
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%(title)s - Centre for Digital Policy</title>
<meta name="citation_title" content="%(title)s" />
<meta name="citation_author" content="Chen, Li" />
<meta name="citation_author" content="Okafor, Tom" />
<meta name="citation_publication_date" content="%(datesl)s" />
<meta name="citation_publisher" content="Centre for Digital Policy" />
<link rel="canonical" href="https://www.cdp.example/publications/2024/dsr-%(n)s" />
<link rel="stylesheet" href="/sites/all/themes/cdp/css/style.css?v=3.2.1" />
%(style)s
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(["_setAccount","UA-1234567-8"]);_gaq.push(["_trackPageview"]);</script>
</head>
<body class="node-type-publication page-node-4821">
<div class="cc-window cc-banner" id="cookie-notice">This website uses cookies. We use 3 kinds of cookies to analyse
  traffic (Google Analytics, retained for 26 months). <a class="cc-btn">Accept</a> <a class="cc-btn">Decline</a> <a href="/privacy">Privacy policy</a></div>
<div id="page">
  <div id="header">
    <div id="site-name"><a href="/">Centre for Digital Policy</a></div>
    <div id="block-menu">
      <ul class="menu"><li class="first"><a href="/research">Research</a></li><li><a href="/programs/asia-2030">Asia 2030</a></li>
      <li><a href="/events">Events (12)</a></li><li><a href="/about/25-years">25 Years</a></li><li class="last"><a href="/donate">Donate</a></li></ul>
    </div>
    <div id="search"><form action="/search"><input type="text" name="q" /><input type="submit" value="Search" /></form></div>
  </div>
  <div id="main-wrapper" class="clearfix">
    <div id="content" class="column">
      <div class="node node-publication">
        <div class="submitted">Published %(date)s | Report No. 2024-%(n)s | 42 pages | PDF (2.4 MB)</div>
        <div class="addthis_toolbox share-links"><a class="addthis_button_facebook">Facebook</a> <a>Twitter</a> <span class="addthis_counter">245</span></div>
        <div class="content">
          <div class="field field-name-body"><div class="field-items"><div class="field-item even">
%(body)s
          </div></div></div>
        </div>
        <div class="field-name-field-tags">Topics: <a href="/topics/china">China</a>, <a href="/topics/5g">5G</a>, <a href="/topics/g7">G7</a></div>
      </div>
    </div>
    <div id="sidebar-second" class="column sidebar">
      <div class="block block-views"><h2>Related publications</h2>
        <div class="view-content">
          <div class="views-row"><a href="/p/1">Subsea cables: 14 new landings in 2023</a></div>
          <div class="views-row"><a href="/p/2">The $50 billion question: who pays for African broadband?</a></div>
          <div class="views-row"><a href="/p/3">Five charts on China's 25 data centres abroad</a></div>
        </div></div>
      <div class="block"><h2>Experts</h2><p><a href="/people/chen">Li Chen</a>, Senior Fellow (12 publications)</p></div>
    </div>
  </div>
  <div id="footer">
    <p>Centre for Digital Policy, 1779 Massachusetts Avenue NW, Washington, DC 20036. Phone 202-555-0142.</p>
    <p>Copyright &copy; 1999-2024. A 501(c)(3) organization, EIN 52-1234567.</p>
  </div>
</div>
</body>
</html>
''' % dict(title=esc(title), date=date, datesl=date.replace('-', '/'), n=17,
           style=STYLE, body=body)


def site_legacy(title, date, body):
    return '''<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=windows-1252">
<title>%(title)s</title>
<meta name="date" content="%(date)s">
<meta name="dc.publisher" content="Ministry of Information Technology">
</head>
<body bgcolor="#ffffff">
<div style="display:none" class="popup">Take our 2-minute survey and win 1 of 50 prizes!</div>
<table width="100%%" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" bgcolor="#003366"><font color="white" size="5">Ministry of Information Technology</font>
  &nbsp; <font color="white">Visitors: 1,204,331 | Last updated: 12.06.2024</font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#eeeeee" class="leftnav">
  <a href="/">Home</a><br><a href="/about">About</a><br><a href="/vision2030">Vision 2030</a><br>
  <a href="/news">News (24 new)</a><br><a href="/tenders">Tenders 2024-25</a><br><a href="/rti">RTI Act 2005</a><br>
</td>
<td valign="top" class="content">
<h1>%(title)s</h1>
%(body)s
<p><small>Page views: 18,442</small></p>
</td>
</tr>
<tr><td colspan="2" align="center"><font size="1">Best viewed in 1024x768. &copy; 2024 Government portal. Helpline 1800-425-1234.</font></td></tr>
</table>
</body>
</html>
''' % dict(title=esc(title), date=date, body=body)


SITES = {'news': site_news, 'thinktank': site_thinktank, 'legacy': site_legacy}


def smart_quotes(blocks):
    """An old CMS turns typed apostrophes into curly ones."""
    def q(t):
        return re.sub(r"(?<=\w)'(?=\w)", '\u2019', t)
    out = []
    for b in blocks:
        if b[0] in ('p', 'h'):
            b = (b[0], q(b[1])) + tuple(b[2:])
        elif b[0] in ('ul', 'ol'):
            b = (b[0], [q(i) for i in b[1]]) + tuple(b[2:])
        out.append(b)
    return out


def make_html(blocks, notes, site, date, out):
    title = blocks[0][1] if blocks and blocks[0][0] == 'h' else 'Report'
    body_blocks = blocks[1:] if blocks and blocks[0][0] == 'h' else blocks
    tag = 'h1' if site != 'legacy' else 'h2'
    body = html_body(([('h', title)] if site != 'legacy' else []) + body_blocks, notes, tag)
    if site == 'legacy':
        # written in windows-1252, curly quotes as bytes, not entities
        body = html_body(smart_quotes(body_blocks), notes, tag).replace('&rsquo;', '\u2019')
    page = SITES[site](title, date, body)
    data = page.encode('cp1252', errors='xmlcharrefreplace') if site == 'legacy' else page.encode('utf-8')
    with open(out, 'wb') as f:
        f.write(data)


def main():
    with open(os.path.join(HERE, 'MANIFEST')) as f:
        lines = [l.split() for l in f if l.strip() and not l.startswith('#')]
    for name, src, pdf_style, site, date in lines:
        blocks, notes = [], {}
        # several sources make one long document; note numbers go on
        for one in src.split('+'):
            with open(os.path.join(ROOT, one), encoding='utf-8') as f:
                text = f.read()
            b, n = footnotes(text, parse(text))
            off = max(notes) if notes else 0
            renum = lambda t: re.sub('\x00(\\d+)\x00', lambda m: '\x00%d\x00' % (int(m.group(1)) + off), t)
            for blk in b:
                kind, val = blk[0], blk[1]
                if kind in ('p', 'h'):
                    val = renum(val)
                elif kind in ('ul', 'ol'):
                    val = [renum(v) for v in val]
                blocks.append((kind, val) + tuple(blk[2:]))
            notes.update({k + off: v for k, v in n.items()})
        make_pdf(blocks, notes, pdf_style, os.path.join(HERE, name + '.pdf'))
        make_html(blocks, notes, site, date, os.path.join(HERE, name + '.html'))
        print('%s: %d blocks, %d notes' % (name, len(blocks), len(notes)), file=sys.stderr)


if __name__ == '__main__':
    main()
