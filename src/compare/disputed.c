/* disputed.c — a figure its own sentence disputes (see disputed.h). */
#include "disputed.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "diag.h"

/* Words by which a sentence discounts its own figure: inflated or
 * unsupported, or a total of something wider than it is cited for.
 * Lower case; English matched at word boundaries. */
static const char *const markers[] = {
    "unsupported", "unsubstantiated", "unverified", "unverifiable", "inflated", "exaggerated",
    "overstated", "overstates", "overstating", "dubious", "is disputed", "are disputed",
    "widely disputed", "cannot be verified", "could not be verified", "no evidence",
    "folds in", "fold in", "folding in", "but that counts", "but this counts", "but it counts",
    "double-counts", "double counts", "double-counting",
    "夸大", "虚高", "缺乏依据", "未经证实", "无法核实",
    NULL,
};

static int word_at(const char *lc, size_t n, size_t i, const char *w)
{
    size_t m = strlen(w);
    if (i + m > n || memcmp(lc + i, w, m))
        return 0;
    if ((unsigned char)w[0] >= 0x80)
        return 1;
    return (i == 0 || !ascii_isalpha(lc[i - 1])) && (i + m == n || !ascii_isalpha(lc[i + m]));
}

int disputed_claim(const Claim *c)
{
    if (!c->sentence || !c->text || !*c->text)
        return 0;
    const char *s = c->sentence, *at = strstr(s, c->text);
    if (!at)
        return 0;
    /* the figure's clause: from the number before it to the number after */
    size_t a = (size_t)(at - s), e = a + strlen(c->text), n = strlen(s);
    size_t from = a, to = e;
    while (from > 0 && !ascii_isdigit(s[from - 1]))
        from--;
    while (to < n && !ascii_isdigit(s[to]))
        to++;
    char lc[1024];
    size_t len = to - from < sizeof lc - 1 ? to - from : sizeof lc - 1;
    for (size_t i = 0; i < len; i++)
        lc[i] = (char)ascii_lower((unsigned char)s[from + i]);
    lc[len] = '\0';
    for (size_t i = 0; i < len; i++)
        for (size_t k = 0; markers[k]; k++)
            if (word_at(lc, len, i, markers[k]))
                return 1;
    return 0;
}

/* The figure's key: qualifier, unit, place, metric and value (a value
 * that is no number is no key: such a figure is dropped only by its own
 * sentence). */
static int by_key(const void *a, const void *b)
{
    const Claim *x = *(const Claim *const *)a, *y = *(const Claim *const *)b;
    int c;
    if (x->qual != y->qual)
        return x->qual < y->qual ? -1 : 1;
    if ((c = strcmp(x->unit, y->unit)) || (c = strcmp(x->scope, y->scope)) || (c = strcmp(x->metric, y->metric)))
        return c;
    return (x->value > y->value) - (x->value < y->value);
}

static int by_address(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(const Figure *const *)a, y = (uintptr_t)*(const Figure *const *)b;
    return (x > y) - (x < y);
}

void disputed_set(DisputedSet *d, const Figure *const *all, size_t nall)
{
    d->keys = xmalloc((nall ? nall : 1) * sizeof *d->keys);
    d->nan = xmalloc((nall ? nall : 1) * sizeof *d->nan);
    d->nkeys = d->nnan = 0;
    for (size_t i = 0; i < nall; i++) {
        const Claim *c = all[i]->c;
        if (!disputed_claim(c))
            continue;
        if (isnan(c->value))
            d->nan[d->nnan++] = all[i];
        else
            d->keys[d->nkeys++] = c;
    }
    qsort(d->keys, d->nkeys, sizeof *d->keys, by_key);
    qsort(d->nan, d->nnan, sizeof *d->nan, by_address);
}

void disputed_set_free(DisputedSet *d)
{
    free(d->keys);
    free(d->nan);
    memset(d, 0, sizeof *d);
}

/* Is figure f (one of the set's) disputed, by its own sentence or as the
 * same figure as one that is? One search: a figure disputed by its own
 * sentence finds its own key. */
static int disputed(const DisputedSet *d, const Figure *f)
{
    if (isnan(f->c->value))
        return d->nnan && bsearch(&f, d->nan, d->nnan, sizeof *d->nan, by_address) != NULL;
    return d->nkeys && bsearch(&f->c, d->keys, d->nkeys, sizeof *d->keys, by_key) != NULL;
}

size_t disputed_drop(Run *R, const Figure **side, size_t n, const DisputedSet *d)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (disputed(d, side[i]))
            run_left_out(R, side[i]->row, EX_DISPUTED, "");
        else
            side[m++] = side[i];
    }
    return m;
}

size_t disputed_drop_side(Run *R, const Figure **side, size_t n)
{
    DisputedSet d;
    disputed_set(&d, side, n);
    size_t m = d.nkeys || d.nnan ? disputed_drop(R, side, n, &d) : n;
    disputed_set_free(&d);
    return m;
}
