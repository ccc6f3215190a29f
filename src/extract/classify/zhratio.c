/* zhratio.c — a share of persons said as so many out of so many (see
 * zhratio.h). */
#include "zhratio.h"

#include <string.h>

#include "ascii.h"
#include "quantity_zh.h"
#include "zhtext.h"

/* The words that close a base: "in (a group of) ten people". */
static const char *const closers[] = {"里头", "里面", "当中", "之中", "里", "中", NULL};

/* The closer at p[i] (its length), or 0. */
static size_t closer_at(const unsigned char *p, size_t n, size_t i)
{
    for (int k = 0; closers[k]; k++)
        if (lit_at(p, n, i, closers[k]))
            return strlen(closers[k]);
    return 0;
}

int zhr_base_after(const unsigned char *p, size_t n, size_t cl_end)
{
    size_t j = cl_end;
    /* (十个人里: 个 then 人; 十人中: 人 itself) */
    if (j >= 3 && !lit_at(p, n, j - 3, "人")) {
        if (!lit_at(p, n, j, "人"))
            return 0;
        j += 3;
    }
    return closer_at(p, n, j) != 0;
}

double zhr_base_before(const unsigned char *p, size_t start)
{
    size_t k = start, s, l;
    /* the words between the closer and the part: 就有, 有, 只有, 不到 */
    for (int chars = 0; chars < 4 && k > 0; chars++) {
        long c = cp_before(p, k, &s);
        if (c < 0 || !one_of(p, k, s, "就有只不到约近差多将也仅才"))
            break;
        k = s;
    }
    /* the closer, then 人 (个人), then the base's numeral */
    size_t ce = k, cs = 0;
    for (int w = 0; closers[w] && !cs; w++) {
        size_t wl = strlen(closers[w]);
        if (ce >= wl && closer_at(p, ce, ce - wl) == wl)
            cs = ce - wl;
    }
    if (!cs || cs < 3 || memcmp(p + cs - 3, "人", 3))
        return 0;
    size_t ne = cs - 3;
    if (ne >= 3 && !memcmp(p + ne - 3, "个", 3))
        ne -= 3;
    size_t ns = ne;
    for (int chars = 0; chars < 6 && ns > 0; chars++) {
        long c = cp_before(p, ns, &s);
        if (c < 0 || !((c < 0x80 && ascii_isdigit((int)c)) || qzh_digit(c) >= 0 || qzh_unit(c) > 0))
            break;
        ns = s;
    }
    if (ns == ne)
        return 0;
    /* (the numeral as a value: digits, or Chinese numerals up to 千) */
    double v = 0, cur = 0;
    for (size_t i = ns; i < ne; i += l) {
        long c = cp_at(p, ne, i, &l);
        int d = c < 0x80 ? (ascii_isdigit((int)c) ? (int)(c - '0') : -1) : qzh_digit(c);
        if (d >= 0 && c < 0x80) {
            cur = cur * 10 + d;
        } else if (d >= 0) {
            cur = d;
        } else {
            double u = qzh_unit(c);
            if (u <= 0 || u > 1000)
                return 0;
            v += (cur ? cur : 1) * u;
            cur = 0;
        }
    }
    v += cur;
    return v >= 2 ? v : 0;
}
