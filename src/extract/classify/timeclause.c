/* timeclause.c — the time word of a figure's own clause (see
 * timeclause.h). */
#include "timeclause.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "asciiword.h"
#include "aspect.h"
#include "lines.h"
#include "quantity.h"

/* Is the time word at doc[w] the base of a change, not its time: "24%
 * from last year", "7% more than last year", "up 9% on last year"? */
static int base_word(const char *doc, size_t cs, size_t w)
{
    static const char *const words[] = {"from", "than", "over", "on", "since", "versus", "vs", "against",
                                        "with", NULL};
    size_t ws, wl = aw_word_before(doc, cs, w, &ws);
    for (int k = 0; wl && words[k]; k++)
        if (aw_is(doc, ws, wl, words[k]))
            return 1;
    return 0;
}

/* Does the time word at doc[w] name a year of its own ("last year",
 * "this year", "next year", "last fiscal year"), not a month, a weekday
 * or the time of the telling ("so far", "currently")? */
static int names_year(const char *doc, size_t w)
{
    return !strncasecmp(doc + w, "last ", 5) || !strncasecmp(doc + w, "this ", 5) ||
           !strncasecmp(doc + w, "next ", 5);
}

int timeclause_year(const DocTimes *t, const char *doc, size_t ss, size_t se, const Claim *c, int own)
{
    if (t->n > DOCINFO_TIMES || !t->n)
        return 0;
    size_t cs, ce;
    aspect_clause(doc, ss, se, c, &cs, &ce);
    int best = 0;
    size_t best_d = (size_t)-1;
    for (size_t k = 0; k < t->n; k++) {
        size_t w = t->at[k];
        if (w < cs || w >= ce || base_word(doc, cs, w) || (own && !names_year(doc, w)))
            continue;
        /* a multiple's time word after it is its base's: "double the
         * monthly average of last year", "three times last year's" */
        if (w > c->start && !strcmp(c->unit, "x"))
            continue;
        size_t d = w > c->start ? w - c->start : c->start - w;
        if (d < best_d)
            best = t->year[k], best_d = d;
    }
    return best;
}

/* Does doc[s, e) write the year y? */
static int writes(const char *doc, size_t s, size_t e, int y)
{
    for (size_t i = s; i + 4 <= e; i++)
        if ((i == s || !ascii_isdigit(doc[i - 1])) &&
            (i + 4 == e || !ascii_isdigit(doc[i + 4])) && lines_year_at(doc, i) == y)
            return 1;
    return 0;
}

int timeclause_elsewhere(const char *doc, size_t ss, size_t se, const Claim *c, int y)
{
    size_t cs, ce;
    aspect_clause(doc, ss, se, c, &cs, &ce);
    return !writes(doc, cs, ce, y) && (writes(doc, ss, cs, y) || writes(doc, ce, se, y));
}

int timeclause_month_nearest(const DocTimes *t, const char *doc, size_t at)
{
    if (t->n > DOCINFO_TIMES || !t->n)
        return 0;
    size_t best = 0, best_d = (size_t)-1;
    for (size_t k = 0; k < t->n; k++) {
        size_t d = t->at[k] > at ? t->at[k] - at : at - t->at[k];
        if (d < best_d)
            best = t->at[k], best_d = d;
    }
    size_t e = best;
    while (ascii_isalpha(doc[e]))
        e++;
    return ascii_isupper(doc[best]) && e - best >= 3 && qty_is_month(doc + best, e - best);
}
