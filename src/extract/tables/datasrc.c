/* datasrc.c — whose data on what, by a release's notes (see datasrc.h). */
#define _GNU_SOURCE   /* memmem, memrchr */
#include "datasrc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "names.h"
#include "textfind.h"
#include "utf8.h"

#define TOPIC_CHARS 16   /* a topic longer than this is no topic */
#define TOPICS 48        /* topics kept per document */
#define BODIES 8         /* bodies credited per document */
#define SECTIONS 8       /* notes on a section's figures ("本章数据") */

typedef struct Topic {
    int32_t c[TOPIC_CHARS];   /* its characters */
    size_t n;
    int body;                 /* index into DataSrc.body */
} Topic;

/* A note on the figures of the section it closes ("注：本章数据来源于…"):
 * from the section's heading to the note. */
typedef struct Section {
    size_t from, to;
    int body;
} Section;

struct DataSrc {
    Topic t[TOPICS];
    size_t nt;
    char body[BODIES][128];
    size_t nb;
    int rest;                 /* the body of "其他数据", or -1 */
    Section sec[SECTIONS];
    size_t nsec;
};

static int at(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !memcmp(p + i, w, l);
}

/* ---- reading a note ----
 *   NOTE   = [number] TOPICS ("数据" | "资料") [均|主要|分别] FROM BODY
 *   TOPICS = TOPIC {("、" | "及" | "以及") TOPIC}
 *   FROM   = "来自" | "来源于" | "取自" | "来源："
 *   BODY   = the name up to 及、，；。 or the line's end */

/* The body named out, kept: its index in ds, or -1 when full. */
static int add_body(DataSrc *ds, const char *name)
{
    for (size_t k = 0; k < ds->nb; k++)
        if (!strcmp(ds->body[k], name))
            return (int)k;
    if (ds->nb == BODIES)
        return -1;
    strcut(ds->body[ds->nb], sizeof ds->body[0], name);
    return (int)ds->nb++;
}

/* The body named at p[s, e): a known one by its id, else as written. Its
 * index in ds, or -1; *several set when a list of bodies follows it
 * ("省通信管理局、省经济和信息化厅、省商务厅"; "中国铁塔...分公司及各基础电信
 * 企业"). */
static int body_at(DataSrc *ds, const Metrics *m, const char *p, size_t s, size_t e, int *several)
{
    /* (not 和, which names hold: 工业和信息化部, 国家发展和改革委员会) */
    static const char *const stops[] = {"以及", "及", "、", "，", "；", "。", "等", NULL};
    size_t be = s;
    while (be < e && be - s < 120 && p[be] != '\n' && p[be] != ' ') {
        int stop = 0;
        for (int k = 0; stops[k] && !stop; k++)
            stop = at(p, be, e, stops[k]);
        if (stop)
            break;
        size_t l;
        utf8_decode(p + be, e - be, &l);
        be += l;
    }
    *several = at(p, be, e, "、") || at(p, be, e, "及") || at(p, be, e, "以及");
    /* (the body, not its data: "CNCERT监测数据", "国家统计局统计数据") */
    static const char *const data[] = {"监测数据", "统计数据", "调查数据", "数据", NULL};
    for (int k = 0; data[k]; k++)
        if (be - s > strlen(data[k]) + 3 && at(p, be - strlen(data[k]), be, data[k])) {
            be -= strlen(data[k]);
            break;
        }
    if (be - s < 6)
        return -1;
    char name[128];
    if (!(m && names_source_opening(m, p, s, be, name, sizeof name))) {
        if (be - s >= sizeof name)
            return -1;
        memcpy(name, p + s, be - s);
        name[be - s] = '\0';
    }
    return add_body(ds, name);
}

/* Does the topic p[s, e) stand for all the figures not named ("其他",
 * "本公报")? */
static int all_others(const char *p, size_t s, size_t e)
{
    static const char *const w[] = {"其他", "其它", "其余", "本公报", "本报告", "本摘要",
                                    "本文", "以上", "上述", "其他各项", NULL};
    for (int k = 0; w[k]; k++)
        if (e - s == strlen(w[k]) && at(p, s, e, w[k]))
            return 1;
    return 0;
}

