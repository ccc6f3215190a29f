/* zhbodyact.c — a known body acting as a Chinese sentence's subject (see
 * zhbodyact.h). */
#include "zhbodyact.h"

#include <string.h>

#include "metrics.h"
#include "names.h"
#include "utf8.h"
#include "zhtext.h"

/* ---- the subject's place ----
 *   SENTENCE = [OPENING "，"] SUBJECT ACT ... FIGURE
 *   OPENING  = one to ten characters, no clause mark */
static size_t subject_start(const char *p, size_t ss, size_t at)
{
    size_t i = ss, chars = 0;
    while (i < at && chars <= 10) {
        if (lit_at((const unsigned char *)p, at, i, "，"))
            return i + 3;
        if (one_of((const unsigned char *)p, at, i, "。；：、"))
            return ss;
        size_t l = utf8_len(p + i, at - i);
        i += l ? l : 1;
        chars++;
    }
    return ss;
}

/* ---- the act after the name ---- */
static size_t act_at(const char *p, size_t i, size_t e)
{
    static const char *const acts[] = {"会同", "联合", "已经", "已", "累计", "先后", "共同", "共", "与", "同",
                                       "向", "为", "举办", "签署", "批复", "批准", "核准", "投入", "发放",
                                       "安排", "支持", "组织", "培训", "建设", "推动", "牵头", "宣布", NULL};
    for (int k = 0; acts[k]; k++)
        if (lit_at((const unsigned char *)p, e, i, acts[k]))
            return strlen(acts[k]);
    return 0;
}

/* ---- the subject's prefixes, read once ----
 * Each claim of a sentence asks the same runs from its subject's start
 * whether they name a known body whole: up to nineteen runs, more than
 * the lines names.c keeps, so each claim read them all again with the
 * cue matcher. The answers for the runs of the last subject read are
 * kept, keyed (as names.c's are) by the bytes read and the table. */
#define SUBJECT_REACH 60   /* bytes of a subject's name at most (twenty characters) */

static _Thread_local struct {
    unsigned long serial;               /* metrics_serial; 0: nothing kept */
    size_t n;                           /* the bytes of raw the answers are of */
    char raw[SUBJECT_REACH];
    unsigned char state[SUBJECT_REACH / 3 + 1];   /* by run length / 3: 0 not asked, 1 no body whole, 2 one */
    size_t head[SUBJECT_REACH / 3 + 1];
    char id[SUBJECT_REACH / 3 + 1][128];
} runs;

/* names_source_last of doc[s, e) (e - s at most SUBJECT_REACH, a multiple
 * of 3) with nothing after the name: 1 with its id and head, else 0. */
static int body_whole(const Metrics *m, const char *doc, size_t s, size_t e, char *id, size_t cap, size_t *head)
{
    size_t l = e - s, k = l / 3;
    unsigned long serial = metrics_serial(m);
    if (runs.serial != serial || memcmp(runs.raw, doc + s, l < runs.n ? l : runs.n)) {
        memset(runs.state, 0, sizeof runs.state);
        runs.serial = serial, runs.n = 0;
    }
    if (l > runs.n) {
        memcpy(runs.raw + runs.n, doc + s + runs.n, l - runs.n);
        runs.n = l;
    }
    if (!runs.state[k]) {
        size_t tail;
        runs.state[k] = names_source_last(m, doc, s, e, runs.id[k], sizeof runs.id[k], &runs.head[k], &tail) && !tail
                            ? 2 : 1;
    }
    if (runs.state[k] != 2)
        return 0;
    strncpy(id, runs.id[k], cap - 1);
    id[cap - 1] = '\0';
    *head = runs.head[k];
    return 1;
}

int zhbodyact_credit(const Metrics *m, const char *doc, size_t ss, size_t at, char *out, size_t cap)
{
    if (!m || at <= ss)
        return 0;
    size_t s = subject_start(doc, ss, at);
    /* (the sentence's start, past blanks and ideographic spaces) */
    while (s < at && (doc[s] == ' ' || lit_at((const unsigned char *)doc, at, s, "\xE3\x80\x80")))
        s += doc[s] == ' ' ? 1 : 3;
    if (!utf8_han_at(doc, s, at))
        return 0;
    /* the shortest run of Han characters from s that names a known body
     * whole, then an act */
    char id[128];
    for (size_t e = s + 6; e + 3 <= at && e <= s + SUBJECT_REACH; e += 3) {
        if (!utf8_han_at(doc, e - 3, at))
            return 0;
        size_t head;
        if (!body_whole(m, doc, s, e, id, sizeof id, &head))
            continue;
        /* (after 中国 or 我国 at most) */
        if (head && !(head == 6 && (lit_at((const unsigned char *)doc, e, s, "中国") || lit_at((const unsigned char *)doc, e, s, "我国"))))
            return 0;
        if (!act_at(doc, e, at))
            return 0;
        /* (not a modifier of the clause's subject: "华为与运营商合作建设的
         * 网络，速率达到10Gbps", "阿里云与stc合资成立的公司总投资约5亿美元") */
        for (size_t i = e; i + 3 <= at; i++) {
            if (lit_at((const unsigned char *)doc, at, i, "，") || lit_at((const unsigned char *)doc, at, i, "；"))
                break;
            if (lit_at((const unsigned char *)doc, at, i, "的"))
                return 0;
        }
        strncpy(out, id, cap - 1);
        out[cap - 1] = '\0';
        return 1;
    }
    return 0;
}
