/* zhreport.c — a report a Chinese text names, and whose figures it tells
 * (see zhreport.h). */
#define _GNU_SOURCE   /* memmem */
#include "zhreport.h"

#include <string.h>

#include "credit_zh.h"
#include "lexicon.h"
#include "textfind.h"
#include "utf8.h"

#define W(lit) PHRASE(lit)

/* how far back a teller looks for the report it names */
#define REPORT_BACK 4000

static int lit_at(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !memcmp(p + i, w, l);
}

/* The first of words that p[i, e) opens with: its length, or 0. */
static size_t opens(const char *p, size_t i, size_t e, const Phrase *words)
{
    for (int k = 0; words[k].s; k++)
        if (i + words[k].n <= e && p[i] == words[k].s[0] && !memcmp(p + i, words[k].s, words[k].n))
            return words[k].n;
    return 0;
}

/* The report's word at p[k] (报告, 白皮书, 蓝皮书): its length, or 0. */
static size_t report_word(const char *p, size_t k, size_t se)
{
    static const Phrase kinds[] = {W("报告"), W("白皮书"), W("蓝皮书"), {NULL, 0}};
    return opens(p, k, se, kinds);
}

/* Past the word pointing to a report at p[i] (该, 这份, 上述...) and the
 * report's word: where that ends, or 0 when p[i] opens none. */
static size_t report_named(const char *p, size_t i, size_t se)
{
    static const Phrase which[] = {W("该"), W("这份"), W("此份"), W("这一"), W("这项"), W("该项"), W("上述"),
                                   {NULL, 0}};
    /* (报告 or a word pointing to it opens the clause: 报, 白, 蓝, 该, 这,
     * 此, 上) */
    if (!(lit_at(p, i, se, "报") || lit_at(p, i, se, "白") || lit_at(p, i, se, "蓝") || lit_at(p, i, se, "该") ||
          lit_at(p, i, se, "这") || lit_at(p, i, se, "此") || lit_at(p, i, se, "上")))
        return 0;
    size_t k = i + opens(p, i, se, which), r = report_word(p, k, se);
    return r ? k + r : 0;
}

int zhreport_teller(const char *p, size_t i, size_t se, size_t *end)
{
    static const Phrase adverbs[] = {W("同时"), W("进一步"), W("另外"), W("还"), W("也"), W("则"), W("并"),
                                     W("中"), {NULL, 0}};
    static const Phrase verbs[] = {W("显示"), W("指出"), W("估算"), W("测算"), W("认为"), W("预计"), W("预测"),
                                   W("表明"), W("提到"), W("强调"), W("发现"), W("披露"), W("统计"), W("称"),
                                   W("说"), W("估计"), W("写道"), W("警告"),
                                   {NULL, 0}};
    static const Phrase cites[] = {W("援引"), W("引用"), W("引述"), {NULL, 0}};
    size_t k = report_named(p, i, se);
    if (!k)
        return 0;
    for (size_t a, steps = 0; steps < 3 && (a = opens(p, k, se, adverbs)); steps++)
        k += a;
    /* "报告援引相关数据指出": what it cites, then its verb */
    size_t c = opens(p, k, se, cites);
    for (size_t j = k + c; c && j < se && j - k < 3 * 24; j += utf8_han_at(p, j, se) ? 3 : 1) {
        size_t v = opens(p, j, se, verbs);
        if (v) {
            *end = j + v;
            return 1;
        }
        if (!(utf8_han_at(p, j, se) || ((p[j] | 0x20) >= 'a' && (p[j] | 0x20) <= 'z') || lit_at(p, j, se, "（") ||
              lit_at(p, j, se, "）")))
            break;
    }
    size_t v = opens(p, k, se, verbs);
    if (!v)
        return 0;
    *end = k + v;
    return 1;
}