/* Does the topic p[s, e) stand for the section the note closes ("本章",
 * "本节", "本部分")? */
static int this_section(const char *p, size_t s, size_t e)
{
    static const char *const w[] = {"本章", "本节", "本部分", "本篇", NULL};
    for (int k = 0; w[k]; k++)
        if (e - s == strlen(w[k]) && at(p, s, e, w[k]))
            return 1;
    return 0;
}

/* Does a section's heading open the line p[ls, le): "第一章 发展基础",
 * "第3节", "二、行业运行情况"? */
static int section_heading(const char *p, size_t ls, size_t le)
{
    static const char *const nums[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", NULL};
    while (ls < le && (p[ls] == ' ' || at(p, ls, le, "\xE3\x80\x80")))
        ls += p[ls] == ' ' ? 1 : 3;
    size_t i = ls + (at(p, ls, le, "第") ? 3 : 0), d = i;
    for (int more = 1; more && i < le;) {
        more = 0;
        if (p[i] >= '0' && p[i] <= '9')
            i++, more = 1;
        for (int k = 0; nums[k] && !more; k++)
            if (at(p, i, le, nums[k]))
                i += 3, more = 1;
    }
    if (i == d)
        return 0;
    return d > ls ? at(p, i, le, "章") || at(p, i, le, "节") || at(p, i, le, "部分") : at(p, i, le, "、");
}

/* Keep the note at p[h] on the section it closes, for body b: its figures
 * run from the last section heading before the note. */
static void add_section(DataSrc *ds, const char *p, size_t h, int b)
{
    if (ds->nsec == SECTIONS)
        return;
    size_t ls = h;
    while (ls > 0 && p[ls - 1] != '\n')
        ls--;
    /* the lines before the note's, last first */
    while (ls > 0) {
        size_t le = ls - 1, s0 = le;
        while (s0 > 0 && p[s0 - 1] != '\n')
            s0--;
        if (section_heading(p, s0, le)) {
            ds->sec[ds->nsec++] = (Section){s0, h, b};
            return;
        }
        ls = s0;
    }
}

/* Keep the topic p[s, e), the body's (index b). */
static void add_topic(DataSrc *ds, const char *p, size_t s, size_t e, int b)
{
    if (ds->nt == TOPICS)
        return;
    Topic *t = &ds->t[ds->nt];
    t->n = 0;
    for (size_t i = s; i < e;) {
        size_t l;
        int32_t c = utf8_decode(p + i, e - i, &l);
        if (t->n == TOPIC_CHARS)
            return;
        t->c[t->n++] = c;
        i += l;
    }
    t->body = b;
    if (t->n >= 2)
        ds->nt++;
}

/* The topic p[s, e), less a "的" or "等" at its end: the rest's body,
 * the section's, or a topic of its own. */
static int one_topic(DataSrc *ds, const char *p, size_t s, size_t e, int b)
{
    while (e >= s + 3 && (at(p, e - 3, e, "的") || at(p, e - 3, e, "等")))
        e -= 3;
    if (e <= s)
        return 0;
    if (all_others(p, s, e))
        ds->rest = b;
    else if (this_section(p, s, e))
        add_section(ds, p, e, b);
    else
        add_topic(ds, p, s, e, b);
    return 1;
}

/* The topics of the note ending at p[e) (its 数据 or 资料), for body b:
 * back to the clause's start (a note's number before it, "14. ", is not
 * a topic's), then split at 、 and 及. */
static int read_topics(DataSrc *ds, const char *p, size_t e, int b)
{
    int read = 0;
    size_t s = e;
    while (s > 0 && e - s < 3 * 60) {
        unsigned char c = (unsigned char)p[s - 1];
        if (s >= 3 && (utf8_han_at(p, s - 3, e) || at(p, s - 3, e, "、")) && !at(p, s - 3, e, "；"))
            s -= 3;
        else if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            s--;
        else
            break;
    }
    size_t from = s;
    for (size_t i = s; i < e;) {
        /* (和 too, between topics: "数据中心和算力数据") */
        /* (not the 及 of a word, "普及率", "涉及") */
        int word = i >= s + 3 && (at(p, i - 3, e, "普") || at(p, i - 3, e, "涉"));
        size_t sl = at(p, i, e, "以及") ? 6
                    : at(p, i, e, "、") || (at(p, i, e, "及") && !word) || at(p, i, e, "与") || at(p, i, e, "和") ? 3 : 0;
        if (sl) {
            read += one_topic(ds, p, from, i, b);
            from = i + sl;
            i = from;
            continue;
        }
        size_t l;
        utf8_decode(p + i, e - i, &l);
        i += l;
    }
    return read + one_topic(ds, p, from, e, b);
}

/* Does the line holding p[h] open with a note's mark, a circled number
 * or one in brackets ("① 数据来源：国际电信联盟（ITU）…", "[3] 数据来源：…")?
 * Such a note credits the figure its mark follows (notes.h), not the
 * document's other figures. */
static int marked_note(const char *p, size_t h)
{
    size_t ls = h;
    while (ls > 0 && p[ls - 1] != '\n')
        ls--;
    while (ls < h && (p[ls] == ' ' || p[ls] == '\t' || at(p, ls, h, "\xE3\x80\x80")))
        ls += p[ls] == ' ' || p[ls] == '\t' ? 1 : 3;
    /* ① to ⑳: U+2460 to U+2473 */
    if (ls + 3 <= h && (unsigned char)p[ls] == 0xE2 && (unsigned char)p[ls + 1] == 0x91 &&
        (unsigned char)p[ls + 2] >= 0xA0 && (unsigned char)p[ls + 2] <= 0xB3)
        return 1;
    size_t d = ls + 1;
    while (d < h && p[d] >= '0' && p[d] <= '9')
        d++;
    return (p[ls] == '[' || p[ls] == '(') && d > ls + 1 && d < h && (p[d] == ']' || p[d] == ')');
}

/* Is the line holding p[h] one of notes on whose data: it says 数据来源,
 * 资料来源, 数据来自 or 数据均来自 before p[h], or opens with a note's
 * mark ("[2] ", "3. ", "注：", "①") and names data (数据, 资料) before
 * p[h] (not a list's item on funds, "7. 资金来源：…主要来源于…")? */
static int notes_line(const char *p, size_t h)
{
    static const char *const says[] = {"数据来源", "资料来源", "数据来自", "数据均来自", NULL};
    size_t ls = h;
    while (ls > 0 && p[ls - 1] != '\n')
        ls--;
    for (int k = 0; says[k]; k++)
        if (tf_find(p + ls, h - ls, says[k], strlen(says[k])))
            return 1;
    while (ls < h && (p[ls] == ' ' || p[ls] == '\t' || at(p, ls, h, "\xE3\x80\x80")))
        ls += p[ls] == ' ' || p[ls] == '\t' ? 1 : 3;
    size_t d = ls;
    while (d < h && p[d] >= '0' && p[d] <= '9')
        d++;
    if (!tf_find(p + ls, h - ls, "数据", 6) && !tf_find(p + ls, h - ls, "资料", 6))
        return 0;
    return marked_note(p, h) || at(p, ls, h, "注：") || at(p, ls, h, "注:") ||
           (d > ls && d < h && (p[d] == '.' || at(p, d, h, "．") || at(p, d, h, "、")));
}

/* Does the document p[0, n) end with the line holding p[h]: no sentence
 * after it, only furniture ("责任编辑：张琪")? */
static int in_tail(const char *p, size_t n, size_t h)
{
    const char *nl = memchr(p + h, '\n', n - h);
    size_t e = nl ? (size_t)(nl - p) : n;
    return !tf_find(p + e, n - e, "。", 3);
}

/* "（本文数据由第一财经记者根据公开资料整理）", "本报告数据由课题组统计":
 * whoever the note says compiled the figures of the topic before 数据
 * (本文: all of them). */
static DataSrc *compiled_by(DataSrc *ds, const Metrics *m, const char *doc, size_t n)
{
    static const char *const data_words[] = {"数据由", "资料由", NULL};
    for (int w = 0; data_words[w]; w++)
        for (const char *hit = tf_find(doc, n, data_words[w], 9); hit;
             hit = tf_find(hit + 9, n - (size_t)(hit + 9 - doc), data_words[w], 9)) {
            size_t h = (size_t)(hit - doc), le = h + 9;
            while (le < n && doc[le] != '\n' && le - h < 3 * 60)
                le++;
            char name[128];
            if (!names_compiler_zh(m, doc, h + 9, le, name, sizeof name))
                continue;
            if (!ds) {
                ds = xcalloc(1, sizeof *ds);
                ds->rest = -1;
            }
            /* (a note naming no topic credits all figures only at the
             * document's end, as a table's note does not) */
            int b = add_body(ds, name);
            if (b >= 0 && !read_topics(ds, doc, h, b) && in_tail(doc, n, h))
                ds->rest = b;
        }
    return ds;
}

/* Is there a verb of counting at p[k] (not in a name: 统计局)? */
static int counted_at(const char *p, size_t k, size_t n)
{
    static const char *const verbs[] = {"统计", "测算", "整理", NULL};
    static const char *const names[] = {"局", "中心", "院", "所", "处", "司", NULL};
    for (int v = 0; verbs[v]; v++)
        if (at(p, k, n, verbs[v])) {
            for (int w = 0; names[w]; w++)
                if (at(p, k + 6, n, names[w]))
                    return 0;
            return 1;
        }
    return 0;
}

/* "项目数与合同额为本研究院“数字丝绸之路项目数据库”统计" in a note (a
 * line naming its data's source: 来源, 注：): the topics before 为, the
 * body after it, up to a database's name in quotes or titles, or to the
 * verb of counting that closes the clause. */
static DataSrc *counted_as(DataSrc *ds, const Metrics *m, const char *doc, size_t n)
{
    size_t from = 0;
    for (const char *hit; from < n && (hit = tf_find(doc + from, n - from, "为", 3)); from = (size_t)(hit - doc) + 3) {
        /* (a note is a short line: none is looked for in a long one) */
        size_t h = (size_t)(hit - doc), lo = h > 600 ? h - 600 : 0, hi = n - h > 600 ? h + 600 : n;
        const char *lb = memrchr(doc + lo, '\n', h - lo), *nl = memchr(doc + h, '\n', hi - h);
        size_t ls = lb ? (size_t)(lb - doc) + 1 : lo, le = nl ? (size_t)(nl - doc) : hi;
        if (le - ls >= 600 || !(tf_find(doc + ls, le - ls, "来源", 6) || at(doc, ls, le, "注："))) {
            /* (no note: nor at the line's other 为) */
            hit = doc + le - 3 > hit ? doc + le - 3 : hit;
            continue;
        }
        size_t k = h + 3;
        while (k < le && k - h < 3 * 40 && !counted_at(doc, k, le) && !at(doc, k, le, "“") && !at(doc, k, le, "《") &&
               (utf8_han_at(doc, k, le) || ((doc[k] | 0x20) >= 'a' && (doc[k] | 0x20) <= 'z')))
            k += utf8_han_at(doc, k, le) ? 3 : 1;
        size_t be = k, e = k;
        while (e < le && e - k < 3 * 40 && !counted_at(doc, e, le) && !at(doc, e, le, "，") && !at(doc, e, le, "。") &&
               !at(doc, e, le, "；"))
            e++;
        if (!counted_at(doc, e, le) || be < h + 9 || be - h - 3 >= 128)
            continue;
        char name[128], known[128];
        memcpy(name, doc + h + 3, be - h - 3);
        name[be - h - 3] = '\0';
        if (!ds) {
            ds = xcalloc(1, sizeof *ds);
            ds->rest = -1;
        }
        int b = add_body(ds, m && names_source_opening(m, name, 0, strlen(name), known, sizeof known) ? known : name);
        if (b >= 0)
            read_topics(ds, doc, h, b);
    }
    return ds;
}

DataSrc *datasrc_new(const Metrics *m, const char *doc, size_t n)
{
    static const char *const from_words[] = {"来自", "来源于", "取自", "来源：", NULL};
    static const char *const data_words[] = {"数据", "资料", NULL};
    static const char *const between[] = {"均", "主要", "分别", "则", "都", NULL};
    DataSrc *ds = NULL;
    for (int w = 0; from_words[w]; w++) {
        size_t wl = strlen(from_words[w]);
        for (const char *hit = tf_find(doc, n, from_words[w], wl); hit;
             hit = tf_find(hit + wl, n - (size_t)(hit + wl - doc), from_words[w], wl)) {
            size_t h = (size_t)(hit - doc), d = h;
            for (int k = 0; between[k]; k++)
                if (d >= strlen(between[k]) && at(doc, d - strlen(between[k]), h, between[k]))
                    d -= strlen(between[k]);
            int data = 0;
            for (int k = 0; data_words[k] && !data; k++)
                data = d >= 6 && at(doc, d - 6, d, data_words[k]);
            /* (in a line of notes on whose data, a topic's own name
             * before the word: "互联网上网人数及互联网普及率来源于…",
             * "资料来源：邮政业务总量、快递业务量来自…") */
            if (!data && d >= 3 && utf8_han_at(doc, d - 3, d) && notes_line(doc, h))
                d += 6;
            else if (!data)
                continue;
            if (!ds) {
                ds = xcalloc(1, sizeof *ds);
                ds->rest = -1;
            }
            int several;
            int b = body_at(ds, m, doc, h + wl, n, &several);
            /* a note naming no topic at the document's end, "数据来源：国家
             * 统计局", credits all its figures not credited otherwise (not
             * a list of bodies, each of some of them) */
            if (b >= 0 && !read_topics(ds, doc, d - 6, b) && !several && in_tail(doc, n, h) && !marked_note(doc, h))
                ds->rest = b;
        }
    }
    ds = compiled_by(ds, m, doc, n);
    ds = counted_as(ds, m, doc, n);
    if (ds && !ds->nt && ds->rest < 0 && !ds->nsec) {
        free(ds);
        return NULL;
    }
    return ds;
}

void datasrc_free(DataSrc *ds)
{
    free(ds);
}

/* ---- matching a figure's text ---- */

/* Where the last match of topic t in the characters c[0, n) ends (one
 * past its last character), or 0: its characters in order, spread over
 * twice its length at most. */
static size_t last_match(const Topic *t, const int32_t *c, size_t n)
{
    size_t best = 0, span = 2 * t->n;
    for (size_t i = 0; i < n; i++) {
        if (c[i] != t->c[0])
            continue;
        size_t k = 1, j = i + 1;
        for (; j < n && k < t->n && j - i < span; j++)
            if (c[j] == t->c[k])
                k++;
        if (k == t->n)
            best = j;
    }
    return best;
}

/* The longest common subsequence of a[0, na) and b[0, nb) (na below
 * TOPIC_CHARS): its length. */
static size_t common(const int32_t *a, size_t na, const int32_t *b, size_t nb)
{
    size_t prev[TOPIC_CHARS + 1] = {0}, cur[TOPIC_CHARS + 1] = {0};
    for (size_t j = 0; j < nb; j++) {
        for (size_t k = 1; k <= na; k++)
            cur[k] = a[k - 1] == b[j] ? prev[k - 1] + 1 : prev[k] > cur[k - 1] ? prev[k] : cur[k - 1];
        memcpy(prev, cur, sizeof prev);
    }
    return prev[na];
}

/* Where the last loose match of topic t in c[0, n) ends, or 0: its last
 * two characters together (its head, "业务" of "邮电通信业务") and its
 * first two together before them (its first word), within four times
 * its length, and two thirds of its characters in order ("邮电业务总量"
 * speaks of 邮电通信业务; not of 邮政业务总量, nor "非金融类直接投资" of
 * 对外直接投资: another kind). */
static size_t loose_match(const Topic *t, const int32_t *c, size_t n)
{
    size_t best = 0, need = (2 * t->n + 2) / 3;
    if (t->n < 4)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if (c[i - 1] != t->c[t->n - 2] || c[i] != t->c[t->n - 1])
            continue;
        size_t lo = i + 1 > 4 * t->n ? i + 1 - 4 * t->n : 0;
        for (size_t a = i - 1; a-- > lo + 1;)
            if (c[a - 1] == t->c[0] && c[a] == t->c[1]) {
                if (2 + 2 + common(t->c + 2, t->n - 4, c + a + 1, i - 1 - (a + 1)) >= need)
                    best = i + 1;
                break;
            }
    }
    return best;
}

