/* zhhedge.c — the hedges of a Chinese figure (see zhhedge.h). */
#include "zhhedge.h"

#include "ascii.h"
#include "lexicon.h"
#include "quantity_zh.h"
#include "zhtext.h"

/* Does 最高可 or 最多可 ("up to", a ceiling on what may be done) stand
 * before p[start), a verb of at most six characters between ("最高可被处以
 * 2,000万欧元")? */
static int may_at_most(const unsigned char *p, size_t start)
{
    static const char *const ceilings[] = {"最高可", "最多可", NULL};
    size_t k = start, s;
    for (int chars = 0; chars <= 6 && k > 0; chars++) {
        for (int c = 0; ceilings[c]; c++) {
            size_t l = strlen(ceilings[c]);
            if (k >= l && !memcmp(p + k - l, ceilings[c], l))
                return 1;
        }
        long c = cp_before(p, k, &s);
        if (c < 0 || !qzh_is_han(c) || qzh_digit(c) >= 0)
            return 0;
        k = s;
    }
    return 0;
}

/* Does 至少 ("at least") stand before p[start), a verb of at most three
 * characters between ("至少落地1个数据中心", "至少覆盖5个国家")? The bound
 * is on the figure the verb takes. */
static int at_least_across(const unsigned char *p, size_t start)
{
    size_t k = start, s;
    for (int chars = 0; chars <= 3 && k > 0; chars++) {
        if (k >= 6 && !memcmp(p + k - 6, "至少", 6))
            return chars > 0;
        long c = cp_before(p, k, &s);
        if (c < 0 || !qzh_is_han(c) || qzh_digit(c) >= 0 || lit_at(p, k, s, "的"))
            return 0;
        k = s;
    }
    return 0;
}

/* Is the figure at p[start) the value of a limit its label names, a
 * copula or a colon between: a ceiling (最高投标限价为9.72亿元, 赔偿总额上限
 * 为合约金额之10%, 贷款期限可延长至20年) Q_MAX, a floor (下限为) Q_MIN;
 * else -1. */
static int limit_label_at(const unsigned char *p, size_t start);

/* A limit on a share of a base: the label and its copula before the base
 * the figure is of (赔偿总额上限为合约金额之10%, 上限为合同金额的5%); the
 * bound, else -1. The base is at most twelve Han characters, no figure. */
static int limit_label(const unsigned char *p, size_t start)
{
    int q = limit_label_at(p, start);
    size_t k = start, s;
    if (q >= 0 || !(one_before(p, 0, k, "的之")))
        return q;
    k -= 3;
    for (int chars = 0; chars < 12 && k > 0; chars++) {
        long c = cp_before(p, k, &s);
        if (c < 0 || !qzh_is_han(c) || qzh_digit(c) >= 0)
            return -1;
        k = s;
        if (one_before(p, 0, k, "为是") && (q = limit_label_at(p, k)) >= 0)
            return q;
    }
    return -1;
}

static int limit_label_at(const unsigned char *p, size_t start)
{
    static const char *const ceilings[] = {"上限", "限价", "封顶", "可延长至", "可延长到", NULL};
    static const char *const floors[] = {"下限", "保底", NULL};
    size_t k = start, l;
    if ((l = one_before(p, 0, k, "为是：:")))
        k -= l;
    for (int w = 0; ceilings[w]; w++)
        if (k >= (l = strlen(ceilings[w])) && !memcmp(p + k - l, ceilings[w], l))
            return Q_MAX;
    for (int w = 0; floors[w]; w++)
        if (k >= (l = strlen(floors[w])) && !memcmp(p + k - l, floors[w], l))
            return Q_MIN;
    return -1;
}

/* The length of the first of words that p[0, k) ends with, or 0 (each
 * word's last byte compared first: most differ there). */
static size_t ends_with(const unsigned char *p, size_t k, const Phrase *words)
{
    for (; words->s; words++)
        if (k >= words->n && p[k - 1] == (unsigned char)words->s[words->n - 1] &&
            !memcmp(p + k - words->n, words->s, words->n))
            return words->n;
    return 0;
}

/* The length of the copula ending at p[k): 为, 有, 达, 是, 占, 合, and
 * 占到, 达到, 相当于 ("大概相当于4200个"); 0 when none. */
static size_t copula_before(const unsigned char *p, size_t k)
{
    static const Phrase words[] = {PHRASE("相当于"), PHRASE("占到"), PHRASE("达到"), {NULL, 0}};
    size_t l = ends_with(p, k, words);
    return l ? l : one_before(p, 0, k, "为有达是占合");
}

/* The blanks, and at most one line break, ending at p[k) that a text
 * wrapped inside a sentence leaves between its words ("约\n23%", a PDF's
 * "约占企业间协\n议的 47.8%"): the break only after a Han character that
 * ends no clause, and not before an indented line (a new paragraph).
 * Their length, 0 when none. */
