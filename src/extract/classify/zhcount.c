/* zhcount.c — what a Chinese count counts beyond its clause (see
 * zhcount.h). */
#include "zhcount.h"

#include <string.h>

#include "quantity_zh.h"
#include "utf8.h"

/* Does a sentence end at the character p[k, k + l)? 。！？ and a line
 * break. */
static int ends_sentence(const unsigned char *p, size_t k, size_t l)
{
    if (l == 1)
        return p[k] == '\n';
    return l == 3 && (!memcmp(p + k, "。", 3) || !memcmp(p + k, "！", 3) || !memcmp(p + k, "？", 3));
}

/* 1 when the three bytes of w (a CJK mark) stand at p[k] (k < e). */
static int lit_at3(const unsigned char *p, size_t e, size_t k, const char *w)
{
    return k + 3 <= e && !memcmp(p + k, w, 3);
}

/* Is there a line break in p[a, b)? */
static int line_between(const unsigned char *p, size_t a, size_t b)
{
    return b > a && memchr(p + a, '\n', b - a) != NULL;
}

int zhc_part_of_total(const unsigned char *p, size_t start, size_t last_end)
{
    static const char of_which[] = "其中";
    const size_t wl = sizeof of_which - 1;
    if (last_end > start || start - last_end > 400)
        return 0;
    /* back from the figure to the start of its sentence for 其中; the
     * total ends in that sentence or in the one before it */
    size_t k = start, s;
    int found = 0;
    while (k > 0 && start - k < 400) {
        if (k >= wl && !memcmp(p + k - wl, of_which, wl))
            found = 1;
        utf8_prev((const char *)p, k, &s);
        if (ends_sentence(p, s, k - s))
            break;
        k = s;
    }
    if (!found || line_between(p, last_end, start))
        return 0;
    if (last_end >= k)
        return 1;
    /* the sentence before: no other end between the total and it */
    for (size_t e = last_end; e + 1 < k; e++)
        if (p[e] == '\n' || (e + 3 <= k - 1 && ends_sentence(p, e, 3)))
            return 0;
    return 1;
}

const char *zhc_bits_per_second(const unsigned char *p, size_t n, size_t start, size_t end, const char *measure)
{
    static const char *const bits[][2] = {{"Tbit", "Tbps"}, {"Gbit", "Gbps"}, {"Mbit", "Mbps"}, {NULL, NULL}};
    static const char per_second[] = "每秒";
    const size_t pl = sizeof per_second - 1;
    for (int b = 0; bits[b][0]; b++) {
        if (strcmp(measure, bits[b][0]))
            continue;
        if (end + pl <= n && !memcmp(p + end, per_second, pl))
            return bits[b][1];
        /* 每秒 before the figure, in its clause */
        size_t k = start, s;
        for (int chars = 0; chars < 16 && k > 0; chars++) {
            if (k >= pl && !memcmp(p + k - pl, per_second, pl))
                return bits[b][1];
            int32_t c = utf8_prev((const char *)p, k, &s);
            if (c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == '\n' || c == ',')
                return NULL;
            k = s;
        }
        return NULL;
    }
    return NULL;
}

/* The last noun of p[s, e) (the lexicon's, with a unit), up to the first
 * clause's end when first_clause is set. */
static const char *last_noun(const unsigned char *p, size_t s, size_t e, int first_clause)
{
    const char *last = NULL;
    size_t l;
    for (size_t k = s; k < e; k += l) {
        if (first_clause && (lit_at3(p, e, k, "，") || lit_at3(p, e, k, "。") || lit_at3(p, e, k, "；") ||
                             lit_at3(p, e, k, "：") || p[k] == ','))
            break;
        const ZhWord *w = qzh_at(p, e, k, ZK_NOUN, &l);
        if (w && w->unit)
            last = w->unit;
        if (!w) {
            utf8_decode((const char *)p + k, e - k, &l);
            if (!l)
                l = 1;
        }
    }
    return last;
}

const char *zhc_panel_noun(const unsigned char *p, size_t n, size_t start, size_t end)
{
    size_t ls = start, le = end, l;
    /* before the figure: a hedge (约, 超过), blanks, the line's start */
    if (qzh_before(p, ls >= 12 ? ls - 12 : 0, ls, ZK_HEDGE_BEFORE, &l))
        ls -= l;
    while (ls > 0 && (p[ls - 1] == ' ' || p[ls - 1] == '\t'))
        ls--;
    if (ls > 0 && p[ls - 1] != '\n')
        return NULL;
    /* after the figure: blanks, a hedge (左右, 以上), the line's end */
    while (le < n && (p[le] == ' ' || p[le] == '\t' || p[le] == '\r'))
        le++;
    if (le < n && qzh_at(p, n, le, ZK_HEDGE_AFTER, &l))
        le += l;
    while (le < n && (p[le] == ' ' || p[le] == '\t' || p[le] == '\r'))
        le++;
    if (le < n && p[le] != '\n')
        return NULL;
    /* the caption below */
    if (le < n) {
        const unsigned char *nl = memchr(p + le + 1, '\n', n - le - 1);
        size_t ce = nl ? (size_t)(nl - p) : n;
        const char *u = ce - (le + 1) <= 120 ? last_noun(p, le + 1, ce, 1) : NULL;
        if (u)
            return u;
    }
    /* the heading above */
    if (ls < 2)
        return NULL;
    size_t hs = ls - 1;
    while (hs > 0 && p[hs - 1] != '\n')
        hs--;
    return ls - 1 - hs <= 60 ? last_noun(p, hs, ls - 1, 0) : NULL;
}

int zhc_opens_part(const unsigned char *p, size_t n, size_t s)
{
    static const char of_which[] = "其中";
    return s + sizeof of_which - 1 <= n && !memcmp(p + s, of_which, sizeof of_which - 1);
}

/* How far back in its sentence a count looks for the number it adds to
 * (characters). */
#define NUMBER_REACH 40

const char *zhc_number_named_before(const unsigned char *p, size_t start)
{
    static const char *const number[] = {"数量", "总数", NULL};
    size_t k = start, s, l;
    for (int chars = 0; chars < NUMBER_REACH && k > 0; chars++) {
        utf8_prev((const char *)p, k, &s);
        if (ends_sentence(p, s, k - s) || (k - s == 3 && !memcmp(p + s, "；", 3)))
            return NULL;
        /* (an earlier figure: its own noun is the nearer one) */
        if (k - s == 1 && p[s] >= '0' && p[s] <= '9')
            return NULL;
        for (int w = 0; number[w]; w++)
            if (s + 6 <= start && !memcmp(p + s, number[w], 6)) {
                const ZhWord *nw = qzh_before(p, 0, s, ZK_NOUN, &l);
                return nw && nw->unit && !(nw->flags & ZF_AFTER) ? nw->unit : NULL;
            }
        k = s;
    }
    return NULL;
}
