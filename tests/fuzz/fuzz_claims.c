/* fuzz_claims.c — the claims CSV reader (claims_load) on arbitrary bytes.
 *
 * Beyond "no crash, no leak": every claim read has a valid id, a plain
 * doc name, start < end, low <= high when both are set and only finite
 * numbers; writing the claims back (claims_write_row) and reading them
 * again gives the same claims.
 */
#include "fuzz.h"

#include "claim.h"

#include <math.h>

static int same_num(double a, double b)
{
    return (isnan(a) && isnan(b)) || a == b;
}

static int same_claim(const Claim *a, const Claim *b)
{
    return !strcmp(a->id, b->id) && !strcmp(a->doc, b->doc) && a->start == b->start &&
           a->end == b->end && !strcmp(a->text, b->text) && same_num(a->value, b->value) &&
           same_num(a->low, b->low) && same_num(a->high, b->high) && !strcmp(a->unit, b->unit) &&
           a->qual == b->qual && !strcmp(a->metric, b->metric) && !strcmp(a->scope, b->scope) &&
           a->year == b->year && a->month == b->month && !strcmp(a->source, b->source) &&
           !strcmp(a->sentence, b->sentence) && a->origin == b->origin &&
           !strcmp(a->note, b->note);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("claims.csv", data, size);
    ClaimList l;
    Diag d = {0};
    int rc = claims_load(path, &l, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (strcmp(d.file, path) != 0 || l.n != 0)
            abort();
        claimlist_free(&l);
        return 0;
    }
    Buf b;
    buf_init(&b, 0);
    claims_write_header(&b);
    for (size_t i = 0; i < l.n; i++) {
        const Claim *c = &l.v[i];
        if (strlen(c->id) != 16 || !c->doc[0] || strchr(c->doc, '/') || c->start >= c->end ||
            !c->text || !c->sentence || c->qual >= Q_COUNT || c->origin >= ORIGIN_COUNT ||
            isinf(c->value) || isinf(c->low) || isinf(c->high) ||
            (!isnan(c->low) && !isnan(c->high) && c->low > c->high))
            abort();
        if (claimlist_find(&l, c->id) == NULL)
            abort();
        claims_write_row(&b, c);
    }
    const char *again_path = fuzz_file("claims-again.csv", (const uint8_t *)b.data, b.len);
    ClaimList again;
    Diag d2 = {0};
    if (claims_load(again_path, &again, &d2) != 0 || again.n != l.n)
        abort();
    for (size_t i = 0; i < l.n; i++)
        if (!same_claim(&l.v[i], &again.v[i]))
            abort();
    claimlist_free(&again);
    claimlist_free(&l);
    buf_free(&b);
    return 0;
}