static size_t wrap_before(const unsigned char *p, size_t k)
{
    size_t b = k, s;
    while (blank_before(p, b))
        b -= blank_before(p, b);
    if (b == k && b > 0 && p[b - 1] == '\n') {
        long c = cp_before(p, b - 1, &s);
        if (c >= 0 && qzh_is_han(c) && !clause_end(c))
            b--;
    }
    return k - b;
}

/* A word an adverb of estimate (约, 大约, 大概, 差不多) reaches across
 * to the figure it softens: a limit (只有, 仅), a modal (能, 可以), a verb
 * of change (提高, 增长) or a copula: "大概只有35%", "大约能提高1.38个
 * 百分点". Its length ending at p[k), 0 when none. */
static size_t estimate_bridge_before(const unsigned char *p, size_t k)
{
    static const Phrase words[] = {
        PHRASE("只有"), PHRASE("仅有"), PHRASE("只"), PHRASE("仅"), PHRASE("才"), PHRASE("能够"), PHRASE("可以"),
        PHRASE("能"), PHRASE("可"), PHRASE("也"), PHRASE("就"), PHRASE("还"), PHRASE("会"), PHRASE("将"),
        PHRASE("了"), PHRASE("提高"), PHRASE("增长"), PHRASE("增加"), PHRASE("上升"), PHRASE("提升"),
        PHRASE("下降"), PHRASE("减少"), PHRASE("降低"), PHRASE("缩短"), PHRASE("节省"), PHRASE("节约"),
        PHRASE("相当于"), PHRASE("占到"), PHRASE("达到"), PHRASE("为"), PHRASE("有"), PHRASE("达"),
        PHRASE("是"), PHRASE("占"), {NULL, 0}};
    return ends_with(p, k, words);
}

/* An estimate's adverb of two characters or more (大约, 大概, 差不多)
 * before p[k) across up to four bridging words (estimate_bridge_before;
 * at least one). Not 近, which before a verb is "recently", nor 约 alone,
 * which closes a verb or a noun before a particle or a modal (节约了,
 * 签约将, 合约可): a bare 约 softens the figure or copula right after it. */
static int estimate_across(const unsigned char *p, size_t k)
{
    size_t l;
    for (int steps = 0; steps < 4; steps++) {
        size_t bl = estimate_bridge_before(p, k);
        if (!bl)
            return 0;
        k -= bl;
        const ZhWord *w = qzh_before(p, 0, k, ZK_HEDGE_BEFORE, &l);
        if (w && w->qual == Q_APPROX && l > 3 && strcmp(w->w, "约合"))
            return 1;
    }
    return 0;
}

/* A bound q stated by the hedge word opening at p[k), turned over when
 * a negation stands before it: 不得超过 (at most), 不应低于 (at least),
 * 不小于 (at least). A word that holds its own 不 (不超过, 不足) is read
 * whole by the lexicon and is not turned again. */
static Qualifier negated(const unsigned char *p, size_t k, Qualifier q)
{
    static const Phrase neg[] = {PHRASE("不得"), PHRASE("不应"), PHRASE("不宜"), PHRASE("不能"), PHRASE("不可"),
                                 PHRASE("不会"), PHRASE("不"), PHRASE("未"), {NULL, 0}};
    if ((q != Q_MIN && q != Q_MAX) || lit_at(p, k + 3, k, "不") || !ends_with(p, k, neg))
        return q;
    return q == Q_MIN ? Q_MAX : Q_MIN;
}

/* The hedge right before p[start): a ceiling (最高35.3%), a hedge word
 * across a currency's name and up to two copulas (约合人民币, 约为, 约占,
 * 上限为); -1 when none. */
static int hedge_near(const unsigned char *p, size_t start)
{
    size_t k = start, l;
    /* a ceiling: 加征最高35.3%的关税 (directly before: "最高达" may be a peak) */
    if (k >= 6 && !memcmp(p + k - 6, "最高", 6))
        return Q_MAX;
    /* a currency named between: 约合人民币62,263.43万元, 超过人民币500亿元 */
    const ZhWord *cw = qzh_before(p, 0, k, ZK_CURRENCY, &l);
    if (cw && l > 3)
        k -= l;
    /* a verb of bound done (了): 突破了2000万, 超过了三成 */
    if (k >= 9 && !memcmp(p + k - 3, "了", 3)) {
        const ZhWord *w = qzh_before(p, 0, k - 3, ZK_HEDGE_BEFORE, &l);
        if (w && l >= 6 && (w->qual == Q_MIN || w->qual == Q_MAX))
            return negated(p, k - 3 - l, (Qualifier)w->qual);
    }
    for (int copula = 0; copula < 2; copula++) {
        const ZhWord *w = qzh_before(p, 0, k, ZK_HEDGE_BEFORE, &l);
        if (w) {
            /* 最近, 附近 are no hedges */
            if (l == 3 && lit_at(p, k, k - 3, "近") && one_before(p, 0, k - 3, "最附临邻亲"))
                return Q_EXACT;
            /* 约 closing a verb or a noun is no hedge: 签约186个, 履约, 节约 */
            if (l == 3 && lit_at(p, k, k - 3, "约") && one_before(p, 0, k - 3, "签履节预违缔续解制契公条"))
                return Q_EXACT;
            return negated(p, k - l, (Qualifier)w->qual);
        }
        size_t cl = copula_before(p, k);
        if (!cl)
            break;
        k -= cl;
        /* a limit's value: 资助上限为200万元 */
        if (k >= 6 && !memcmp(p + k - 6, "上限", 6))
            return Q_MAX;
    }
    return -1;
}

