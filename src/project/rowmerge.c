/* rowmerge.c — the three-way merge of one table (see rowmerge.h).
 *
 * Phases: parse each file into a Table (its header, and each row's cells,
 * key and bytes); decide each of your rows against the base and the new
 * default; place the default's new rows after their neighbours; write
 * the result from your bytes and the default's. */
#define _GNU_SOURCE   /* qsort_r */
#include "rowmerge.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"

const char *const rowmerge_fate_names[RM_NFATES] = {"updated", "added", "removed", "kept yours",
                                                    "conflict"};

/* ---- a parsed table ------------------------------------------------------ */

typedef struct Row {
    char **cell;           /* by the table's columns */
    size_t ncell;
    char *key;             /* key cells joined by \x1f, then \x1e and the occurrence */
    char *label;           /* the key for people */
    const char *raw;       /* the record's bytes, its line end included */
    size_t rawlen;
    size_t gaplen;         /* blank lines after it (they stay with it) */
    long line;
} Row;

typedef struct Table {
    const RmText *src;
    char **col;            /* the header's names */
    size_t ncol;
    const char *head;      /* bytes before the first row: BOM, blank lines, header */
    size_t headlen;
    Row *row;
    size_t nrow, cap;
    Row **byk;             /* the rows sorted by key */
    const char *const *keys;
    int keyidx[8];
    size_t nkeys;
} Table;

static void table_free(Table *t)
{
    for (size_t i = 0; i < t->ncol; i++)
        free(t->col[i]);
    free(t->col);
    for (size_t i = 0; i < t->nrow; i++) {
        for (size_t j = 0; j < t->row[i].ncell; j++)
            free(t->row[i].cell[j]);
        free(t->row[i].cell);
        free(t->row[i].key);
        free(t->row[i].label);
    }
    free(t->row);
    free(t->byk);
    memset(t, 0, sizeof *t);
}

static int col_index(const Table *t, const char *name)
{
    for (size_t i = 0; i < t->ncol; i++)
        if (!strcmp(t->col[i], name))
            return (int)i;
    return -1;
}

static const char *cell(const Table *t, const Row *r, const char *name)
{
    int i = col_index(t, name);
    return i >= 0 && (size_t)i < r->ncell ? r->cell[i] : "";
}

static int on_record(const CsvRow *row, void *ctx, Diag *d)
{
    Table *t = ctx;
    if (!t->col) {
        /* the header: the first key column must be there */
        t->col = xcalloc(row->n ? row->n : 1, sizeof *t->col);
        for (size_t i = 0; i < row->n; i++)
            t->col[i] = xstrdup(row->f[i]);
        t->ncol = row->n;
        for (t->nkeys = 0; t->keys[t->nkeys]; t->nkeys++)
            t->keyidx[t->nkeys] = col_index(t, t->keys[t->nkeys]);
        if (t->keyidx[0] < 0)
            return diag_set(d, CB_EINPUT, t->src->name, row->line, "missing column '%s' in the header",
                            t->keys[0]);
        return 0;
    }
    if (t->nrow == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 64;
        t->row = xrealloc(t->row, t->cap * sizeof *t->row);
    }
    Row *r = &t->row[t->nrow++];
    memset(r, 0, sizeof *r);
    r->line = row->line;
    r->ncell = row->n;
    r->cell = xcalloc(row->n ? row->n : 1, sizeof *r->cell);
    for (size_t i = 0; i < row->n; i++)
        r->cell[i] = xstrdup(row->f[i]);
    return 0;
}

/* Byte offset of each line's start (line 1 at index 1), counted as csvio
 * counts them: after a BOM, one line per '\n'. */
static size_t *line_starts(const char *p, size_t n, size_t skip, size_t *nlines)
{
    size_t cap = 64, k = 1;
    size_t *at = xmalloc(cap * sizeof *at);
    at[0] = at[1] = skip;
    for (size_t i = skip; i < n; i++)
        if (p[i] == '\n') {
            if (k + 2 > cap)
                at = xrealloc(at, (cap *= 2) * sizeof *at);
            at[++k] = i + 1;
        }
    *nlines = k;
    return at;
}

/* Each row's bytes: from its line to the next record's line, the blank
 * lines at the end of that span being its gap. */
