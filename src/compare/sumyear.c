/* sumyear.c — the year a restated sum is converted at (see sumyear.h). */
#include "sumyear.h"

#include <math.h>
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

/* A sum in another currency than the dollar, of a metric (a value that
 * is no number is the same sum as nothing). */
static int foreign_sum(const Claim *c)
{
    char cur[4];
    return c->metric[0] && c->year && !isnan(c->value) && unit_currency(c->unit, cur) &&
           strcmp(cur, "USD") != 0;
}

/* One foreign sum: its claim and row. */
typedef struct Sum {
    const Claim *c;
    size_t row;
} Sum;

/* The same sum (metric, place, area, unit and value) are neighbours:
 * 0 between two of one sum. */
static int sum_key(const Claim *a, const Claim *b)
{
    int d;
    if (a->value != b->value)
        return a->value < b->value ? -1 : 1;
    if ((d = strcmp(a->metric, b->metric)) || (d = strcmp(a->unit, b->unit)) || (d = strcmp(a->scope, b->scope)))
        return d;
    return strcmp(a->area, b->area);
}

/* By sum, then year, then row: a sum's earliest statement comes first. */
static int by_sum(const void *x, const void *y)
{
    const Sum *a = x, *b = y;
    int d = sum_key(a->c, b->c);
    if (d)
        return d;
    if (a->c->year != b->c->year)
        return a->c->year < b->c->year ? -1 : 1;
    return a->row < b->row ? -1 : a->row > b->row;
}

/* Re-make sums' figure at the rate of by's year. */
static void restate(Run *R, const Sum *s, const Claim *by)
{
    Figure f;
    Exclusion why;
    char detail[sizeof R->conv_detail[0]];
    if (figure_make_at(s->c, s->row, R->in->references, &R->docs, by->year, &f, &why, detail, sizeof detail))
        return;
    f.rate_by = by;
    R->fig[s->row] = f;
    R->ok[s->row] = 1;
    R->conv_why[s->row] = EX_NONE;
    R->conv_detail[s->row][0] = '\0';
}

/* Sorted by sum, each run of one sum takes the earliest of its
 * statements whose year is their own (the first row of that year), and
 * gives its year to the others of the run that are later: one sort, not
 * every sum against every other (a table of 100,000 restated sums). */
void sumyear_rates(Run *R)
{
    const ClaimList *cl = R->in->claims;
    Sum *sums = xmalloc((R->n ? R->n : 1) * sizeof *sums);
    size_t k = 0;
    for (size_t i = 0; i < R->n; i++)
        if (R->ok[i] && R->conv_why[i] != EX_REFUTED && foreign_sum(&cl->v[i]))
            sums[k++] = (Sum){&cl->v[i], i};
    qsort(sums, k, sizeof *sums, by_sum);
    for (size_t a = 0; a < k;) {
        size_t b = a + 1;
        while (b < k && !sum_key(sums[a].c, sums[b].c))
            b++;
        const Claim *by = NULL;
        for (size_t i = a; i < b && !by; i++)
            if (sumyear_own(sums[i].c))
                by = sums[i].c;
        for (size_t i = a; by && i < b; i++)
            if (!sumyear_own(sums[i].c) && by->year < sums[i].c->year)
                restate(R, &sums[i], by);
        a = b;
    }
    free(sums);
}
