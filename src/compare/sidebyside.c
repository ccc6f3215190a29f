/* sidebyside.c — two counts one sentence sets side by side (see
 * sidebyside.h). */
#include "sidebyside.h"

#include <stdlib.h>
#include <string.h>

#include "unit.h"

int sidebyside_together(const Figure *a, const Figure *b)
{
    return !strcmp(a->c->doc, b->c->doc) && a->c->sentence && b->c->sentence && *a->c->sentence &&
           !strcmp(a->c->sentence, b->c->sentence);
}

/* The two claim terms of rel into *t0, *t1; 0 unless there are exactly two. */
static int two_terms(const Relation *rel, int *t0, int *t1)
{
    *t0 = *t1 = -1;
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref)
            continue;
        if (*t0 < 0)
            *t0 = t;
        else if (*t1 < 0)
            *t1 = t;
        else
            return 0;
    }
    return *t1 >= 0;
}

int sidebyside_counts_differ(const Run *R, const Relation *rel)
{
    int t0, t1;
    if (rel->kind != RK_CONSISTENCY || !two_terms(rel, &t0, &t1))
        return 0;
    char u0[64], u1[64];
    run_unit(R, rel->terms[t0].name, u0, sizeof u0);
    run_unit(R, rel->terms[t1].name, u1, sizeof u1);
    return unit_kind(u0) == UNIT_COUNT && unit_kind(u1) == UNIT_COUNT && strcmp(u0, u1) != 0;
}

/* Does the sentence of row's claim state a claim of metric? The claims of
 * one document lie together in the table (in their order in the text):
 * its neighbours are looked at, out to its document's ends. */
static int sentence_states(const Run *R, size_t row, const char *metric)
{
    const ClaimList *cl = R->in->claims;
    const Claim *c = &cl->v[row];
    if (!c->sentence || !*c->sentence)
        return 0;
    for (int dir = -1; dir <= 1; dir += 2)
        for (size_t i = row; dir < 0 ? i > 0 : i + 1 < cl->n;) {
            i = dir < 0 ? i - 1 : i + 1;
            const Claim *o = &cl->v[i];
            if (strcmp(o->doc, c->doc))
                break;
            if (!strcmp(o->metric, metric) && o->sentence && !strcmp(o->sentence, c->sentence))
                return 1;
        }
    return 0;
}

void sidebyside_drop(Run *R, const Relation *rel, const Figure **side[], size_t nside[])
{
    int t0, t1;
    if (!sidebyside_counts_differ(R, rel) || !two_terms(rel, &t0, &t1))
        return;
    for (int k = 0; k < 2; k++) {
        int t = k ? t1 : t0;
        const char *other = rel->terms[k ? t0 : t1].name;
        size_t m = 0;
        for (size_t i = 0; i < nside[t]; i++) {
            if (sentence_states(R, side[t][i]->row, other))
                run_left_out(R, side[t][i]->row, EX_SIDE_BY_SIDE, "");
            else
                side[t][m++] = side[t][i];
        }
        nside[t] = m;
    }
}
