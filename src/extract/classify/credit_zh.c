/* credit_zh.c — the body or person a Chinese sentence credits (see
 * credit_zh.h). */
#define _GNU_SOURCE   /* memmem */
#include "credit_zh.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "diag.h"
#include "lexicon.h"
#include "metrics.h"
#include "names.h"
#include "speakers.h"
#include "textfind.h"
#include "utf8.h"
#include "zhheadline.h"
#include "zhpointer.h"
#include "zhpronoun.h"
#include "zhreport.h"
#include "zhtabref.h"
#include "zhsaid.h"

/* ---- the text's pieces ---- */

static int bytes_at(const char *p, size_t i, size_t e, const char *w, size_t n)
{
    return i + n <= e && !memcmp(p + i, w, n);
}
/* Does p[i, e) open with the literal lit? */
#define mark_at(p, i, e, lit) bytes_at(p, i, e, lit, sizeof lit - 1)
#define W(lit) PHRASE(lit)

/* The first of words that p[i, e) opens with: its length, or 0. (Each
 * word is three bytes or more: its first two are compared first.) */
static size_t opens(const char *p, size_t i, size_t e, const Phrase *words)
{
    for (int k = 0; words[k].s; k++)
        if (i + words[k].n <= e && p[i] == words[k].s[0] && p[i + 1] == words[k].s[1] &&
            !memcmp(p + i, words[k].s, words[k].n))
            return words[k].n;
    return 0;
}

/* The first of words that p[s, e) ends with: its length, or 0. */
static size_t ends(const char *p, size_t s, size_t e, const Phrase *words)
{
    for (int k = 0; words[k].s; k++)
        if (e >= s + words[k].n && !memcmp(p + e - words[k].n, words[k].s, words[k].n))
            return words[k].n;
    return 0;
}

static int holds(const char *p, size_t s, size_t e, const Phrase *words)
{
    /* (no word opens inside a character: its continuation bytes are
     * passed) */
    for (size_t i = s; i < e; i++)
        if (!utf8_is_cont((unsigned char)p[i]) && opens(p, i, e, words))
            return 1;
    return 0;
}

/* Where the bracket opening at p[i] closes (after its closing mark), or
 * 0: 《…》 a title, （…） an acronym or a remark, “…” a quoted name, each
 * short. */
static size_t bracket_end(const char *p, size_t i, size_t e)
{
    static const char *const pairs[][2] = {{"《", "》"}, {"（", "）"}, {"“", "”"}, {"「", "」"}};
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
        if (!bytes_at(p, i, e, pairs[k][0], 3))
            continue;
        for (size_t j = i + 3; j < e && j - i < 120; j++) {
            if (bytes_at(p, j, e, pairs[k][1], 3))
                return j + 3;
            /* (a line break only inside a Latin name: "（RWR Advisory\nGroup）") */
            if (mark_at(p, j, e, "。") || mark_at(p, j, e, "，") ||
                (p[j] == '\n' && !(j > i + 3 && ascii_isalpha(p[j - 1]) && j + 1 < e && ascii_isalpha(p[j + 1]))))
                return 0;
        }
        return 0;
    }
    return 0;
}

/* The length of the piece of a name at p[i]: a Han character, a Latin
 * letter ("RWR咨询公司"), a foreign name's middle dot ("阿姆鲁·塔拉特"),
 * the 、 of a list, a bracketed acronym, title or quote; 0 at anything
 * else (a comma, a figure, a space). */
static size_t name_piece(const char *p, size_t i, size_t e)
{
    if (utf8_han_at(p, i, e))
        return 3;
    if (ascii_isalpha(p[i]) || p[i] == '&')
        return 1;
    /* (a hyphen within a Latin word, "e-Conomy SEA", "Hewlett-Packard") */
    if (p[i] == '-' && i > 0 && ascii_isalpha(p[i - 1]) && i + 1 < e && ascii_isalpha(p[i + 1]))
        return 1;
    /* (a blank between the words of a Latin name, "Synergy Research
     * Group", or between Han and Latin: "咨询机构 RWR咨询集团") */
    if ((p[i] == ' ' || p[i] == '\n') && i > 0 && (ascii_isalpha(p[i - 1]) || (unsigned char)p[i - 1] >= 0x80) &&
        i + 1 < e &&
        (ascii_isalpha(p[i + 1]) || (ascii_isalpha(p[i - 1]) && utf8_han_at(p, i + 1, e))))
        return 1;
    if (mark_at(p, i, e, "\xC2\xB7"))
        return 2;
    if (mark_at(p, i, e, "\xE3\x83\xBB") || mark_at(p, i, e, "、"))
        return 3;
    /* the dash joining two places in a name, "中国—东盟信息港股份有限公司" */
    if (mark_at(p, i, e, "—") && i >= 3 && utf8_han_at(p, i - 3, i) && utf8_han_at(p, i + 3, e))
        return 3;
    size_t b = bracket_end(p, i, e);
    return b ? b - i : 0;
}

/* A date between a name and its verb ("阿里巴巴集团今年2月宣布", "在4月8日
 * 发布的研报中"): digits and 年, 月, 日 or 号 after them; its length at p[i],
 * or 0. */
static size_t date_piece(const char *p, size_t i, size_t e)
{
    size_t k = i;
    while (k < e && p[k] >= '0' && p[k] <= '9' && k - i < 4)
        k++;
    if (k == i || !(mark_at(p, k, e, "年") || mark_at(p, k, e, "月") || mark_at(p, k, e, "日") ||
                    mark_at(p, k, e, "号")))
        return 0;
    return k + 3 - i;
}

/* A report's edition between a body and its title ("中国互联网络信息中心
 * 第53次《…》显示"): digits and 次, 期 or 版 after 第; their length at p[i]
 * (the digits), or 0. */
static size_t edition_piece(const char *p, size_t s, size_t i, size_t e)
{
    size_t k = i;
    while (k < e && p[k] >= '0' && p[k] <= '9' && k - i < 4)
        k++;
    if (k == i || i < s + 3 || !mark_at(p, i - 3, i, "第") ||
        !(mark_at(p, k, e, "次") || mark_at(p, k, e, "期") || mark_at(p, k, e, "版")))
        return 0;
    return k + 3 - i;
}

/* Where an edition ending p[s, e) starts ("…第53次" less "第53次"), or e. */
static size_t edition_tail(const char *p, size_t s, size_t e)
{
    if (!(e >= s + 7 && (mark_at(p, e - 3, e, "次") || mark_at(p, e - 3, e, "期") || mark_at(p, e - 3, e, "版"))))
        return e;
    size_t k = e - 3;
    while (k > s && p[k - 1] >= '0' && p[k - 1] <= '9' && e - 3 - k < 4)
        k--;
    return k < e - 3 && k >= s + 6 && mark_at(p, k - 3, k, "第") ? k - 3 : e;
}

/* Where a date ending p[s, e) starts ("…今年2月" less "2月"), or e. */
static size_t date_tail(const char *p, size_t s, size_t e)
{
    if (!(e >= s + 4 && (mark_at(p, e - 3, e, "年") || mark_at(p, e - 3, e, "月") || mark_at(p, e - 3, e, "日") ||
                         mark_at(p, e - 3, e, "号"))))
        return e;
    size_t k = e - 3;
    while (k > s && p[k - 1] >= '0' && p[k - 1] <= '9' && e - 3 - k < 4)
        k--;
    return k < e - 3 && k > s ? k : e;
}

/* ---- the name ----
 * Between a credited name and its verb stand words that are not the name;
 * they are taken off its end, in any order, until none is left. */

