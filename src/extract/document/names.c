/* names.c — what a short line names (see names.h). */
#define _GNU_SOURCE   /* memmem */
#include "names.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "diag.h"
#include "measure.h"
#include "metrics.h"
#include "regionpair.h"
#include "textfind.h"
#include "textwalk.h"

/* ---- the lines read so far ----
 * A table's row label is asked for each cell of its row, a column's
 * header for each cell under it, a caption and the heading above for
 * every figure: keep, per thread, the cues of the last lines read, by
 * their bytes and the table's load, so that each is read once while it
 * is in use. */
#define LINE_CACHE 8

typedef struct CachedLine {
    unsigned long serial;   /* 0: empty */
    unsigned long used;     /* when last asked for: the least recent goes */
    int title;
    size_t n;
    char raw[METRICS_LINE_MAX];
    LineCues lc;
} CachedLine;

/* metrics_line_cues of doc[from, to), or NULL for a line it does not
 * read (empty, too long). Valid until the next call on this thread. */
static const LineCues *line_cues(const Metrics *m, const char *doc, size_t from, size_t to, int title)
{
    static _Thread_local CachedLine cache[LINE_CACHE];
    static _Thread_local unsigned long clock;
    if (to <= from || to - from > METRICS_LINE_MAX)
        return NULL;
    size_t n = to - from;
    unsigned long serial = metrics_serial(m);
    CachedLine *old = &cache[0];
    for (int i = 0; i < LINE_CACHE; i++) {
        CachedLine *e = &cache[i];
        if (e->serial == serial && e->title == title && e->n == n && !memcmp(e->raw, doc + from, n)) {
            e->used = ++clock;
            return &e->lc;
        }
        if (e->used < old->used)
            old = e;
    }
    old->serial = 0;
    if (!metrics_line_cues(m, doc, from, to, title, &old->lc))
        return NULL;
    old->serial = serial;
    old->used = ++clock;
    old->title = title;
    old->n = n;
    memcpy(old->raw, doc + from, n);
    return &old->lc;
}

/* Do the words of lc, bar punctuation, stopwords, a remark in brackets
 * and the words [wi, wj), leave nothing? */
static int only_words(const LineCues *lc, size_t wi, size_t wj)
{
    int depth = 0;
    for (size_t t = 0; t < lc->nw; t++) {
        const LineWord *w = &lc->words[t];
        char c0 = lc->text[w->s];
        depth += w->punct && c0 == '(';
        depth -= w->punct && c0 == ')' && depth > 0;
        if (!(w->punct || depth > 0 || (t >= wi && t < wj) || metrics_stopword(lc->text + w->s, w->e - w->s)))
            return 0;
    }
    return 1;
}

/* The scope whose id is spelled by the words [t, ...) of lc, any case
 * ("china", "papua new guinea"): its id and *end, or NULL. */
static const char *id_at(const Metrics *m, const LineCues *lc, size_t t, size_t *end)
{
    /* the longest run of up to four words from t (with the hyphens and
     * apostrophes inside names: "sub-saharan africa", "cote d'ivoire")
     * that is a scope's id, looked up by name */
    const char *best = NULL;
    size_t u = t, words = 0;
    while (u < lc->nw && words < 4) {
        const LineWord *w = &lc->words[u];
        if (w->punct && lc->text[w->s] != '\'' && lc->text[w->s] != '-')
            break;
        u++;
        /* (a hyphen or an apostrophe glues the words around it) */
        if (!w->punct && (u >= lc->nw || lc->words[u].s != w->e ||
                          !(lc->words[u].punct && (lc->text[lc->words[u].s] == '\'' || lc->text[lc->words[u].s] == '-'))))
            words++;
        const char *id = w->punct ? NULL : metrics_scope_named(m, lc->text + lc->words[t].s, w->e - lc->words[t].s);
        if (id) {
            best = id;
            *end = u;
        }
    }
    return best;
}

/* The first scope cue of the line lc (none when NULL) that is all its
 * words (only_words): its id into out, and 1; else 0. */
