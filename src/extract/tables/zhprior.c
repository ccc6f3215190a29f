/* zhprior.c — a Chinese figure of the year before its sentence's (see
 * zhprior.h). */
#include "zhprior.h"

#include <string.h>

#include "classify.h"

/* Does the figure at p[at) follow 上年的 (上一年的, 上年同期的) in
 * p[ss, at), over a hedge? */
static int after_prior_year(const char *p, size_t ss, size_t at)
{
    /* (every word below ends on a Han character: an English figure is
     * passed with one compare) */
    if (at < ss + 3 || (unsigned char)p[at - 1] < 0x80)
        return 0;
    static const char *const hedges[] = {"约", "近", "超过", "不足", NULL};
    /* (or its value said after 为 or a colon: "上年为1.05万人", "（上年同期：
     * 8.6亿元）") */
    static const char *const prior[] = {"上年的", "上一年的", "上年同期的", "上一年度的", "上年为", "上年同期为",
                                        "上一年为", "上年末为", "上年：", "上年同期：", "上年末：", NULL};
    for (int k = 0; hedges[k]; k++) {
        size_t l = strlen(hedges[k]);
        if (at >= ss + l && !memcmp(p + at - l, hedges[k], l)) {
            at -= l;
            break;
        }
    }
    /* (not the base of a ratio: "是上年的5倍", "为上年同期的120%" are this
     * year's) */
    static const char *const ratio[] = {"是", "为", "相当于", "达到", "达", NULL};
    for (int k = 0; prior[k]; k++) {
        size_t l = strlen(prior[k]);
        if (at >= ss + l && !memcmp(p + at - l, prior[k], l)) {
            for (int r = 0; ratio[r]; r++) {
                size_t rl = strlen(ratio[r]);
                if (at >= ss + l + rl && !memcmp(p + at - l - rl, ratio[r], rl))
                    return 0;
            }
            return 1;
        }
    }
    return 0;
}

void zhprior_years(const char *p, size_t ss, ListClaim *v, size_t k)
{
    /* (a figure after 上年的 is rare: the sentence costs one look a claim) */
    int mark[64] = {0}, any = 0;
    size_t m = k < 64 ? k : 64;
    for (size_t i = 0; i < m; i++)
        any |= mark[i] = after_prior_year(p, ss, v[i].c.start);
    if (!any)
        return;
    for (size_t i = 0; i < m; i++) {
        if (!mark[i])
            continue;
        /* the nearest other figure with a year, after it first ("由上年的
         * 19.4%提升至21.2%"), else before it */
        int y = 0;
        for (size_t d = 1; d < m && !y; d++) {
            if (i + d < m && !mark[i + d] && v[i + d].c.year)
                y = v[i + d].c.year;
            else if (d <= i && !mark[i - d] && v[i - d].c.year)
                y = v[i - d].c.year;
        }
        if (!y)
            continue;
        v[i].c.year = y - 1;
        v[i].c.month = 0;
        claim_year_own(&v[i].c);
        classify_year_from(&v[i].c, YEAR_FROM_COMPARED);
    }
}

int zhprior_column(const char *p, size_t hs, size_t he)
{
    static const char *const prior[] = {"上年", "上期", "上一年", "上年度", NULL};
    static const char *const change[] = {"比", "较", "增", "减", "变动", "幅", "率", "同比", NULL};
    if (he <= hs || he - hs > 3 * 12)
        return 0;
    int named = 0;
    for (size_t i = hs; i < he && !named; i++)
        for (int k = 0; prior[k] && !named; k++)
            named = i + strlen(prior[k]) <= he && !memcmp(p + i, prior[k], strlen(prior[k]));
    if (!named)
        return 0;
    for (size_t i = hs; i < he; i++)
        for (int k = 0; change[k]; k++)
            if (i + strlen(change[k]) <= he && !memcmp(p + i, change[k], strlen(change[k])))
                return 0;
    return 1;
}