int zhreport_after_ju(const char *p, size_t i, size_t se, size_t *end)
{
    size_t k = report_named(p, i, se);
    if (!k)
        return 0;
    *end = k;
    return 1;
}

int zhreport_made_by(const char *p, size_t i, size_t se, size_t *ns, size_t *ne, size_t *end)
{
    static const Phrase how[] = {W("牵头"), W("联合"), W("组织"), W("负责"), {NULL, 0}};
    static const Phrase made[] = {W("编制"), W("发布"), W("编写"), W("撰写"), W("完成"), W("推出"), {NULL, 0}};
    size_t k = i + (lit_at(p, i, se, "该") ? 3 : 0);
    if (!lit_at(p, k, se, "报告由"))
        return 0;   /* (the first byte tells most clauses apart) */
    size_t s = k + 9;
    for (size_t j = s; j < se && j - s < 3 * 30;) {
        size_t l = j > s ? opens(p, j, se, how) : 0, v = l ? opens(p, j + l, se, made) : j > s ? opens(p, j, se, made) : 0;
        if (v) {
            *ns = s, *ne = j, *end = j + l + v;
            return 1;
        }
        if (utf8_han_at(p, j, se))
            j += 3;
        else if (((p[j] | 0x20) >= 'a' && (p[j] | 0x20) <= 'z') || lit_at(p, j, se, "（") || lit_at(p, j, se, "）"))
            j += (unsigned char)p[j] < 0x80 ? 1 : 3;
        else
            return 0;
    }
    return 0;
}

/* Is the title p[ts, te) (inside 《》) a report's: it names one (报告,
 * 白皮书, 蓝皮书, 指数, 年鉴, 公报, 展望, 调查), or is in Latin letters
 * ("e-Conomy SEA 2024")? (Not a law's or a plan's: 《数据安全法》.) */
static int report_title(const char *p, size_t ts, size_t te)
{
    static const char *const kinds[] = {"报告", "白皮书", "蓝皮书", "指数", "年鉴", "公报", "展望", "调查", NULL};
    for (int k = 0; kinds[k]; k++)
        if (tf_find(p + ts, te - ts, kinds[k], strlen(kinds[k])))
            return 1;
    return te > ts && (p[ts] | 0x20) >= 'a' && (p[ts] | 0x20) <= 'z';
}

/* Where the clause holding p[at] starts (after ，。；：！？ or a line's
 * start), not before from. */
static size_t clause_back(const char *p, size_t from, size_t at)
{
    static const char *const marks[] = {"，", "。", "；", "：", "！", "？", NULL};
    for (size_t k = at; k > from; k--) {
        if (p[k - 1] == '\n')
            return k;
        for (int m = 0; marks[m]; m++)
            if (k >= from + 3 && !memcmp(p + k - 3, marks[m], 3))
                return k;
    }
    return from;
}

/* Past a wire's dateline that opens the clause p[cs, e): "新华社日内瓦12月
 * 3日电（记者 陈思远）联合国贸发会议3日发布《…》" names the agency and its
 * reporters, not the report's maker: the clause's subject follows the
 * dateline's bracket (电（, 记者 in it). cs when none. */
static size_t past_dateline(const char *p, size_t cs, size_t e)
{
    const char *w = tf_find(p + cs, e - cs, "电（", 6);
    if (!w)
        return cs;
    size_t b = (size_t)(w - p) + 6;
    const char *close = tf_find(p + b, e - b, "）", 3);
    if (!close || !tf_find(p + b, (size_t)(close - p) - b, "记者", 6))
        return cs;
    return (size_t)(close - p) + 3;
}

/* A maker named just after the title's sentence: "报告由国家信息中心牵头
 * 编制" within a few sentences of p[te). */
