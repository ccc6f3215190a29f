/* figaspect.c — parts of a population and aims in the comparisons (see
 * figaspect.h). */
#include "figaspect.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "claimplace.h"
#include "unit.h"

void figaspect_key(const Claim *c, char *out, size_t cap)
{
    char part[96];
    if (claim_is_aim(c))
        snprintf(out, cap, "aim");
    else if (claim_part(c, part, sizeof part))
        snprintf(out, cap, "part:%s", part);
    else if (cap)
        out[0] = '\0';
}

void figaspect_name(const Claim *c, char *out, size_t cap)
{
    char part[96];
    if (claim_is_aim(c)) {
        snprintf(out, cap, "%s/aims", c->metric);
        return;
    }
    if (!claim_part(c, part, sizeof part)) {
        snprintf(out, cap, "%s", c->metric);
        return;
    }
    for (char *p = part; *p; p++)
        if (*p == ' ')
            *p = '-';
    snprintf(out, cap, "%s/%s", c->metric, part);
}

void figaspect_words(const Claim *c, char *out, size_t cap)
{
    char part[96];
    if (claim_part(c, part, sizeof part) && !claim_is_aim(c))
        snprintf(out, cap, ", %s only", part);
    else if (cap)
        out[0] = '\0';
}

int figaspect_left_out(Run *R, size_t row)
{
    const Claim *c = &R->in->claims->v[row];
    char part[96];
    if (claim_is_aim(c)) {
        run_left_out(R, row, EX_AIM, "");
        return 1;
    }
    if (claim_part(c, part, sizeof part)) {
        /* (a part of a population, or of a sum: its loans alone) */
        int money = unit_is_money(c->unit);
        /* (or of a set: "36 of which", part: a subset of 63) */
        int set = !money && !strncmp(part, CLAIM_PART_SUBSET, strlen(CLAIM_PART_SUBSET));
        run_left_out(R, row, money ? EX_PART_SUM : set ? EX_PART_SET : EX_PART, part);
        return 1;
    }
    return 0;
}

void figaspect_aims(Run *R, const Figure *const *figs, size_t n)
{
    const Claim *c0 = figs[0]->c;
    Finding f;
    finding_init(&f);
    f.kind = FK_ITEMS;
    f.verdict = V_INFO;
    run_id(&f, "aims", c0->metric, claim_place_id(c0), c0->year, NULL);
    f.value = figs[0]->value;
    snprintf(f.unit, sizeof f.unit, "%s", figs[0]->unit);
    run_where(&f, c0);
    char lab[128], where[160];
    comparable_where(c0->scope, c0->area, c0->year, where, sizeof where);
    Buf s, conv;
    buf_init(&s, 0);
    buf_init(&conv, 0);
    buf_printf(&s, "%s, %s: aims, not measures (targets, goals or wishes; different aims are no disagreement on a "
                   "fact), listed and not held against each other: ",
               run_label(R, c0->metric, lab, sizeof lab), where);
    for (size_t i = 0; i < n; i++) {
        if (i == COMPARE_MAX_NAMED) {
            buf_printf(&s, "; and %zu more", n - i);
            break;
        }
        if (i)
            buf_puts(&s, "; ");
        run_figure_words(R, figs[i], 0, &s);
    }
    buf_putc(&s, '.');
    run_conversions(figs, n, &conv);
    f.statement = buf_take(&s, NULL);
    f.claims = run_claims(R, (const Figure *const *)figs, n);
    f.conversion = buf_take(&conv, NULL);
    run_push(R, &f, RANK_ITEMS);
}
