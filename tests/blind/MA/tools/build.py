#!/usr/bin/env python3
"""Build the MA documents and gold.tsv.

tools/src/NNNNN_name.src  -> NNNNN_name.txt  (text; blocks between '<<wrap W' and '>>'
                              are paragraph-wrapped at width W, everything else verbatim)
tools/ann/NNNNN.ann       -> rows of gold.tsv. One line per claim:
      anchor text with the [span] in brackets || k=v; k=v; ...
   keys: v lo hi u q m s y src st n   (defaults q=exact, st=core)
   '!defaults k=v; ...' sets per-document defaults (an explicit k= overrides, even empty).
   The anchor (brackets removed) must occur exactly once in the document; whitespace in
   the anchor matches any run of whitespace (so anchors may cross wrapped line breaks),
   but the span itself must sit on one line.
"""
import re, sys, textwrap, os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = "doc start end span value low high unit qualifier metric scope year source status note".split()


def render(src):
    out, buf, width, inwrap = [], [], 0, False
    for line in src.split("\n"):
        if line.startswith("<<wrap"):
            inwrap, width, buf = True, int(line.split()[1]), []
            continue
        if inwrap and line == ">>":
            paras = "\n".join(buf).split("\n\n")
            wrapped = [textwrap.fill(" ".join(p.split()), width, break_on_hyphens=False,
                                     break_long_words=False) for p in paras if p.strip()]
            out.append("\n\n".join(wrapped).replace("\u00a4", " "))  # '¤' glues words
            inwrap = False
            continue
        (buf if inwrap else out).append(line)
    assert not inwrap
    return "\n".join(out)


def fmt(d):
    if d is None:
        return ""
    s = format(d.normalize(), "f")
    return s


def dec(s):
    s = s.strip().replace(",", "")
    return Decimal(s) if s else None


def parse_fields(s):
    f = {}
    for part in s.split(";"):
        if not part.strip():
            continue
        k, _, v = part.partition("=")
        f[k.strip()] = v.strip()
    return f


def annotate(doc, text, annpath):
    data = text.encode("utf-8")
    rows, defaults = [], {}
    for ln, line in enumerate(open(annpath, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("!defaults"):
            defaults = parse_fields(line[len("!defaults"):])
            continue
        anchor, sep, fields = line.partition("||")
        assert sep, f"{annpath}:{ln}: no ||"
        anchor = anchor.strip()
        m = re.fullmatch(r"(.*?)\[(.+?)\](.*)", anchor, re.S)
        assert m, f"{annpath}:{ln}: no [span] in anchor"
        pre, span, post = m.groups()
        def rx(s):
            return r"\s+".join(re.escape(w) for w in s.split(" ")) if s else ""
        pat = rx(pre) + "(" + rx(span) + ")" + rx(post)
        # keep leading/trailing spaces of pre/post as whitespace matches
        hits = [h for h in re.finditer(pat, text)]
        assert len(hits) == 1, f"{annpath}:{ln}: anchor {anchor!r} found {len(hits)} times"
        cs, ce = hits[0].span(1)
        sp = text[cs:ce]
        assert "\n" not in sp, f"{annpath}:{ln}: span crosses a line: {sp!r}"
        bs = len(text[:cs].encode("utf-8"))
        be = bs + len(sp.encode("utf-8"))
        assert data[bs:be].decode("utf-8") == sp
        f = dict(q="exact", st="core")
        f.update(defaults)
        f.update(parse_fields(fields))
        v, lo, hi = dec(f.get("v", "")), dec(f.get("lo", "")), dec(f.get("hi", ""))
        q = f["q"]
        if q == "range":
            assert lo is not None and hi is not None, f"{annpath}:{ln}: range needs lo/hi"
            if v is None:
                v = (lo + hi) / 2
        if q == "min" and lo is None and v is not None:
            lo = v
        if q == "max" and hi is None and v is not None:
            hi = v
        assert q in ("exact", "approx", "min", "max", "range"), q
        assert f["st"] in ("core", "opt"), f["st"]
        if f["st"] == "core":
            assert v is not None, f"{annpath}:{ln}: core row without value"
            assert f.get("u"), f"{annpath}:{ln}: core row without unit"
        rows.append(dict(doc=doc, start=bs, end=be, span=sp, value=fmt(v), low=fmt(lo),
                         high=fmt(hi), unit=f.get("u", ""), qualifier=q, metric=f.get("m", ""),
                         scope=f.get("s", ""), year=f.get("y", ""), source=f.get("src", ""),
                         status=f["st"], note=f.get("n", "")))
    rows.sort(key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        assert a["end"] <= b["start"], f"overlap: {a['span']!r} / {b['span']!r}"
    return rows


def main():
    allrows = []
    for fn in sorted(os.listdir(os.path.join(HERE, "src"))):
        if not fn.endswith(".src"):
            continue
        stem = fn[:-4]
        num = stem.split("_")[0]
        text = render(open(os.path.join(HERE, "src", fn), encoding="utf-8").read())
        if not text.endswith("\n"):
            text += "\n"
        doc = stem + ".txt"
        with open(os.path.join(OUT, doc), "w", encoding="utf-8", newline="") as o:
            o.write(text)
        annp = os.path.join(HERE, "ann", num + ".ann")
        rows = annotate(doc, text, annp) if os.path.exists(annp) else []
        allrows += rows
        core = sum(r["status"] == "core" for r in rows)
        print(f"{doc}: words={len(text.split())} core={core} opt={len(rows)-core}")
    for r in allrows:
        for k in COLS:
            assert "\t" not in str(r[k]) and "\n" not in str(r[k]), (k, r)
    with open(os.path.join(OUT, "gold.tsv"), "w", encoding="utf-8", newline="") as o:
        o.write("\t".join(COLS) + "\n")
        for r in allrows:
            o.write("\t".join(str(r[k]) for k in COLS) + "\n")


if __name__ == "__main__":
    main()
