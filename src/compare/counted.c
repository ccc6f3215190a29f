/* counted.c — disagreements explained by what each side counts (see
 * counted.h). */
#include "counted.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "metrics.h"
#include "phrase.h"

/* The world's figure of f's metric, year and unit in f's document: the
 * first in the table, or NULL. */
static const Figure *world_total(const Run *R, const Figure *f)
{
    const ClaimList *cl = R->in->claims;
    for (size_t i = 0; i < cl->n; i++) {
        const Claim *c = &cl->v[i];
        if (R->ok[i] <= 0 || c->year != f->c->year || strcmp(c->scope, "global") || strcmp(c->doc, f->c->doc) ||
            strcmp(c->metric, f->c->metric) || strcmp(R->fig[i].unit, f->unit))
            continue;
        return &R->fig[i];
    }
    return NULL;
}

int counted_wholes(const Run *R, const Figure *a, const Figure *b, Buf *s)
{
    if (!strcmp(a->c->scope, "global") || !strcmp(a->c->doc, b->c->doc))
        return 0;
    const Figure *ta = world_total(R, a), *tb = world_total(R, b);
    if (!ta || !tb)
        return 0;
    /* the totals miss each other beyond the margin, the same way round */
    double lo = tb->iv.hi_open ? tb->value : tb->iv.hi, hi = ta->iv.lo_open ? ta->value : ta->iv.lo;
    if ((a->value > b->value) != (ta->value > tb->value) || !(hi > lo) ||
        interval_gap(interval_point(lo), interval_point(hi)) < COMPARE_DEFAULT_MARGIN)
        return 0;
    char ca[64], cb[64], wa[128], wb[128];
    docs_cite(&R->docs, a->c->doc, ca, sizeof ca);
    docs_cite(&R->docs, b->c->doc, cb, sizeof cb);
    phrase_amount(wa, sizeof wa, ta->value, ta->unit, 3);
    phrase_amount(wb, sizeof wb, tb->value, tb->unit, 3);
    buf_printf(s,
               ", but %s and %s disagree on the world's total too, %s against %s: two datasets that count "
               "differently",
               ca, cb, wa, wb);
    return 1;
}

int counted_programme(const Run *R, const Figure *a, const Figure *b, Buf *s)
{
    if (!R->in->metrics || !metrics_is_programme(R->in->metrics, a->c->metric) ||
        !metrics_is_programme(R->in->metrics, b->c->metric) || !strcmp(a->c->doc, b->c->doc))
        return 0;
    const char *x = a->c->source, *y = b->c->source;
    if (!*x || !*y || !strcasecmp(x, y))
        return 0;
    char ca[64], cb[64];
    docs_cite(&R->docs, a->c->doc, ca, sizeof ca);
    docs_cite(&R->docs, b->c->doc, cb, sizeof cb);
    buf_printf(s,
               ", but %s credits %s and %s %s: counts of different programmes or firms, not one total",
               ca, x, cb, y);
    return 1;
}
