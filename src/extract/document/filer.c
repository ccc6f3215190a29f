/* filer.c — the company whose filing a Chinese news story reports (see
 * filer.h). */
#define _GNU_SOURCE   /* memmem */
#include "filer.h"

#include <string.h>

#include "credit_zh.h"
#include "textfind.h"

#define MARK(p, i, e, lit) ((i) + sizeof lit - 1 <= (e) && !memcmp((p) + (i), lit, sizeof lit - 1))

/* Does a clause open at doc[i]: after ，；： or the sentence's start ss? */
static int clause_open(const char *doc, size_t ss, size_t i)
{
    return i == ss || (i >= ss + 3 && (MARK(doc, i - 3, i, "，") || MARK(doc, i - 3, i, "；") ||
                                       MARK(doc, i - 3, i, "：")));
}

/* Does doc[s, e) end with a word for a company's results? */
static int results_end(const char *doc, size_t s, size_t e)
{
    static const char *const words[] = {"业绩", "财报", "年报", "年度报告", "季度报告", "财务报告", NULL};
    while (e > s && (doc[e - 1] == ' ' || doc[e - 1] == '\n'))
        e--;
    for (int k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        if (e >= s + l && !memcmp(doc + e - l, words[k], l))
            return 1;
    }
    return 0;
}

/* The filer the sentence doc[ss, se) names: "X公告，" (a credit ending in
 * 公告), or "X…发布…业绩" (the name opening the clause before 发布). */
static int sentence_filer(const Metrics *m, const char *doc, size_t ss, size_t se, char *out, size_t cap)
{
    /* (a credit ending in 公告 holds 公告: a sentence without it has no
     * credit to read, which costs far more than the look) */
    if (tf_find(doc + ss, se - ss, "公告", sizeof "公告" - 1)) {
        ZhCredits cr;
        credit_zh_read(m, doc, ss, se, &cr);
        for (size_t k = 0; k < cr.n; k++)
            if (cr.v[k].kind == 1 && cr.v[k].end >= ss + 6 && MARK(doc, cr.v[k].end - 6, se, "公告")) {
                strncpy(out, cr.v[k].name, cap - 1);
                out[cap - 1] = '\0';
                return 1;
            }
    }
    for (size_t k = ss + 3; k + 6 <= se; k++) {
        if (!MARK(doc, k, se, "发布"))
            continue;
        /* (the results close the sentence or the clause of 发布: "X发布
         * 年报，2024年公司实现营收…") */
        size_t ce = k + 6;
        while (ce < se && !MARK(doc, ce, se, "，") && !MARK(doc, ce, se, "；"))
            ce++;
        if (!results_end(doc, ss, se) && !results_end(doc, k, ce))
            return 0;
        size_t c = k;
        while (c > ss && !clause_open(doc, ss, c))
            c--;
        return k > c && credit_zh_take(m, doc, c, k, out, cap);
    }
    return 0;
}

int filer_find(const Metrics *m, const char *doc, size_t n, char *out, size_t cap)
{
    size_t top = n < FILER_TOP ? n : FILER_TOP;
    out[0] = '\0';
    for (size_t s = 0, i = 0; i < top; i++) {
        int end = doc[i] == '\n' || MARK(doc, i, top, "。") || MARK(doc, i, top, "！") || MARK(doc, i, top, "？");
        if (!end)
            continue;
        while (s < i && (doc[s] == ' ' || doc[s] == '\n' || MARK(doc, s, i, "\xE3\x80\x80")))
            s += doc[s] == ' ' || doc[s] == '\n' ? 1 : 3;
        if (i > s && sentence_filer(m, doc, s, i, out, cap))
            return 1;
        s = i + (doc[i] == '\n' ? 1 : 3);
    }
    out[0] = '\0';
    return 0;
}

/* Does doc[s, e) speak of the company's shares on the market ("收盘报
 * 42.35元", "涨停", "市值"): the exchange's figures, not its accounts? */
static int market_words(const char *doc, size_t s, size_t e)
{
    static const char *const words[] = {"收盘", "涨停", "跌停", "市值", "换手率", "成交额", "股价", NULL};
    for (int k = 0; words[k]; k++)
        if (tf_find(doc + s, e - s, words[k], strlen(words[k])))
            return 1;
    return 0;
}

int filer_subject(const char *doc, size_t ss, size_t se, size_t at, const char *filer)
{
    size_t fl = strlen(filer);
    if (!fl || market_words(doc, ss, se))
        return 0;
    for (size_t i = ss; i < at; i++) {
        if (!clause_open(doc, ss, i))
            continue;
        /* (公司 as the subject, not 公司的: "公司的海外业务") */
        if (MARK(doc, i, at, "公司") && !MARK(doc, i + 6, at, "的"))
            return 1;
        if (i + fl <= at && !memcmp(doc + i, filer, fl))
            return 1;
    }
    return 0;
}