static int whole_scope(const LineCues *lc, char *out, size_t cap)
{
    for (size_t i = 0; lc && i < lc->nc; i++)
        if (lc->cues[i].kind == MC_SCOPE && only_words(lc, lc->cues[i].wi, lc->cues[i].wj)) {
            strcut(out, cap, lc->cues[i].id);
            return 1;
        }
    return 0;
}

/* A Chinese label that names a province or a city short, without the 省
 * or 市 its cue writes ("上海", "北京" in a table of provinces): two to
 * four Han characters, a row's rank or a blank around them. */
static int short_place(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap)
{
    while (from < to && ((doc[from] >= '0' && doc[from] <= '9') || doc[from] == ' ' || doc[from] == '.'))
        from++;
    while (to > from && doc[to - 1] == ' ')
        to--;
    size_t n = to - from;
    if (n < 6 || n > 12 || n % 3)
        return 0;
    for (size_t i = from; i < to; i += 3)
        if ((unsigned char)doc[i] < 0xE4 || (unsigned char)doc[i] > 0xE9)
            return 0;
    static const char *const ranks[] = {"市", "省", NULL};
    for (int k = 0; ranks[k]; k++) {
        char name[16];
        memcpy(name, doc + from, n);
        memcpy(name + n, ranks[k], 3);
        if (whole_scope(line_cues(m, name, 0, n + 3, 1), out, cap))
            return 1;
    }
    return 0;
}

int names_heading_scope(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap)
{
    const LineCues *lc = line_cues(m, doc, from, to, 1);
    if (!lc)
        return 0;
    if (whole_scope(lc, out, cap))
        return 1;
    /* the line's words (bar a remark in brackets and a leading "the"),
     * one space apart: a scope's own name? */
    char name[64];
    size_t nl = 0;
    int depth = 0;
    for (size_t t = 0; t < lc->nw; t++) {
        const LineWord *w = &lc->words[t];
        char c0 = lc->text[w->s];
        depth += w->punct && c0 == '(';
        depth -= w->punct && c0 == ')' && depth > 0;
        if (depth || (w->punct && c0 != '\'' && c0 != '-') || (c0 == ')' && w->punct))
            continue;
        size_t l = w->e - w->s;
        if (!nl && l == 3 && !strncasecmp(lc->text + w->s, "the", 3))
            continue;
        int glued = nl && (w->punct || (t > 0 && lc->words[t - 1].e == w->s && lc->words[t - 1].punct));
        if (nl + l + 1 >= sizeof name)
            return 0;
        if (nl && !glued)
            name[nl++] = ' ';
        memcpy(name + nl, lc->text + w->s, l);
        nl += l;
    }
    const char *id = nl ? metrics_scope_named(m, name, nl) : NULL;
    if (id) {
        strcut(out, cap, id);
        return 1;
    }
    return short_place(m, doc, from, to, out, cap);
}

int names_line_scope(const Metrics *m, const char *doc, size_t from, size_t to, int ids, char *out, size_t cap)
{
    const LineCues *lc = line_cues(m, doc, from, to, 1);
    if (!lc)
        return 0;
    const char *one = NULL;
    char pair[64], held[64];
    for (size_t i = 0; i < lc->nc; i++)
        if (lc->cues[i].kind == MC_SCOPE) {
            const char *id = lc->cues[i].id;
            /* a region named as a pair: "Central Asia and the South
             * Caucasus" is one place (regionpair.h) */
            size_t j = i + 1;
            while (j < lc->nc && lc->cues[j].kind != MC_SCOPE)
                j++;
            if (j < lc->nc && regionpair_name(lc->text, lc->cues[i].s, lc->cues[i].e, id, lc->cues[j].s,
                                              lc->cues[j].e, lc->cues[j].id, pair, sizeof pair))
                id = pair, i = j;
            if (one && strcmp(one, id))
                return -1;
            one = id == pair ? strcpy(held, pair) : id;
        }
    for (size_t t = 0; ids && t < lc->nw; t++) {
        size_t end;
        const char *id = lc->words[t].punct ? NULL : id_at(m, lc, t, &end);
        if (!id)
            continue;
        /* a name inside a stop phrase names no place ("Global South") */
        int stopped = 0;
        for (size_t i = 0; i < lc->nc && !stopped; i++)
            stopped = lc->cues[i].kind == MC_STOP && lc->cues[i].wi <= t && t < lc->cues[i].wj;
        if (stopped)
            continue;
        if (one && strcmp(one, id))
            return -1;
        one = id;
        t = end - 1;
    }
    if (!one)
        return 0;
    strcut(out, cap, one);
    return 1;
}