/* How the figures came: "发布的《…》", "提供的数据", "的测算". */
static const Phrase links[] = {
    W("联合发布的报告"), W("发布的报告"), W("发布的数据"), W("公布的数据"), W("提供的数据"), W("发布的统计"),
    W("的统计数据"), W("联合发布的"), W("发布的"), W("公布的"), W("提供的"), W("发布"), W("的统计"), W("的测算"),
    /* (one study of the body's: "…中心（CSIS）的一项研究估计") */
    W("的一项研究"), W("的一项调查"), W("的一项调研"), W("的一份报告"), W("的一份研究报告"), W("的一项报告"),
    W("的调查"), W("的调研"), W("的报告"), W("的数据"), W("的研究"), W("白皮书"), W("蓝皮书"), W("季度报告"), W("年度报告"),
    W("月度报告"), W("报告"), W("公告"), W("年报"), W("季报"), W("月报"), W("最新"), W("调查"), W("回应"),
    W("的"),
    {NULL, 0},
};
/* When, and in whose name: "此前", "方面" ("中兴通讯方面"). */
static const Phrase adverbs[] = {
    W("此前"), W("日前"), W("近日"), W("今天"), W("昨天"), W("当天"), W("近期"), W("同时"), W("随后"), W("方面"),
    W("今年初"), W("去年底"), W("今年"), W("去年"), W("全年"), W("年初"), W("年底"), W("年中"), W("本周"), W("上周"), W("本月"), W("上月"), W("晚间"), W("上午"), W("下午"), W("凌晨"),
    W("也"), W("还"), W("则"), W("曾"), W("都"), W("均"), W("又"), W("在"), W("联合"), W("共同"), W("不完全"), W("初步"),
    /* speech's: "华为自己说", "卡内基那边说" */
    W("自己"), W("那边"), W("这边"), {NULL, 0},
};
/* A spokesman speaks for the body ("华为肯尼亚公司负责人"). */
static const Phrase roles[] = {
    W("有关负责人"), W("主要负责人"), W("相关负责人"), W("负责人"), W("新闻发言人"), W("发言人"), W("高级官员"),
    W("官员"), W("专家"), W("研究员"), W("分析师"), W("人士"), W("工作人员"), W("高管"), W("记者"), {NULL, 0},
};
/* (before a role: "一位负责人", "的专家") */
static const Phrase role_lead[] = {W("一位"), W("一名"), W("有关"), W("相关"), W("的"), {NULL, 0}};
/* Words before a name that are not of it: "该国电信和数字政府监管局",
 * "来自海关总署的数据显示", a speaker's "我看国际电信联盟的数，". */
static const Phrase pointers[] = {W("该国"), W("当地"), W("该"), W("来自"), W("由"), W("我看"), W("我查"),
                                  {NULL, 0}};

/* The last mark of p[s, e) that opens a tail ending the span, ">= s+3"
 * (the name keeps one character at least): the setting of a speech
 * ("在接受采访时", "在致辞中", "在会上"), the one spoken to ("对《环球时报》
 * 记者", "向记者"), or 0. */
static size_t said_where(const char *p, size_t s, size_t e)
{
    static const Phrase to_whom[] = {W("对"), W("向"), W("告诉"), {NULL, 0}};
    static const Phrase settings[] = {W("时"), W("中"), W("上"), {NULL, 0}};
    if (e >= s + 6 && ends(p, s, e, settings)) {
        for (size_t i = e - 3; i >= s + 3; i--)
            if (mark_at(p, i, e, "在") || mark_at(p, i, e, "接受"))
                return i;
    }
    if (e >= s + 9 && mark_at(p, e - 6, e, "记者")) {
        for (size_t i = e - 6; i >= s + 3; i--)
            if (opens(p, i, e, to_whom))
                return i;
    }
    return 0;
}

/* A spokesman's role and his name ending p[s, e) ("负责人张三",
 * "新闻发言人李明"): their length, or 0. */
static size_t spokesman_named(const char *p, size_t s, size_t e)
{
    static const Phrase said_for[] = {W("负责人"), W("发言人"), {NULL, 0}};
    for (size_t name = 6; name <= 12; name += 3) {
        if (e < s + name + 9)
            break;
        int han = 1;
        for (size_t i = e - name; i < e && han; i += 3)
            han = utf8_han_at(p, i, e);
        size_t r = han ? ends(p, s, e - name, said_for) : 0;
        if (r && e - name - r > s)
            return name + r;
    }
    return 0;
}

/* Who a survey asked, between its maker and 的调研 (的调查...), taken
 * off by links: "中国国际商会2023年对200家出海企业" less "对200家出海企业":
 * where 对 and a count after it start, >= s + 6, or 0. */
static size_t survey_object(const char *p, size_t s, size_t e)
{
    for (size_t i = e >= 6 ? e - 6 : 0; i >= s + 6; i--)
        if (mark_at(p, i, e, "对") && i + 3 < e && p[i + 3] >= '0' && p[i + 3] <= '9')
            return i;
    return 0;
}

/* Does the span p[s, e) a name was cut from end in a report as the
 * setting its teller spoke in ("摩根士丹利在最新研报中估计", "在其年度报告
 * 中指出")? A teller who writes reports is a body, named or not by its
 * last words. */
static int report_setting(const char *p, size_t s, size_t e)
{
    static const Phrase reports[] = {W("研报中"), W("报告中"), W("白皮书中"), W("蓝皮书中"), {NULL, 0}};
    if (!ends(p, s, e, reports))
        return 0;
    for (size_t i = e - 9; i > s && e - i < 60; i--)
        if (mark_at(p, i, e, "在"))
            return 1;
    return 0;
}

/* Take off the end of the name p[*s, *e) what is not the name (a
 * spokesman's role too: he speaks for the body before it). */
static void trim_name(const char *p, size_t *s, size_t *e)
{
    for (int changed = 1; changed && *e > *s;) {
        changed = 0;
        size_t x;
        /* a report's title: "发布的《2023年事实与数据》" */
        if (*e >= *s + 6 && mark_at(p, *e - 3, *e, "》")) {
            size_t i = *e - 3;
            while (i > *s && !mark_at(p, i, *e, "《"))
                i--;
            if (i > *s) {
                *e = i;
                changed = 1;
                continue;
            }
        }
        if ((x = ends(p, *s, *e, links)) && *e - x > *s) {
            *e -= x;
            changed = 1;
        } else if ((x = date_tail(p, *s, *e)) < *e) {
            *e = x;
            changed = 1;
        } else if ((x = edition_tail(p, *s, *e)) < *e) {
            *e = x;
            changed = 1;
        } else if ((x = ends(p, *s, *e, adverbs)) && *e - x > *s) {
            *e -= x;
            changed = 1;
        } else if ((x = said_where(p, *s, *e))) {
            *e = x;
            changed = 1;
        } else if ((x = ends(p, *s, *e, roles))) {
            *e -= x;
            while ((x = ends(p, *s, *e, role_lead)))
                *e -= x;
            changed = 1;
        } else if ((x = spokesman_named(p, *s, *e))) {
            *e -= x;   /* "某某局负责人张三": the body he speaks for */
            changed = 1;
        } else if ((x = survey_object(p, *s, *e))) {
            *e = x;
            changed = 1;
        }
    }
    size_t x;
    while ((x = opens(p, *s, *e, pointers)) && *s + x < *e)
        *s += x;
}

/* Does p[s, e) count what it names, a numeral and 个 ("十余个国家和国际
 * 组织")? A set of tellers counted is no one's name. (Not 家 or 名: a
 * count of firms or officials may stand in a teller's name as written.) */