/* The hedge of a figure that is a share or a multiple of a base the
 * hedge opens, before p[start); Q_EXACT when none. */
static Qualifier hedge_of_base(const unsigned char *p, size_t start)
{
    size_t k, l, s;
    /* 约占 ... 的 X; a share of a base the hedge opens: "不足高收入国家
     * （93%）的四成", "超过全国总量的一半" (a remark in brackets skipped);
     * a comparative's X is the other's own figure, no bound: "非洲为37%，
     * 远低于欧洲的91%" */
    static const char *const base_hedges[] = {"不超过", "不低于", "不少于", "不高于", "不足", "不到", "超过", "逾",
                                              "接近", "将近", NULL};
    int of_base = start >= 3 && !memcmp(p + start - 3, "的", 3);
    k = start;
    for (int chars = 0; chars < 24 && k > 0; chars++) {
        long c = cp_before(p, k, &s);
        if (of_base && c == 0xFF09) {   /* ） */
            size_t b = s;
            for (int in = 0; in < 16 && b > 0; in++) {
                long bc = cp_before(p, b, &b);
                if (bc == 0xFF08 || bc < 0 || clause_end(bc))
                    break;
            }
            if (b < s && lit_at(p, s, b, "（")) {
                k = b;
                continue;
            }
        }
        /* a year or an ordinal in the base is no earlier figure: "约为
         * 2020年的3.9倍", "约为排名第七的北京的3倍" */
        if (of_base && c == 0x5E74 && s >= 4 && ascii_isdigit(p[s - 1]) && ascii_isdigit(p[s - 4])) {
            k = s - 4;
            continue;
        }
        /* a span of years in the base: "约为此前两年总和的3.5倍" */
        if (of_base && qzh_digit(c) > 0 && lit_at(p, start, s + 3, "年")) {
            k = s;
            continue;
        }
        if (of_base && qzh_digit(c) > 0 && one_before(p, 0, s, "第")) {
            k = s - 3;
            continue;
        }
        if (c == '\n' && wrap_before(p, k)) {
            k -= wrap_before(p, k);
            continue;
        }
        if (c < 0 || clause_end(c) || (c < 0x80 && ascii_isdigit((int)c)) || qzh_digit(c) > 0)
            break;
        /* 约占, 差不多占到 ... (的) X; 约为, 约是, 大概相当于 ... 的 X */
        size_t vl = copula_before(p, k);
        if (vl && (of_base || lit_at(p, k, k - vl, "占") || lit_at(p, k, k - vl, "占到"))) {
            const ZhWord *w = qzh_before(p, 0, k - vl, ZK_HEDGE_BEFORE, &l);
            if (w && w->qual == Q_APPROX)
                return Q_APPROX;
        }
        /* (the longest first: 不超过 is at most, not the 超过 in it) */
        for (int h = 0; of_base && base_hedges[h]; h++) {
            size_t hl = strlen(base_hedges[h]);
            if (s + 3 >= hl && !memcmp(p + s + 3 - hl, base_hedges[h], hl)) {
                const ZhWord *w = qzh_at(p, start, s + 3 - hl, ZK_HEDGE_BEFORE, &l);
                if (w && l == hl)
                    return (Qualifier)w->qual;
            }
        }
        k = s;
    }
    return Q_EXACT;
}

/* The hedge stated before p[start): 约, 超过, 不足..., across one copula
 * (约为, 约有, 约占, 约达) and a currency's name (约合人民币); "约占全国的四分之三" reaches back to 约占 in the
 * same clause when no other number stands between. */
Qualifier zhh_before(const unsigned char *p, size_t start)
{
    start -= wrap_before(p, start);
    int q = hedge_near(p, start);
    if (q >= 0)
        return (Qualifier)q;
    if (estimate_across(p, start))
        return Q_APPROX;
    /* a ceiling on what may be done: 最高可被处以2,000万欧元, 最多可容纳 */
    if (may_at_most(p, start))
        return Q_MAX;
    if (at_least_across(p, start))
        return Q_MIN;
    if ((q = limit_label(p, start)) >= 0)
        return (Qualifier)q;
    return hedge_of_base(p, start);
}

