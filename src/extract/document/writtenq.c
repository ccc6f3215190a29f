/* writtenq.c — a parliament's written questions and answers (writtenq.h). */
#include "writtenq.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "diag.h"
#include "lexicon.h"
#include "textwalk.h"

/* The lines of doc[0, n), walked one at a time: [*s, *e) the line's text
 * past blanks, up to its end less trailing blanks, '\r' and '.'; returns
 * where the next line starts. */
static size_t line_at(const char *doc, size_t n, size_t i, size_t *s, size_t *e)
{
    const char *nl = memchr(doc + i, '\n', n - i);
    size_t le = nl ? (size_t)(nl - doc) : n, a = i;
    while (a < le && (doc[a] == ' ' || doc[a] == '\t'))
        a++;
    size_t b = le;
    while (b > a && (doc[b - 1] == ' ' || doc[b - 1] == '\r' || doc[b - 1] == '.'))
        b--;
    *s = a, *e = b;
    return le + 1;
}

/* Does the line [s, e) open with one of the phrases, in any case? */
static int opens(const char *doc, size_t s, size_t e, const Phrase *list)
{
    return e > s && phrases_at(list, doc, s, e, 0);
}

/* A question put to a government ("To ask the Secretary of State ...",
 * "UNSTARRED QUESTION NO. 12", "Question No. 4", "Question on notice")
 * and its answer ("Answered on 3 May", "ANSWER", "Reply:"). */
static const Phrase asks[] = {PHRASE("to ask the "),        PHRASE("question no"),        PHRASE("question number"),
                              PHRASE("starred question"),   PHRASE("unstarred question"), PHRASE("question on notice"),
                              PHRASE("questions on notice"), PHRASE("written question"),  {NULL, 0}};
static const Phrase answers[] = {PHRASE("answered"), PHRASE("answer"), PHRASE("reply"), {NULL, 0}};

int writtenq_record(const char *doc, size_t n)
{
    int asked = 0, answered = 0;
    for (size_t i = 0, s, e; i < n && !(asked && answered);) {
        i = line_at(doc, n, i, &s, &e);
        asked |= opens(doc, s, e, asks);
        /* (an answer's line: "Answered on ...", or the word alone, "ANSWER",
         * "Reply:"; not a sentence opening "Answering ..." or "Answers") */
        if (opens(doc, s, e, answers)) {
            size_t w = s;
            while (w < e && ascii_isalpha((unsigned char)doc[w]))
                w++;
            answered |= (w - s == 8 && w < e && doc[w] == ' ') || (w - s < 8 && (w == e || doc[w] == ':'));
        }
    }
    return asked && answered;
}

#define MAX_QUESTIONS 256
#define DEPT_MAX 96

struct WrittenQ {
    size_t nq;
    size_t at[MAX_QUESTIONS];           /* where each header line starts */
    char dept[MAX_QUESTIONS][DEPT_MAX]; /* and the department it names */
};

/* Copy the name [s, e) to out: a name in capitals ("MINISTRY OF
 * ELECTRONICS AND INFORMATION TECHNOLOGY") in title case, its joining
 * words in lower case. */
static void copy_name(const char *doc, size_t s, size_t e, char *out)
{
    static const char *const joins[] = {"of", "and", "for", "the", "on", NULL};
    int caps = memchr(doc + s, ' ', e - s) != NULL;
    for (size_t i = s; i < e; i++)
        caps &= !ascii_islower((unsigned char)doc[i]);
    size_t o = 0;
    for (size_t i = s; i < e && o + 1 < DEPT_MAX;) {
        size_t w = i;
        while (w < e && ascii_isalpha((unsigned char)doc[w]))
            w++;
        int join = caps && i > s && tw_win((const unsigned char *)doc + i, w - i, joins);
        for (size_t k = i; k < w && o + 1 < DEPT_MAX; k++)
            out[o++] = (char)(caps && (join || k > i) ? ascii_lower((unsigned char)doc[k]) : doc[k]);
        if (w == i && o + 1 < DEPT_MAX)
            out[o++] = doc[w++];
        i = w;
    }
    out[o] = '\0';
}

/* The department a header line [s, e) names: "Question for Ministry of
 * Defence"; a line that is a ministry's or department's name ("MINISTRY
 * OF COMMUNICATIONS", the record's letterhead); "Answered ... by NAME,
 * OFFICE (Cabinet Office)", the bracket that closes it. [*ds, *de), 1;
 * else 0. */
static int header_dept(const char *doc, size_t s, size_t e, size_t *ds, size_t *de)
{
    static const char qfor[] = "Question for ";
    static const Phrase names[] = {PHRASE("ministry of "), PHRASE("ministry for "), PHRASE("department of "),
                                   PHRASE("department for "), {NULL, 0}};
    const size_t ql = sizeof qfor - 1;
    if (e - s > ql && !memcmp(doc + s, qfor, ql) && ascii_isupper((unsigned char)doc[s + ql])) {
        *ds = s + ql, *de = e;
        return e - *ds < DEPT_MAX;
    }
    if (opens(doc, s, e, names) && e - s < DEPT_MAX && ascii_isupper((unsigned char)doc[s + 1]) == ascii_isupper((unsigned char)doc[s + 2])) {
        *ds = s, *de = e;
        return 1;
    }
    static const Phrase by[] = {PHRASE("answered"), {NULL, 0}};
    if (opens(doc, s, e, by) && e > s && doc[e - 1] == ')') {
        size_t b = e - 1;
        while (b > s && doc[b] != '(')
            b--;
        /* (a name of words, not an acronym: "(DSIT)" says less than the
         * "Question for" line over it) */
        if (doc[b] == '(' && b + 2 < e && ascii_isupper((unsigned char)doc[b + 1]) && e - 1 - b - 1 < DEPT_MAX &&
            memchr(doc + b, ' ', e - b)) {
            *ds = b + 1, *de = e - 1;
            return 1;
        }
    }
    return 0;
}

WrittenQ *writtenq_new(const char *doc, size_t n)
{
    if (!writtenq_record(doc, n))
        return NULL;
    WrittenQ *w = xcalloc(1, sizeof *w);
    for (size_t i = 0, s, e, ds, de; i < n && w->nq < MAX_QUESTIONS;) {
        size_t ls = i;
        i = line_at(doc, n, i, &s, &e);
        if (e <= s || !header_dept(doc, s, e, &ds, &de))
            continue;
        /* (a letterhead's next line, a ministry's department under its
         * name, "MINISTRY OF COMMUNICATIONS / DEPARTMENT OF
         * TELECOMMUNICATIONS", keeps the first) */
        if (w->nq && ls - w->at[w->nq - 1] < 120)
            continue;
        char name[DEPT_MAX];
        copy_name(doc, ds, de, name);
        w->at[w->nq] = ls;
        memcpy(w->dept[w->nq], name, sizeof name);
        w->nq++;
    }
    if (!w->nq) {
        free(w);
        return NULL;
    }
    return w;
}

void writtenq_free(WrittenQ *w) { free(w); }

const char *writtenq_answerer(const WrittenQ *w, size_t at)
{
    if (!w || !w->nq || at < w->at[0])
        return "";
    /* (the last question line before the offset: by halves) */
    size_t lo = 0, hi = w->nq;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (w->at[mid] <= at)
            lo = mid;
        else
            hi = mid;
    }
    return w->dept[lo];
}
