/* keyelig.c — a key figure's eligibility and its dollars (see keyelig.h). */
#include "keyelig.h"

#include <stdint.h>
#include <stdio.h>

#include "comparable.h"
#include "leftread.h"
#include "phrase.h"
#include "unit.h"

/* The reasons an agreement leaves a claim out that say it is no value of
 * its quantity (parts and aims the key figures count themselves; a
 * claim without a year or place only ranks lower). */
static const Exclusion unstated[] = {EX_SEVERAL, EX_PART_SUM};

typedef struct Marking {
    const Lay *L;
    unsigned char *out;
} Marking;

static void marked(const char *id, size_t n, void *ctx)
{
    Marking *m = ctx;
    size_t i = blay_claim(m->L, id, n);
    if (i != SIZE_MAX)
        m->out[i] = 1;
}

unsigned char *keyelig_unstated(const Lay *L)
{
    const ClaimList *cl = L->in->claims;
    const FindingList *fl = L->in->findings;
    Marking m = {L, xcalloc(cl->n + 1, 1)};
    for (size_t i = 0; fl && i < fl->n; i++)
        if (leftread_is_agreement(&fl->v[i]))
            for (size_t k = 0; k < sizeof unstated / sizeof unstated[0]; k++)
                leftread_ids(fl->v[i].excluded, unstated[k], marked, &m);
    return m.out;
}

int keyelig_dollars(const Claim *c, size_t row, const ReferenceList *refs, char *out, size_t cap)
{
    out[0] = '\0';
    if (!refs || !unit_is_money(c->unit) || unit_is_usd(c->unit))
        return 0;
    Docs docs;
    docs_init(&docs, NULL);
    Figure f;
    Exclusion why;
    char detail[96];
    int ok = figure_make(c, row, refs, &docs, &f, &why, detail, sizeof detail) == 0 && f.rate;
    if (ok) {
        char usd[128];
        phrase_amount(usd, sizeof usd, f.value, f.unit, 3);
        snprintf(out, cap, "about %s at %d\xE2\x80\x99s rate", usd, f.rate->year);
    }
    docs_free(&docs);
    return ok;
}
