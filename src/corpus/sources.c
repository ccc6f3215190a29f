/* sources.c — read the corpus bibliography (see sources.h). */
#define _GNU_SOURCE   /* qsort_r */
#include "sources.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvio.h"

/* ORDER COL: names[] */
enum { COL_FILE, COL_TITLE, COL_AUTHORS, COL_PUBLISHER, COL_DATE, COL_URL, NCOL };
static const char *const names[NCOL] = { "file", "title", "authors", "publisher", "date", "url" };

typedef struct Ctx {
    const char *path;
    SourceList *out;
    int idx[NCOL];
    int have_header;
} Ctx;

/* Set row s to the six cells (file, title, authors, publisher, date,
 * url; NULL is ""): one allocation holds them all, at s->file (a corpus
 * of thousands of documents has as many rows: six small allocations
 * each took twice the memory of their text). The row's old block, if it
 * had one, is freed after the copy (a cell may point into it). */
static void row_set(Source *s, const char *const cell[6])
{
    size_t len[6], total = 0;
    for (int k = 0; k < 6; k++)
        total += (len[k] = cell[k] ? strlen(cell[k]) : 0) + 1;
    char *blk = xmalloc(total), *old = s->file, *w = blk;
    char **dst[6] = {&s->file, &s->title, &s->authors, &s->publisher, &s->date, &s->url};
    for (int k = 0; k < 6; k++) {
        if (len[k])
            memcpy(w, cell[k], len[k]);
        w[len[k]] = '\0';
        *dst[k] = w;
        w += len[k] + 1;
    }
    free(old);
}

static int on_row(const CsvRow *row, void *vctx, Diag *d)
{
    Ctx *c = vctx;
    if (!c->have_header) {
        static const char *const required[] = { "file", NULL };
        c->have_header = 1;
        return csvio_header(row, names, c->idx, NCOL, required, c->path, d);
    }
    const char *file = csvio_get(row, c->idx[COL_FILE]);
    if (!*file)
        return diag_set(d, CB_EINPUT, c->path, row->line, "empty file cell");
    /* A bibliography row names a document in data/corpus/, never a path. */
    if (strchr(file, '/') || !strcmp(file, ".") || !strcmp(file, ".."))
        return diag_set(d, CB_EINPUT, c->path, row->line,
                        "file '%s' is not a plain file name", file);
    SourceList *l = c->out;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    Source *s = &l->v[l->n++];
    const char *cell[6] = {file, csvio_get(row, c->idx[COL_TITLE]), csvio_get(row, c->idx[COL_AUTHORS]),
                           csvio_get(row, c->idx[COL_PUBLISHER]), csvio_get(row, c->idx[COL_DATE]),
                           csvio_get(row, c->idx[COL_URL])};
    s->file = NULL;
    row_set(s, cell);
    s->line = row->line;
    s->traditional = 0;
    return 0;
}

/* ORDER: by file name, then line (for the duplicate check). */
static int cmp_byname(const void *a, const void *b, void *ctx)
{
    const SourceList *l = ctx;
    const Source *x = &l->v[*(const size_t *)a], *y = &l->v[*(const size_t *)b];
    int c = strcmp(x->file, y->file);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* l's indexes sorted by file name, into l->byname. */
static void index_by_name(SourceList *l)
{
    free(l->byname);
    l->byname = xmalloc((l->n + 1) * sizeof *l->byname);
    for (size_t i = 0; i < l->n; i++)
        l->byname[i] = i;
    qsort_r(l->byname, l->n, sizeof *l->byname, cmp_byname, l);
}

int sources_load(const char *path, SourceList *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    Ctx c = { .path = path, .out = out };
    int rc = csvio_read_file(path, on_row, &c, d);
    if (rc == 0 && !c.have_header)
        rc = diag_set(d, CB_EINPUT, path, 0, "empty file: no header row");
    if (rc != 0) {
        sources_free(out);
        return rc;
    }
    /* An index by name: sources_find is a binary search (a corpus of
     * thousands of documents is looked up once per claim), and a file
     * listed twice is found in one pass. */
    index_by_name(out);
    for (size_t i = 1; i < out->n; i++) {
        const Source *a = &out->v[out->byname[i - 1]], *b = &out->v[out->byname[i]];
        if (!strcmp(a->file, b->file)) {
            rc = diag_set(d, CB_EINPUT, path, b->line, "file '%s' is listed twice", b->file);
            sources_free(out); /* on error the list is empty, as on every other */
            return rc;
        }
    }
    return rc;
}

void sources_free(SourceList *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].file);   /* the row's block (row_set) */
    free(l->v);
    free(l->byname);
    memset(l, 0, sizeof *l);
}

