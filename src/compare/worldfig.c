/* worldfig.c — a world figure placed in one country or region (see
 * worldfig.h). */
#include "worldfig.h"

#include <stdlib.h>
#include <string.h>

#include "claimplace.h"
#include "diag.h"
#include "phrase.h"

/* The documents other than f's that give the world's figure of f's
 * metric, unit and year, meeting f's interval: how many (distinct). */
static size_t world_docs(const Run *R, const Figure *f)
{
    const char **seen = NULL;
    size_t k = 0, cap = 0;
    for (size_t i = 0; i < R->n; i++) {
        const Figure *g = &R->fig[i];
        if (R->ok[i] != 1 || !g->c || strcmp(g->c->scope, "global") || g->c->year != f->c->year ||
            strcmp(g->c->metric, f->c->metric) || strcmp(g->unit, f->unit) || !strcmp(g->c->doc, f->c->doc))
            continue;
        const Figure *pair[2] = {f, g};
        if (!figure_agree(pair, 2))
            continue;
        int dup = 0;
        for (size_t j = 0; j < k && !dup; j++)
            dup = !strcmp(seen[j], g->c->doc);
        if (dup)
            continue;
        if (k == cap) {
            cap = cap ? 2 * cap : 8;
            seen = xrealloc(seen, cap * sizeof *seen);
        }
        seen[k++] = g->c->doc;
    }
    free(seen);
    return k;
}

int worldfig_words(const Run *R, const Figure *a, const Figure *b, Buf *s)
{
    const Figure *two[2] = {a, b};
    for (int k = 0; k < 2; k++) {
        const Figure *f = two[k];
        if (!*f->c->scope || !strcmp(f->c->scope, "global") || !strcmp(f->unit, "%") || !f->c->year)
            continue;
        size_t docs = world_docs(R, f);
        if (docs < WORLDFIG_DOCS)
            continue;
        char amount[96], cite[64], place[128];
        phrase_amount(amount, sizeof amount, f->value, f->unit, 3);
        docs_cite(&R->docs, f->c->doc, cite, sizeof cite);
        claim_place_words(place, sizeof place, f->c->scope, f->c->area);
        buf_printf(s,
                   ", but the %s of %s for %s is the world's figure %zu other documents give for %d: likely "
                   "the world's, placed in %s by its context",
                   amount, cite, place, docs, f->c->year, place);
        return 1;
    }
    return 0;
}