static int counts_things(const char *p, size_t s, size_t e)
{
    static const Phrase numerals[] = {W("一"), W("二"), W("两"), W("三"), W("四"), W("五"), W("六"), W("七"),
                                      W("八"), W("九"), W("十"), W("百"), W("千"), W("万"), W("余"), W("多"),
                                      W("几"), W("数"), {NULL, 0}};
    static const Phrase measures[] = {W("个"), {NULL, 0}};
    for (size_t i = s + 1; i < e; i++)
        if (!utf8_is_cont((unsigned char)p[i]) && opens(p, i, e, measures) && ends(p, s, i, numerals))
            return 1;
    return 0;
}

/* Does p[s, e) open with a brand's word in lower case then a capital
 * ("iResearch", "eBay", "e-Conomy")? */
static int brand_opening(const char *p, size_t s, size_t e)
{
    if (!(s < e && p[s] >= 'a' && p[s] <= 'z'))
        return 0;
    for (size_t i = s + 1; i < e && i < s + 3; i++) {
        if (p[i] >= 'A' && p[i] <= 'Z')
            return 1;
        if (p[i] != '-')
            return 0;
    }
    return 0;
}

/* Is p[s, e) a name: two to twenty-four Han characters (Latin letters,
 * a list's 、 and a foreign name's dot too), naming a body by its last
 * words or a person by a title? Its end without a bracketed acronym
 * ("（APJII）") in *ne. */
static int zh_name(const char *p, size_t s, size_t e, size_t *ne)
{
    static const Phrase bodies[] = {
        W("部"), W("局"), W("署"), W("厅"), W("委"), W("办"), W("中心"), W("院"), W("所"), W("公司"), W("集团"),
        W("协会"), W("联盟"), W("银行"), W("基金"), W("组织"), W("大学"), W("学会"), W("社"), W("机构"), W("政府"),
        W("海关"), W("联合会"), W("商会"), W("研究会"), W("处"), W("馆"), W("证券"), W("咨询"), W("顾问"),
        /* a carrier: "中华电信表示" */
        W("电信"),
        {NULL, 0},
    };
    static const Phrase persons[] = {
        W("总统"), W("总理"), W("部长"), W("主席"), W("经理"), W("局长"), W("首席"), W("负责人"), W("发言人"),
        W("专家"), W("学者"), W("研究员"), W("主任"), W("大使"), W("秘书"), W("参赞"), W("董事长"), W("总裁"),
        W("司长"), W("厅长"), W("处长"), W("市长"), W("省长"), W("院长"), W("所长"), W("会长"), W("行长"), W("署长"),
        W("书记"), W("总监"), {NULL, 0},
    };
    size_t han = 0, latin = 0, i = s;
    int listed = 0, acronym = 0;
    *ne = e;
    while (i < e) {
        if (mark_at(p, i, e, "（")) {
            /* a bracketed acronym ends the name, or a listed company's
             * stock code ("亨通光电（600487.SH）") */
            *ne = i;
            i += 3;
            size_t a = i, digits = 0;
            while (i < e && (ascii_isalpha(p[i]) || p[i] == '-' || p[i] == '&' || p[i] == '.' ||
                             (p[i] >= '0' && p[i] <= '9') || ((p[i] == ' ' || p[i] == '\n') && i > a && ascii_isalpha(p[i - 1]))))
                digits += p[i] >= '0' && p[i] <= '9', i++;
            /* (a title after it speaks for the body: "…机构（MDEC）首席执行员") */
            if (i + 3 < e && mark_at(p, i, e, "）") && i - a >= 2 && han >= 2 && holds(p, i + 3, e, persons))
                return 1;
            if (i + 3 != e || !mark_at(p, i, e, "）") || i == a)
                return 0;
            if (digits) {
                listed = digits >= 4;
                if (!listed)
                    return 0;
            } else {
                /* (an acronym of its own marks a proper name, whatever its
                 * last word: "国家信息安全漏洞共享平台（CNVD）") */
                acronym = i - a >= 2;
            }
            break;
        }
        size_t l = name_piece(p, i, e);
        if (!l || l > 3)
            return 0;
        han += l == 3 && utf8_han_at(p, i, e);
        latin += l == 1;
        i += l;
    }
    /* an acronym alone ("据IDC统计") */
    int caps = !han && latin >= 2;
    for (size_t k = s; caps && k < *ne; k++)
        caps = p[k] >= 'A' && p[k] <= 'Z';
    if (caps)
        return 1;
    /* a Latin name of words ("Synergy Research Group", "TeleGeography"),
     * or a brand's opening in lower case before a capital of its first
     * word ("iResearch", "e-Conomy SEA") */
    if (!han && latin >= 3 && ((p[s] >= 'A' && p[s] <= 'Z') || brand_opening(p, s, *ne)))
        return 1;
    /* (a minister named in full, body, title and a foreign name with its
     * dot, runs longer: "哈萨克斯坦数字发展、创新和航空航天工业部部长扎斯兰·马迪
     * 耶夫") */
    int full = han <= 36 &&
               (tf_find(p + s, *ne - s, "\xC2\xB7", 2) || tf_find(p + s, *ne - s, "\xE3\x83\xBB", 3)) &&
               holds(p, s, *ne, persons);
    if (han + (latin > 0) < 3 || (han > 24 && !full) || counts_things(p, s, *ne))
        return 0;
    /* (not a measure's acronym: "商品交易总额（GMV）", "国内生产总值（GDP）") */
    static const Phrase measures[] = {W("额"), W("量"), W("率"), W("值"), W("规模"), W("收入"), W("指数"), {NULL, 0}};
    return listed || (acronym && han >= 4 && !ends(p, s, *ne, measures)) || holds(p, s, *ne, bodies) ||
           holds(p, s, *ne, persons);
}

int credit_zh_sub_body(const char *p, size_t s, size_t e)
{
    /* (a department, office or branch speaks for its body: "商务部电子
     * 商务和信息化司" is MOFCOM, "华为肯尼亚公司" Huawei) */
    static const Phrase institutes[] = {W("研究院"), W("研究所"), W("研究中心"), W("研究室"), W("实验室"),
                                        {NULL, 0}};
    /* (a government's: "商务部研究院", not an institute's own research
     * arm, "资策会产业情报研究所", which speaks for it) */
    static const Phrase governments[] = {W("部"), W("委"), W("局"), W("署"), W("厅"), {NULL, 0}};
    for (size_t i = s; i < e; i += 3)
        if (!utf8_han_at(p, i, e))
            return 0;
    /* a company's cloud arm: "腾讯云", "华为云" */
    if (e == s + 3 && mark_at(p, s, e, "云"))
        return 1;
    return s >= 3 && ends(p, s, e, institutes) && ends(p, s - 3, s, governments);
}

/* "华为海洋网络有限公司高级专家赵明": a company named after the known body
 * opening p[s, e), its own business between them and 有限公司 (or 公司)
 * after ("海洋网络"; not a place, "华为肯尼亚公司", a branch that speaks for
 * the group): where the company's name ends, or 0. */
static size_t subsidiary(const Metrics *m, const char *p, size_t s, size_t e)
{
    char id[128];
    size_t head, tail;
    if (!names_source_last(m, p, s, e, id, sizeof id, &head, &tail) || head)
        return 0;
    size_t ks = e - tail, co = 0;
    for (size_t i = ks; i + 6 <= e && !co; i += 3) {
        if (!utf8_han_at(p, i, e))
            return 0;
        if (mark_at(p, i, e, "公司"))
            co = i;
    }
    size_t be = co;
    if (be >= ks + 6 && mark_at(p, be - 6, e, "有限"))
        be -= 6;
    if (be >= ks + 6 && mark_at(p, be - 6, e, "股份"))
        be -= 6;
    MetricsPlace pl[2];
    if (!co || be < ks + 6 || metrics_places(m, p, ks, be, pl, 2))
        return 0;
    return co + 6;
}

