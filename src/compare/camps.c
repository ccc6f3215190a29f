/* camps.c — two groups of documents, each agreeing (see camps.h). */
#include "camps.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "phrase.h"

static int by_value(const void *x, const void *y)
{
    const Figure *f = *(const Figure *const *)x, *g = *(const Figure *const *)y;
    if (f->value != g->value)
        return f->value < g->value ? -1 : 1;
    return f->row < g->row ? -1 : f->row > g->row;
}

/* The documents of s[a, b): how many; 0 when one of them also gives a
 * figure in s[c, d) (a document on both sides is no second source). */
static size_t side_docs(const Figure **s, size_t a, size_t b, size_t c, size_t d)
{
    size_t k = 0;
    for (size_t i = a; i < b; i++) {
        for (size_t j = c; j < d; j++)
            if (!strcmp(s[j]->c->doc, s[i]->c->doc))
                return 0;
        size_t j = a;
        while (j < i && strcmp(s[j]->c->doc, s[i]->c->doc))
            j++;
        k += j == i;
    }
    return k;
}

/* Do s[a, b) agree within the margin: their lowest upper end and highest
 * lower end (an open end: the value) less than the margin apart? */
static int side_agrees(const Figure **s, size_t a, size_t b)
{
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = a; i < b; i++) {
        Interval v = s[i]->iv;
        double l = v.lo_open ? s[i]->value : v.lo, h = v.hi_open ? s[i]->value : v.hi;
        lo = fmin(lo, h), hi = fmax(hi, l);
    }
    if (hi <= lo)
        return 1;
    return lo > 0 && interval_gap(interval_point(lo), interval_point(hi)) < COMPARE_DEFAULT_MARGIN;
}

int camps_words(const Run *R, const Figure *const *figs, size_t n, Buf *s)
{
    (void)R;
    if (n < 4)
        return 0;
    const Figure **v = xmalloc(n * sizeof *v);
    memcpy(v, figs, n * sizeof *v);
    qsort(v, n, sizeof *v, by_value);
    /* the widest gap between neighbours, as a ratio */
    size_t cut = 0;
    double widest = 0;
    for (size_t i = 1; i < n; i++) {
        double x = v[i - 1]->value, y = v[i]->value;
        if (!(x > 0) || !(y > 0))
            continue;
        if (y / x > widest)
            widest = y / x, cut = i;
    }
    int found = 0;
    size_t nl = cut ? side_docs(v, 0, cut, cut, n) : 0, nh = cut ? side_docs(v, cut, n, 0, cut) : 0;
    if (cut && nl >= 2 && nh >= 2 && side_agrees(v, 0, cut) && side_agrees(v, cut, n)) {
        char lo[96], hi[96];
        const Figure *ml = v[(cut - 1) / 2], *mh = v[cut + (n - cut - 1) / 2];
        phrase_amount(lo, sizeof lo, ml->value, ml->unit, 3);
        phrase_amount(hi, sizeof hi, mh->value, mh->unit, 3);
        buf_printf(s,
                   ", but the documents fall into two groups that each agree: %zu around %s and %zu around %s: two "
                   "estimates, each repeated across sources, differ in definition or method more often than one "
                   "of them is wrong; check which each document follows",
                   nl, lo, nh, hi);
        found = 1;
    }
    free(v);
    return found;
}
