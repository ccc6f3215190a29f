/* zhtime.c — the time word a Chinese clause dates its figure by (see
 * zhtime.h). */
#include "zhtime.h"

#include <string.h>

#include "ascii.h"
#include "quantity_zh.h"
#include "zhtext.h"

/* The deictic time word at p[i] (its length), or 0: a part of a year
 * (上半年, 一季度) is not one. */
static size_t deictic_at(const unsigned char *p, size_t n, size_t i)
{
    static const char *const words[] = {"截至目前", "今年", "去年", "明年", "目前", "本公告披露日", NULL};
    for (int w = 0; words[w]; w++)
        if (lit_at(p, n, i, words[w]))
            return strlen(words[w]);
    return 0;
}

/* Is the time word at p[i, e) the base of a comparison: 较去年, 比去年,
 * 与去年相比, 同去年, 去年同期, 超过去年 (what a figure passes), 是去年的
 * (1.7倍; not "签约时间是去年12月", which dates its figures)? */
static int comparison_base(const unsigned char *p, size_t n, size_t ss, size_t i, size_t e)
{
    static const char *const passes[] = {"超过", "超出", "高于", "低于", "多于", "少于", "好于", NULL};
    if (one_before(p, ss, i, "较比与同跟和較與") || (one_before(p, ss, i, "是") && lit_at(p, n, e, "的")))
        return 1;
    for (int k = 0; passes[k]; k++)
        if (i >= ss + 6 && !memcmp(p + i - 6, passes[k], 6))
            return 1;
    return lit_at(p, n, e, "同期") || lit_at(p, n, e, "相比") || lit_at(p, n, e, "比较");
}

int zhtime_is_base(const char *p, size_t n, size_t ss, size_t i, size_t e)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t b;
    /* (one opening its clause is the time the clause is about: "去年同期，
     * 增长8%") */
    long c = cp_before(u, i, &b);
    if (i <= ss || c < 0 || clause_end(c) || c == '\n')
        return 0;
    return comparison_base(u, n, ss, i, e);
}

/* Does p[s, e) write a year: four digits or four Chinese numerals
 * before 年 (2021年, 二〇三〇年, 二○二三年 with a white circle, 2027财年)? */
static int writes_year(const unsigned char *p, size_t s, size_t e)
{
    size_t l;
    for (size_t i = s; i < e; i += l) {
        long c = cp_at(p, e, i, &l);
        if (c != 0x5E74 && !lit_at(p, e, i, "财年"))
            continue;
        size_t k = i, b;
        int digits = 0;
        for (long d; digits < 4 && (d = cp_before(p, k, &b)) >= 0 && b >= s; k = b, digits++)
            if (!((d < 0x80 && ascii_isdigit((int)d)) || d == 0x3007 || d == 0x25CB || qzh_digit(d) >= 0))
                break;
        if (digits == 4)
            return 1;
    }
    return 0;
}

int zhtime_year(const DocTimes *t, size_t claim_s)
{
    const unsigned char *p = (const unsigned char *)t->p;
    size_t n = t->se, m = t->n < DOCINFO_TIMES ? t->n : DOCINFO_TIMES;
    /* (past the last time word t kept, one it did not keep may be the
     * nearest: left to the sentence's reading, docinfo_times_year) */
    if (t->n > m && t->at[m - 1] < claim_s)
        return 0;
    for (size_t k = m; k-- > 0;) {
        size_t at = t->at[k];
        if (at >= claim_s || at < t->ss)
            continue;
        size_t l = deictic_at(p, n, at);
        if (!l) {
            if (p[at] >= 0x80)
                continue;   /* a part of a year: the sentence's */
            return 0;       /* an English time word: not ours */
        }
        if (comparison_base(p, n, t->ss, at, at + l))
            continue;
        return writes_year(p, at + l, claim_s) ? 0 : t->year[k];
    }
    return 0;
}

int zhtime_title_year(const char *title, size_t n, int date_y)
{
    const unsigned char *p = (const unsigned char *)title;
    if (!date_y)
        return 0;
    for (size_t i = 0; i + 6 <= n; i++) {
        int back = lit_at(p, n, i, "去年") ? 1 : lit_at(p, n, i, "前年") ? 2 : 0;
        if (back && !comparison_base(p, n, 0, i, i + 6))
            return date_y - back;
    }
    return 0;
}

int zhtime_annual_year(const char *title, size_t n, int date_y, int date_m)
{
    static const char *const annual[] = {"年度报告", "年报", "社会责任报告", "可持续发展报告", "ESG报告", NULL};
    static const char *const part[] = {"季度", "半年", "季报", "月报", NULL};
    const unsigned char *p = (const unsigned char *)title;
    if (!date_y || date_m < 1 || date_m > 6)
        return 0;
    int named = 0;
    for (size_t i = 0; i < n && !named; i++)
        for (int k = 0; annual[k] && !named; k++)
            named = lit_at(p, n, i, annual[k]);
    for (size_t i = 0; i < n && named; i++)
        for (int k = 0; part[k] && named; k++)
            named = !lit_at(p, n, i, part[k]);
    return named ? date_y - 1 : 0;
}
