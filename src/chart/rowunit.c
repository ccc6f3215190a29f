/* rowunit.c — a figure's words with what it counts (see rowunit.h). */
#include "rowunit.h"

#include <stdio.h>
#include <string.h>

#include "phrase.h"
#include "unit.h"

/* One of a plural noun: "lenders" -> "lender"; a unit of several words,
 * a symbol or one that ends otherwise is left as it is. */
static void singular(char *u)
{
    size_t n = strlen(u);
    if (n < 3 || u[n - 1] != 's' || u[n - 2] == 's' || strpbrk(u, " /-0123456789"))
        return;
    for (size_t i = 0; i < n; i++)
        if (u[i] < 'a' || u[i] > 'z')
            return;
    u[n - 1] = '\0';
}

void rowunit_value(char *out, size_t cap, const Claim *c)
{
    char v[200], base[160], per[40] = "";
    phrase_short_claim(v, sizeof v, c);
    if (unit_kind(c->unit) != UNIT_COUNT) {
        snprintf(out, cap, "%s", v);
        return;
    }
    unit_base(c->unit, base, sizeof base);
    if (c->qual == Q_EXACT && c->value == 1)
        singular(base);
    size_t n;
    const char *p = unit_period(c->unit, &n);
    if (p)
        snprintf(per, sizeof per, " a %.*s", (int)n, p);
    size_t lv = strlen(v), lp = strlen(per);
    /* the period the short register put last goes after the unit */
    if (lp && lv >= lp && !strcmp(v + lv - lp, per))
        v[lv - lp] = '\0';
    else
        per[0] = '\0';
    snprintf(out, cap, "%s %s%s", v, base, per);
}
