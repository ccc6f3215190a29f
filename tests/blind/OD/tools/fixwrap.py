#!/usr/bin/env python3
"""Move a hard line break that falls inside a claim span to just before the span."""
import re, sys
for p in sys.argv[1:]:
    s = open(p, encoding="utf-8").read()
    def fix(mo):
        body = mo.group(0)
        span = body[1:].split("¦")[0]
        if "\n" not in span:
            return body
        return "\n" + body.replace("\n", " ", 1)
    # include the preceding space in the match so it can become the newline
    out = []
    pos = 0
    for mo in re.finditer(r"⟦[^⟧]*⟧", s):
        span = mo.group(0)[1:].split("¦")[0]
        if "\n" in span:
            st = mo.start()
            # strip the space before the markup, insert newline
            pre = s[pos:st]
            if pre.endswith(" "):
                pre = pre[:-1] + "\n"
            else:
                # find last space on the line before the markup word
                k = pre.rfind(" ")
                pre = pre[:k] + "\n" + pre[k+1:]
            out.append(pre)
            out.append(mo.group(0).replace("\n", " ", 1))
        else:
            out.append(s[pos:mo.start()]); out.append(mo.group(0))
        pos = mo.end()
    out.append(s[pos:])
    open(p, "w", encoding="utf-8").write("".join(out))