int names_known_source(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap)
{
    const LineCues *lc = line_cues(m, doc, from, to, 0);   /* acronyms as written: "ITU" */
    if (!lc)
        return 0;
    for (size_t i = 0; i < lc->nc; i++)
        if (lc->cues[i].kind == MC_SOURCE) {
            strcut(out, cap, lc->cues[i].id);
            return 1;
        }
    return 0;
}

int names_source_opening(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap)
{
    const LineCues *lc = line_cues(m, doc, from, to, 0);
    if (!lc)
        return 0;
    /* (the home country before a national body's name: 中国海关总署) */
    size_t home = to - from > 6 && (!memcmp(lc->text, "中国", 6) || !memcmp(lc->text, "我国", 6)) ? 6 : 0;
    for (size_t i = 0; i < lc->nc; i++)
        if (lc->cues[i].kind == MC_SOURCE && (lc->cues[i].s == 0 || lc->cues[i].s == home)) {
            strcut(out, cap, lc->cues[i].id);
            return 1;
        }
    return 0;
}

int names_source_last(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap,
                      size_t *head, size_t *tail)
{
    const LineCues *lc = line_cues(m, doc, from, to, 0);
    if (!lc)
        return 0;
    for (size_t i = lc->nc; i-- > 0;)
        if (lc->cues[i].kind == MC_SOURCE) {
            strcut(out, cap, lc->cues[i].id);
            *head = lc->cues[i].s;
            *tail = lc->n - lc->cues[i].e;
            return 1;
        }
    return 0;
}

/* Does the name w[0, n) hold an organisation's word ("Authority",
 * "Ministry", "Bureau")? */
static int org_name(const char *w, size_t n)
{
    static const char *const words[] = {"authority", "ministry", "bureau", "office", "commission", "department",
                                        "agency", "institute", "bank", "council", "association", "union",
                                        "organization", "organisation", "regulator", "board", "centre", "center",
                                        "corporation", "company", "group", "university", "statistics", NULL};
    for (size_t i = 0; i < n;) {
        while (i < n && !ascii_isalpha(w[i]))
            i++;
        size_t s = i;
        while (i < n && ascii_isalpha(w[i]))
            i++;
        for (int k = 0; words[k]; k++)
            if (strlen(words[k]) == i - s && !strncasecmp(w + s, words[k], i - s))
                return 1;
    }
    return 0;
}

static int first_name(const char *buf, size_t n, const char *s, char *out, size_t cap);

/* The body a list item w[0, n) says its data were returned to: "Operator
 * returns to the Authority", "Submissions by licensees to the
 * Commission", "Filings with the Ministry of ICT": the data are what the
 * body compiled. Where "the" and the body's name start in w, with *l
 * its length, or NULL. */
static const char *returned_to(const char *w, size_t n, size_t *l)
{
    static const char *const data[] = {"returns", "submissions", "filings", "reports", NULL};
    static const char *const to[] = {" to the ", " with the ", NULL};
    int held = 0;
    for (size_t i = 0; i < n && !held;) {
        while (i < n && !ascii_isalpha(w[i]))
            i++;
        size_t a = i;
        while (i < n && ascii_isalpha(w[i]))
            i++;
        for (int k = 0; data[k] && !held; k++)
            held = strlen(data[k]) == i - a && !strncasecmp(w + a, data[k], i - a);
    }
    for (int k = 0; held && to[k]; k++) {
        const char *t = tf_find(w, n, to[k], strlen(to[k]));
        if (!t)
            continue;
        const char *b = t + strlen(to[k]) - 4;   /* "the ..." */
        if (!ascii_isupper(b[4]) || !org_name(b, (size_t)(w + n - b)))
            return NULL;
        *l = (size_t)(w + n - b);
        return b;
    }
    return NULL;
}

/* Does the list item w[0, n) name a publication by its title and year,
 * not a body ("ICT Use and Access by Individuals and Households Survey
 * 2023")? */
