/* yearmed.c — the median a trend chart's line goes through in one year
 * (see yearmed.h). */
#include "yearmed.h"

#include <math.h>
#include <stdlib.h>

#include "diag.h"
#include "interval.h"
#include "relation.h"

/* Do a and b disagree beyond the comparisons' default margin? Their
 * intervals are the comparisons' (interval.h: the precision of the
 * digits, the hedges); "80%" and "78% in June" only round one level two
 * ways and are kept. A claim with no interval disagrees with nothing. */
static int disagree(const Fig *a, const Fig *b)
{
    Interval x, y;
    if (interval_from_claim(a->c, &x) < 0 || interval_from_claim(b->c, &y) < 0)
        return 0;
    return interval_verdict(x, y, COMPARE_DEFAULT_MARGIN) == V_INCONSISTENT;
}

/* One figure: its place in figs and its interval's ends (open ends
 * infinite); ok 0 when it has none, and so disagrees with nothing. */
typedef struct Ends {
    size_t at;
    unsigned doc;
    int month;
    double lo, hi;
    int ok;
} Ends;

/* By document, then month (no month first), then place in figs: two
 * figures may be of one moment when they have the same month, or one of
 * them names none (two months named are two moments, a series). */
static int by_doc_month(const void *x, const void *y)
{
    const Ends *a = x, *b = y;
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    if ((a->month != 0) != (b->month != 0))
        return a->month ? 1 : -1;
    if (a->month != b->month)
        return a->month < b->month ? -1 : 1;
    return a->at < b->at ? -1 : a->at > b->at;
}

/* The two figures of e[a, b) the others may most disagree with: the one
 * whose interval starts highest and the one that ends lowest (-1: none).
 * The gap between two intervals that miss grows as they part, and one
 * across zero is at least the whole scale, past any margin: so a figure
 * disagrees with one of e[a, b) exactly when it disagrees with one of
 * these two. */
static void extremes(const Ends *e, size_t a, size_t b, long w[2])
{
    w[0] = w[1] = -1;
    for (size_t i = a; i < b; i++) {
        if (!e[i].ok)
            continue;
        if (w[0] < 0 || e[i].lo > e[w[0]].lo)
            w[0] = (long)i;
        if (w[1] < 0 || e[i].hi < e[w[1]].hi)
            w[1] = (long)i;
    }
}

static int disagrees_with(const Fig *figs, const Ends *e, size_t i, const long w[2])
{
    for (int k = 0; k < 2; k++)
        if (w[k] >= 0 && disagree(&figs[e[i].at], &figs[e[w[k]].at]))
            return 1;
    return 0;
}

/* drop[i]: figs[i]'s document gives another figure of its moment that it
 * disagrees with. Sorted by document and month, each figure is held
 * against the extremes of its document (no month named) or of its month
 * and of its document's figures of no month: a document of 100,000
 * figures of one year is not every figure against every other. */
static void several(const Fig *figs, size_t n, unsigned char *drop)
{
    Ends *e = xmalloc(n * sizeof *e);
    for (size_t i = 0; i < n; i++) {
        Interval x;
        e[i] = (Ends){i, figs[i].doc, figs[i].c->month, 0, 0, 0};
        if (interval_from_claim(figs[i].c, &x) < 0)
            continue;
        e[i].lo = x.lo_open ? -INFINITY : x.lo;
        e[i].hi = x.hi_open ? INFINITY : x.hi;
        e[i].ok = isfinite(x.lo_open ? 0 : x.lo) && isfinite(x.hi_open ? 0 : x.hi) && e[i].lo <= e[i].hi;
    }
    qsort(e, n, sizeof *e, by_doc_month);
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && e[b].doc == e[a].doc)
            b++;
        long all[2], none[2] = {-1, -1};
        extremes(e, a, b, all);
        size_t m0 = a;   /* the document's figures of no month: e[a, m0) */
        while (m0 < b && !e[m0].month)
            m0++;
        extremes(e, a, m0, none);
        for (size_t i = a; i < b;) {
            size_t j = i + 1;
            while (j < b && e[j].month == e[i].month)
                j++;
            long own[2];
            extremes(e, i, j, own);
            for (size_t k = i; k < j; k++)
                if (e[k].ok)
                    drop[e[k].at] = i < m0 ? disagrees_with(figs, e, k, all)
                                           : disagrees_with(figs, e, k, own) || disagrees_with(figs, e, k, none);
            i = j;
        }
        a = b;
    }
    free(e);
}

int yearmed(const Fig *figs, size_t n, double *m)
{
    double *v = xmalloc((n ? n : 1) * sizeof *v);
    unsigned char *drop = xcalloc(n ? n : 1, 1);
    several(figs, n, drop);
    size_t *at = xmalloc((n ? n : 1) * sizeof *at);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!drop[i])
            at[k] = i, v[k++] = figs[i].v;   /* still sorted by value */
    /* an even count's middle two that disagree: the point between them is
     * a figure no document gives */
    int ok = k > 0 && (k % 2 || !disagree(&figs[at[k / 2 - 1]], &figs[at[k / 2]]));
    if (ok)
        *m = k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
    free(at);
    free(drop);
    free(v);
    return ok;
}

int yearmed_states_value(const Fig *figs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (figs[i].c->qual != Q_MIN && figs[i].c->qual != Q_MAX)
            return 1;
    return 0;
}
