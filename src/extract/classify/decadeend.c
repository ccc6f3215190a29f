/* decadeend.c — "by the end of the decade" (decadeend.h). */
#define _GNU_SOURCE   /* memmem */
#include "decadeend.h"

#include <string.h>
#include <strings.h>

#include "lines.h"
#include "textfind.h"

static const char *const phrases[] = {"end of the decade", "end of this decade", "the decade's end", NULL};

/* Where the first phrase in p[s, e) starts (its end in *pe); e when none. */
static size_t find_phrase(const char *p, size_t s, size_t e, size_t *pe)
{
    for (size_t i = s; i < e; i++) {
        char c = (char)(p[i] | 0x20);
        if (c != 'e' && c != 't')
            continue;
        for (int k = 0; phrases[k]; k++) {
            size_t l = strlen(phrases[k]);
            if (e - i >= l && !strncasecmp(p + i, phrases[k], l)) {
                *pe = i + l;
                return i;
            }
        }
    }
    return e;
}

/* Does p[s, e) write a year (four digits standing alone)? */
static int has_year(const char *p, size_t s, size_t e)
{
    for (size_t i = s; i + 4 <= e; i++)
        if ((i == s || !(p[i - 1] >= '0' && p[i - 1] <= '9')) && lines_year_at(p, i) &&
            (i + 4 == e || !(p[i + 4] >= '0' && p[i + 4] <= '9')))
            return 1;
    return 0;
}

/* Does p[s, e) hold a word that ends a clause's time (a comma, a
 * semicolon, "while", "but") or dates another time ("today", "now",
 * "currently", "ago", "earlier", "from", "last")? */
static int breaks(const char *p, size_t s, size_t e, int commas)
{
    static const char *const w[] = {"while", "but", "whereas", "today", "now", "currently", "ago", "earlier",
                                    "from", "last", "since", "previous", NULL};
    for (size_t i = s; i < e; i++) {
        if (p[i] == ';' || p[i] == '(' || (commas && p[i] == ','))
            return 1;
        if (i > s && ((p[i - 1] | 0x20) >= 'a' && (p[i - 1] | 0x20) <= 'z'))
            continue;
        for (int k = 0; w[k]; k++) {
            size_t l = strlen(w[k]);
            if (e - i >= l && !strncasecmp(p + i, w[k], l) &&
                (i + l == e || !((p[i + l] | 0x20) >= 'a' && (p[i + l] | 0x20) <= 'z')))
                return 1;
        }
    }
    return 0;
}

int decadeend_year(const char *p, size_t ss, size_t se, size_t start, size_t end, int told)
{
    /* (most sentences name no decade: one memmem before the phrases) */
    if (told < 1900 || se - ss < 17 || !tf_find(p + ss, se - ss, "decade", 6))
        return 0;
    size_t pe, ps = find_phrase(p, ss, se, &pe);
    if (ps == se)
        return 0;
    int y = told - told % 10 + 10;
    /* the figure before it in its clause: "81% by the end of the decade" */
    if (ps >= end)
        return !has_year(p, end, ps) && !breaks(p, end, ps, 1) ? y : 0;
    /* a figure after it, in a sentence that writes no year */
    if (start >= pe && !has_year(p, ss, se) && !breaks(p, pe, start, 0))
        return y;
    return 0;
}
