/* merge.c — merging shard claims tables (see merge.h).
 *
 * Pass 1 validates each shard with the strict reader; pass 2 notes where
 * each document's run of rows starts (byte offset) in its shard; then the
 * runs are sorted by document and copied record by record. Rows are
 * copied, not re-serialised, so the output is the bytes extract wrote.
 * A shard's documents may come in any order (a map step sees its input in
 * whatever order the engine gives); each document's rows must be together
 * and in offset order, as extract writes them.
 */
#include "merge.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "claim.h"
#include "fsio.h"
#include "limits.h"

/* ---- pass 1: validate, list documents ---- */

/* One document's run of rows in a shard. */
typedef struct DocRef {
    char *doc;
    size_t shard;
    long off;    /* byte offset of its first record */
    long line;   /* line of its first record */
} DocRef;

typedef struct Pass1 {
    const char *path;
    size_t shard;
    char prev_doc[256];
    size_t prev_start;
    int have_prev;
    DocRef *refs;
    size_t nrefs, cap;
} Pass1;

static int on_claim(Claim *c, long line, void *ctx, Diag *d)
{
    Pass1 *p = ctx;
    if (p->have_prev && strcmp(c->doc, p->prev_doc) == 0) {
        if (c->start < p->prev_start)
            return diag_set(d, CB_EINPUT, p->path, line,
                            "rows out of order: offset %zu after %zu in document '%s'", c->start,
                            p->prev_start, c->doc);
        p->prev_start = c->start;
        return 0;
    }
    snprintf(p->prev_doc, sizeof p->prev_doc, "%s", c->doc);
    p->prev_start = c->start;
    p->have_prev = 1;
    return 0;
}

static int cmp_ref(const void *a, const void *b)
{
    const DocRef *x = a, *y = b;
    int c = strcmp(x->doc, y->doc);
    if (c)
        return c;
    return x->shard < y->shard ? -1 : x->shard > y->shard;
}

/* ---- raw records ---- */

/* One shard being read record by record. A record is one or more lines:
 * a quoted field may hold newlines, so a record ends at a newline with an
 * even number of quotes before it. */
typedef struct Shard {
    const char *path;
    FILE *fp;
    Buf rec;          /* the current record, ending in "\n" */
    long line;        /* line the current record starts on */
    long next_line;   /* line the next record starts on */
    char doc[256];    /* its document */
    int eof;
    char *lbuf;
    size_t lcap;
} Shard;

/* Read the next record into s->rec; 0, 1 at end of file, or CB_EINPUT. */
static int shard_next(Shard *s, Diag *d)
{
    buf_reset(&s->rec);
    s->line = s->next_line;
    size_t quotes = 0;
    for (;;) {
        errno = 0;
        ssize_t n = getline(&s->lbuf, &s->lcap, s->fp);
        if (n < 0) {
            if (ferror(s->fp))
                return diag_set(d, CB_EINPUT, s->path, s->line, "cannot read: %s",
                                strerror(errno ? errno : EIO));
            if (s->rec.len == 0) {
                s->eof = 1;
                return 1;
            }
            return diag_set(d, CB_EINPUT, s->path, s->line, "unterminated quoted field");
        }
        s->next_line++;
        for (ssize_t i = 0; i < n; i++)
            quotes += s->lbuf[i] == '"';
        if (buf_append(&s->rec, s->lbuf, (size_t)n) < 0)
            return diag_set(d, CB_EINPUT, s->path, s->line, "record longer than %u bytes",
                            CB_MAX_CSV_LINE);
        if (quotes % 2 == 0)
            break;
    }
    /* One terminator, "\n", whatever the shard used (CRLF after a trip
     * through another system, or none at the end of the file). */
    while (s->rec.len && (s->rec.data[s->rec.len - 1] == '\n' || s->rec.data[s->rec.len - 1] == '\r'))
        s->rec.len--;
    buf_putc(&s->rec, '\n');
    return 0;
}

/* Copy field idx of a CSV record (unquoted) into out. */
static void record_field(const char *r, size_t n, int idx, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    for (int f = 0; f < idx && i < n; f++) {
        int q = 0;
        for (; i < n; i++) {
            if (r[i] == '"')
                q = !q;
            else if (r[i] == ',' && !q)
                break;
        }
        i++;
    }
    if (i < n && r[i] == '"') {
        for (i++; i < n; i++) {
            if (r[i] == '"') {
                if (i + 1 < n && r[i + 1] == '"')
                    i++;
                else
                    break;
            }
            if (o + 1 < cap)
                out[o++] = r[i];
        }
    } else {
        for (; i < n && r[i] != ',' && r[i] != '\n' && r[i] != '\r'; i++)
            if (o + 1 < cap)
                out[o++] = r[i];
    }
    out[o] = '\0';
}

static int shard_advance(Shard *s, Diag *d)
{
    int rc = shard_next(s, d);
    if (rc == 0)
        record_field(s->rec.data, s->rec.len, 1, s->doc, sizeof s->doc);
    return rc;
}

static int write_all(FILE *out, const void *p, size_t n, Diag *d)
{
    if (fsio_fwrite(p, n, out) < 0)
        return diag_set(d, CB_EWRITE, NULL, 0, "cannot write the merged table: %s",
                        strerror(errno ? errno : EIO));
    return 0;
}