static int publication(const char *w, size_t n)
{
    size_t e = n;
    while (e > 0 && ascii_isdigit(w[e - 1]))
        e--;
    return n - e == 4 && e > 0 && w[e - 1] == ' ' && memchr(w, ' ', e - 1) && !org_name(w, n);
}

/* An acronym alone, "DOSM", "ITU": two to eight capitals. */
static int acronym(const char *w, size_t n)
{
    if (n < 2 || n > 8)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!ascii_isupper(w[i]))
            return 0;
    return 1;
}

/* The first name of a Chinese list doc[s, e) ("省通信管理局、省经济和信息化
 * 厅", "根据国家统计局数据整理"): up to 、，；。 or a blank, less 根据 or 据
 * before it and 整理, 测算, 计算, 编制 or 数据 after it; three Han
 * characters at least. 1 and out, or 0. */
static int first_name_zh(const char *doc, size_t s, size_t e, char *out, size_t cap)
{
    static const char *const stops[] = {"、", "，", "；", "。", "（", "\xE3\x80\x80", "及", NULL};
    static const char *const lead[] = {"数据来源于", "资料来源于", "数据来自", "资料来自", "根据", "据", NULL};
    static const char *const tails[] = {"整理", "测算", "计算", "编制", "数据", "统计", "发布", "的", NULL};
    for (int k = 0; lead[k]; k++)
        if (e - s > strlen(lead[k]) && !memcmp(doc + s, lead[k], strlen(lead[k])))
            s += strlen(lead[k]);
    size_t i = s, han = 0;
    if (i < e && ascii_isalpha(doc[i])) {
        /* a Latin name first: "数据来源：Wind，华鑫联合证券研究所" */
        while (i < e && doc[i] != '\n' && (unsigned char)doc[i] < 0x80 && doc[i] != ',' && doc[i] != ';' &&
               doc[i] != '(')
            i++;
        while (i > s && doc[i - 1] == ' ')
            i--;
        if (i - s < 2 || i - s >= cap || !(i == e || (unsigned char)doc[i] >= 0x80 || doc[i] == '\n' || doc[i] == ',' ||
                                           doc[i] == ';' || doc[i] == '(' || doc[i] == ' '))
            return 0;
        memcpy(out, doc + s, i - s);
        out[i - s] = '\0';
        return 1;
    }
    while (i < e && doc[i] != ' ' && doc[i] != '\n') {
        int stop = 0;
        for (int k = 0; stops[k] && !stop; k++)
            stop = e - i >= 3 && !memcmp(doc + i, stops[k], 3);
        if (stop || (unsigned char)doc[i] < 0xE4 || (unsigned char)doc[i] > 0xE9)
            break;
        han++;
        i += 3;
    }
    for (int again = 1; again;) {
        again = 0;
        for (int k = 0; tails[k]; k++) {
            size_t l = strlen(tails[k]);
            if (i >= s + l + 9 && !memcmp(doc + i - l, tails[k], l)) {
                i -= l;
                han -= l / 3;
                again = 1;
            }
        }
    }
    /* (a body's survey: "中国通信企业协会会员企业年度统计调查" is the
     * association's) */
    static const char *const bodies[] = {"协会", "学会", "研究院", "研究所", "中心", "局", "部", "公司", "集团",
                                         "银行", "委员会", NULL};
    if (i >= s + 9 && (!memcmp(doc + i - 6, "调查", 6) || !memcmp(doc + i - 6, "监测", 6)))
        for (size_t k = i - 6; k > s + 3; k -= 3)
            for (int b = 0; bodies[b]; b++)
                if (k >= s + strlen(bodies[b]) + 3 && !memcmp(doc + k - strlen(bodies[b]), bodies[b], strlen(bodies[b]))) {
                    han -= (i - k) / 3, i = k, k = s + 3;
                    break;
                }
    /* (a list of names, the first of two characters: "谷歌、淡马锡和贝恩《…》"
     * credits them all, up to the work, a comma or a bracket) */
    if (han == 2 && i + 3 < e && !memcmp(doc + i, "、", 3) && (unsigned char)doc[i + 3] >= 0xE4) {
        size_t k = i + 3, more = 0;
        while (k + 3 <= e && (unsigned char)doc[k] >= 0xE4 && (unsigned char)doc[k] <= 0xE9 && memcmp(doc + k, "，", 3) &&
               memcmp(doc + k, "。", 3) && memcmp(doc + k, "；", 3) && memcmp(doc + k, "（", 3) &&
               memcmp(doc + k, "\xE3\x80\x80", 3))
            k += 3, more++;
        if (more >= 2 && k - s < cap)
            i = k, han += more;
    }
    if (han < 3 || i - s >= cap)
        return 0;
    /* (a topic, not a name: "邮政业务总量、快递业务量来自省邮政管理局", whose
     * clause says whose data it is further on) */
    for (size_t k = i; k + 6 <= e && doc[k] != '\n' && memcmp(doc + k, "，", 3) && memcmp(doc + k, "；", 3) &&
                       memcmp(doc + k, "。", 3);
         k++)
        if (!memcmp(doc + k, "来自", 6) || (k + 9 <= e && !memcmp(doc + k, "来源于", 9)))
            return 0;
    memcpy(out, doc + s, i - s);
    out[i - s] = '\0';
    return 1;
}