/* Where the name in quotes closing p[s, e) starts ("…营运商「华数云」",
 * "…的“重联亚洲”"), after its opening quote; 0 when none closes it or the
 * quotes hold it all. */
static size_t quoted_tail(const char *p, size_t s, size_t e)
{
    const char *open = mark_at(p, e - 3, e, "」") ? "「" : mark_at(p, e - 3, e, "”") ? "“" : NULL;
    if (!open || e < s + 9)
        return 0;
    for (size_t i = e - 6; i > s; i--)
        if (bytes_at(p, i, e, open, 3))
            return i + 3;
    return 0;
}

/* The name p[s, e) as a credit: trimmed, then a body metrics.csv knows by
 * its id, else a name as written. 1 and out, or 0. */
static int take(const Metrics *m, const char *p, size_t s, size_t e, char *out, size_t cap)
{
    /* "该院院长余晓晖", "该机构": the body named before (zhpointer.h) */
    if (zhpointer_at(p, s, e))
        return zhpointer_body(m, p, 0, s, out, cap);
    int reporter = report_setting(p, s, e);
    trim_name(p, &s, &e);
    size_t ne;
    if (e <= s)
        return 0;
    if (m && names_source_opening(m, p, s, e, out, cap)) {
        /* (a company of its group named after it, "华为海洋网络有限公司",
         * is another teller: its name as written) */
        size_t sub = subsidiary(m, p, s, e);
        if (sub && sub - s < cap) {
            memcpy(out, p + s, sub - s);
            out[sub - s] = '\0';
            return 1;
        }
        /* (a unit of the known body, "商务部研究院", "中国人民银行广西壮族
         * 自治区分行", is another teller: its name as written) */
        char id[128];
        size_t head, tail;
        ne = e;
        if (!(zh_name(p, s, e, &ne) || ne == e))
            return 1;
        if (!(names_source_last(m, p, s, ne, id, sizeof id, &head, &tail) && !head && tail &&
              credit_zh_sub_body(p, ne - tail, ne) && ne - s < cap))
            return 1;
        memcpy(out, p + s, ne - s);
        out[ne - s] = '\0';
        return 1;
    }
    /* a name in quotes after what it is, "数据中心营运商「华数云」": the name */
    size_t qs = quoted_tail(p, s, e);
    if (qs && e - 3 - qs >= 6 && e - 3 - qs < cap) {
        memcpy(out, p + qs, e - 3 - qs);
        out[e - 3 - qs] = '\0';
        return 1;
    }
    /* the government of the text's place, "政府估计" (a Hong Kong paper's
     * 政府, 港府): as written */
    if ((e - s == 6 && (mark_at(p, s, e, "政府") || mark_at(p, s, e, "港府") || mark_at(p, s, e, "当局"))) &&
        e - s < cap) {
        memcpy(out, p + s, e - s);
        out[e - s] = '\0';
        return 1;
    }
    /* a person named short, "波万孔部长", "欧瓦洛": as the text introduced them */
    if (speakers_named(m, p, s, e, out, cap))
        return 1;
    /* (a teller who writes reports, named short: "摩根士丹利在研报中估计") */
    int bare = reporter && e - s >= 6 && e - s <= 24;
    for (size_t i = s; bare && i < e; i += 3)
        bare = utf8_han_at(p, i, e);
    if (bare)
        ne = e;
    else if (!zh_name(p, s, e, &ne))
        return 0;
    if (ne - s >= cap)
        return 0;
    memcpy(out, p + s, ne - s);
    out[ne - s] = '\0';
    /* an acronym metrics.csv knows by its Chinese name: "据IDC统计" */
    const char *id = m && (unsigned char)out[0] < 0x80 ? metrics_source_titled(m, out) : NULL;
    if (id)
        strcut(out, cap, id);
    return 1;
}

int credit_zh_take(const Metrics *m, const char *p, size_t s, size_t e, char *out, size_t cap)
{
    return take(m, p, s, e, out, cap);
}

/* ---- where a credit stands ---- */

/* The last words of a body's name that may follow a word of counting
 * (统计局, 数据局, 监测中心, 调查队). */
static const Phrase name_ends[] = {W("局"), W("署"), W("中心"), W("院"), W("所"), W("司"), W("处"), W("队"),
                                   W("公司"), W("机构"), {NULL, 0}};

/* What follows a name after 据: 据X统计, 据X发布的数据, 据X了解. */
static const Phrase after_ju[] = {
    W("初步测算"), W("统计"), W("显示"), W("测算"), W("估算"), W("介绍"), W("报道"), W("消息"), W("数据"), W("调查"),
    W("监测"), W("披露"), W("了解"), W("预测"), W("估计"), W("分析"), W("通报"), W("称"), W("表示"), W("指出"),
    W("反馈"), W("透露"),
    /* Taiwan's and Hong Kong's words (hanfold.h): 資料 data, 報導 reported */
    W("资料"), W("报导"), {NULL, 0},
};
/* The verbs of telling after a name opening a clause. */
static const Phrase says[] = {
    W("数据显示"), W("数据表明"), W("统计表明"), W("统计显示"), W("调查显示"), W("报告显示"), W("监测显示"),
    W("研究显示"), W("测算显示"),
    /* a study's findings: "麦肯锡全球研究院研究发现" */
    W("研究发现"), W("调查发现"), W("研究表明"), W("调查表明"), W("研究认为"), W("分析认为"), W("分析指出"),
    W("报告指出"), W("显示"), W("表明"), W("表示"), W("介绍"), W("指出"), W("估计"), W("预计"),
    W("认为"), W("透露"), W("披露"), W("强调"), W("坦言"), W("预测"), W("资料显示"), W("调查指出"),
    /* a company's own filings: "拼多多（PDD）财报显示" */
    W("财报显示"), W("年报显示"), W("公告显示"),
    /* whose measure or word it is: "公安部口径是…", "工信部的说法是…" (的
     * trimmed off the name) */
    W("口径是"), W("说法是"),
    /* speech's word for a body's figure: "ITU的数是百分之四十出头" */
    W("的数是"),
    /* a body counting what it records: "国家信息安全漏洞共享平台（CNVD）全年
     * 收录安全漏洞2.28万个", "CNCERT捕获…样本" */
    W("收录"), W("捕获"), W("监测到"), W("监测发现"), {NULL, 0},
};
/* Verbs that credit only before a comma or colon ("老挝中国总商会统计，";
 * 统计局, 称为 and 说明 are other words). */
static const Phrase says_then_comma[] = {
    W("统计"), W("称"), W("说法是"), W("说"), W("介绍说"), W("表示说"), W("公布"), W("宣布"), W("测算"), W("估算"),
    /* a listed company's filing: "中科云擎（301386）6月10日晚间公告，" */
    W("公告"),
    /* speech's word for data: "海关总署年初发的数，" */
    W("发的数"), W("公布的数"), W("的数"), W("数据"), {NULL, 0},
};

/* The first characters of the cues above, as a filter: cue_first[b - 0xE4]
 * has bit (c - 0x80) for a word opening with bytes b, c (a Han character's
 * first two). Made once (pthread_once). */
static uint64_t cue_first[6];
static pthread_once_t cue_once = PTHREAD_ONCE_INIT;

static void cue_index(void)
{
    static const Phrase *const lists[] = {after_ju, says, says_then_comma, NULL};
    for (int l = 0; lists[l]; l++)
        for (int k = 0; lists[l][k].s; k++) {
            unsigned char b = (unsigned char)lists[l][k].s[0], c = (unsigned char)lists[l][k].s[1];
            if (b >= 0xE4 && b <= 0xE9 && utf8_is_cont(c))
                cue_first[b - 0xE4] |= 1ull << (c - 0x80);
        }
}

