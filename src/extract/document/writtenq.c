/* writtenq.c — a parliament's written questions and answers (writtenq.h). */
#include "writtenq.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

/* Does a line of doc[0, n) open with lit (past blanks)? */
static int line_opens(const char *doc, size_t n, const char *lit)
{
    size_t l = strlen(lit);
    for (size_t i = 0; i < n;) {
        size_t s = i;
        while (s < n && (doc[s] == ' ' || doc[s] == '\t'))
            s++;
        if (s + l <= n && !memcmp(doc + s, lit, l))
            return 1;
        const char *nl = memchr(doc + s, '\n', n - s);
        i = nl ? (size_t)(nl - doc) + 1 : n;
    }
    return 0;
}

int writtenq_record(const char *doc, size_t n)
{
    return line_opens(doc, n, "To ask the ") && line_opens(doc, n, "Answered ");
}

#define MAX_QUESTIONS 256

struct WrittenQ {
    size_t nq;
    size_t at[MAX_QUESTIONS];     /* where each "Question for" line starts */
    char dept[MAX_QUESTIONS][96]; /* and the department it names */
};

WrittenQ *writtenq_new(const char *doc, size_t n)
{
    static const char lit[] = "Question for ";
    const size_t l = sizeof lit - 1;
    if (!writtenq_record(doc, n))
        return NULL;
    WrittenQ *w = xcalloc(1, sizeof *w);
    for (size_t i = 0; i < n && w->nq < MAX_QUESTIONS;) {
        const char *nl = memchr(doc + i, '\n', n - i);
        size_t le = nl ? (size_t)(nl - doc) : n, s = i;
        while (s < le && (doc[s] == ' ' || doc[s] == '\t'))
            s++;
        size_t e = le;
        while (e > s && (doc[e - 1] == ' ' || doc[e - 1] == '\r' || doc[e - 1] == '.'))
            e--;
        /* (a department's name: a capital first, a short line) */
        if (s + l < e && !memcmp(doc + s, lit, l) && doc[s + l] >= 'A' && doc[s + l] <= 'Z' && e - s - l < 96) {
            w->at[w->nq] = s;
            memcpy(w->dept[w->nq], doc + s + l, e - s - l);
            w->dept[w->nq][e - s - l] = '\0';
            w->nq++;
        }
        i = le + 1;
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
