/* zhplaceset.c — places a Chinese sentence names as a set's members or as
 * companies' homes (zhplaceset.h). */
#include "zhplaceset.h"

#include "textfind.h"

#include <string.h>

/* Is the place at p[s) written in Chinese (its first byte opens a
 * three-byte character of the CJK blocks)? */
static int han_at(const char *p, size_t s)
{
    unsigned char b = (unsigned char)p[s];
    return b >= 0xE3 && b <= 0xE9;
}

/* Is the text between two places, p[a, b), a list mark alone: 、, 和, 及,
 * 与 or 以及, spaces around it allowed? */
static int list_mark(const char *p, size_t a, size_t b)
{
    static const char *const marks[] = {"、", "和", "及", "与", "以及", NULL};
    while (a < b && p[a] == ' ')
        a++;
    while (b > a && p[b - 1] == ' ')
        b--;
    for (int k = 0; marks[k]; k++)
        if (b - a == strlen(marks[k]) && !memcmp(p + a, marks[k], b - a))
            return 1;
    return 0;
}

/* Does the sentence pair its figures with its places one by one (分别,
 * 各自)? */
static int pairs_each(const char *p, size_t from, size_t to)
{
    return to > from && (tf_find(p + from, to - from, "分别", 6) || tf_find(p + from, to - from, "各自", 6));
}

/* Does what follows a run of places at p[e, to) sum them up as a set:
 * 等 ("缅甸等国家"), or a count of them ("和菲律宾5个国家", "五国")? */
static int set_after(const char *p, size_t e, size_t to)
{
    static const char *const digits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "两", "三", "四", "五",
                                         "六", "七", "八", "九", "十", NULL};
    while (e < to && p[e] == ' ')
        e++;
    if (e + 3 <= to && !memcmp(p + e, "等", 3))
        return 1;
    size_t k = e;
    for (int more = 1; more;) {
        more = 0;
        for (int d = 0; digits[d]; d++) {
            size_t l = strlen(digits[d]);
            if (k + l <= to && !memcmp(p + k, digits[d], l)) {
                k += l, more = 1;
                break;
            }
        }
    }
    if (k == e)
        return 0;
    if (k + 3 <= to && !memcmp(p + k, "个", 3))
        k += 3;
    return k + 3 <= to && (!memcmp(p + k, "国", 3) || (k + 6 <= to && !memcmp(p + k, "地区", 6)));
}

/* ---- a run of three places or more summed up as a set: its members ---- */
static void mark_runs(const char *p, size_t to, const ZhPlaceSpan *pl, size_t n, unsigned char *drop)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j + 1 < n && han_at(p, pl[j].s) && han_at(p, pl[j + 1].s) && pl[j + 1].s >= pl[j].e &&
               list_mark(p, pl[j].e, pl[j + 1].s))
            j++;
        if (j - i + 1 >= 3 && set_after(p, pl[j].e, to))
            for (size_t k = i; k <= j; k++)
                drop[k] = 1;
        i = j + 1;
    }
}

/* ---- a company after its country: "美国SubCom", "日本的NEC" ---- */

/* Latin words a Chinese text writes after a country that are its
 * measures or its parts, not a company: "中国GDP", "美国IP地址" */
static const char *const not_firms[] = {"GDP", "GNI", "GNP", "CPI", "PPI", "PMI", "FDI", "ICT", "IT", "AI",
                                        "IP", "IPO", "DSR", "BRI", "GB", "TB", "PB", NULL};

/* Does a company's Latin name follow the place ending at p[e) (after 的
 * or nothing): a capital, then at least one more letter, then no letter
 * or digit? */
static int firm_after(const char *p, size_t e, size_t to)
{
    if (e + 3 <= to && !memcmp(p + e, "的", 3))
        e += 3;
    if (e >= to || !(p[e] >= 'A' && p[e] <= 'Z'))
        return 0;
    size_t k = e;
    while (k < to && ((p[k] >= 'A' && p[k] <= 'Z') || (p[k] >= 'a' && p[k] <= 'z')))
        k++;
    if (k - e < 2 || (k < to && p[k] >= '0' && p[k] <= '9'))
        return 0;
    for (int w = 0; not_firms[w]; w++)
        if (k - e == strlen(not_firms[w]) && !memcmp(p + e, not_firms[w], k - e))
            return 0;
    return 1;
}

static void mark_firms(const char *p, size_t to, const ZhPlaceSpan *pl, size_t n, unsigned char *drop)
{
    size_t firms = 0;
    for (size_t i = 0; i < n; i++)
        firms += han_at(p, pl[i].s) && firm_after(p, pl[i].e, to);
    if (firms < 2)
        return;
    for (size_t i = 0; i < n; i++)
        if (han_at(p, pl[i].s) && firm_after(p, pl[i].e, to))
            drop[i] = 1;
}

void zhps_mark(const char *doc, size_t from, size_t to, const ZhPlaceSpan *pl, size_t n, unsigned char *drop)
{
    if (n < 2)
        return;
    mark_firms(doc, to, pl, n, drop);
    if (n >= 3 && !pairs_each(doc, from, to))
        mark_runs(doc, to, pl, n, drop);
}