const char *datasrc_body(const DataSrc *ds, const char *doc, size_t s, size_t e)
{
    if (!ds || e <= s)
        return NULL;
    int32_t c[128];
    size_t n = 0;
    /* (the text nearest the figure, when it is long) */
    for (size_t i = e - s > 3 * 128 ? utf8_cut(doc, e, e - 3 * 128) : s; i < e && n < 128;) {
        size_t l;
        c[n++] = utf8_decode(doc + i, e - i, &l);
        i += l;
    }
    const Topic *best = NULL;
    size_t best_end = 0;
    for (size_t k = 0; k < ds->nt; k++) {
        size_t end = last_match(&ds->t[k], c, n);
        if (end && (end > best_end || (end == best_end && ds->t[k].n > best->n)))
            best = &ds->t[k], best_end = end;
    }
    /* (else a loose match: the topic's head and most of it) */
    for (size_t k = 0, exact = best != NULL; !exact && k < ds->nt; k++) {
        size_t end = loose_match(&ds->t[k], c, n);
        if (end && (end > best_end || (end == best_end && ds->t[k].n > best->n)))
            best = &ds->t[k], best_end = end;
    }
    return best ? ds->body[best->body] : NULL;
}

#define HEADING_BACK 8000   /* bytes before a figure its heading is looked for in */

