#!/usr/bin/env python3
"""Build ../gold.tsv from spec/*.spec and check every row against the file bytes.

Spec line (fields separated by ' ;; '):
  anchor with [[span]] ;; value ;; low ;; high ;; unit ;; qualifier ;; metric ;; scope ;; year ;; source ;; status ;; note
Trailing fields may be omitted (status defaults to core).  The anchor (with the
brackets removed) must occur exactly once in the document.  '#' lines are comments.
A first line '@doc FILENAME' names the document.
"""
import glob, os, re, sys, csv

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()

def parse(path):
    doc, rows = None, []
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@doc "):
            doc = line[5:].strip(); continue
        f = [x.strip() for x in line.split(";;")]
        f += [""] * (12 - len(f))
        if len(f) > 12:
            sys.exit(f"{path}:{ln}: too many fields")
        if not f[10]:
            f[10] = "core"
        rows.append((ln, doc, f))
    return rows

def main():
    out, errs = [], 0
    for spec in sorted(glob.glob(os.path.join(HERE, "spec", "*.spec"))):
        for ln, doc, f in parse(spec):
            text = open(os.path.join(SET, doc), encoding="utf-8").read()
            anchor = f[0]
            if anchor.count("[[") != 1 or anchor.count("]]") != 1:
                print(f"{spec}:{ln}: bad anchor {anchor!r}"); errs += 1; continue
            i = anchor.index("[["); j = anchor.index("]]")
            # whitespace in the anchor matches any run of whitespace (hard line breaks)
            def rx(t):
                return r"\s+".join(re.escape(w) for w in t.split(" "))
            pat = rx(anchor[:i]) + "(" + rx(anchor[i+2:j]) + ")" + rx(anchor[j+2:])
            ms = list(re.finditer(pat, text))
            if len(ms) != 1:
                print(f"{spec}:{ln}: anchor found {len(ms)} times: {anchor!r}"); errs += 1; continue
            cpos = ms[0].start(1)
            span = ms[0].group(1)
            start = len(text[:cpos].encode("utf-8"))
            end = start + len(span.encode("utf-8"))
            if "\n" in span or "\t" in span or not span:
                print(f"{spec}:{ln}: bad span {span!r}"); errs += 1; continue
            value, low, high, unit, qual, metric, scope, year, source, status, note = f[1:12]
            if qual not in ("exact", "approx", "min", "max", "range"):
                print(f"{spec}:{ln}: bad qualifier {qual!r}"); errs += 1
            if status not in ("core", "opt"):
                print(f"{spec}:{ln}: bad status {status!r}"); errs += 1
            for v in (value, low, high):
                if v: float(v)
            if qual == "min" and low != value: print(f"{spec}:{ln}: min without low=value"); errs += 1
            if qual == "max" and high != value: print(f"{spec}:{ln}: max without high=value"); errs += 1
            if qual == "range":
                if abs((float(low)+float(high))/2 - float(value)) > 1e-6*max(1,abs(float(value))):
                    print(f"{spec}:{ln}: range value is not the midpoint"); errs += 1
            out.append(dict(zip(COLS, [doc, start, end, span, value, low, high, unit, qual, metric,
                                       scope, year, source, status, note])))
    out.sort(key=lambda r: (r["doc"], r["start"]))
    for a, b in zip(out, out[1:]):
        if a["doc"] == b["doc"] and b["start"] < a["end"]:
            print(f"overlap: {a['doc']} {a['span']!r}@{a['start']} / {b['span']!r}@{b['start']}"); errs += 1
    with open(os.path.join(SET, "gold.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLS) + "\n")
        for r in out:
            vals = [str(r[c]) for c in COLS]
            for v in vals:
                assert "\t" not in v and "\n" not in v and not v.startswith('"'), v
            fh.write("\t".join(vals) + "\n")
    print(f"{len(out)} rows written, {errs} errors")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