/* May a cue open at p[k] (a Han character)? */
static int may_cue(const char *p, size_t k)
{
    unsigned char b = (unsigned char)p[k], c = (unsigned char)p[k + 1];
    return (cue_first[b - 0xE4] >> (c & 0x3F)) & 1;
}

/* Does a reporter's byline in brackets end just before p[i], a news
 * dateline's "（记者 周晓航）" ("证券时报·e公司讯（记者 周晓航）中科云擎…公告")? */
static int byline_before(const char *p, size_t ss, size_t i)
{
    if (!(i >= ss + 9 && mark_at(p, i - 3, i, "）")))
        return 0;
    for (size_t k = i - 6; k >= ss && i - k < 60; k--) {
        if (mark_at(p, k, i, "（"))
            return mark_at(p, k + 3, i, "记者");
        if (k == ss)
            break;
    }
    return 0;
}

/* Does a clause open at p[i]: the sentence's start, or after ，；：】, a
 * blank or a byline? */
static int clause_start(const char *p, size_t ss, size_t i)
{
    /* (also after a run-in head in brackets, "【外汇储备】据…", and after
     * the blank that ends a dateline, "中新网5月29日电 据…") */
    return i == ss || (i > ss && p[i - 1] == ' ') ||
           (i >= ss + 3 && (mark_at(p, i - 3, i, "，") || mark_at(p, i - 3, i, "；") || mark_at(p, i - 3, i, "：") ||
                            mark_at(p, i - 3, i, "】") || mark_at(p, i - 3, i, "\xE3\x80\x80"))) ||
           byline_before(p, ss, i);
}

/* Does 据 at p[i] mean "according to": opening a clause, in 根据 or
 * 依据, or after a connective (另据, 而据)? Not in 数据, 占据, 证据. */
static int ju_at(const char *p, size_t ss, size_t i)
{
    static const Phrase before[] = {
        W("根"), W("依"), W("另"), W("又"), W("但"), W("而"), W("并"), W("还"), W("也"), W("再"), W("“"), {NULL, 0},
    };
    if (!mark_at(p, i, i + 3, "据"))
        return 0;
    if (clause_start(p, ss, i))
        return 1;
    return i >= ss + 3 && ends(p, i - 3, i, before);
}

/* Is p[s, e), between 据 and its verb, only how a count was made
 * ("不完全", "初步"), no teller at all? */
static int impersonal(const char *p, size_t s, size_t e)
{
    static const Phrase how[] = {W("不完全"), W("初步"), W("粗略"), W("有关"), W("相关"), W("最新"), W("抽样"),
                                 {NULL, 0}};
    while (s < e) {
        size_t l = opens(p, s, e, how);
        if (!l)
            return 0;
        s += l;
    }
    return 1;
}

/* "据仲量联行测算，": a body known by a name of its own, not by what it
 * is (no 公司 or 局 at its end), counting the figures. The teller p[s,
 * cue_s) before the verb of counting p[cue_s, cue_e) is a name when it
 * is two to eight Han characters, is no role ("项目承建方", "业内人士"),
 * points to no one the text named before ("该公司", "有关方面") and is
 * no way of counting ("不完全"); the verb counts (测算, 统计, 数据), it
 * does not tell (介绍, 了解). 1 and the name in out, or 0. */
static int counted_by_name(const char *p, size_t s, size_t cue_s, size_t cue_e, char *out, size_t cap)
{
    static const Phrase counting[] = {W("测算"), W("估算"), W("统计"), W("数据"), W("调查"), W("监测"),
                                      W("预测"), W("估计"), {NULL, 0}};
    static const Phrase roles_end[] = {W("方"), W("人士"), W("人员"), W("者"), W("人"), W("媒体"), W("公司"),
                                       W("部门"), W("机构"), W("企业"), W("方面"), W("官方"), {NULL, 0}};
    static const Phrase pointing[] = {W("该"), W("有关"), W("相关"), W("业内"), W("当地"), W("官方"), W("本"),
                                      W("其"), W("我"), {NULL, 0}};
    if (cue_s < s + 6 || cue_s > s + 24 || opens(p, cue_s, cue_e, counting) != cue_e - cue_s)
        return 0;
    for (size_t i = s; i < cue_s; i += 3)
        if (!utf8_han_at(p, i, cue_s))
            return 0;
    if (ends(p, s, cue_s, roles_end) || opens(p, s, cue_s, pointing) || impersonal(p, s, cue_s) ||
        cue_s - s >= cap)
        return 0;
    memcpy(out, p + s, cue_s - s);
    out[cue_s - s] = '\0';
    return 1;
}

/* Does a report's title end just before p[k] (after p[s]): "》", or
 * "》" and its other name in brackets, "《…》（e-Conomy SEA）"? */
static int title_before(const char *p, size_t s, size_t k)
{
    if (k >= s + 3 && mark_at(p, k - 3, k, "》"))
        return 1;
    if (!(k >= s + 9 && mark_at(p, k - 3, k, "）")))
        return 0;
    for (size_t i = k - 6; i > s && k - i < 80; i--)
        if (mark_at(p, i, k, "（"))
            return i >= s + 3 && mark_at(p, i - 3, i, "》");
    return 0;
}

/* The credit after 据 at p[i]: the name up to what it tells; 2 when a
 * teller is named but is no body or person ("据项目承建方介绍，": someone
 * unnamed, out empty), 3 when the count names no teller at all ("据不完全
 * 统计，": whoever tells it, the speaker of a press conference's turn).
 * Not 据统计 or 据介绍, which name no teller (the one the text spoke of
 * before). Where it ends in *end. */
static int after_ju_name(const Metrics *m, const char *p, size_t i, size_t se, char *out, size_t cap, size_t *end)
{
    size_t s = i + 3, cue_s = 0, cue_e = 0;
    /* (据我们统计, 据我了解: the first person, the publisher's or the
     * speaker's own, voice.h; no one else named) */
    if (mark_at(p, s, se, "我"))
        return 0;
    for (size_t k = s; k < se && k - s < 150;) {
        size_t cl = k > s && utf8_han_at(p, k, se) && may_cue(p, k) ? opens(p, k, se, after_ju) : 0;
        /* (a cue that a body's last word follows is in its name: 国家统计局,
         * 国家数据局, 监测中心) */
        if (cl && opens(p, k + cl, se, name_ends))
            cl = 0;
        if (cl && take(m, p, s, k, out, cap)) {
            *end = k + cl;
            return 1;
        }
        if (cl)
            cue_s = k, cue_e = k + cl;
        /* "根据国际电信联盟发布的《2023年事实与数据》，": a report's title
         * then the clause's end */
        if (k > s && mark_at(p, k, se, "，") && title_before(p, s, k))
            return *end = k, take(m, p, s, k, out, cap) || credit_zh_publishers(p, s, k, out, cap);
        size_t l = name_piece(p, k, se);
        /* "据中国卫星导航系统管理办公室，": a body's name alone before the
         * comma */
        if (!l && k > s && cue_e != k && mark_at(p, k, se, "，") && take(m, p, s, k, out, cap)) {
            *end = k;
            return 1;
        }
        if (!l) {
            if (cue_e == k && cue_s > s && mark_at(p, k, se, "，")) {
                *end = k;
                if (counted_by_name(p, s, cue_s, cue_e, out, cap))
                    return 1;
                out[0] = '\0';
                return impersonal(p, s, cue_s) ? 3 : 2;
            }
            break;
        }
        k += l;
    }
    return 0;
}

/* The digits of an outlet's name spoken to, "在接受36氪采访时",
 * "对21世纪经济报道记者" (the setting is trimmed off the name after): the
 * length of the digits at p[k] after 接受, 对 or 向, or 0. */
