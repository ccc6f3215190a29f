#!/usr/bin/env python3
"""Build documents and gold.tsv from annotated sources in tools/src/*.src.

Markup: ⟦span|k=v;k=v⟧  keys: v value (python expr), lo, hi, u unit, q qualifier
(exact default), m metric, sc scope, y year, src source, st status (core default), n note.
Lines beginning with '#@ ' (or inline marks ⟦@k=v;…⟧, which write nothing) set defaults (k=v;k=v) for following claims; they are not
written to the document. '#@ k=' clears a default. '#@ reset' clears all defaults.
Byte offsets are computed from the UTF-8 encoding of the output while it is written.
"""
import os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()
MARK = re.compile(r"⟦@()()([^⟧]*)⟧|⟦([^|⟧@][^|⟧]*)\|([^⟧]*)⟧")

def num(x):
    if x is None or x == "":
        return ""
    v = float(eval(x, {"__builtins__": {}}))
    r = float(f"{v:.10g}")
    if r == int(r) and abs(r) < 1e18:
        return str(int(r))
    return repr(r)

def parse_kv(s):
    d = {}
    for part in s.split(";"):
        part = part.strip()
        if not part:
            continue
        k, _, v = part.partition("=")
        d[k.strip()] = v.strip()
    return d

def build(srcpath):
    name = os.path.basename(srcpath)[:-4] + ".txt"
    out = bytearray()
    rows = []
    defaults = {}
    with open(srcpath, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body = []
    for i, line in enumerate(lines):
        if line.startswith("#@"):
            arg = line[2:].strip()
            if arg == "reset":
                defaults = {}
            else:
                for k, v in parse_kv(arg).items():
                    if v == "":
                        defaults.pop(k, None)
                    else:
                        defaults[k] = v
            continue
        pos = 0
        for m in MARK.finditer(line):
            out += line[pos:m.start()].encode("utf-8")
            if m.group(4) is None:  # inline default setter, writes nothing
                for k, v in parse_kv(m.group(3)).items():
                    if v == "":
                        defaults.pop(k, None)
                    else:
                        defaults[k] = v
                pos = m.end()
                continue
            span = m.group(4)
            kv = dict(defaults)
            kv.update(parse_kv(m.group(5)))
            start = len(out)
            out += span.encode("utf-8")
            end = len(out)
            q = kv.get("q", "exact")
            lo, hi = kv.get("lo", ""), kv.get("hi", "")
            v = kv.get("v", "")
            if q == "range":
                assert lo and hi, (name, span)
                if not v:
                    v = f"(({lo})+({hi}))/2"
            if q == "min" and not lo:
                lo = v
            if q == "max" and not hi:
                hi = v
            assert v, (name, span, "no value")
            assert "u" in kv, (name, span, "no unit")
            rows.append({
                "doc": name, "start": start, "end": end, "span": span,
                "value": num(v), "low": num(lo), "high": num(hi), "unit": kv["u"],
                "qualifier": q, "metric": kv.get("m", ""), "scope": kv.get("sc", ""),
                "year": kv.get("y", ""), "source": kv.get("src", ""),
                "status": kv.get("st", "core"), "note": kv.get("n", ""),
            })
            pos = m.end()
        out += line[pos:].encode("utf-8")
        if i < len(lines) - 1:
            out += b"\n"
        assert "⟦" not in line[pos:] and "⟧" not in line[pos:], (name, line)
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write(bytes(out))
    return rows

def main():
    allrows = []
    for src in sorted(glob.glob(os.path.join(HERE, "src", "*.src"))):
        allrows += build(src)
    with open(os.path.join(ROOT, "gold.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in allrows:
            for c in COLS:
                assert "\t" not in str(r[c]) and "\n" not in str(r[c]), r
            f.write("\t".join(str(r[c]) for c in COLS) + "\n")
    print(f"{len(allrows)} rows written")

if __name__ == "__main__":
    main()