int merge_shards(const char *const *paths, size_t n, FILE *out, Diag *d)
{
    int rc = 0;
    /* Pass 1: every row of every shard valid (the strict reader). */
    Pass1 p = {0};
    /* An empty file is an empty shard: engines write empty part files
     * for map tasks that had no input. */
    int *empty = xcalloc(n ? n : 1, sizeof *empty);
    unsigned long long total = sizeof CLAIM_COLUMNS;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        empty[i] = stat(paths[i], &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0;
        if (stat(paths[i], &st) == 0 && S_ISREG(st.st_mode))
            total += (unsigned long long)st.st_size;
    }
    /* The merged table must stay within what its reader takes (the rows
     * of all shards, less their headers: at most the sum of their sizes). */
    unsigned long long headers = (unsigned long long)n * (sizeof CLAIM_COLUMNS);
    if (total > headers && total - headers > CB_MAX_CSV_BYTES) {
        free(empty);
        return diag_set(d, CB_EINPUT, NULL, 0,
                        "the merged claims table would be about %llu bytes, over the limit of %u "
                        "bytes its reader takes", total - headers, CB_MAX_CSV_BYTES);
    }
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (empty[i])
            continue;
        p.path = paths[i];
        p.shard = i;
        p.have_prev = 0;
        rc = claims_read(paths[i], on_claim, &p, d);
    }
    if (rc < 0) {
        free(empty);
        return rc;
    }

    /* Pass 2: where each document's run of rows starts in its shard. */
    Shard *sh = xcalloc(n ? n : 1, sizeof *sh);
    for (size_t i = 0; i < n && rc == 0; i++) {
        Shard *s = &sh[i];
        s->path = paths[i];
        s->next_line = 1;
        buf_init(&s->rec, CB_MAX_CSV_LINE);
        if (empty[i])
            continue;
        int fd = fsio_open_input(paths[i], CB_MAX_CSV_BYTES, 0, NULL, d);
        if (fd < 0 || !(s->fp = fdopen(fd, "rb"))) {
            if (fd >= 0) {
                rc = diag_set(d, CB_EINPUT, paths[i], 0, "cannot read: %s", strerror(errno));
                close(fd);
            } else {
                rc = fd;
            }
            break;
        }
        int r = shard_next(s, d);   /* the header */
        if (r < 0) {
            rc = r;
            break;
        }
        const char *hdr = s->rec.data;
        if (r == 0 && strncmp(hdr, "\xEF\xBB\xBF", 3) == 0)
            hdr += 3;
        if (r == 1 || strcmp(hdr, CLAIM_COLUMNS "\n") != 0) {
            rc = diag_set(d, CB_EINPUT, paths[i], 1,
                          "not a claims table as extract writes it: the header must be %s",
                          CLAIM_COLUMNS);
            break;
        }
        char prev[256] = "";
        int have = 0;
        for (;;) {
            long off = ftell(s->fp);
            long line = s->next_line;
            r = shard_advance(s, d);
            if (r != 0) {
                rc = r < 0 ? r : 0;
                break;
            }
            if (have && strcmp(s->doc, prev) == 0)
                continue;
            have = 1;
            snprintf(prev, sizeof prev, "%s", s->doc);
            if (p.nrefs == p.cap) {
                p.cap = p.cap ? 2 * p.cap : 64;
                p.refs = xrealloc(p.refs, p.cap * sizeof *p.refs);
            }
            p.refs[p.nrefs++] = (DocRef){xstrdup(s->doc), i, off, line};
        }
    }
    /* Documents in name order; each in exactly one run of one shard. */
    if (rc == 0 && p.nrefs > 1) {
        qsort(p.refs, p.nrefs, sizeof *p.refs, cmp_ref);
        for (size_t i = 1; i < p.nrefs && rc == 0; i++) {
            const DocRef *a = &p.refs[i - 1], *b = &p.refs[i];
            if (strcmp(a->doc, b->doc) != 0)
                continue;
            if (a->shard == b->shard)
                rc = diag_set(d, CB_EINPUT, paths[b->shard], b->line,
                              "rows of document '%s' are not together (also at line %ld)", b->doc,
                              a->line);
            else
                rc = diag_set(d, CB_EINPUT, paths[b->shard], b->line,
                              "document '%s' is also in shard %s: each document must be in "
                              "exactly one shard",
                              b->doc, paths[a->shard]);
        }
    }
    /* Pass 3: copy each document's rows, in order. */
    if (rc == 0)
        rc = write_all(out, CLAIM_COLUMNS "\n", strlen(CLAIM_COLUMNS) + 1, d);
    for (size_t i = 0; i < p.nrefs && rc == 0; i++) {
        Shard *s = &sh[p.refs[i].shard];
        if (fseek(s->fp, p.refs[i].off, SEEK_SET) != 0) {
            rc = diag_set(d, CB_EINPUT, s->path, 0, "cannot read: %s", strerror(errno));
            break;
        }
        s->next_line = p.refs[i].line;
        int r;
        while ((r = shard_advance(s, d)) == 0 && strcmp(s->doc, p.refs[i].doc) == 0)
            if ((rc = write_all(out, s->rec.data, s->rec.len, d)) < 0)
                break;
        if (r < 0 && rc == 0)
            rc = r;
    }
    for (size_t i = 0; i < p.nrefs; i++)
        free(p.refs[i].doc);
    free(p.refs);
    for (size_t i = 0; i < n; i++) {
        if (sh[i].fp)
            fclose(sh[i].fp);
        buf_free(&sh[i].rec);
        free(sh[i].lbuf);
    }
    free(sh);
    free(empty);
    return rc;
}