/* Does the name w, holding a known body's name, belong to a body of
 * another country ("哈萨克斯坦战略规划和改革署国家统计局" is not China's
 * 国家统计局): a place not China's before the known name? */
static int foreign_holder(const Metrics *m, const char *w)
{
    char id[128], place[64];
    size_t head, tail;
    return names_source_last(m, w, 0, strlen(w), id, sizeof id, &head, &tail) && head > 0 && tail == 0 &&
           names_line_scope(m, w, 0, head, 0, place, sizeof place) == 1 && strcmp(place, "china") != 0;
}

int names_compiler_zh(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap)
{
    static const char *const verbs[] = {"整理", "汇总", "编制", NULL};
    static const char *const stops[] = {"、", "，", "；", "。", "：", "及", "\xE3\x80\x80", NULL};
    static const char *const how[] = {"根据", "依据", "基于", NULL};
    static const char *const who[] = {"记者", "编辑部", "研究团队", NULL};
    size_t v = 0;
    for (size_t i = from; i + 6 <= to && !v; i++)
        for (int k = 0; verbs[k] && !v; k++)
            if (!memcmp(doc + i, verbs[k], 6))
                v = i;
    if (!v)
        return 0;
    size_t s = v;
    for (;;) {
        int stop = 0;
        for (int k = 0; stops[k] && !stop; k++)
            stop = s >= from + 3 && !memcmp(doc + s - 3, stops[k], 3);
        if (stop || s <= from || doc[s - 1] == '\n')
            break;
        s--;
    }
    while (s < v && doc[s] == ' ')
        s++;
    size_t e = v;
    for (size_t i = s; i + 6 <= v; i++)
        for (int k = 0; how[k]; k++)
            if (!memcmp(doc + i, how[k], 6) && i < e)
                e = i;
    for (int k = 0; who[k]; k++) {
        size_t l = strlen(who[k]);
        if (e >= s + l + 6 && !memcmp(doc + e - l, who[k], l))
            e -= l;
    }
    /* (a name: two characters at least, not the writer's own "作者") */
    if (e < s + 6 || e - s >= cap || (e - s == 6 && (!memcmp(doc + s, "作者", 6) || !memcmp(doc + s, "笔者", 6))))
        return 0;
    /* (nor a kind of material compiled, "公开资料整理", "企业公告整理": the
     * note's first name is then its source, "Structure Research，企业年报，
     * 公开资料整理") */
    static const char *const material[] = {"资料", "公告", "年报", "财报", "官网", "报道", "信息", NULL};
    for (int k = 0; material[k]; k++)
        if (!memcmp(doc + e - 6, material[k], 6))
            return 0;
    if (m && names_source_opening(m, doc, s, e, out, cap))
        return 1;
    memcpy(out, doc + s, e - s);
    out[e - s] = '\0';
    return 1;
}

/* "Source: CCPS calculations; indicator data from ITU": the body whose
 * own work the figures are, named first before "calculations",
 * "estimates" or "analysis", not the bodies whose data it drew on. Its
 * name in [*s, *e) of doc and 1, else 0. */