static void cut_rows(Table *t)
{
    const char *p = t->src->data;
    size_t n = t->src->len;
    size_t skip = n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3) ? 3 : 0;
    size_t nlines;
    size_t *at = line_starts(p, n, skip, &nlines);
    size_t first = t->nrow ? at[t->row[0].line] : n;
    t->head = p;
    t->headlen = first;
    for (size_t i = 0; i < t->nrow; i++) {
        Row *r = &t->row[i];
        size_t from = at[r->line];
        size_t to = i + 1 < t->nrow ? at[t->row[i + 1].line] : n;
        /* the gap: whole blank lines ("\n" or "\r\n") at the end */
        size_t end = to;
        for (;;) {
            if (end - from >= 2 && p[end - 1] == '\n' && p[end - 2] == '\n')
                end -= 1;
            else if (end - from >= 3 && p[end - 1] == '\n' && p[end - 2] == '\r' && p[end - 3] == '\n')
                end -= 2;
            else
                break;
        }
        r->raw = p + from;
        r->rawlen = end - from;
        r->gaplen = to - end;
    }
    free(at);
}

static int by_key_then_place(const void *a, const void *b, void *ctx)
{
    const Table *t = ctx;
    const Row *ra = &t->row[*(const size_t *)a], *rb = &t->row[*(const size_t *)b];
    int c = strcmp(ra->key, rb->key);
    return c ? c : (ra->line > rb->line) - (ra->line < rb->line);
}

static int by_key(const void *a, const void *b)
{
    return strcmp((*(const Row *const *)a)->key, (*(const Row *const *)b)->key);
}

/* Keys: the key cells, then the occurrence of those cells (0 for the
 * first row that has them, 1 for the second...); and an index sorted by
 * key for find(). */
static void make_keys(Table *t)
{
    Buf l;
    buf_init(&l, 0);
    for (size_t i = 0; i < t->nrow; i++) {
        Row *r = &t->row[i];
        Buf k;
        buf_init(&k, 0);
        buf_reset(&l);
        for (size_t j = 0; j < t->nkeys; j++) {
            int c = t->keyidx[j];
            const char *v = c >= 0 && (size_t)c < r->ncell ? r->cell[c] : "";
            buf_printf(&k, "%s\x1f", v);
            if (*v)
                buf_printf(&l, "%s%s", l.len ? " " : "", v);
        }
        r->key = buf_take(&k, NULL);
        r->label = xstrdup(l.len ? l.data : "(empty key)");
    }
    buf_free(&l);
    /* the occurrence: rows of the same cells, in file order */
    size_t *ix = xcalloc(t->nrow + 1, sizeof *ix);
    for (size_t i = 0; i < t->nrow; i++)
        ix[i] = i;
    qsort_r(ix, t->nrow, sizeof *ix, by_key_then_place, t);
    size_t seen = 0;
    for (size_t i = 0; i < t->nrow; i++) {
        Row *r = &t->row[ix[i]];
        const char *prev = i ? t->row[ix[i - 1]].key : "";
        size_t n0 = strlen(r->key);   /* the previous one may carry its occurrence */
        seen = i && !strncmp(prev, r->key, n0) && (!prev[n0] || prev[n0] == '\x1e') ? seen + 1 : 0;
        if (seen) {
            size_t n = strlen(r->key);
            r->key = xrealloc(r->key, n + 32);
            snprintf(r->key + n, 32, "\x1e%zu", seen);
            Buf b;
            buf_init(&b, 0);
            buf_printf(&b, "%s (row %zu of that key)", r->label, seen + 1);
            free(r->label);
            r->label = buf_take(&b, NULL);
        }
    }
    free(ix);
    t->byk = xcalloc(t->nrow + 1, sizeof *t->byk);
    for (size_t i = 0; i < t->nrow; i++)
        t->byk[i] = &t->row[i];
    qsort(t->byk, t->nrow, sizeof *t->byk, by_key);
}

static int table_parse(Table *t, const RmText *src, const char *const *keys, Diag *d)
{
    memset(t, 0, sizeof *t);
    t->src = src;
    t->keys = keys;
    if (memchr(src->data, '\0', src->len))
        return diag_set(d, CB_EINPUT, src->name, 0, "binary data (NUL byte), not a CSV file");
    int rc = csvio_read_mem(src->name, src->data, src->len, on_record, t, d);
    if (rc == 0 && !t->col)
        rc = diag_set(d, CB_EINPUT, src->name, 0, "empty file: no header row");
    if (rc < 0) {
        table_free(t);
        return rc;
    }
    cut_rows(t);
    make_keys(t);
    return 0;
}