/* The start of the figure ending at p[j) (its unit word, its numeral),
 * or j when none. */
static size_t list_before_joined(const unsigned char *p, size_t j)
{
    size_t wl, s, end = j;
    if (j > 0 && p[j - 1] == '%')
        j--;
    else if (qzh_before(p, 0, j, ZK_CLASSIFIER | ZK_MEASURE | ZK_CURRENCY | ZK_SHARE, &wl))
        j -= wl;
    size_t k = j;
    for (;;) {
        long c = cp_before(p, k, &s);
        if (c < 0 || !((c < 0x80 && (ascii_isdigit((int)c) || c == '.' || c == ',')) || qzh_digit(c) >= 0 ||
                       qzh_unit(c) > 0))
            break;
        k = s;
    }
    return k < j && ascii_isdigit(p[k]) ? k : end;
}

/* The start of the figure a list joins to the one at p[start) ("310亿
 * 美元和220亿美元", "2万个、1.5万个": the joiner, the earlier one's unit
 * word, its numeral), or start when none. */
size_t zhh_list_before(const unsigned char *p, size_t start)
{
    size_t jl = one_before(p, 0, start, "、和及与");
    if (!jl)
        return start;
    size_t b = list_before_joined(p, start - jl);
    return b < start - jl ? b : start;
}

/* The start of the figure an alternative joins to the one at p[start)
 * across 或 and a noun phrase ("2,000万欧元或全球年营业额4%"), or start
 * when none. */
size_t zhh_alternative_before(const unsigned char *p, size_t start)
{
    size_t k = start, s;
    for (int chars = 0; chars < 12 && k > 0; chars++) {
        if (one_before(p, 0, k, "或")) {
            size_t b = list_before_joined(p, k - 3);
            return b < k - 3 ? b : start;
        }
        long c = cp_before(p, k, &s);
        if (c < 0 || !qzh_is_han(c) || qzh_digit(c) >= 0 || one_of(p, k, s, "的"))
            return start;
        k = s;
    }
    return start;
}

/* The hedge after p[j]: 以上, 左右, 以下 (上下 not in 上下游). */
Qualifier zhh_after(const unsigned char *p, size_t n, size_t j)
{
    size_t l;
    while (blank_at(p, n, j))
        j += blank_at(p, n, j);
    /* more than it: 三千万平方米还多, 翻了一番还多; a multiple and 多:
     * 翻了一番多, 3倍多 (not 多个, 多家: the 多 of a count that follows) */
    if (lit_at(p, n, j, "还多") || lit_at(p, n, j, "还要多"))
        return Q_MIN;
    if (lit_at(p, n, j, "多") && one_before(p, 0, j, "番倍")) {
        long c = cp_at(p, n, j + 3, &l);
        if (c < 0 || clause_end(c) || c == 0x3002 || lit_at(p, n, j + 3, "的") || !qzh_is_han(c))
            return Q_MIN;
    }
    const ZhWord *w = qzh_at(p, n, j, ZK_HEDGE_AFTER, &l);
    if (!w || (!strcmp(w->w, "上下") && one_of(p, n, j + l, "游级文")))
        return Q_EXACT;
    return (Qualifier)w->qual;
}

/* Does a verb of growth stand just before p[start) ("提高了一倍",
 * "增长近一倍", "扩大约一倍", "增长逾一倍", "上涨将近一倍"), a hedge
 * and 了 between? */
int zhh_grew_before(const unsigned char *p, size_t start)
{
    static const char *const verbs[] = {"增长", "增長", "提高", "增加", "扩大", "擴大", "上升", "提升", "上涨", "上漲",
                                        "翻", NULL};
    /* (了, and a hedge: 超过, 大约, 近, 约, 逾, 超, 将近, 接近; the
     * longer words first, their last character is a hedge too) */
    static const char *const between[] = {"超过", "超過", "大约", "大約", "了", "近", "约", "約", "逾", "超", "将", "將", "接",
                                           NULL};
    size_t b = start;
    for (int k = 0; k < 3 && b >= 3; k++) {
        for (int v = 0; verbs[v]; v++) {
            size_t l = strlen(verbs[v]);
            if (b >= l && !memcmp(p + b - l, verbs[v], l))
                return 1;
        }
        size_t skip = 0;
        for (int w = 0; between[w] && !skip; w++) {
            size_t l = strlen(between[w]);
            if (b >= l && !memcmp(p + b - l, between[w], l))
                skip = l;
        }
        if (!skip)
            break;
        b -= skip;
    }
    return 0;
}