/* Does the topic t, less its last two characters (its head word, "业务" of
 * "邮电通信业务"), three at least left, stand whole in c[0, n)? */
static int topic_stem_in(const Topic *t, const int32_t *c, size_t n)
{
    if (t->n < 5)
        return 0;
    size_t k = t->n - 2;
    for (size_t i = 0; i + k <= n; i++)
        if (!memcmp(c + i, t->c, k * sizeof *c))
            return 1;
    return 0;
}

/* The start of the line holding doc[at), not before floor. */
static size_t line_back(const char *doc, size_t floor, size_t at)
{
    const char *nl = at > floor ? memrchr(doc + floor, '\n', at - floor) : NULL;
    return nl ? (size_t)(nl - doc) + 1 : floor;
}

const char *datasrc_heading(const DataSrc *ds, const char *doc, size_t at)
{
    if (!ds || !ds->nt)
        return NULL;
    /* ---- the last section heading above at: lines, last first ---- */
    size_t floor = at > HEADING_BACK ? at - HEADING_BACK : 0, ls = line_back(doc, floor, at);
    while (ls > floor) {
        size_t le = ls - 1, s0 = line_back(doc, floor, le);
        if (le > s0 && le - s0 <= 3 * 40 && section_heading(doc, s0, le)) {
            /* ---- the heading's words: its topic ---- */
            int32_t c[48];
            size_t n = 0;
            for (size_t i = s0; i < le && n < 48;) {
                size_t l;
                c[n++] = utf8_decode(doc + i, le - i, &l);
                i += l;
            }
            for (size_t k = 0; k < ds->nt; k++)
                if (topic_stem_in(&ds->t[k], c, n))
                    return ds->body[ds->t[k].body];
            return NULL;
        }
        ls = s0;
    }
    return NULL;
}

const char *datasrc_rest(const DataSrc *ds)
{
    return ds && ds->rest >= 0 ? ds->body[ds->rest] : NULL;
}

const char *datasrc_section(const DataSrc *ds, size_t at)
{
    for (size_t k = 0; ds && k < ds->nsec; k++)
        if (at >= ds->sec[k].from && at < ds->sec[k].to)
            return ds->body[ds->sec[k].body];
    return NULL;
}
