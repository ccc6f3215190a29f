/* disputed.c — a figure its own sentence disputes (see disputed.h). */
#include "disputed.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

/* Words by which a sentence discounts its own figure: inflated or
 * unsupported, or a total of something wider than it is cited for.
 * Lower case; English matched at word boundaries. */
static const char *const markers[] = {
    "unsupported", "unsubstantiated", "unverified", "unverifiable", "inflated", "exaggerated",
    "overstated", "overstates", "overstating", "dubious", "is disputed", "are disputed",
    "widely disputed", "cannot be verified", "could not be verified", "no evidence",
    "folds in", "fold in", "folding in", "but that counts", "but this counts", "but it counts",
    "double-counts", "double counts", "double-counting",
    "夸大", "虚高", "缺乏依据", "未经证实", "无法核实",
    NULL,
};

static int word_at(const char *lc, size_t n, size_t i, const char *w)
{
    size_t m = strlen(w);
    if (i + m > n || memcmp(lc + i, w, m))
        return 0;
    if ((unsigned char)w[0] >= 0x80)
        return 1;
    return (i == 0 || !isalpha((unsigned char)lc[i - 1])) && (i + m == n || !isalpha((unsigned char)lc[i + m]));
}

int disputed_claim(const Claim *c)
{
    if (!c->sentence || !c->text || !*c->text)
        return 0;
    const char *s = c->sentence, *at = strstr(s, c->text);
    if (!at)
        return 0;
    /* the figure's clause: from the number before it to the number after */
    size_t a = (size_t)(at - s), e = a + strlen(c->text), n = strlen(s);
    size_t from = a, to = e;
    while (from > 0 && !isdigit((unsigned char)s[from - 1]))
        from--;
    while (to < n && !isdigit((unsigned char)s[to]))
        to++;
    char lc[1024];
    size_t len = to - from < sizeof lc - 1 ? to - from : sizeof lc - 1;
    for (size_t i = 0; i < len; i++)
        lc[i] = (char)tolower((unsigned char)s[from + i]);
    lc[len] = '\0';
    for (size_t i = 0; i < len; i++)
        for (size_t k = 0; markers[k]; k++)
            if (word_at(lc, len, i, markers[k]))
                return 1;
    return 0;
}

static int same_figure(const Claim *x, const Claim *y)
{
    return x->qual == y->qual && !strcmp(x->unit, y->unit) && !strcmp(x->scope, y->scope) &&
           !strcmp(x->metric, y->metric) && x->value == y->value;
}

size_t disputed_drop(Run *R, const Figure **side, size_t n, const Figure *const *all, size_t nall)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const Claim *c = side[i]->c;
        int out = disputed_claim(c);
        for (size_t k = 0; !out && k < nall; k++)
            out = all[k]->c != c && same_figure(all[k]->c, c) && disputed_claim(all[k]->c);
        if (out)
            run_left_out(R, side[i]->row, EX_DISPUTED, "");
        else
            side[m++] = side[i];
    }
    return m;
}