static const Row *find(const Table *t, const char *key)
{
    if (!t || !t->nrow)
        return NULL;
    Row probe = {.key = (char *)key};
    const Row *pp = &probe;
    const Row *const *hit = bsearch(&pp, t->byk, t->nrow, sizeof *t->byk, by_key);
    return hit ? *hit : NULL;
}

/* The columns where two rows differ (by name, over both headers), into
 * diff as "a, b"; 1 when they differ. */
static int differ(const Table *ta, const Row *a, const Table *tb, const Row *b, Buf *diff)
{
    int any = 0;
    for (int pass = 0; pass < 2; pass++) {
        const Table *t = pass ? tb : ta;
        for (size_t i = 0; i < t->ncol; i++) {
            const char *name = t->col[i];
            if (pass && col_index(ta, name) >= 0)
                continue;   /* seen in the first pass */
            if (col_index(t, name) != (int)i)
                continue;   /* a name the header repeats */
            if (strcmp(cell(ta, a, name), cell(tb, b, name)) != 0) {
                if (diff)
                    buf_printf(diff, "%s%s", any ? ", " : "", name);
                any = 1;
            }
        }
    }
    return any;
}

static int same(const Table *ta, const Row *a, const Table *tb, const Row *b)
{
    return !differ(ta, a, tb, b, NULL);
}

/* ---- deciding ------------------------------------------------------------ */

/* Where each output row comes from. */
typedef struct Entry {
    const Row *y;          /* your row (its bytes and gap), or NULL */
    const Row *n;          /* the default's row to write instead, or NULL */
    int drop;              /* your row is removed (its gap stays) */
    long change;           /* index into m->v + 1, or 0 */
} Entry;

static size_t note(RowMerge *m, RmFate fate, const char *label, const char *why)
{
    if (m->n == m->cap) {
        m->cap = m->cap ? 2 * m->cap : 16;
        m->v = xrealloc(m->v, m->cap * sizeof *m->v);
    }
    RmChange *c = &m->v[m->n];
    memset(c, 0, sizeof *c);
    c->fate = fate;
    c->key = xstrdup(label);
    c->why = xstrdup(why ? why : "");
    m->count[fate]++;
    return ++m->n;
}

static char *row_text(const Row *r)
{
    size_t n = r->rawlen;
    while (n && (r->raw[n - 1] == '\n' || r->raw[n - 1] == '\r'))
        n--;
    return xstrndup(r->raw, n);
}

static void conflict(RowMerge *m, Entry *e, const char *label, const char *why, const Row *y,
                     const Row *n)
{
    size_t k = note(m, RM_CONFLICT, label, why);
    m->v[k - 1].yours = y ? row_text(y) : NULL;
    m->v[k - 1].theirs = row_text(n);
    if (e)
        e->change = (long)k;
}

/* Decide one of your rows (the table in rowmerge.h). */
static void decide(RowMerge *m, Entry *e, const Table *Y, const Table *B, const Table *N)
{
    const Row *y = e->y, *b = find(B, y->key), *n = find(N, y->key);
    Buf why;
    buf_init(&why, 0);
    if (!B) {
        /* no base: the new default or yours */
        if (n && !same(Y, y, N, n)) {
            differ(Y, y, N, n, &why);
            buf_puts(&why, ": differs from the default");
            e->change = (long)note(m, RM_KEPT, y->label, why.data);
        } else if (!n) {
            e->change = (long)note(m, RM_KEPT, y->label, "not in the defaults");
        }
    } else if (b && same(Y, y, B, b)) {
        /* you left it as it was: the default's word */
        if (!n) {
            e->drop = 1;
            note(m, RM_REMOVED, y->label, "the default removed it");
        } else if (!same(Y, y, N, n)) {
            differ(Y, y, N, n, &why);
            e->n = n;
            e->change = (long)note(m, RM_UPDATED, y->label, why.data);
        }
    } else if (b) {
        /* you changed it */
        if (!n) {
            e->change = (long)note(m, RM_KEPT, y->label, "the default removed it; you had changed it");
        } else if (!same(B, b, N, n) && !same(Y, y, N, n)) {
            differ(B, b, N, n, &why);
            buf_puts(&why, ": you and the default both changed it");
            conflict(m, e, y->label, why.data, y, n);
        }
    } else if (n && !same(Y, y, N, n)) {
        /* your own row, and the default now has one of that key */
        differ(Y, y, N, n, &why);
        buf_puts(&why, ": you and the default both added it");
        conflict(m, e, y->label, why.data, y, n);
    }
    buf_free(&why);
}

