/* periodend.c — "the 2025-2029 period" (see periodend.h). */
#define _GNU_SOURCE   /* memrchr */
#include "periodend.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "asciiword.h"
#include "lines.h"
#include "textserial.h"
#include "textwalk.h"

/* A year at p[i] standing alone (no digit either side), or 0. */
static int year_at(const char *p, size_t ss, size_t se, size_t i)
{
    if (i + 4 > se || (i > ss && ascii_isdigit((unsigned char)p[i - 1])) ||
        (i + 4 < se && ascii_isdigit((unsigned char)p[i + 4])))
        return 0;
    return lines_year_at(p, i);
}

/* Past a span's joint at p[i]: "-", "–" or " to "; its end, else i. */
static size_t joint(const char *p, size_t se, size_t i)
{
    if (i < se && p[i] == '-')
        return i + 1;
    if (i + 3 <= se && !memcmp(p + i, "\xE2\x80\x93", 3))
        return i + 3;
    if (i + 4 <= se && !memcmp(p + i, " to ", 4))
        return i + 4;
    return i;
}

/* The span of two years at p[i]: its end year (later than the first),
 * *first and *e (past it) set; else 0. */
static int span_at(const char *p, size_t ss, size_t se, size_t i, int *first, size_t *e)
{
    int a = year_at(p, ss, se, i);
    if (!a)
        return 0;
    size_t j = joint(p, se, i + 4);
    int b = j > i + 4 ? year_at(p, ss, se, j) : 0;
    if (!b || b <= a || b - a > 30)
        return 0;
    *first = a, *e = j + 4;
    return b;
}

/* The period's end year in the clause p[cs, ce), *first its first; or 0. */
static int clause_period(const char *p, size_t cs, size_t ce, int *first)
{
    /* (a year opens with 1 or 2: the bytes between are passed eight at
     * a time) */
    const unsigned char *u = (const unsigned char *)p;
    for (size_t i = cs; ce >= 4 && (i = tw_find2(u, i, ce - 3, '1', '2')) + 4 <= ce; i++) {
        int a, b;
        size_t e;
        if (!(b = span_at(p, cs, ce, i, &a, &e)))
            continue;
        /* "the 2025-2029 period" */
        int before_the = i >= cs + 4 && !strncasecmp(p + i - 4, "the ", 4);
        int after_period = e + 7 <= ce && !strncasecmp(p + e, " period", 7) &&
                           (e + 7 == ce || !ascii_isalpha((unsigned char)p[e + 7]));
        /* "the period 2023-2030" */
        int after_the_period = i >= cs + 11 && !strncasecmp(p + i - 11, "the period ", 11);
        if ((before_the && after_period) || after_the_period) {
            *first = a;
            return b;
        }
        i = e - 1;
    }
    return 0;
}

int periodend_year(const char *p, size_t ss, size_t se, size_t claim_s, int *first)
{
    /* the claim's clause: between semicolons */
    size_t cs = claim_s;
    const char *semi = claim_s > ss ? memrchr(p + ss, ';', claim_s - ss) : NULL;
    if (claim_s > ss)
        cs = semi ? (size_t)(semi - p) + 1 : ss;
    semi = claim_s < se ? memchr(p + claim_s, ';', se - claim_s) : NULL;
    size_t ce = semi ? (size_t)(semi - p) : se;
    if (ce < claim_s)   /* (a claim past the sentence's end reads none of it) */
        ce = claim_s;
    /* (the claims of a clause share its answer) */
    static _Thread_local SpanKey key;
    static _Thread_local int end, start;
    if (!spankey_same(&key, p, cs, ce))
        end = clause_period(p, cs, ce, &start);
    if (end && first)
        *first = start;
    return end;
}

int periodend_growth_to(const char *p, size_t ss, size_t i)
{
    static const char *const grow[] = {"grow", "increase", "rise", "risin", "expand", "compound", "cagr", NULL};
    if (i <= ss || !ascii_isgap(p[i - 1]))
        return 0;
    size_t ws, wl = aw_word_before(p, ss, i - 1, &ws);
    if (!wl || ws + wl != i - 1 || !aw_is(p, ws, wl, "to"))
        return 0;
    size_t ps, pl = aw_word_before(p, ss, ws, &ps);
    if (pl && (aw_is(p, ps, pl, "compared") || aw_is(p, ps, pl, "relative") || aw_is(p, ps, pl, "up")))
        return 0;
    size_t lim = ws > ss + 80 ? ws - 80 : ss;
    for (size_t k = lim; k < ws; k++) {
        if (ascii_isdigit(p[k]) && k + 4 <= ws && lines_year_at(p, k) && (k == ss || !ascii_isdigit(p[k - 1])) &&
            !ascii_isdigit(p[k + 4]))
            return 0;
        if (k > ss && ascii_isalpha(p[k - 1]))
            continue;
        for (int g = 0; grow[g]; g++) {
            size_t l = strlen(grow[g]);
            if (k + l <= ws && !strncasecmp(p + k, grow[g], l))
                return 1;
        }
    }
    return 0;
}
