"""Join hard-wrapped prose paragraphs into single lines (web-page genres), used once while drafting."""
import re, sys
def unwrap(text):
    blocks = text.split('\n\n')
    out = []
    for b in blocks:
        lines = b.split('\n')
        if '\t' in b or len(lines) < 2 or len(lines[0]) < 60 and not re.match(r'\s*(-|\*) ', lines[0]):
            out.append(b); continue
        items = []
        for ln in lines:
            if re.match(r'\s*(-|\*) ', ln) or not items:
                items.append(ln.rstrip())
            else:
                items[-1] += ' ' + ln.strip()
        out.append('\n'.join(items))
    return '\n\n'.join(out)
for p in sys.argv[1:]:
    s = open(p, encoding='utf-8').read()
    open(p, 'w', encoding='utf-8').write(unwrap(s))
