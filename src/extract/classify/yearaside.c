/* yearaside.c — a year set aside from a claim by its own words (see yearaside.h). */
#include "yearaside.h"

#include "ascii.h"

#include <string.h>
#include <strings.h>

/* Does a clause end at p[i] (a , ; : not inside a number)? */
static int clause_end(const char *p, size_t ss, size_t se, size_t i)
{
    if (p[i] == ';' || p[i] == ':')
        return 1;
    return p[i] == ',' && !(i > ss && ascii_isdigit(p[i - 1]) && i + 1 < se && ascii_isdigit(p[i + 1]));
}

int yearaside_now(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e, size_t y)
{
    static const char *const now[] = {"now", "today", "so far", "to date", "currently", "at present", "this year",
                                       NULL};
    size_t cs = claim_s, ce = claim_e;
    while (cs > ss && !clause_end(p, ss, se, cs - 1))
        cs--;
    while (ce < se && !clause_end(p, ss, se, ce))
        ce++;
    /* "from 2.9 gigawatts now to 6.8 GW by 2029": the word right after
     * the claim says it holds now, whatever the rest of its clause says */
    /* (past the unit's word, "2.9 gigawatts now") */
    for (int w = 0; w < 2 && y > claim_e; w++) {
        size_t a = claim_e;
        while (a < ce && p[a] == ' ')
            a++;
        if (w) {
            while (a < ce && ascii_islower(p[a]))
                a++;
            while (a < ce && p[a] == ' ')
                a++;
        }
        for (int k = 0; now[k]; k++) {
            size_t l = strlen(now[k]);
            if (a > claim_e && a + l <= ce && !strncasecmp(p + a, now[k], l) &&
                (a + l == ce || !ascii_isalpha(p[a + l])))
                return 1;
        }
    }
    if (y >= cs && y < ce)
        return 0;   /* the year is the clause's own */
    for (size_t i = cs; i < ce; i++) {
        if (i > cs && ascii_isalpha(p[i - 1]))
            continue;
        /* (after a participle it says when that was done, not when the
         * claim holds: "13% of the total volume committed so far") */
        if (i >= cs + 3 && p[i - 1] == ' ' && p[i - 2] == 'd' && p[i - 3] == 'e')
            continue;
        char c = (char)(p[i] | 0x20);
        if (c != 'n' && c != 't' && c != 's' && c != 'c' && c != 'a')
            continue;
        for (int k = 0; now[k]; k++) {
            size_t l = strlen(now[k]);
            if (now[k][0] == c && i + l <= ce && !strncasecmp(p + i, now[k], l) && (i + l == ce || !ascii_isalpha(p[i + l])))
                return 1;
        }
    }
    return 0;
}

int yearaside_bracket(const char *p, size_t claim_e, size_t y)
{
    size_t open = 0;
    for (size_t i = y; i > claim_e; i--) {
        if (p[i - 1] == ')')
            return 0;
        if (p[i - 1] == '(') {
            open = i;
            break;
        }
    }
    if (!open)
        return 0;
    /* a figure of the bracket's own before the year (not a year itself,
     * nor a period's number: "(Q4 2023)", "(H1 2024)") */
    for (size_t i = open; i < y; i++)
        if (ascii_isdigit(p[i]) && (i == open || !ascii_isdigit(p[i - 1]))) {
            size_t e = i;
            while (e < y && ascii_isdigit(p[e]))
                e++;
            if (e - i != 4 && !(i > open && ascii_isalpha(p[i - 1])) && !(e < y && ascii_isalpha(p[e]) && !(e + 1 < y && ascii_isalpha(p[e + 1]))))
                return 1;
        }
    return 0;
}

int yearaside_deadline(const char *p, size_t ss, size_t y)
{
    static const char *const deadlines[] = {"by ", "target ", "targeted ", "goal ", NULL};
    size_t lim = y > ss + 24 ? y - 24 : ss;
    for (size_t i = lim; i < y; i++) {
        if (i > ss && ascii_isalpha(p[i - 1]))
            continue;
        for (int k = 0; deadlines[k]; k++)
            if ((p[i] | 0x20) == deadlines[k][0] && !strncasecmp(p + i, deadlines[k], strlen(deadlines[k])))
                return 1;
    }
    return 0;
}
