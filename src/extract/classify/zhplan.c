/* zhplan.c — the year a Chinese plan's frame gives (see zhplan.h). */
#include "zhplan.h"

#include <string.h>

#include "textserial.h"

#define LIT(p, n, i, lit) ((i) + sizeof lit - 1 <= (n) && !memcmp((p) + (i), lit, sizeof lit - 1))

int zhplan_period_end(const char *p, size_t n, size_t i, size_t *len)
{
    static const struct {
        const char *w;
        int end;
    } plans[] = {{"十一五", 2010}, {"十二五", 2015}, {"十三五", 2020}, {"十四五", 2025}, {"十五五", 2030}};
    for (size_t k = 0; k < sizeof plans / sizeof plans[0]; k++)
        if (i + 9 <= n && !memcmp(p + i, plans[k].w, 9)) {
            *len = 9;
            return plans[k].end;
        }
    return 0;
}

/* Four digits at p[i, e): the year, or 0. */
static int four_digits(const char *p, size_t i, size_t e)
{
    int y = 0;
    for (size_t k = 0; k < 4; k++, i++) {
        if (i >= e || p[i] < '0' || p[i] > '9')
            return 0;
        y = y * 10 + (p[i] - '0');
    }
    return y >= 1990 && y <= 2100 ? y : 0;
}

int zhplan_title_end(const char *p, size_t ss, size_t se)
{
    /* "（2025—2027）》", "（2021—2025年）》", "（2021-2025）》" */
    for (size_t i = ss; i + 3 + 4 + 1 + 4 + 6 <= se; i++) {
        if (!LIT(p, se, i, "（") || !four_digits(p, i + 3, se))
            continue;
        size_t k = i + 7;
        k += LIT(p, se, k, "—") || LIT(p, se, k, "–") ? 3 : p[k] == '-' ? 1 : 0;
        if (k == i + 7)
            continue;
        int y = four_digits(p, k, se);
        k += 4;
        if (y && LIT(p, se, k, "年"))
            k += 3;
        if (y && LIT(p, se, k, "）》"))
            return y;
    }
    return 0;
}

/* Past the blanks and ideographic spaces opening a line at p[i]. */
static size_t indent(const char *p, size_t n, size_t i)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t' || LIT(p, n, i, "\xE3\x80\x80")))
        i += p[i] == ' ' || p[i] == '\t' ? 1 : 3;
    return i;
}

/* The year of a lead "到YYYY年" (力争到, 预计到) opening p[i], or 0. */
static int lead_year(const char *p, size_t n, size_t i)
{
    if (LIT(p, n, i, "力争") || LIT(p, n, i, "预计"))
        i += 6;
    if (!LIT(p, n, i, "到"))
        return 0;
    i += 3;
    int y = 0;
    for (size_t k = 0; k < 4; k++, i++) {
        if (i >= n || p[i] < '0' || p[i] > '9')
            return 0;
        y = y * 10 + (p[i] - '0');
    }
    return LIT(p, n, i, "年") && y >= 1990 && y <= 2100 ? y : 0;
}

/* The last year of a plan's period opening p[i] ("“十三五”期间，",
 * "十三五时期"), or 0. */
static int period_year(const char *p, size_t n, size_t i)
{
    if (LIT(p, n, i, "“") || LIT(p, n, i, "\""))
        i += p[i] == '"' ? 1 : 3;
    size_t l;
    int y = zhplan_period_end(p, n, i, &l);
    if (!y)
        return 0;
    i += l;
    if (LIT(p, n, i, "”") || LIT(p, n, i, "\""))
        i += p[i] == '"' ? 1 : 3;
    return LIT(p, n, i, "期间") || LIT(p, n, i, "时期") ? y : 0;
}

/* Does the line p[s, e) hold a full stop (a paragraph, not a heading)? */
static int has_stop(const char *p, size_t s, size_t e)
{
    for (size_t i = s; i + 3 <= e; i++)
        if (LIT(p, e, i, "。"))
            return 1;
    return 0;
}

/* The start of the line holding p[ss]. (Asked sentence after sentence of
 * one text: from the last place asked, read back only to it, none of its
 * line's bytes before it again; a line of a thousand sentences was read
 * back whole for each.) */
static size_t line_start(const char *p, size_t ss)
{
    static _Thread_local const char *lp;
    static _Thread_local unsigned long lserial;
    static _Thread_local size_t lfrom, lstart;   /* no line break in p[lstart, lfrom) */
    size_t stop = lp == p && lserial == text_serial && lfrom <= ss ? lfrom : 0;
    size_t ls = ss;
    while (ls > stop && p[ls - 1] != '\n')
        ls--;
    if (ls == stop && stop > 0 && p[ls - 1] != '\n')
        ls = lstart;
    lp = p, lserial = text_serial, lfrom = ss, lstart = ls;
    return ls;
}

static int frame_year(const char *p, size_t n, size_t ss)
{
    size_t ls = line_start(p, ss);
    size_t lt = indent(p, n, ls);
    /* (a sentence of the period's own paragraph) */
    int own = ss > lt ? period_year(p, n, lt) : 0;
    if (own)
        return own;
    int only_dash = LIT(p, n, lt, "——");
    /* the lines above, up to the section's heading */
    for (size_t e = ls; e > 0 && ss - e < 4000;) {
        size_t s = e - 1;   /* (p[s] is the '\n' ending the line above) */
        while (s > 0 && p[s - 1] != '\n')
            s--;
        size_t t = indent(p, n, s);
        size_t le = e - 1;
        e = s;
        if (t >= le)
            continue;   /* a blank line */
        if (LIT(p, n, t, "——"))
            continue;   /* another target of the same lead */
        if (only_dash) {
            int y = lead_year(p, n, t);
            if (y)
                return y;
            only_dash = 0;
        }
        if (!has_stop(p, t, le))
            return 0;   /* a heading: the section begins */
        int y = period_year(p, n, t);
        if (y)
            return y;
    }
    return 0;
}

int zhplan_frame_year(const char *p, size_t n, size_t ss)
{
    /* (asked for each undated figure of a sentence: the last answer kept) */
    static _Thread_local const char *lp;
    static _Thread_local size_t lss, ln;
    static _Thread_local unsigned long lserial;
    static _Thread_local int ly;
    if (ss > n)
        return 0;
    if (lp != p || lss != ss || ln != n || lserial != text_serial)
        lp = p, lss = ss, ln = n, lserial = text_serial, ly = frame_year(p, n, ss);
    return ly;
}
