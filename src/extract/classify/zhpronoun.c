/* zhpronoun.c — a Chinese teller named by a pronoun (see zhpronoun.h). */
#include "zhpronoun.h"

#include <string.h>

#include "credit_zh.h"
#include "diag.h"
#include "lexicon.h"
#include "textserial.h"
#include "utf8.h"

#define W(lit) PHRASE(lit)

/* The first of words that p[i, e) opens with: its length, or 0. */
static size_t opens(const char *p, size_t i, size_t e, const Phrase *words)
{
    for (int k = 0; words[k].s; k++)
        if (i + words[k].n <= e && p[i] == words[k].s[0] && !memcmp(p + i, words[k].s, words[k].n))
            return words[k].n;
    return 0;
}

/* The verbs a pronoun tells with (after 据 too: 据她介绍, 据其测算). */
static const Phrase verbs[] = {
    W("介绍"), W("表示"), W("指出"), W("认为"), W("透露"), W("强调"), W("坦言"), W("估计"), W("预计"),
    W("测算"), W("估算"), W("统计"), W("预测"), W("分析"), W("提到"), W("谈到"), W("补充"), W("称"),
    W("说"), W("了解"), {NULL, 0},
};

/* What may stand between the pronoun and its verb: whose team, an
 * adverb ("她还指出", "他进一步表示"). */
static const Phrase between[] = {
    W("团队"), W("课题组"), W("进一步"), W("同时"), W("随后"), W("此前"), W("当时"), W("还"), W("也"),
    W("则"), W("曾"), W("更"), W("特别"), W("并"), {NULL, 0},
};

/* "在发言中", "在接受采访时", "在会上": where it was said, its length at
 * p[i], or 0. */
static size_t setting(const char *p, size_t i, size_t se)
{
    if (!(i + 3 <= se && !memcmp(p + i, "在", 3)))
        return 0;
    for (size_t k = i + 3; utf8_han_at(p, k, se) && k - i <= 3 * 10; k += 3)
        if (!memcmp(p + k, "中", 3) || !memcmp(p + k, "时", 3) || !memcmp(p + k, "上", 3))
            return k + 3 - i;
    return 0;
}

int zhpronoun_teller(const char *p, size_t i, size_t se, size_t *end)
{
    /* (据, 他 and 她 open with E6 or E4 E5: most clauses are told apart
     * by their first byte) */
    if (i >= se || ((unsigned char)p[i] != 0xE6 && (unsigned char)p[i] != 0xE4 && (unsigned char)p[i] != 0xE5))
        return 0;
    size_t k = i;
    int ju = k + 3 <= se && !memcmp(p + k, "据", 3);
    if (ju)
        k += 3;
    if (k + 3 <= se && (!memcmp(p + k, "他", 3) || !memcmp(p + k, "她", 3)))
        k += 3;
    else if (ju && k + 3 <= se && !memcmp(p + k, "其", 3))
        k += 3;
    else
        return 0;
    /* (no one person: 他们, 她们, 他人, 其他, 其中, 其余) */
    if (k + 3 <= se && (!memcmp(p + k, "们", 3) || !memcmp(p + k, "人", 3) || !memcmp(p + k, "他", 3) ||
                        !memcmp(p + k, "中", 3) || !memcmp(p + k, "余", 3) || !memcmp(p + k, "国", 3)))
        return 0;
    for (int steps = 0; steps < 4 && k < se; steps++) {
        size_t l = opens(p, k, se, verbs);
        if (l) {
            *end = k + l;
            return 1;
        }
        l = opens(p, k, se, between);
        if (!l)
            l = setting(p, k, se);
        if (!l)
            return 0;
        k += l;
    }
    return 0;
}

/* The titles a person is introduced with (the longer first where one
 * ends another: "副院长" before "院长"). */
static const Phrase titles[] = {
    W("首席经济学家"), W("首席执行官"), W("新闻发言人"), W("副研究员"), W("研究员"), W("副教授"), W("教授"),
    W("博士"), W("高级专家"), W("专家"), W("学者"), W("分析师"), W("经济学家"), W("顾问"), W("负责人"),
    W("发言人"), W("副院长"), W("院长"), W("副所长"), W("所长"), W("副主任"), W("主任"), W("副部长"),
    W("部长"), W("副局长"), W("局长"), W("副司长"), W("司长"), W("处长"), W("厅长"), W("副总裁"), W("总裁"),
    W("董事长"), W("总经理"), W("经理"), W("总监"), W("秘书长"), W("副会长"), W("会长"), W("理事长"),
    W("副主席"), W("主席"), W("大使"), W("参赞"), W("书记"), W("副行长"), W("行长"), W("创始人"),
    W("合伙人"), {NULL, 0},
};

static int zhpronoun_find(const Metrics *m, const char *p, size_t from, size_t to, char *out, size_t cap);

/* Does a clause open at p[i] (after from): the text's start, or after a
 * mark that ends a clause or a line, or the spaces indenting one? */
static int clause_opens(const char *p, size_t from, size_t i)
{
    static const char *const marks[] = {"，", "；", "：", "。", "！", "？", "\xE3\x80\x80", NULL};
    if (i == from || p[i - 1] == '\n' || p[i - 1] == ' ')
        return 1;
    /* (each mark's last byte: the rest compared only after it) */
    unsigned char last = (unsigned char)p[i - 1];
    if (last != 0x8C && last != 0x9B && last != 0x9A && last != 0x82 && last != 0x81 && last != 0x9F && last != 0x80)
        return 0;
    for (int k = 0; marks[k]; k++)
        if (i >= from + 3 && !memcmp(p + i - 3, marks[k], 3))
            return 1;
    return 0;
}

/* The end of a title in the run of Han characters opening at p[cs]
 * (before to, within twenty characters), or 0. */
static size_t titled_subject(const char *p, size_t cs, size_t to)
{
    for (size_t k = cs; utf8_han_at(p, k, to) && k - cs < 3 * 30; k += 3) {
        size_t l = k > cs ? opens(p, k, to, titles) : 0;
        if (l)
            return k + l;
        /* (a 、 inside a ministry's name: "数字发展、创新和航空航天工业部部长") */
        if (k + 6 < to && !memcmp(p + k + 3, "、", 3) && utf8_han_at(p, k + 6, to))
            k += 3;
    }
    return 0;
}

int zhpronoun_person(const Metrics *m, const char *p, size_t from, size_t to, char *out, size_t cap)
{
    /* (the claims of one sentence ask for the same span: the answer is
     * kept) */
    static _Thread_local SpanKey key;
    static _Thread_local int kept;
    static _Thread_local char kept_name[128];
    if (spankey_same(&key, p, from, to)) {
        if (kept)
            strcut(out, cap, kept_name);
        return kept;
    }
    kept = zhpronoun_find(m, p, from, to, kept_name, sizeof kept_name);
    if (kept)
        strcut(out, cap, kept_name);
    return kept;
}

static int zhpronoun_find(const Metrics *m, const char *p, size_t from, size_t to, char *out, size_t cap)
{
    int found = 0;
    char name[128];
    for (size_t i = from; i < to;) {
        if (utf8_han_at(p, i, to) && clause_opens(p, from, i)) {
            size_t e = titled_subject(p, i, to);
            if (e && credit_zh_take(m, p, i, e, name, sizeof name)) {
                strcut(out, cap, name);
                found = 1;
            }
        }
        i += utf8_len(p + i, to - i);
    }
    return found;
}
