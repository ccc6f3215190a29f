/* placed.c — the place a claim is compared in (see placed.h). */
#include "placed.h"

#include <stdlib.h>
#include <string.h>

#include "countryref.h"

int placed_in_world(const Claim *c, const Metrics *m)
{
    return m && !strcmp(c->unit, "countries") && !*c->area && countryref_is_country(m, c->scope);
}

const ClaimList *placed_claims(const ClaimList *cl, const Metrics *m, ClaimList *buf)
{
    size_t first = 0;
    while (first < cl->n && !placed_in_world(&cl->v[first], m))
        first++;
    if (first == cl->n)
        return cl;
    buf->n = buf->cap = cl->n;
    buf->v = xmalloc(cl->n * sizeof *buf->v);
    memcpy(buf->v, cl->v, cl->n * sizeof *buf->v);
    for (size_t i = first; i < cl->n; i++)
        if (placed_in_world(&cl->v[i], m))
            strcut(buf->v[i].scope, sizeof buf->v[i].scope, "global");
    return buf;
}

void placed_free(const ClaimList *placed, ClaimList *buf)
{
    if (placed == buf)
        free(buf->v);
}