static size_t outlet_digits(const char *p, size_t c, size_t k, size_t se)
{
    static const Phrase spoken_to[] = {W("接受"), W("对"), W("向"), {NULL, 0}};
    size_t d = k;
    while (d < se && p[d] >= '0' && p[d] <= '9')
        d++;
    return d > k && utf8_han_at(p, d, se) && ends(p, c, k, spoken_to) ? d - k : 0;
}

/* "谷歌、淡马锡和贝恩联合发布的《e-Conomy SEA 2023》显示": who published the
 * report whose title stands before the verb are its tellers, whatever
 * their names (no body's word needed): the names before (联合)发布的《,
 * as written. 1 and out, or 0. */
int credit_zh_publishers(const char *p, size_t s, size_t e, char *out, size_t cap)
{
    /* (or a list of names owning the title: "谷歌、淡马锡、贝恩的《e-Conomy
     * SEA 2024》说") */
    static const char *const how[] = {"联合发布的《", "共同发布的《", "发布的《", "的《", NULL};
    for (size_t k = s; k < e; k++)
        for (int h = 0; how[h]; h++) {
            size_t l = strlen(how[h]);
            if (k + l > e || memcmp(p + k, how[h], l))
                continue;
            /* (names of Han characters or Latin words, joined by 、和与及;
             * not when or where an event published it, "论坛同期发布的《",
             * "大会期间发布的《") */
            static const Phrase when[] = {W("同期"), W("期间"), W("当天"), W("现场"), W("会上"), W("上"),
                                          {NULL, 0}};
            if (k - s < 6 || k - s >= cap || k - s > 60 || ends(p, s, k, when))
                return 0;
            if (h == 3 && !tf_find(p + s, k - s, "、", 3))
                return 0;
            for (size_t j = s; j < k;) {
                if (utf8_han_at(p, j, k))
                    j += 3;
                else if (ascii_isalpha(p[j]) || p[j] == ' ' || p[j] == '&')
                    j++;
                else if (mark_at(p, j, k, "、"))
                    j += 3;
                else
                    return 0;
            }
            memcpy(out, p + s, k - s);
            out[k - s] = '\0';
            return 1;
        }
    return 0;
}

/* "公安部说去年全国破获…", "中国电信宣布启动二期扩容": 说 or 宣布 at p[k]
 * with no comma after it credits a body named before it by its last word
 * (部, 局, 署, 中心, 公司...):
 * not 说明, 说法, 说服, nor "这是商务部说的" (zhsaid.h). */
static int body_says(const Metrics *m, const char *p, size_t c, size_t k, size_t se)
{
    static const Phrase not_said[] = {W("说明"), W("说法"), W("说服"), W("说的"), {NULL, 0}};
    static const Phrase body_ends[] = {W("部"), W("局"), W("署"), W("委"), W("中心"), W("院"), W("协会"),
                                       W("公司"), W("集团"), W("银行"), W("政府"), W("电信"), W("云"),
                                       {NULL, 0}};
    if (!(mark_at(p, k, se, "宣布") || (mark_at(p, k, se, "说") && !opens(p, k, se, not_said))))
        return 0;
    /* (when it said it stands between: "腾讯云去年宣布") */
    size_t e = k, x;
    while ((x = ends(p, c, e, adverbs)) && e - x > c)
        e -= x;
    if ((x = date_tail(p, c, e)) < e)
        e = x;
    /* (or its report: "ITU去年底的报告说") */
    static const Phrase reports[] = {W("的报告"), W("的数据"), W("报告"), {NULL, 0}};
    if ((x = ends(p, c, e, reports)) && e - x > c) {
        e -= x;
        while ((x = ends(p, c, e, adverbs)) && e - x > c)
            e -= x;
        if ((x = date_tail(p, c, e)) < e)
            e = x;
    }
    if (e >= c + 6 && ends(p, c, e, body_ends))
        return 1;
    /* an acronym ("ITU"), or a body metrics.csv knows ("华为自己说") */
    int caps = e >= c + 2;
    for (size_t i = c; caps && i < e; i++)
        caps = p[i] >= 'A' && p[i] <= 'Z';
    char id[128];
    return caps || (m && e >= c + 6 && names_source_opening(m, p, c, e, id, sizeof id));
}

/* A filing's words opening a clause with no name before them ("公告显示，",
 * "财报显示，"): the filing the text spoke of, its filer's (filer.h). */
static const Phrase filing_says[] = {W("公告显示"), W("财报显示"), W("年报显示"), W("公告称"), W("财报称"),
                                     {NULL, 0}};

/* The credit opening the clause at p[c]: the name up to a verb of
 * telling. */
static int clause_name(const Metrics *m, const char *p, size_t c, size_t se, char *out, size_t cap, size_t *end)
{
    size_t f = opens(p, c, se, filing_says);
    if (f) {
        out[0] = '\0';
        *end = c + f;
        return 4;
    }
    for (size_t k = c; k < se && k - c < 180;) {
        if (k > c && utf8_han_at(p, k, se) && may_cue(p, k)) {
            size_t l = opens(p, k, se, says);
            if (!l) {
                l = opens(p, k, se, says_then_comma);
                if (l && !(mark_at(p, k + l, se, "，") || mark_at(p, k + l, se, "：")) &&
                    !((l == 3 || l == 6) && body_says(m, p, c, k, se)))
                    l = 0;
            }
            if (l && (take(m, p, c, k, out, cap) || credit_zh_publishers(p, c, k, out, cap))) {
                *end = k + l;
                return 1;
            }
            /* (a report's title before the verb and no teller named before
             * it, "论坛同期发布的《…》显示": the report's, zhreport.h) */
            if (l && title_before(p, c, k)) {
                out[0] = '\0';
                *end = k + l;
                return 6;
            }
        }
        size_t l = name_piece(p, k, se);
        /* "CNNIC第53次《中国互联网络发展状况统计报告》：": a body's report
         * cited before a colon */
        if (l > 3 && k > c && mark_at(p, k, se, "《") && mark_at(p, k + l, se, "：") &&
            take(m, p, c, k + l, out, cap)) {
            *end = k + l + 3;
            return 1;
        }
        if (!l && k > c)
            l = date_piece(p, k, se);
        if (!l && k > c)
            l = edition_piece(p, c, k, se);
        if (!l && k > c)
            l = outlet_digits(p, c, k, se);
        if (!l)
            break;
        k += l;
    }
    return 0;
}

/* "记者从工业和信息化部获悉": the name between 从 at p[i] and 获悉. */
static int from_name(const Metrics *m, const char *p, size_t i, size_t se, char *out, size_t cap, size_t *end)
{
    static const Phrase learnt[] = {W("获悉"), W("了解到"), W("得知"), {NULL, 0}};
    size_t s = i + 3;
    for (size_t k = s; k < se && k - s < 120;) {
        size_t l = k > s ? opens(p, k, se, learnt) : 0;
        if (l) {
            *end = k + l;
            return take(m, p, s, k, out, cap);
        }
        l = name_piece(p, k, se);
        if (!l)
            break;
        k += l;
    }
    return 0;
}

static int clause_mark(const char *p, size_t i, size_t e);

/* "按国际电信联盟（ITU）口径，": the body whose measure a figure follows,
 * between 按 (按照, 依照) at p[i] and 口径, less 的 and 统计 ("按ITU的统计
 * 口径"); or whose word it takes, "按联合国贸发会议的说法，". */