static int made_after(const Metrics *m, const char *p, size_t n, size_t te, char *out, size_t cap)
{
    /* (in the title's paragraph: its line) */
    const char *nl = memchr(p + te, '\n', n - te);
    size_t lim = nl ? (size_t)(nl - p) : n;
    if (lim - te > 600)
        lim = te + 600;
    for (const char *hit = tf_find(p + te, lim - te, "报告由", 9); hit;
         hit = tf_find(hit + 9, lim - (size_t)(hit + 9 - p), "报告由", 9)) {
        size_t h = (size_t)(hit - p), ns, ne, end;
        if (h >= te + 3 && lit_at(p, h - 3, h, "该"))
            h -= 3;
        if (zhreport_made_by(p, h, lim, &ns, &ne, &end) && credit_zh_take(m, p, ns, ne, out, cap))
            return 1;
    }
    return 0;
}

int zhreport_credit(const Metrics *m, const char *p, size_t n, size_t from, size_t at, char *out, size_t cap)
{
    static const Phrase issued[] = {W("联合发布"), W("发布"), W("发表"), W("推出"), {NULL, 0}};
    /* the last report named before at: a title, or "…发布报告" */
    for (size_t k = at; k > from + 3; k--) {
        if (lit_at(p, k - 3, at, "》")) {
            size_t te = k - 3, ts = te;
            while (ts >= from + 3 && !lit_at(p, ts - 3, te, "《") && te - ts < 3 * 60)
                ts--;
            if (ts < from + 3 || !lit_at(p, ts - 3, te, "《") || !report_title(p, ts, te)) {
                k = ts > from + 3 ? ts : k;
                continue;
            }
            /* its maker: the name before it in its clause ("X发布的《…》"),
             * or named after it; else the title */
            size_t cs = past_dateline(p, clause_back(p, from, ts - 3), ts - 3);
            if (ts - 3 > cs &&
                (credit_zh_take(m, p, cs, ts - 3, out, cap) || credit_zh_publishers(p, cs, ts, out, cap)))
                return 1;
            if (made_after(m, p, n, k, out, cap))
                return 1;
            if (te - ts >= cap)
                return 0;
            memcpy(out, p + ts, te - ts);
            out[te - ts] = '\0';
            return 1;
        }
        size_t w = k >= from + 9 && lit_at(p, k - 3, at, "书") && report_word(p, k - 9, at) == 9 ? 9
                   : k >= from + 6 && lit_at(p, k - 3, at, "告") && lit_at(p, k - 6, at, "报告") ? 6 : 0;
        if (w) {
            /* "X近日发布报告称", "X发布的报告", "据X发布的白皮书": X, the
             * subject of 发布 */
            size_t r = k - w, e = r, l;
            if (e >= from + 3 && lit_at(p, e - 3, r, "的"))
                e -= 3;
            if (e >= from + 3 && lit_at(p, e - 3, r, "了"))
                e -= 3;
            size_t cs = past_dateline(p, clause_back(p, from, r), e);
            cs += lit_at(p, cs, e, "根据") || lit_at(p, cs, e, "依据") ? 6 : lit_at(p, cs, e, "据") ? 3 : 0;
            for (size_t j = cs; j < e; j++)
                if ((l = opens(p, j, e, issued)) && j + l == e && j > cs && credit_zh_take(m, p, cs, j, out, cap))
                    return 1;
            k = r + 1;
        }
    }
    return 0;
}

int zhreport_credit_near(const Metrics *m, const char *p, size_t n, size_t ss, size_t at, char *out, size_t cap)
{
    /* the paragraph above's start: past the blank lines before ss's */
    const char *nl = memrchr(p, '\n', ss);
    size_t from = nl ? (size_t)(nl - p) : 0;
    while (from > 0 && p[from - 1] == '\n')
        from--;
    nl = memrchr(p, '\n', from);
    return zhreport_credit(m, p, n, nl ? (size_t)(nl - p) + 1 : 0, at, out, cap) ||
           zhreport_credit(m, p, n, ss > REPORT_BACK ? ss - REPORT_BACK : 0, at, out, cap);
}
