/* zhpointer.c — a body a Chinese text points to by 该 and its kind (see
 * zhpointer.h). */
#include "zhpointer.h"

#include <string.h>

#include "credit_zh.h"
#include "lexicon.h"
#include "diag.h"
#include "names.h"

#define W(lit) PHRASE(lit)

/* how far back the body pointed to may be named (some ten lines) */
#define POINTER_BACK 1500

static int lit_at(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !memcmp(p + i, w, l);
}

static int han_at(const char *p, size_t i, size_t e)
{
    return i + 3 <= e && (unsigned char)p[i] >= 0xE4 && (unsigned char)p[i] <= 0xE9;
}

/* A body's kind after the pointer: the word, the endings a name of that
 * kind has (NULL: any body's), the words it must not open (该行业, 该部分:
 * no body), and whether a known body of any name is of it (该公司 after
 * 中兴通讯). */
typedef struct Kind {
    const char *word;
    const char *const *ends;
    const char *const *not_before;
    int known_any;
} Kind;

static const char *const any_body[] = {"院", "中心", "公司", "集团", "协会", "学会", "商会", "部", "局", "委员会",
                                       "委", "署", "办公室", "银行", "所", "大学", "智库", "组织", "机构", "基金会",
                                       NULL};
static const char *const e_yuan[] = {"院", NULL};
static const char *const e_centre[] = {"中心", NULL};
static const char *const e_company[] = {"公司", "集团", NULL};
static const char *const e_group[] = {"集团", NULL};
static const char *const e_assoc[] = {"协会", NULL};
static const char *const e_chamber[] = {"商会", NULL};
static const char *const e_ministry[] = {"部", NULL};
static const char *const e_bureau[] = {"局", NULL};
static const char *const e_commission[] = {"委员会", "委", NULL};
static const char *const e_agency[] = {"署", NULL};
static const char *const e_bank[] = {"银行", NULL};
static const char *const e_institute[] = {"所", NULL};
static const char *const e_university[] = {"大学", NULL};
static const char *const e_tank[] = {"智库", "研究院", "研究所", "研究中心", NULL};

static const char *const e_head[] = {"负责人", NULL};
static const char *const e_official[] = {"官员", NULL};
static const char *const e_spokesman[] = {"发言人", NULL};
static const char *const e_expert[] = {"专家", NULL};

static const char *const no_ministry[] = {"分", "长", "署", "门", NULL};
static const char *const no_bureau[] = {"面", "势", "部", "限", NULL};
static const char *const no_bank[] = {"业", "为", "动", "政", "程", "列", NULL};
static const char *const no_institute[] = {"有", "在", "得", "谓", "以", "属", NULL};
static const char *const no_agency[] = {"名", NULL};
static const char *const none[] = {NULL};

static const Kind kinds[] = {
    {"机构", NULL, none, 1},          {"组织", NULL, none, 1},          {"单位", NULL, none, 1},
    {"院", e_yuan, none, 0},          {"中心", e_centre, none, 0},      {"公司", e_company, none, 1},
    {"企业", e_company, none, 1},     {"集团", e_group, none, 1},       {"协会", e_assoc, none, 0},
    {"商会", e_chamber, none, 0},     {"部", e_ministry, no_ministry, 0}, {"局", e_bureau, no_bureau, 0},
    {"委", e_commission, none, 0},    {"署", e_agency, no_agency, 0},   {"银行", e_bank, none, 1},
    {"行", e_bank, no_bank, 1},       {"所", e_institute, no_institute, 0}, {"大学", e_university, none, 0},
    {"智库", e_tank, none, 0},
    /* (a person by a role: "这位负责人说" after "商务部电子商务司负责人…介绍") */
    {"负责人", e_head, none, 0},      {"官员", e_official, none, 0},    {"发言人", e_spokesman, none, 0},
    {"专家", e_expert, none, 0},      {NULL, NULL, NULL, 0},
};

/* The kind pointed to at p[i] (after the pointer word), or NULL. */
static const Kind *kind_at(const char *p, size_t i, size_t e)
{
    for (const Kind *k = kinds; k->word; k++) {
        size_t l = strlen(k->word);
        if (!lit_at(p, i, e, k->word))
            continue;
        for (int n = 0; k->not_before[n]; n++)
            if (lit_at(p, i + l, e, k->not_before[n]))
                return NULL;
        return k;
    }
    return NULL;
}

