/* spanends.c — the two ends of a change across a period (see
 * spanends.h). */
#include "spanends.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "asciiword.h"
#include "lines.h"

/* Words that may stand between "from"/"to" and its figure. */
static int hedge_word(const char *p, size_t s, size_t l)
{
    static const char *const hedges[] = {"about", "around", "roughly", "nearly", "some", "almost", "over",
                                         "under", "just", "approximately", "an", "estimated", NULL};
    for (int k = 0; hedges[k]; k++)
        if (aw_is(p, s, l, hedges[k]))
            return 1;
    return 0;
}

/* The word "from" or "to" before the figure at p[s), past hedges: 'f',
 * 't', or 0. */
static int end_word(const char *p, size_t ss, size_t s)
{
    size_t ws, wl = aw_word_before(p, ss, s, &ws);
    for (int k = 0; k < 2 && wl && hedge_word(p, ws, wl); k++)
        wl = aw_word_before(p, ss, ws, &ws);
    /* (the figure's own sign or currency is no word: "from US$5,200") */
    if (!wl)
        return 0;
    return aw_is(p, ws, wl, "from") ? 'f' : aw_is(p, ws, wl, "to") ? 't' : 0;
}

/* A year standing alone at p[i] (or an FY's: "FY2020"), else 0; *e its end. */
static int year_at(const char *p, size_t ss, size_t se, size_t i, size_t *e)
{
    if (i > ss && (ascii_isdigit(p[i - 1]) || p[i - 1] == ',' || p[i - 1] == '.' || p[i - 1] == '$'))
        return 0;
    int y = lines_year_at(p, i);
    if (!y || (i + 4 < se && ascii_isdigit(p[i + 4])))
        return 0;
    *e = i + 4;
    return y;
}

/* Is p[a, b) between two years only a join of a period ("and", "to",
 * "through", a hyphen or an en dash, "and FY")? */
static int period_join(const char *p, size_t a, size_t b)
{
    while (a < b && p[a] == ' ')
        a++;
    while (b > a && p[b - 1] == ' ')
        b--;
    if (b > a + 2 && p[b - 2] == 'F' && p[b - 1] == 'Y')
        b -= 2;
    while (b > a && p[b - 1] == ' ')
        b--;
    size_t n = b - a;
    return (n == 1 && p[a] == '-') || (n == 3 && !memcmp(p + a, "\xE2\x80\x93", 3)) ||
           (n == 3 && !strncasecmp(p + a, "and", 3)) || (n == 2 && !strncasecmp(p + a, "to", 2)) ||
           (n == 7 && !strncasecmp(p + a, "through", 7));
}

int spanends_year(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e)
{
    int w = end_word(p, ss, claim_s);
    if (!w)
        return 0;
    /* the other end: "to" and a figure a few words after a "from" claim,
     * "from" and a figure a few words before a "to" claim */
    size_t a = w == 'f' ? claim_e : claim_s > ss + 80 ? claim_s - 80 : ss;
    size_t b = w == 'f' ? (claim_e + 80 < se ? claim_e + 80 : se) : claim_s;
    size_t other = 0;
    for (size_t i = a; i < b && !other; i++) {
        if (!ascii_isdigit(p[i]) || (i > a && ascii_isdigit(p[i - 1])))
            continue;
        /* (the figure's sign or currency: "to US$3,100") */
        size_t s = i;
        while (s > a && p[s - 1] != ' ')
            s--;
        if (end_word(p, ss, s) == (w == 'f' ? 't' : 'f'))
            other = i;
    }
    if (!other)
        return 0;
    /* the sentence's years: two, in order, joined as a period (or the
     * ends of another pair), none between this pair's ends */
    int ys[3], n = 0;
    size_t at[3], end[3];
    for (size_t i = ss; i + 4 <= se && n < 3; i++) {
        size_t e;
        int y = year_at(p, ss, se, i, &e);
        if (!y)
            continue;
        at[n] = i, end[n] = e, ys[n++] = y;
        i = e;
    }
    if (n != 2 || ys[0] >= ys[1])
        return 0;
    size_t lo = w == 'f' ? claim_s : other, hi = w == 'f' ? other : claim_e;
    for (int k = 0; k < 2; k++)
        if (at[k] > lo && at[k] < hi)
            return 0;
    int joined = period_join(p, end[0], at[1]);
    if (!joined) {
        /* "from NRs1,100 in 2018 to NRs540 in 2024, or from 4.9% to 1.8%":
         * each year right after "in" and before this pair */
        joined = at[1] < claim_s && at[0] >= ss + 3 && at[1] >= ss + 3 && !strncmp(p + at[0] - 3, "in ", 3) &&
                 !strncmp(p + at[1] - 3, "in ", 3);
        if (joined) {
            size_t t = at[0];
            while (t < at[1] && !(t + 4 <= at[1] && !strncmp(p + t, " to ", 4)))
                t++;
            joined = t < at[1];
        }
    }
    if (!joined)
        return 0;
    return w == 'f' ? ys[0] : ys[1];
}
