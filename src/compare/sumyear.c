/* sumyear.c — the year a restated sum is converted at (see sumyear.h). */
#include "sumyear.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "unit.h"

int sumyear_own(const Claim *c)
{
    switch (c->year_from) {
    case YEAR_OWN:
    case YEAR_FROM_SENTENCE:
    case YEAR_FROM_TABLE_ROW:
    case YEAR_FROM_COLUMN:
    case YEAR_FROM_CAPTION:
    case YEAR_FROM_RECORD:
    case YEAR_FROM_DATA_DATE:
    case YEAR_FROM_LIST:
    case YEAR_FROM_COMPARED:
        return 1;
    default:
        return 0;
    }
}

/* A sum in another currency than the dollar, of a metric. */
static int foreign_sum(const Claim *c)
{
    char cur[4];
    return c->metric[0] && c->year && unit_currency(c->unit, cur) && strcmp(cur, "USD") != 0;
}

/* The same sum: metric, place, area, unit and value. */
static int same_sum(const Claim *a, const Claim *b)
{
    return a->value == b->value && !strcmp(a->metric, b->metric) && !strcmp(a->unit, b->unit) &&
           !strcmp(a->scope, b->scope) && !strcmp(a->area, b->area);
}

void sumyear_rates(Run *R)
{
    const ClaimList *cl = R->in->claims;
    size_t *sums = xmalloc((R->n ? R->n : 1) * sizeof *sums), k = 0;
    for (size_t i = 0; i < R->n; i++)
        if (R->ok[i] && foreign_sum(&cl->v[i]))
            sums[k++] = i;
    for (size_t a = 0; a < k; a++) {
        const Claim *c = &cl->v[sums[a]];
        if (sumyear_own(c))
            continue;
        const Claim *by = NULL;
        for (size_t b = 0; b < k; b++) {
            const Claim *d = &cl->v[sums[b]];
            if (b == a || !sumyear_own(d) || d->year >= c->year || !same_sum(c, d))
                continue;
            if (!by || d->year < by->year)
                by = d;
        }
        if (!by)
            continue;
        Figure f;
        Exclusion why;
        char detail[sizeof R->conv_detail[0]];
        if (figure_make_at(c, sums[a], R->in->references, &R->docs, by->year, &f, &why, detail, sizeof detail))
            continue;
        f.rate_by = by;
        R->fig[sums[a]] = f;
        R->ok[sums[a]] = 1;
        R->conv_why[sums[a]] = EX_NONE;
        R->conv_detail[sums[a]][0] = '\0';
    }
    free(sums);
}
