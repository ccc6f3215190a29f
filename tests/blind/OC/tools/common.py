"""Helpers for the hand-written gold specs of set OC.

Each spec row gives a context string that occurs exactly once in the document,
with the claim's span marked as [[...]]. build_gold.py turns it into byte offsets.
"""
ROWS = []


def R(doc, ctx, value, unit, qual="exact", metric="", scope="", year="", source="",
      status="core", low="", high="", note=""):
    if qual == "min" and low == "":
        low = value
    if qual == "max" and high == "":
        high = value
    ROWS.append(dict(doc=doc, ctx=ctx, value=value, low=low, high=high, unit=unit,
                     qualifier=qual, metric=metric, scope=scope, year=str(year),
                     source=source, status=status, note=note))


def O(doc, ctx, value, unit, qual="exact", note="", **kw):
    """An opt row."""
    R(doc, ctx, value, unit, qual, status="opt", note=note, **kw)
