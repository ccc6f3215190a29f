/* zhrate.c — the time a Chinese sum is paid per (see zhrate.h). */
#include "zhrate.h"

#include <string.h>

#include "ascii.h"
#include "quantity_zh.h"
#include "zhtext.h"

/* How far before a sum its clause's rate word may stand (bytes). */
#define RATE_REACH 90

/* Rate words before a sum, each with the rate it names. The nearest one
 * in the clause decides: "每千瓦每月租金约为130至150美元" is a month's. */
static const struct {
    const char *w, *per;
} before_words[] = {
    {"每年", "/year"}, {"每月", "/month"}, {"每个月", "/month"}, {"每天", "/day"}, {"每日", "/day"},
};

/* The rate word whose first byte is p[k], if one starts there: not the
 * 每日 of a title (《每日经济新闻》). */
static const char *rate_word_at(const unsigned char *p, size_t n, size_t k)
{
    for (size_t w = 0; w < sizeof before_words / sizeof *before_words; w++) {
        if (!lit_at(p, n, k, before_words[w].w))
            continue;
        size_t b;
        if (cp_before(p, k, &b) == 0x300A)
            return NULL;
        return before_words[w].per;
    }
    return NULL;
}

/* The units a price is quoted per, after 每 (每千瓦时0.45林吉特). (The
 * price's unit stays its currency's, as the testers write it.) */
static const char *const base_words[] = {"千瓦时", "度电", "公里", "千米", "兆瓦", "千瓦", "平方米", "吨", "GB"};

size_t zhr_base_start(const unsigned char *p, size_t start)
{
    size_t b, k = start;
    /* "每千瓦时0.45林吉特": the base right before the price */
    for (size_t w = 0; w < sizeof base_words / sizeof *base_words; w++) {
        size_t wl = strlen(base_words[w]);
        if (k >= wl + 3 && !memcmp(p + k - wl, base_words[w], wl) && cp_before(p, k - wl, &b) == 0x6BCF)
            return b;
    }
    return start;
}

/* The nearest rate word in the clause before p[start). */
static const char *rate_before(const unsigned char *p, size_t n, size_t start)
{
    size_t lo = start > RATE_REACH ? start - RATE_REACH : 0, k = start, b;
    while (k > lo) {
        long c = cp_before(p, k, &b);
        if (c < 0 || clause_end(c))
            return NULL;
        if (c == 0x6BCF) { /* 每 */
            const char *per = rate_word_at(p, n, b);
            if (per)
                return per;
        }
        k = b;
    }
    return NULL;
}

/* Does the clause before p[start) name a sum by the year it runs for:
 * 年收入, 年度净利润 (a 年 no year, 今, 去 or 全 stands before: not
 * 2023年收入, 今年营收)? */
static int annual_sum_before(const unsigned char *p, size_t start)
{
    static const char *const words[] = {"年收入", "年营收", "年营业收入", "年销售额", "年利润", "年净利润", "年度净利润",
                                        "年度利润", "年度收入", "年度营收", "年营业额", "年产值", NULL};
    for (int w = 0; words[w]; w++) {
        size_t wl = strlen(words[w]), lo = start > RATE_REACH ? start - RATE_REACH : 0;
        if (!in_clause_before(p, start, RATE_REACH, words[w]))
            continue;
        /* (the last one in the clause: where it stands) */
        for (size_t k = start - wl + 1; k-- > lo;) {
            if (memcmp(p + k, words[w], wl))
                continue;
            size_t b;
            long c = cp_before(p, k, &b);
            if (!(c >= 0 && ((c < 0x80 && ascii_isdigit((int)c)) || qzh_digit(c) >= 0 || one_of(p, k, b, "今去明前本全当上该同首"))))
                return 1;
            break;
        }
    }
    return 0;
}

/* Does the clause before p[start) say the sum is a year's: 年均 (a yearly
 * average: 年均约158亿美元, 年均投资缺口或达……; not 年均汇率, a price), or
 * 一年 standing as "a year" (市场一年大概三百亿美金; not 过去一年, 近一年,
 * a year's span, nor 一年内, 一年多, 一年后)? The nearest one decides,
 * and only when it is the last such word of the clause. */
static int year_word_before(const unsigned char *p, size_t n, size_t start)
{
    size_t lo = start > RATE_REACH ? start - RATE_REACH : 0, k = start, b;
    while (k > lo) {
        long c = cp_before(p, k, &b);
        if (c < 0 || clause_end(c))
            return 0;
        if (c == 0x5747 && b >= 3 && lit_at(p, n, b - 3, "年均")) /* 均 */
            return !lit_at(p, n, k, "汇率") && !in_clause_before(p, start, start - k, "汇率");
        if (c == 0x5E74 && b >= 3 && lit_at(p, n, b - 3, "一年")) { /* 年 */
            if (one_of(p, n, k, "内多半后前来里中以度") || one_before(p, 0, b - 3, "过去近前这那上下同第整头〇零一二三四五六七八九十两"))
                return 0;
            return 1;
        }
        k = b;
    }
    return 0;
}

const char *zhr_rate_of(const unsigned char *p, size_t n, size_t start, size_t end)
{
    if (lit_at(p, n, end, "/年") || lit_at(p, n, end, "每年"))
        return "/year";
    if (lit_at(p, n, end, "/月") || lit_at(p, n, end, "每月"))
        return "/month";
    /* a rate word before it in its clause: 政府每年可节省……费用约20亿肯先令 */
    const char *per = rate_before(p, n, start);
    if (per)
        return per;
    return annual_sum_before(p, start) || year_word_before(p, n, start) ? "/year" : NULL;
}

/* How far after a rate's base its price may stand (characters). */
#define PRICE_REACH 24

int zhr_price_follows(const unsigned char *p, size_t n, size_t j)
{
    size_t l, wl;
    for (int chars = 0; chars < PRICE_REACH && j < n; chars++) {
        long c = cp_at(p, n, j, &l);
        if (c < 0 || clause_end(c) || c == 0x3002)
            return 0;
        if (qzh_at(p, n, j, ZK_CURRENCY, &wl))
            return 1;
        j += l;
    }
    return 0;
}
