/* context.c — the model of a document's layout beyond the sentence
 * (see context.h). */
#include "context.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lines.h"
#include "metrics.h"
#include "names.h"

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }

/* ---- the block around a claim ----
 * Fact sheets and data pages give a figure's place in a heading above a
 * list ("PAKISTAN", then "Population: 241.5 million") and its source in a
 * note below it ("Source: PTA; DataReportal"). Claims come in document
 * order, so both are found by walking the lines once. */

typedef struct Block {
    size_t scanned;       /* lines before this offset were looked at for headings */
    size_t clear;         /* no line break in [scanned, clear) */
    size_t titled;        /* 1 + the start of the last line checked for a numbered title */
    int prev_text;        /* the line before scanned has text */
    char scope[64];       /* the place the last heading names, or "" */
    size_t head_s, head_e; /* the last heading line (head_s == head_e: none) */
    size_t end;           /* the current block: non-blank lines up to here */
    size_t note_at;       /* its "Source:" note starts here (n when none) */
    char source[128];     /* and credits this body */
} Block;

/* A heading: a short line with no figure and no sentence end, after a
 * blank line, a rule or the top of the document. */
static int heading_line(const char *p, int prev_has_text, size_t ls, size_t le)
{
    lines_trim(p, &ls, &le);
    if (prev_has_text || le - ls < 2 || le - ls > 100 || p[le - 1] == '.' || p[le - 1] == ',' || p[le - 1] == ';')
        return 0;
    for (size_t i = ls; i < le; i++)
        if (p[i] >= '0' && p[i] <= '9')
            return 0;
    return lines_has_text(p, ls, le);
}

/* A numbered section or paragraph ("2.2 Pakistan. The system...",
 * "3. Methodology"): where its title starts after the number, and where
 * that title ends (the first full stop or colon, or the line's end). 0
 * when the line is not numbered so. */
static int numbered_title(const char *p, size_t ls, size_t le, size_t *ts, size_t *te)
{
    size_t i = ls, dots = 0, digits = 0;
    while (i < le && ((p[i] >= '0' && p[i] <= '9') || p[i] == '.')) {
        dots += p[i] == '.';
        digits += p[i] != '.';
        i++;
    }
    if (!digits || !dots || digits > 4 || i >= le || p[i] != ' ' || i + 1 >= le || !is_upper((unsigned char)p[i + 1]))
        return 0;
    *ts = i + 1;
    size_t e = *ts;
    while (e < le && p[e] != '.' && p[e] != ':')
        e++;
    *te = e;
    return 1;
}

/* "2.2 Pakistan. The system...": a numbered section gives its place, or
 * none, to what follows. Each line is looked at once (b->titled). */
static void numbered_line(Block *b, const Metrics *m, const char *p, size_t ls, size_t le)
{
    size_t ts, te;
    if (b->titled == ls + 1)
        return;
    b->titled = ls + 1;
    if (numbered_title(p, ls, le, &ts, &te) &&
        (te - ts > 48 || !names_heading_scope(m, p, ts, te, b->scope, sizeof b->scope)))
        b->scope[0] = '\0';
}

/* Walk the whole lines before offset at: the last heading's place. Each
 * byte is searched once, however long the line (a 100 MB line holds
 * many claims). */
static void block_headings(Block *b, const Metrics *m, const char *p, size_t at)
{
    while (b->scanned < at) {
        size_t from = b->clear > b->scanned ? b->clear : b->scanned;
        const char *nl = from < at ? memchr(p + from, '\n', at - from) : NULL;
        if (!nl) {
            b->clear = at;
            break;
        }
        size_t ls = b->scanned, le = (size_t)(nl - p);
        if (heading_line(p, b->prev_text, ls, le)) {
            size_t hs = ls, he = le;
            lines_trim(p, &hs, &he);
            /* (a place heading is a few words: longer ones are not matched) */
            if (he - hs > 48 || !names_heading_scope(m, p, hs, he, b->scope, sizeof b->scope))
                b->scope[0] = '\0';   /* a section on something else */
            b->head_s = hs;
            b->head_e = he;
        }
        numbered_line(b, m, p, ls, le);
        b->prev_text = lines_has_text(p, ls, le);
        b->scanned = le + 1;
    }
    /* the line holding the claim may open with its own section title */
    size_t ls = b->scanned, lim = at - ls < 120 ? at : ls + 120;
    numbered_line(b, m, p, ls, lim);
}

/* The block (run of non-blank lines) holding offset at, and its note. */
static void block_note(Block *b, const Metrics *m, const char *p, size_t n, size_t at)
{
    if (at < b->end)
        return;
    b->note_at = n;
    b->source[0] = '\0';
    size_t i = at;
    while (i > 0 && p[i - 1] != '\n')
        i--;
    while (i < n) {
        size_t le = lines_end(p, n, i), ts = i, te = le;
        lines_trim(p, &ts, &te);
        if (!lines_has_text(p, ts, te))
            break;
        if (b->note_at == n && lines_source_note(p, ts, te) && names_note_source(m, p, ts, le, b->source, sizeof b->source))
            b->note_at = i;
        i = le < n ? le + 1 : n;
    }
    b->end = i > at ? i : at + 1;
}

struct Context {
    const Metrics *m;
    const char *p;
    size_t n;
    Block blk;
};

Context *context_new(const Metrics *m, const char *doc, size_t n)
{
    Context *cx = xcalloc(1, sizeof *cx);
    cx->m = m;
    cx->p = doc;
    cx->n = n;
    cx->blk.note_at = n;
    return cx;
}

void context_free(Context *cx)
{
    free(cx);
}

void context_around(Context *cx, size_t at, Around *a)
{
    Block *b = &cx->blk;
    block_headings(b, cx->m, cx->p, at);
    block_note(b, cx->m, cx->p, cx->n, at);
    a->heading_scope = b->scope;
    a->head_s = b->head_s;
    a->head_e = b->head_e;
    a->note_source = at < b->note_at ? b->source : "";
    a->block_end = b->end;
}
