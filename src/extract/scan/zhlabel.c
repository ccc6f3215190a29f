/* zhlabel.c — Chinese numbers that label rather than count (see
 * zhlabel.h). */
#include "zhlabel.h"

#include "ascii.h"
#include "quantity_zh.h"
#include "zhtext.h"

/* 表3-1, 图2-4, 附表1-2: a digit run, a dash (or a point) and the figure;
 * before the run, 表 or 图. */
static int part_of_label(const unsigned char *p, size_t start)
{
    size_t k = start, s;
    long c = cp_before(p, k, &s);
    if (!(c == '-' || c == '.' || c == 0xFF0D || c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2014))
        return 0;
    k = s;
    size_t d = k;
    while (d > 0 && ascii_isdigit(p[d - 1]))
        d--;
    return d < k && one_before(p, 0, d, "表图");
}

/* The words of holding a meeting: with one between the term and the
 * number, the meetings are counted ("本届论坛共召开了四次会议"). */
static const char HELD[] = "了共召开举行办计累";

/* 十四届全国人大四次会议, 十三届四次会议, 二十届三中全会: the number before
 * 次会议, 次全体会议 or 中全会, and 届 at most ten characters before it,
 * across the body's name alone. */
static int session(const unsigned char *p, size_t n, size_t start, size_t end)
{
    if (!lit_at(p, n, end, "次会议") && !lit_at(p, n, end, "次全体会议") && !lit_at(p, n, end, "中全会") &&
        !lit_at(p, n, end, "次全会"))
        return 0;
    size_t k = start, s;
    for (int chars = 0; chars <= 10 && k > 0; chars++) {
        long c = cp_before(p, k, &s);
        if (c == 0x5C4A)   /* 届 */
            return 1;
        if (c < 0 || !qzh_is_han(c) || one_of(p, n, s, HELD))
            return 0;
        k = s;
    }
    return 0;
}

int zhl_label(const unsigned char *p, size_t n, size_t start, size_t end)
{
    return part_of_label(p, start) || session(p, n, start, end);
}
