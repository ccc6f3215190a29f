/* yearlabel.c — a year that labels the figures after it on its line (see
 * yearlabel.h). */
#define _GNU_SOURCE   /* memrchr */
#include "yearlabel.h"

#include <string.h>

#include "ascii.h"
#include "lines.h"

/* Does the year at p[y] open its line (after blanks or a bullet) or a
 * column (after a tab or two blanks)? ls: the line's start. */
static int opens_line_or_column(const char *p, size_t ls, size_t y)
{
    size_t b = y;
    while (b > ls && (p[b - 1] == ' ' || p[b - 1] == '\t'))
        b--;
    if (b == ls)
        return 1;
    if (y - b >= 2 || p[y - 1] == '\t')
        return 1;
    /* a bullet: "- 2022:", "* 2022:", "• 2022:" */
    size_t k = b;
    if (p[k - 1] == '-' || p[k - 1] == '*')
        k--;
    else if (k >= ls + 3 && (unsigned char)p[k - 3] == 0xE2 && (unsigned char)p[k - 2] == 0x80 &&
             (unsigned char)p[k - 1] == 0xA2)
        k -= 3;
    else
        return 0;
    while (k > ls && (p[k - 1] == ' ' || p[k - 1] == '\t' || p[k - 1] == '\''))
        k--;
    return k == ls;
}

int yearlabel_year(const char *p, size_t claim_s)
{
    /* the line's start, a few hundred bytes back at most */
    size_t back = claim_s < 401 ? claim_s : 401;
    const char *nl = back ? memrchr(p + claim_s - back, '\n', back) : NULL;
    size_t ls = nl ? (size_t)(nl - p) + 1 : 0;
    if (!nl && claim_s > 400)
        return 0;
    /* the last year before the claim on its line (a byte not a digit
     * rules out the four years that would hold it) */
    for (size_t i = claim_s >= ls + 4 ? claim_s - 3 : ls; i-- > ls;) {
        if (!ascii_isdigit(p[i])) {
            i = i >= ls + 3 ? i - 3 : ls;
            continue;
        }
        if (!lines_year_at(p, i) || (i > ls && ascii_isdigit(p[i - 1])) || ascii_isdigit(p[i + 4]))
            continue;
        /* the label: the year, a colon, a blank */
        if (i + 6 > claim_s || p[i + 4] != ':' || (p[i + 5] != ' ' && p[i + 5] != '\t'))
            return 0;
        return opens_line_or_column(p, ls, i) ? lines_year_at(p, i) : 0;
    }
    return 0;
}