static int own_work(const char *doc, size_t from, size_t to, size_t *s, size_t *e)
{
    const char *c = to - from <= METRICS_LINE_MAX ? memchr(doc + from, ':', to - from) : NULL;
    if (!c)
        return 0;
    size_t i = (size_t)(c - doc) + 1;
    while (i < to && doc[i] == ' ')
        i++;
    size_t ns = i;
    for (int words = 0; words < 6 && i < to; words++) {
        size_t w = i;
        while (i < to && ascii_isalpha(doc[i]))
            i++;
        size_t l = i - w;
        if (!l)
            return 0;
        if (words > 0 && ((l == 12 && !strncasecmp(doc + w, "calculations", 12)) ||
                          (l == 9 && !strncasecmp(doc + w, "estimates", 9)) ||
                          (l == 8 && !strncasecmp(doc + w, "analysis", 8)))) {
            *s = ns, *e = w - 1;
            return ascii_isupper(doc[ns]);
        }
        while (i < to && doc[i] == ' ')
            i++;
    }
    return 0;
}

/* "Source: Tradestat, based on UN Comtrade": where a note's body ends
 * and the data it drew on are named, at ", based on" after a name; to
 * when the note says no such thing. */
static size_t based_on(const char *doc, size_t from, size_t to)
{
    if (to <= from || to - from > METRICS_LINE_MAX)
        return to;
    const char *b = tf_find(doc + from, to - from, "based on ", 9);
    if (!b)
        return to;
    size_t k = (size_t)(b - doc);
    while (k > from && (doc[k - 1] == ' ' || doc[k - 1] == ','))
        k--;
    /* (a name before it, after the colon: not "Source: based on ...") */
    const char *c = memchr(doc + from, ':', k - from);
    size_t i = c ? (size_t)(c - doc) + 1 : from;
    while (i < k && doc[i] == ' ')
        i++;
    return i < k && ascii_isupper((unsigned char)doc[i]) && doc[k] == ',' ? k : to;
}

int names_note_source(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap)
{
    to = based_on(doc, from, to);
    if (to > from && to - from <= METRICS_LINE_MAX && (unsigned char)doc[from] >= 0xE4 &&
        names_compiler_zh(m, doc, from, to, out, cap))
        return 1;
    size_t ws, we;
    if (own_work(doc, from, to, &ws, &we) && we - ws < cap) {
        if (!names_known_source(m, doc, ws, we, out, cap)) {
            memcpy(out, doc + ws, we - ws);
            out[we - ws] = '\0';
        }
        return 1;
    }
    if (names_known_source(m, doc, from, to, out, cap)) {
        /* (a body of another country named after a known one: as written) */
        const char *zs = to - from <= METRICS_LINE_MAX ? tf_find(doc + from, to - from, "：", 3) : NULL;
        char w[128];
        if (zs && first_name_zh(doc, (size_t)(zs - doc) + 3, to, w, sizeof w) && foreign_holder(m, w))
            strcut(out, cap, w);
        return 1;
    }
    /* no body we know: the first name the note gives, "Source: PTA; ..." */
    size_t n = to > from ? to - from : 0;
    if (!n || n > METRICS_LINE_MAX)
        return 0;
    const char *s = memchr(doc + from, ':', n);
    if (s)
        return first_name(doc + from, n, s + 1, out, cap);
    const char *zs = tf_find(doc + from, n, "：", 3);
    /* (or a note with no colon: "数据来源于某某研究院") */
    return first_name_zh(doc, zs ? (size_t)(zs - doc) + 3 : from, to, out, cap);
}

