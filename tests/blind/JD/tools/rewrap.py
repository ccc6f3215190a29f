#!/usr/bin/env python3
"""Move a hard line break that falls inside a claim span to just before the span."""
import re, sys
for p in sys.argv[1:]:
    s = open(p).read()
    def fix(m):
        inner = m.group(0)
        return '\n' + inner.replace('\n', ' ') if '\n' in inner.split('|')[0] else inner
    s = re.sub(r'⟦.*?⟧', fix, s, flags=re.S)
    s = re.sub(r' \n⟦', '\n⟦', s)
    open(p, 'w').write(s)