/* ---- writing ------------------------------------------------------------- */

typedef struct Out {
    Buf *b;
    int open_line;         /* the last bytes lack a line end */
    long line;             /* lines written so far */
} Out;

static void put(Out *o, const char *p, size_t n)
{
    if (!n)
        return;
    if (o->open_line) {
        buf_putc(o->b, '\n');
        o->line++;
    }
    buf_append(o->b, p, n);
    for (size_t i = 0; i < n; i++)
        o->line += p[i] == '\n';
    o->open_line = p[n - 1] != '\n';
}

/* A default row in your columns: its own bytes when the columns are the
 * same, else its cells by name. */
static void put_default(Out *o, const char *const *cols, size_t ncol,
                        const Table *N, const Row *n)
{
    int same_cols = N->ncol == ncol;
    for (size_t i = 0; same_cols && i < ncol; i++)
        same_cols = !strcmp(N->col[i], cols[i]);
    if (same_cols) {
        put(o, n->raw, n->rawlen);
        return;
    }
    Buf b;
    buf_init(&b, 0);
    for (size_t i = 0; i < ncol; i++) {
        if (i)
            buf_putc(&b, ',');
        const char *v = cell(N, n, cols[i]);
        csvio_field(&b, v, strlen(v));
    }
    buf_putc(&b, '\n');
    put(o, b.data, b.len);
    buf_free(&b);
}

/* The output's columns: yours, then the default's that you lack. */
static char **out_columns(const Table *Y, const Table *N, size_t *ncol)
{
    char **cols = xcalloc(Y->ncol + N->ncol + 1, sizeof *cols);
    size_t k = 0;
    for (size_t i = 0; i < Y->ncol; i++)
        cols[k++] = Y->col[i];
    for (size_t i = 0; i < N->ncol; i++)
        if (col_index(Y, N->col[i]) < 0)
            cols[k++] = N->col[i];
    *ncol = k;
    return cols;
}

/* The end of the CSV record starting at p[i] (past its line end): the
 * first line break outside quotes. A header may span lines ("my\nnote"
 * quoted); the table parsed, so its quotes pair up. */
static size_t record_end(const char *p, size_t i, size_t n)
{
    int quoted = 0;
    for (; i < n; i++) {
        if (p[i] == '"')
            quoted = !quoted;
        else if (p[i] == '\n' && !quoted)
            return i + 1;
    }
    return n;
}

static void put_head(Out *o, const Table *Y, char *const *cols, size_t ncol)
{
    if (ncol == Y->ncol) {
        put(o, Y->head, Y->headlen);
        return;
    }
    /* new columns: the header line written again, what was before it kept */
    const char *p = Y->head;
    size_t skip = Y->src->len >= 3 && !memcmp(Y->src->data, "\xEF\xBB\xBF", 3) ? 3 : 0;
    size_t i = skip;
    while (i + 1 < Y->headlen && (p[i] == '\n' || (p[i] == '\r' && p[i + 1] == '\n')))
        i += p[i] == '\n' ? 1 : 2;
    put(o, p, i);
    Buf h;
    buf_init(&h, 0);
    for (size_t c = 0; c < ncol; c++) {
        if (c)
            buf_putc(&h, ',');
        csvio_field(&h, cols[c], strlen(cols[c]));
    }
    buf_putc(&h, '\n');
    put(o, h.data, h.len);
    buf_free(&h);
    /* blank lines after the header stay */
    size_t rest = record_end(p, i, Y->headlen);
    put(o, p + rest, Y->headlen - rest);
}

/* A default row you lack, to be added after your row `after` (the
 * number of your rows: at the end); seq keeps the default's order. */
typedef struct Add {
    const Row *n;
    size_t after, seq;
} Add;

static int by_after(const void *a, const void *b)
{
    const Add *x = a, *y = b;
    if (x->after != y->after)
        return (x->after > y->after) - (x->after < y->after);
    return (x->seq > y->seq) - (x->seq < y->seq);
}

static int by_line(const void *a, const void *b)
{
    const RmChange *x = a, *y = b;
    long lx = x->line ? x->line : LONG_MAX, ly = y->line ? y->line : LONG_MAX;
    if (lx != ly)
        return (lx > ly) - (lx < ly);
    return (x->order > y->order) - (x->order < y->order);
}

/* The changes in the merged file's order; those not in it last, in the
 * order they were found. */