int names_note_own_first(const char *doc, size_t from, size_t to)
{
    static const char *const owners[] = {"company", "management", "internal", "own", "our", NULL};
    static const char *const kinds[] = {"data", "estimates", "estimate", "analysis", "calculations", NULL};
    const char *c = to > from && to - from <= METRICS_LINE_MAX ? memchr(doc + from, ':', to - from) : NULL;
    if (!c)
        return 0;
    size_t i = (size_t)(c - doc) + 1, w[2][2];
    for (int k = 0; k < 2; k++) {
        while (i < to && doc[i] == ' ')
            i++;
        w[k][0] = i;
        while (i < to && ascii_isalpha(doc[i]))
            i++;
        w[k][1] = i;
    }
    /* (the item ends there: a comma, a semicolon, a bracket or the line) */
    size_t j = i;
    while (j < to && doc[j] == ' ')
        j++;
    if (j < to && doc[j] != ',' && doc[j] != ';' && doc[j] != '(' && doc[j] != '.')
        return 0;
    int own = 0, kind = 0;
    for (int k = 0; owners[k]; k++)
        own |= tw_weq((const unsigned char *)doc + w[0][0], w[0][1] - w[0][0], owners[k]);
    for (int k = 0; kinds[k]; k++)
        kind |= tw_weq((const unsigned char *)doc + w[1][0], w[1][1] - w[1][0], kinds[k]);
    return own && kind;
}

int names_list_source(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap)
{
    if (names_known_source(m, doc, from, to, out, cap))
        return 1;
    size_t n = to > from ? to - from : 0;
    return n && n <= METRICS_LINE_MAX && first_name(doc + from, n, doc + from, out, cap);
}

/* The first organisation's name (else the first name) of the list
 * buf[s, n) ("Operator returns, Communications Authority of Kenya"): 1
 * and out, or 0. */
static int first_name(const char *buf, size_t n, const char *s, char *out, size_t cap)
{
    for (; s < buf + n && *s == ' '; s++)
        ;
    /* the names it lists, "Operator returns, Communications Authority of
     * Kenya": an organisation's name before a description of the data */
    const char *first = NULL, *pub = NULL;
    size_t first_l = 0, pub_l = 0;
    while (s < buf + n) {
        while (s < buf + n && (*s == ' ' || *s == ',' || *s == ';'))
            s++;
        size_t l = 0;
        while (s + l < buf + n && s[l] != ';' && s[l] != ',' && s[l] != '.' && s[l] != '(')
            l++;
        size_t t = l;
        while (t > 0 && s[t - 1] == ' ')
            t--;
        size_t rl;
        const char *r = t >= 2 && t < cap ? returned_to(s, t, &rl) : NULL;
        if (r && !first && !pub) {
            /* ("Operator returns to the Authority": the Authority) */
            first = r, first_l = rl;
            break;
        }
        if (t >= 2 && t < cap && ascii_isupper(s[0])) {
            /* (a publication's title, "ICT Use and Access ... Survey
             * 2023, DOSM": the body after it, else the title) */
            if (!pub && !first && publication(s, t)) {
                pub = s, pub_l = t;
                goto next;
            }
            if (pub && !org_name(s, t) && !acronym(s, t))
                goto next;
            if (!first)
                first = s, first_l = t;
            if (org_name(s, t)) {
                first = s, first_l = t;
                break;
            }
        }
    next:
        s += l;
        while (s < buf + n && *s != ',' && *s != ';')
            s++;
    }
    if (!first)
        first = pub, first_l = pub_l;
    if (!first)
        return 0;
    memcpy(out, first, first_l);
    out[first_l] = '\0';
    return 1;
}

int names_heading_metric(const Metrics *m, Claim *c, const char *doc, size_t from, size_t to)
{
    const LineCues *lc = *c->unit ? line_cues(m, doc, from, to, 1) : NULL;
    if (!lc)
        return 0;
    /* the first metric rule in file order that the line cues and that fits */
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < lc->nc; i++) {
        size_t r = lc->cues[i].rule;
        if (lc->cues[i].kind != MC_METRIC || lc->cues[i].role != MC_CUE || r >= best ||
            !metrics_metric_fits(m, r, c->unit))
            continue;
        int req = 0, forbid = 0;
        for (size_t j = 0; j < lc->nc; j++)
            if (lc->cues[j].rule == r) {
                req |= lc->cues[j].role == MC_REQUIRE;
                forbid |= lc->cues[j].role == MC_FORBID;
            }
        if (!forbid && (req || !metrics_metric_needs(m, r)))
            best = r;
    }
    if (best == SIZE_MAX)
        return 0;
    for (size_t i = 0; i < lc->nc; i++)
        if (lc->cues[i].rule == best) {
            strcut(c->metric, sizeof c->metric, lc->cues[i].id);
            break;
        }
    metrics_metric_unit(m, best, c);
    return 1;
}

