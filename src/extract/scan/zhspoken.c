/* zhspoken.c — the spoken forms of Chinese numbers (see zhspoken.h). */
#include "zhspoken.h"

#include <math.h>
#include <string.h>

#include "quantity_zh.h"
#include "utf8.h"

/* The code point at p[i] and its length in *l; -1 at the end or on a
 * bad byte. */
static long cp(const unsigned char *p, size_t n, size_t i, size_t *l)
{
    *l = 1;
    if (i >= n)
        return -1;
    int32_t c = utf8_decode((const char *)p + i, n - i, l);
    return c == UTF8_REPLACEMENT && *l == 1 ? -1 : c;
}

int zhs_pair(const unsigned char *p, size_t n, size_t i, double *lo, double *hi, size_t *end)
{
    size_t l1, l2, l;
    int d1 = qzh_digit(cp(p, n, i, &l1));
    int d2 = d1 > 0 ? qzh_digit(cp(p, n, i + l1, &l2)) : -1;
    if (d1 <= 0 || d2 != d1 + 1)
        return 0;
    size_t k = i + l1 + l2;
    double unit = 1, u;
    while ((u = qzh_unit(cp(p, n, k, &l))) > 0) {
        unit *= u;
        k += l;
    }
    /* (another digit after them: 二三四, 三四十五, not one estimate) */
    if (qzh_digit(cp(p, n, k, &l)) >= 0)
        return 0;
    *lo = d1 * unit;
    *hi = d2 * unit;
    *end = k;
    return 1;
}

size_t zhs_about_after(const unsigned char *p, size_t n, size_t j, double v, int what_follows)
{
    static const char lai[] = "来";
    if (j + 3 > n || memcmp(p + j, lai, 3) || v < 10 || fmod(v, 10) != 0 || !what_follows)
        return 0;
    return 3;
}

int zhs_nearly_before(const unsigned char *p, size_t n, size_t start)
{
    static const char small[] = "小";
    /* (缩小, 较小, 最小, 大小, 微小, 减小, 变小, 从小, 极小, 很小) */
    static const long after[] = {0x7F29, 0x8F83, 0x6700, 0x5927, 0x5FAE, 0x51CF, 0x53D8, 0x4ECE, 0x6781, 0x5F88, 0};
    if (start < 3 || start >= n || memcmp(p + start - 3, small, 3))
        return 0;
    size_t s, l;
    long before = start >= 6 ? utf8_prev((const char *)p, start - 3, &s) : -1;
    for (int k = 0; after[k]; k++)
        if (before == after[k])
            return 0;
    /* a round numeral: 一 or 两 and a unit (一万, 两千) */
    int d = qzh_digit(cp(p, n, start, &l));
    return (d == 1 || d == 2) && qzh_unit(cp(p, n, start + l, &l)) >= 100;
}

/* The nouns of a sum of trade or income: what a 亿 after them measures. */
static const char *const sums[] = {"进出口", "出口", "进口", "贸易额", "收入", "营收", "销售额", "交易额", "成交额",
                                   "营业额", "利润", NULL};

/* Does p[k) end one of sums, with at most gap bytes (是, 约, 达, 了) between
 * it and e? */
static int sum_ends(const unsigned char *p, size_t lo, size_t e, size_t gap)
{
    for (size_t k = e; k + gap >= e && k > lo; k--)
        for (int w = 0; sums[w]; w++) {
            size_t l = strlen(sums[w]);
            if (k >= lo + l && !memcmp(p + k - l, sums[w], l))
                return 1;
        }
    return 0;
}

int zhs_yuan_sum_before(const unsigned char *p, size_t start)
{
    static const char *const marks[] = {"，", "；", "：", NULL};
    size_t lo = start > 60 ? start - 60 : 0;
    /* (no word of a clause's end between: the noun's own clause) */
    if (sum_ends(p, lo, start, 3 * 3))
        for (size_t k = start; k + 3 * 3 >= start && k > lo; k--) {
            for (int m = 0; marks[m]; m++)
                if (k >= 3 && !memcmp(p + k - 3, marks[m], 3))
                    goto clause;
            if (sum_ends(p, lo, k, 0))
                return 1;
        }
clause:
    /* the figure opens its clause: the noun closes the one before */
    for (int m = 0; marks[m]; m++)
        if (start >= lo + 3 && !memcmp(p + start - 3, marks[m], 3))
            return sum_ends(p, lo, start - 3, 0);
    return 0;
}