static int basis_name(const Metrics *m, const char *p, size_t i, size_t se, char *out, size_t cap, size_t *end)
{
    static const Phrase by[] = {W("按照"), W("依照"), W("按"), {NULL, 0}};
    static const Phrase tail[] = {W("的统计"), W("统计"), W("的"), W("今年"), W("去年"), W("最新"), W("官方"),
                                  {NULL, 0}};
    /* (its count or its figures, closing the clause: "按TeleGeography今年
     * 的统计，") */
    static const Phrase counts[] = {W("的统计"), W("的数据"), W("的测算"), W("的估算"), W("的预测"), {NULL, 0}};
    size_t s = i + opens(p, i, se, by);
    for (size_t k = s; k < se && k - s < 150;) {
        /* (or its word: "按联合国贸发会议的说法，") */
        size_t w = mark_at(p, k, se, "口径") ? 6 : mark_at(p, k, se, "的说法") ? 9 : 0, c = 0;
        if (!w && (c = opens(p, k, se, counts)) && clause_mark(p, k + c, se))
            w = c;
        if (k > s && w) {
            size_t e = k, x;
            while ((x = ends(p, s, e, tail)) && e - x > s)
                e -= x;
            *end = k + w;
            if (take(m, p, s, e, out, cap))
                return 1;
            /* (whose word or count it is names a teller: a name of its
             * own, "按华海通信官方的说法", "按TeleGeography的统计") */
            if (!(c || mark_at(p, k, se, "的说法")) || e - s >= cap || e - s < 4 || e - s > 36)
                return 0;
            for (size_t j = s; j < e; j += utf8_han_at(p, j, e) ? 3 : 1)
                if (!utf8_han_at(p, j, e) && !ascii_isalpha(p[j]) && p[j] != ' ' && p[j] != '-')
                    return 0;
            memcpy(out, p + s, e - s);
            out[e - s] = '\0';
            return 1;
        }
        size_t l = name_piece(p, k, se);
        if (!l)
            break;
        k += l;
    }
    return 0;
}

/* Is p[i] a comma, semicolon or colon (full-width), after which a clause
 * opens? */
static int clause_mark(const char *p, size_t i, size_t e)
{
    return i + 3 <= e && (unsigned char)p[i] == 0xEF && (unsigned char)p[i + 1] == 0xBC &&
           ((unsigned char)p[i + 2] == 0x8C || (unsigned char)p[i + 2] == 0x9B || (unsigned char)p[i + 2] == 0x9A);
}

/* "（戴德梁行数据）", "（同样来自e-Conomy SEA报告）", "（来源：IDC）": a body in
 * brackets after the figures it credits, with a word saying it gives them
 * (来自, 来源, 引自, 据) or what it gave (数据, 统计, 报告, 测算) — not
 * an acronym's or a remark's brackets. Its name into out and *end past
 * the bracket; 1, or 0. */
static int bracket_after(const Metrics *m, const char *p, size_t i, size_t se, char *out, size_t cap, size_t *end)
{
    static const Phrase also[] = {W("同样"), W("也"), W("均"), W("都"), W("亦"), {NULL, 0}};
    static const Phrase from[] = {W("数据来源："), W("资料来源："), W("来源："), W("来源于"), W("来自"), W("源自"),
                                  W("引自"), W("据"), {NULL, 0}};
    static const Phrase gave[] = {W("的数据"), W("的统计"), W("的报告"), W("数据"), W("统计"), W("报告"),
                                  W("测算"), W("估算"), W("预测"), W("调查"), {NULL, 0}};
    if (!mark_at(p, i, se, "（"))
        return 0;
    size_t s = i + 3, e = s;
    while (e < se && e - s < 3 * 30 && !mark_at(p, e, se, "）") && !mark_at(p, e, se, "。") && p[e] != '\n')
        e++;
    if (!mark_at(p, e, se, "）"))
        return 0;
    size_t x;
    while ((x = opens(p, s, e, also)))
        s += x;
    int said = 0;
    if ((x = opens(p, s, e, from)))
        s += x, said = 1;
    if ((x = ends(p, s, e, gave)) && e - x > s)
        e -= x, said = 1;
    if (!said || e <= s)
        return 0;
    /* (a name of its own: "戴德梁行", "e-Conomy SEA"; not a pointer, "该机构",
     * nor what the figures cover, "不含港澳台数据", "初步统计") */
    static const Phrase no_name[] = {W("不"), W("含"), W("按"), W("以"), W("为"), W("指"), W("包括"), W("扣除"),
                                     W("其中"), W("未"), W("除"), W("全"), W("当"), W("同比"), W("初步"), W("快报"),
                                     W("预计"), W("本"), W("其"), W("上述"), W("以上"), {NULL, 0}};
    if (!take(m, p, s, e, out, cap)) {
        size_t han = 0, caps = 0, other = 0;
        for (size_t j = s; j < e;)
            if (utf8_han_at(p, j, e))
                han++, j += 3;
            else
                caps += p[j] >= 'A' && p[j] <= 'Z', other += !(ascii_isalpha(p[j]) || p[j] == ' ' || p[j] == '-'), j++;
        if (other || e - s >= cap || (han && caps) || !(caps || (han >= 2 && han <= 8)) ||
            opens(p, s, e, pointers) || opens(p, s, e, no_name))
            return 0;
        memcpy(out, p + s, e - s);
        out[e - s] = '\0';
    }
    *end = e;
    while (*end < se && !mark_at(p, *end, se, "）"))
        (*end)++;
    *end += 3;
    return 1;
}

/* Is the name someone not named: "有学者", "有专家", "有研究机构", "一些分析
 *人士", "不少媒体" (some scholars, some experts)? */
static int some_unnamed(const char *name)
{
    static const char *const some[] = {"有", "一些", "部分", "不少", "多位", "多家", "个别", NULL};
    static const char *const who[] = {"学者", "专家", "研究", "机构", "分析", "媒体", "报道", "人士", "业内",
                                      "观点", "评论", "智库", NULL};
    for (int k = 0; some[k]; k++) {
        size_t l = strlen(some[k]);
        if (strncmp(name, some[k], l))
            continue;
        for (int w = 0; who[w]; w++)
            if (!strncmp(name + l, who[w], strlen(who[w])))
                return 1;
    }
    return 0;
}

/* The credit opening at doc[i) (first: where the sentence's text
 * starts; opens_clause: a clause opens at i) into k, its kind returned
 * (0: none opens there). The patterns, first that fits:
 *   据 NAME, then what it tells           "据商务部统计"      after_ju_name
 *   者从 NAME 获悉                         "记者从工信部获悉"   from_name
 *   (a clause) 按|依照 NAME 口径|的说法    "按ITU口径"         basis_name
 *   (a clause) NAME, then a verb of telling "商务部表示"       clause_name
 *   这 ... NAME ... (after its figures)    "这是商务部说的"     zhsaid_after */