int names_caption_forbids(const Metrics *m, const char *doc, size_t cap_s, size_t cap_e, size_t head_s,
                          size_t head_e, size_t label_s, size_t label_e, const char *id)
{
    if (metrics_is_people_share(m, id) && (measure_names_people(doc, cap_s, cap_e) ||
                                           measure_names_people(doc, head_s, head_e) ||
                                           measure_names_people(doc, label_s, label_e)))
        return 0;
    const LineCues *lc = line_cues(m, doc, cap_s, cap_e, 1);
    int forbid = 0;
    for (size_t i = 0; lc && i < lc->nc; i++) {
        const LineCue *k = &lc->cues[i];
        if (k->kind != MC_METRIC || strcmp(k->id, id) != 0)
            continue;
        /* (a caption that names the metric's own quantity beside another:
         * "Broadband subscriptions and Internet use"; not a cue word set
         * before another noun, "Data/internet subscriptions") */
        static char *const own[] = {"users", "use", "usage", "access"};
        if (k->role == MC_CUE && !measure_cue_modifies(lc->text, lc->n, k->s, k->e, own, sizeof own / sizeof *own))
            return 0;
        forbid |= k->role == MC_FORBID;
    }
    return forbid;
}

/* Words of a header that name no quantity of their own: a count, a total,
 * a period. */
static const char *const header_plain[] = {"number", "no", "of", "the", "total", "count", "in", "per", "and",
                                           "est", "estimated", "approx", "as", "at", "end", "all", NULL};

/* Is doc[i, e) the counted noun unit, singular or plural ("Country",
 * "Countries")? */
static int is_noun(const char *doc, size_t i, size_t e, const char *unit)
{
    size_t l = e - i, ul = strlen(unit);
    if (l == ul)
        return !strncasecmp(doc + i, unit, l);
    if (l + 1 == ul && unit[ul - 1] == 's')
        return !strncasecmp(doc + i, unit, l);
    return ul > 3 && l + 2 == ul && !strcmp(unit + ul - 3, "ies") && !strncasecmp(doc + i, unit, ul - 3) &&
           (doc[e - 1] | 32) == 'y';
}

/* A word of its own that names which: a word, not a plain one. */
static int names_which(const char *doc, size_t i, size_t e)
{
    return e - i >= 3 && !tw_win((const unsigned char *)doc + i, e - i, header_plain);
}

int names_own_quantity(const char *doc, size_t n, size_t from, size_t to, const char *unit)
{
    /* (a counted noun, not money, a share or a symbol: "countries") */
    size_t ul = strlen(unit);
    if (ul < 3 || to > n)
        return 0;
    for (size_t i = 0; i < ul; i++)
        if (unit[i] < 'a' || unit[i] > 'z')
            return 0;
    const unsigned char *u = (const unsigned char *)doc;
    /* "Landing countries": a word right before the noun */
    size_t ps = 0, pe = 0;   /* the word before, [ps, pe) */
    for (size_t i = from; i < to;) {
        if (!ascii_isalpha(u[i])) {
            if (u[i] != ' ')
                pe = ps = 0;
            i++;
            continue;
        }
        size_t e = tw_word_end(u, to, i);
        if (is_noun(doc, i, e, unit))
            return pe > ps && names_which(doc, ps, pe);
        ps = i, pe = e;
        i = e;
    }
    /* "Landing" over "countries": the noun right under the header's last
     * word, on the next line */
    if (!(pe > ps && pe == to && names_which(doc, ps, pe)))
        return 0;
    size_t ls = from;
    while (ls > 0 && doc[ls - 1] != '\n')
        ls--;
    size_t col = from - ls, nl = to;
    while (nl < n && doc[nl] != '\n')
        nl++;
    if (nl >= n)
        return 0;
    size_t at = nl + 1 + col, le = nl + 1;
    while (le < n && doc[le] != '\n')
        le++;
    if (at >= le)
        return 0;
    while (at < le && doc[at] == ' ')
        at++;
    return at < le && is_noun(doc, at, tw_word_end(u, le, at), unit);
}