const Source *sources_find(const SourceList *l, const char *file)
{
    if (l->byname) {
        size_t lo = 0, hi = l->n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            int c = strcmp(l->v[l->byname[mid]].file, file);
            if (c == 0)
                return &l->v[l->byname[mid]];
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return NULL;
    }
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].file, file))
            return &l->v[i];
    return NULL;
}

/* Fill each empty cell of s (title to url) that v says something for. */
static void offer(Source *s, const char *const v[5])
{
    const char *cell[6] = {s->file, s->title, s->authors, s->publisher, s->date, s->url};
    int change = 0;
    for (int k = 0; k < 5; k++)
        if (v[k] && v[k][0] && !cell[k + 1][0]) {
            cell[k + 1] = v[k];
            change = 1;
        }
    if (change)
        row_set(s, cell);
}

void sources_offer(SourceList *l, const char *file, const char *title, const char *authors,
                   const char *publisher, const char *date, const char *url)
{
    Source *s = (Source *)sources_find(l, file);
    if (!s) {
        if (l->n == l->cap) {
            l->cap = l->cap ? 2 * l->cap : 16;
            l->v = xrealloc(l->v, l->cap * sizeof *l->v);
        }
        s = &l->v[l->n++];
        *s = (Source){0};
        row_set(s, (const char *const[6]){file, "", "", "", "", ""});
        /* the index by name takes the new row in its place */
        if (l->byname) {
            l->byname = xrealloc(l->byname, (l->n + 1) * sizeof *l->byname);
            size_t lo = 0, hi = l->n - 1;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (strcmp(l->v[l->byname[mid]].file, file) < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            memmove(l->byname + lo + 1, l->byname + lo, (l->n - 1 - lo) * sizeof *l->byname);
            l->byname[lo] = l->n - 1;
        }
    }
    offer(s, (const char *const[5]){title, authors, publisher, date, url});
}

static void push_copy(SourceList *l, const Source *from, const char *file)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    Source *s = &l->v[l->n++];
    s->file = NULL;
    if (from)
        row_set(s, (const char *const[6]){from->file, from->title, from->authors, from->publisher, from->date,
                                          from->url});
    else
        row_set(s, (const char *const[6]){file, "", "", "", "", ""});
    s->line = from ? from->line : 0;
    s->traditional = 0;
}

static void say(SourcesWarn warn, void *ctx, const char *path, long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void say(SourcesWarn warn, void *ctx, const char *path, long line, const char *fmt, ...)
{
    if (!warn)
        return;
    Diag w;
    va_list ap;
    va_start(ap, fmt);
    diag_vset(&w, CB_OK, path, line, fmt, ap);
    va_end(ap);
    warn(&w, ctx);
}

size_t sources_reconcile(const SourceList *src, const char *path, const Corpus *docs,
                         SourceList *out, SourcesWarn warn, void *ctx)
{
    memset(out, 0, sizeof *out);
    size_t bad = 0;
    /* Rows in the file's order: kept when their document is there. */
    for (size_t i = 0; src && i < src->n; i++) {
        const Source *s = &src->v[i];
        if (corpus_find(docs, s->file)) {
            push_copy(out, s, NULL);
            continue;
        }
        say(warn, ctx, path, s->line,
            "'%s' is not in %s: remove the row, or put the document back", s->file, docs->dir);
        bad++;
    }
    if (!src && docs->n) {
        /* One warning for the whole file, not one per document. */
        say(warn, ctx, path, 0,
            "missing: the brief names the %zu document%s by file name only; write this file "
            "with the header file,title,authors,publisher,date,url and a row per document",
            docs->n, docs->n == 1 ? "" : "s");
        bad++;
    }
    /* Documents without a row, in name order. */
    for (size_t i = 0; i < docs->n; i++) {
        const char *name = docs->v[i].name;
        if (src && sources_find(src, name))
            continue;
        if (src) {
            say(warn, ctx, path, 0,
                "no row for document '%s': add one (file,title,authors,publisher,date,url)", name);
            bad++;
        }
        push_copy(out, NULL, name);
    }
    index_by_name(out);
    return bad;
}

int sources_load_for(const char *path, const Corpus *docs, SourceList *out, SourcesWarn warn,
                     void *ctx, size_t *nbad, Diag *d)
{
    SourceList raw;
    memset(&raw, 0, sizeof raw);
    memset(out, 0, sizeof *out);
    *nbad = 0;
    struct stat st;
    int have = lstat(path, &st) == 0;
    int rc = have ? sources_load(path, &raw, d) : 0;
    if (rc == 0)
        *nbad = sources_reconcile(have ? &raw : NULL, path, docs, out, warn, ctx);
    sources_free(&raw);
    return rc;
}
