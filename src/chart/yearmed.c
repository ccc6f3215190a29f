/* yearmed.c — the median a trend chart's line goes through in one year
 * (see yearmed.h). */
#include "yearmed.h"

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

/* May a and b be of one moment: the same month, or one of them names
 * none (two months named are two moments, a series). */
static int one_moment(const Fig *a, const Fig *b)
{
    return a->c->month == b->c->month || !a->c->month || !b->c->month;
}

/* Does figs[i]'s document give another figure of its moment that it
 * disagrees with? */
static int several(const Fig *figs, size_t n, size_t i)
{
    for (size_t j = 0; j < n; j++)
        if (j != i && figs[j].doc == figs[i].doc && one_moment(&figs[i], &figs[j]) && disagree(&figs[i], &figs[j]))
            return 1;
    return 0;
}

int yearmed(const Fig *figs, size_t n, double *m)
{
    double *v = xmalloc((n ? n : 1) * sizeof *v);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!several(figs, n, i))
            v[k++] = figs[i].v;   /* still sorted by value */
    if (k)
        *m = k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
    free(v);
    return k > 0;
}