static void sort_changes(RowMerge *m)
{
    if (m->n < 2)
        return;   /* m->v may be NULL, which qsort may not take */
    for (size_t i = 0; i < m->n; i++)
        m->v[i].order = i;
    qsort(m->v, m->n, sizeof *m->v, by_line);
}

/* The default's rows you lack: added after the nearest row before them
 * in the default that you have (at the end when none), or left out when
 * you removed them. Returns them sorted by the row they follow. */
static Add *place_additions(RowMerge *m, const Table *Y, const Table *B, const Table *N, size_t *nadds)
{
    Add *adds = xcalloc(N->nrow + 1, sizeof *adds);
    size_t k = 0, cur = Y->nrow;
    for (size_t i = 0; i < N->nrow; i++) {
        const Row *n = &N->row[i];
        const Row *y = find(Y, n->key);
        if (y) {
            cur = (size_t)(y - Y->row);
            continue;
        }
        const Row *b = find(B, n->key);
        if (b) {
            if (!same(B, b, N, n)) {
                Buf why;
                buf_init(&why, 0);
                differ(B, b, N, n, &why);
                buf_puts(&why, ": you removed it and the default changed it; left out");
                conflict(m, NULL, n->label, why.data, NULL, n);
                buf_free(&why);
            }
            continue;
        }
        adds[k] = (Add){n, cur, k};
        k++;
    }
    qsort(adds, k, sizeof *adds, by_after);
    *nadds = k;
    return adds;
}

/* Write: the head, each of your rows (or the default's in its place)
 * with the rows added after it, then its blank lines; last the added
 * rows that follow none of yours. Each change learns its line. */
static void write_merged(RowMerge *m, const Table *Y, const Table *N, const Entry *e,
                         const Add *adds, size_t nadds)
{
    size_t ncol;
    char **cols = out_columns(Y, N, &ncol);
    const char *const *cc = (const char *const *)cols;
    Out o = {&m->out, 0, 0};
    put_head(&o, Y, cols, ncol);
    size_t next_add = 0;
    for (size_t i = 0; i <= Y->nrow; i++) {
        if (i < Y->nrow && !e[i].drop) {
            long at = o.line + 1;
            if (e[i].n)
                put_default(&o, cc, ncol, N, e[i].n);
            else
                put(&o, e[i].y->raw, e[i].y->rawlen);
            if (e[i].change)
                m->v[e[i].change - 1].line = at;
        }
        for (; next_add < nadds && adds[next_add].after == i; next_add++) {
            long at = o.line + 1;
            put_default(&o, cc, ncol, N, adds[next_add].n);
            size_t k = note(m, RM_ADDED, adds[next_add].n->label, "new in the defaults");   /* moves m->v */
            m->v[k - 1].line = at;
        }
        if (i < Y->nrow)
            put(&o, e[i].y->raw + e[i].y->rawlen, e[i].y->gaplen);
    }
    free(cols);
}

int rowmerge_run(const char *const *keys, const RmText *yours, const RmText *base,
                 const RmText *next, RowMerge *m, Diag *d)
{
    memset(m, 0, sizeof *m);
    buf_init(&m->out, 0);
    Table Y, B, N;
    int rc = table_parse(&Y, yours, keys, d);
    if (rc < 0)
        return rc;
    if ((rc = table_parse(&N, next, keys, d)) < 0) {
        table_free(&Y);
        return rc;
    }
    if (base && (rc = table_parse(&B, base, keys, d)) < 0) {
        table_free(&Y);
        table_free(&N);
        return rc;
    }
    const Table *Bp = base ? &B : NULL;

    Entry *e = xcalloc(Y.nrow + 1, sizeof *e);
    for (size_t i = 0; i < Y.nrow; i++) {
        e[i].y = &Y.row[i];
        decide(m, &e[i], &Y, Bp, &N);
    }
    size_t nadds;
    Add *adds = place_additions(m, &Y, Bp, &N, &nadds);
    write_merged(m, &Y, &N, e, adds, nadds);
    sort_changes(m);
    m->changed = m->out.len != yours->len || memcmp(m->out.data, yours->data, yours->len) != 0;

    free(adds);
    free(e);
    table_free(&Y);
    table_free(&N);
    if (base)
        table_free(&B);
    return 0;
}

void rowmerge_free(RowMerge *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->v[i].key);
        free(m->v[i].why);
        free(m->v[i].yours);
        free(m->v[i].theirs);
    }
    free(m->v);
    buf_free(&m->out);
    memset(m, 0, sizeof *m);
}