/* The pointer word at p[i] (该, 这家, 此): its length, or 0. */
static size_t pointer_word(const char *p, size_t i, size_t e)
{
    static const Phrase words[] = {W("这家"), W("这位"), W("这名"), W("该名"), W("该位"), W("该"), W("此"),
                                   {NULL, 0}};
    for (int k = 0; words[k].s; k++)
        if (lit_at(p, i, e, words[k].s))
            return words[k].n;
    return 0;
}

size_t zhpointer_at(const char *p, size_t i, size_t e)
{
    size_t w = pointer_word(p, i, e);
    const Kind *k = w ? kind_at(p, i + w, e) : NULL;
    return k ? w + strlen(k->word) : 0;
}

/* Does the name p[s, k) end with one of ends? */
static int ends_with(const char *p, size_t s, size_t k, const char *const *ends)
{
    for (int n = 0; ends[n]; n++) {
        size_t l = strlen(ends[n]);
        if (k >= s + l + 3 && !memcmp(p + k - l, ends[n], l))
            return 1;
    }
    return 0;
}

/* Where the name ending at p[k] starts: back over the characters of a
 * name (Han, Latin, digits, brackets, 、 within) to the clause's start,
 * forty characters at most; past 据, 由, 和 and what leads up to it. */
static size_t name_start(const char *p, size_t from, size_t k)
{
    static const char *const stops[] = {"，", "。", "；", "：", "！", "？", "》", "“", "”", "「", "」", NULL};
    size_t s = k, chars = 0;
    while (s > from && chars < 40) {
        unsigned char c = (unsigned char)p[s - 1];
        if (c == '\n' || c == '.' || c == ',')
            break;
        if (c < 0x80) {
            s--, chars++;
            continue;
        }
        if (s < from + 3)
            break;
        int stop = 0;
        for (int m = 0; stops[m] && !stop; m++)
            stop = lit_at(p, s - 3, k, stops[m]);
        if (stop)
            break;
        s -= 3, chars++;
    }
    while (s < k && (p[s] == ' ' || p[s] == '\t'))
        s++;
    /* (a list of bodies: "东海数据中心与南洋云科技有限公司" ends with the
     * second; not "美国战略与国际研究中心", whose 与 joins no body) */
    static const char *const joins[] = {"与", "和", "及", "同", "、", NULL};
    for (size_t j = s + 3; j + 3 < k; j += han_at(p, j, k) || lit_at(p, j, k, "、") ? 3 : 1)
        for (int w = 0; joins[w]; w++)
            if (lit_at(p, j, k, joins[w]) && ends_with(p, s, j, any_body)) {
                s = j + 3;
                break;
            }
    return s;
}

/* The last name in p[from, at) ending with one of ends, not a pointer
 * itself ("该院"), as a credit into out: where it ends, or 0. */
static size_t last_named(const Metrics *m, const char *p, size_t from, size_t at, const char *const *ends,
                         char *out, size_t cap)
{
    for (size_t k = at; k >= from + 6; k--) {
        if (!han_at(p, k - 3, at) || !ends_with(p, from, k, ends))
            continue;
        size_t s = name_start(p, from, k), pw = 0;
        for (size_t j = s; j + 3 <= k && !pw; j += 3)
            pw = pointer_word(p, j, k) && kind_at(p, j + pointer_word(p, j, k), k);
        if (!pw && s + 6 <= k && credit_zh_take(m, p, s, k, out, cap))
            return k;
    }
    return 0;
}

int zhpointer_body(const Metrics *m, const char *p, size_t from, size_t at, char *out, size_t cap)
{
    size_t w = pointer_word(p, at, at + 6);
    const Kind *kind = w ? kind_at(p, at + w, at + w + 12) : NULL;
    if (!kind)
        return 0;
    if (at > from + POINTER_BACK)
        from = at - POINTER_BACK;
    /* the later of: the last name with the kind's ending; the last known
     * body, when the kind takes any name (该公司 after 中兴通讯) */
    char named[128], known[128];
    size_t head, tail, named_end = last_named(m, p, from, at, kind->ends ? kind->ends : any_body, named, sizeof named);
    size_t known_end = kind->known_any && m && names_source_last(m, p, from, at, known, sizeof known, &head, &tail)
                           ? at - tail : 0;
    if (!named_end && !known_end)
        return 0;
    strcut(out, cap, known_end > named_end ? known : named);
    return 1;
}