static int credit_at(const Metrics *m, const char *doc, size_t first, size_t i, size_t se, int opens_clause,
                     ZhCredit *k)
{
    int r = 0;
    /* "…4.5吉瓦（戴德梁行数据）": the figures before it */
    if (mark_at(doc, i, se, "（")) {
        k->after = 1;
        return bracket_after(m, doc, i, se, k->name, sizeof k->name, &k->end);
    }
    int ju = ju_at(doc, first, i);
    /* "她认为，", "据其团队测算，": a pronoun, the person named before */
    if ((opens_clause || ju) && zhpronoun_teller(doc, i, se, &k->end))
        return k->name[0] = '\0', k->after = 0, 5;
    /* "报告显示，", "根据报告引用的估算，": the report named before (zhreport.h) */
    if ((opens_clause && zhreport_teller(doc, i, se, &k->end)) || (ju && zhreport_after_ju(doc, i + 3, se, &k->end)))
        return k->name[0] = '\0', k->after = 0, 6;
    /* "报告由国家信息中心牵头编制，": its maker; "由表3-1可知，": the table's note (zhtabref.h);
     * "工信部：前10月…": a headline's teller (zhheadline.h) */
    size_t ns, ne;
    if ((opens_clause || ju) && zhtabref_at(doc, i, se, &ns, &ne, &k->end))
        return k->after = 0, zhtabref_source(m, doc, ns, ne, k->name, sizeof k->name);
    if (i == first && zhheadline_credit(m, doc, i, se, k->name, sizeof k->name, &k->end))
        return k->after = 0, 1;
    if (opens_clause && zhreport_made_by(doc, i, se, &ns, &ne, &k->end) &&
        take(m, doc, ns, ne, k->name, sizeof k->name))
        return k->after = 0, 1;
    if (ju)
        r = after_ju_name(m, doc, i, se, k->name, sizeof k->name, &k->end);
    else if (mark_at(doc, i, se, "从") && i >= first + 3 && mark_at(doc, i - 3, i, "者"))
        r = from_name(m, doc, i, se, k->name, sizeof k->name, &k->end);
    /* (a clause opening with 按 states the basis of a conversion,
     * "按中国人民银行公布的汇率中间价折算": the rate's publisher
     * tells no figure of the sentence; unless it is a body's
     * measure, "按国际电信联盟（ITU）口径") */
    else if (opens_clause && (mark_at(doc, i, se, "按") || mark_at(doc, i, se, "依照")))
        r = basis_name(m, doc, i, se, k->name, sizeof k->name, &k->end);
    else if (opens_clause)
        r = clause_name(m, doc, i, se, k->name, sizeof k->name, &k->end);
    /* ("有学者测算，", "一些分析人士认为": a teller the text does not name) */
    if (r == 1 && some_unnamed(k->name))
        k->name[0] = '\0', r = 2;
    k->after = 0;
    if (!r && mark_at(doc, i, se, "这") && zhsaid_after(doc, i, se, &ns, &ne, &k->end) &&
        take(m, doc, ns, ne, k->name, sizeof k->name))
        r = 1, k->after = 1;
    return r;
}

/* A list item's mark opening a sentence ("1、", "2.", "3）", a keycap
 * emoji "2️⃣", "●"): its length at p[i], blanks after it too, or 0. */
static size_t list_mark(const char *p, size_t i, size_t se)
{
    static const char *const after_digits[] = {"、", "\xEF\xB8\x8F\xE2\x83\xA3" /* keycap */, "）", "．", ".", ")",
                                               NULL};
    static const char *const bullets[] = {"●", "•", "■", "◆", "▲", "★", "▶", "【", NULL};
    size_t k = i, l = 0;
    while (k < se && k - i < 2 && p[k] >= '0' && p[k] <= '9')
        k++;
    for (int b = 0; k > i && after_digits[b] && !l; b++)
        if (bytes_at(p, k, se, after_digits[b], strlen(after_digits[b])) &&
            !(after_digits[b][0] == '.' && k + 1 < se && p[k + 1] >= '0' && p[k + 1] <= '9'))
            l = k + strlen(after_digits[b]) - i;
    for (int b = 0; k == i && bullets[b] && !l; b++)
        if (bytes_at(p, i, se, bullets[b], strlen(bullets[b])))
            l = strlen(bullets[b]);
    while (l && i + l < se && p[i + l] == ' ')
        l++;
    return l;
}

void credit_zh_read(const Metrics *m, const char *doc, size_t ss, size_t se, ZhCredits *cr)
{
    cr->n = 0;
    pthread_once(&cue_once, cue_index);
    /* (blanks and the ideographic spaces that indent a paragraph) */
    size_t first = ss;
    while (first < se && (doc[first] == ' ' || doc[first] == '\n' || mark_at(doc, first, se, "\xE3\x80\x80")))
        first += doc[first] == ' ' || doc[first] == '\n' ? 1 : 3;
    first += list_mark(doc, first, se);
    /* each 据, 从 and clause start, a character at a time (ASCII, all of
     * an English text, costs a compare) */
    int opens_clause = 1;
    for (size_t i = first; i < se && cr->n < CREDIT_ZH_MAX;) {
        unsigned char b = (unsigned char)doc[i];
        size_t step = utf8_len(doc + i, se - i);
        if (utf8_han_at(doc, i, se) || (opens_clause && ascii_isalpha(doc[i])) ||
            (b == 0xEF && mark_at(doc, i, se, "（"))) {
            ZhCredit *k = &cr->v[cr->n];
            int r = credit_at(m, doc, first, i, se, opens_clause, k);
            if (r) {
                k->start = i;
                k->kind = r;
                cr->n++;
            }
        }
        /* (a clause opens after a comma, semicolon or colon, after a
         * dash, "——按联合国贸发会议的说法，", and after a byline) */
        opens_clause = clause_mark(doc, i, se) || (i >= first + 3 && mark_at(doc, i - 3, se, "——")) ||
                       (step == 3 && i + 3 <= se && byline_before(doc, first, i + 3));
        i += step;
    }
}

int credit_zh_before(const ZhCredits *cr, size_t at, char *out, size_t cap)
{
    /* the last credit before the claim wins */
    const ZhCredit *best = NULL;
    for (size_t k = 0; k < cr->n; k++)
        if (cr->v[k].end <= at && !cr->v[k].after)
            best = &cr->v[k];
    /* (one given after its figures, "……这是商务部说的", is theirs) */
    for (size_t k = 0; k < cr->n; k++)
        if (cr->v[k].after && cr->v[k].start >= at) {
            best = &cr->v[k];
            break;
        }
    if (!best)
        return 0;
    /* (a count naming no teller told by the sentence's teller before it) */
    for (const ZhCredit *t = best; best->kind == 3 && t-- > cr->v;)
        if (t->kind == 1 || t->kind >= 5) {
            best = t;
            break;
        }
    strcut(out, cap, best->name);
    return best->kind;
}

int credit_zh_seat(const ZhCredits *cr, const char *doc, size_t s, size_t e)
{
    static const Phrase seats[] = {
        W("智库"), W("研究所"), W("研究院"), W("研究中心"), W("研究室"), W("实验室"), W("大学"), W("学院"),
        W("协会"), W("学会"), W("基金会"), W("咨询"), W("研究机构"), W("媒体"), W("杂志"), W("通讯社"),
        W("电视台"), W("日报"), W("时报"), {NULL, 0},
    };
    for (size_t k = 0; k < cr->n; k++) {
        const ZhCredit *c = &cr->v[k];
        if (c->kind != 1 || s < c->start || e > c->end)
            continue;
        for (size_t i = e; i < c->end; i++)
            if (opens(doc, i, c->end, seats))
                return 1;
    }
    return 0;
}

int credit_zh_rate_basis(const Metrics *m, const char *doc, size_t ss, size_t se, const char *source)
{
    static const Phrase basis[] = {W("按照"), W("依照"), W("按"), {NULL, 0}};
    int in_basis = 0, elsewhere = 0;
    for (size_t cs = ss; cs < se;) {
        size_t ce = cs;
        while (ce < se && !clause_mark(doc, ce, se) && !mark_at(doc, ce, se, "。"))
            ce++;
        char id[128];
        if (names_known_source(m, doc, cs, ce, id, sizeof id) && !strcmp(id, source)) {
            size_t t = cs;
            while (t < ce && (doc[t] == ' ' || doc[t] == '\n'))
                t++;
            if (opens(doc, t, ce, basis) && !tf_find(doc + t, ce - t, "口径", 6))
                in_basis = 1;
            else
                elsewhere = 1;
        }
        cs = ce < se ? ce + 3 : se;
    }
    return in_basis && !elsewhere;
}
