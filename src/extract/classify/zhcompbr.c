/* zhcompbr.c — a Chinese comparative bracket (zhcompbr.h). */
#include "zhcompbr.h"

#include <string.h>

static int lit(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !memcmp(p + i, w, l);
}

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The length of the opening bracket ending at p[i) (after ss), or 0. */
static size_t open_before(const char *p, size_t ss, size_t i)
{
    if (i > ss && p[i - 1] == '(')
        return 1;
    if (i >= ss + 3 && lit(p, i - 3, i, "\xEF\xBC\x88"))   /* （ */
        return 3;
    return 0;
}

size_t zhcompbr_close(const char *p, size_t ss, size_t se, size_t y)
{
    if (y + 5 > se || !open_before(p, ss, y))
        return 0;
    for (size_t k = y; k < y + 4; k++)
        if (!digit(p[k]))
            return 0;
    if (digit(p[y + 4]))
        return 0;
    /* ---- the year's word: 年, 年度, 年末, 年底, or none ---- */
    size_t k = y + 4;
    if (lit(p, k, se, "年")) {
        k += 3;
        if (lit(p, k, se, "度") || lit(p, k, se, "末") || lit(p, k, se, "底"))
            k += 3;
    }
    /* ---- the colon ---- */
    if (k < se && p[k] == ':')
        k++;
    else if (lit(p, k, se, "\xEF\xBC\x9A"))   /* ： */
        k += 3;
    else
        return 0;
    /* ---- the close, before another bracket opens ---- */
    for (; k < se && k < y + 80; k++) {
        if (p[k] == ')' || lit(p, k, se, "\xEF\xBC\x89"))   /* ） */
            return k;
        if (p[k] == '(' || lit(p, k, se, "\xEF\xBC\x88") || p[k] == '\n')
            return 0;
    }
    return 0;
}

size_t zhcompbr_holding(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e)
{
    for (size_t k = claim_s; k > ss && claim_s - k < 80; k--) {
        size_t o = open_before(p, ss, k);
        if (o) {
            size_t e = zhcompbr_close(p, ss, se, k);
            return e && e >= claim_e ? k : 0;
        }
        if (p[k - 1] == ')' || (k >= ss + 3 && lit(p, k - 3, k, "\xEF\xBC\x89")))
            return 0;
    }
    return 0;
}
