/* findings.c — the findings table (reports/findings.csv): names, the
 * writer and a strict reader (see findings.h).
 *
 * The charts and the brief read the table back with findings_load, so the
 * reader is strict the way the claims reader is: a cell that does not
 * parse is an error naming the file and line. Required columns: id, kind,
 * statement, verdict; the others are optional and unknown ones ignored.
 */
#include "findings.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "fsio.h"
#include "ownpath.h"
#include "limits.h"
#include "utf8.h"

/* ORDER FindingKind */
static const char *const kind_names[FK_COUNT] = {"consistency", "agreement", "ratio",   "derived",
                                                 "items",       "series",    "excluded"};
/* ORDER Verdict */
static const char *const verdict_names[V_COUNT] = {"consistent", "tension", "inconsistent", "info"};

const char *finding_kind_name(FindingKind k)
{
    return (unsigned)k < FK_COUNT ? kind_names[k] : "?";
}

int finding_kind_parse(const char *s, FindingKind *k)
{
    for (int i = 0; i < FK_COUNT; i++)
        if (!strcmp(s, kind_names[i])) {
            *k = (FindingKind)i;
            return 0;
        }
    return -1;
}

const char *finding_verdict_name(Verdict v)
{
    return (unsigned)v < V_COUNT ? verdict_names[v] : "?";
}

int finding_verdict_parse(const char *s, Verdict *v)
{
    for (int i = 0; i < V_COUNT; i++)
        if (!strcmp(s, verdict_names[i])) {
            *v = (Verdict)i;
            return 0;
        }
    return -1;
}

void finding_init(Finding *f)
{
    memset(f, 0, sizeof *f);
    f->value = f->low = f->high = NAN;
    f->other_value = f->other_low = f->other_high = NAN;
    f->kind = FK_DERIVED;
    f->verdict = V_INFO;
}

void finding_fini(Finding *f)
{
    free(f->statement);
    free(f->conversion);
    free(f->excluded);
    free(f->claims);
    free(f->references);
    f->statement = f->conversion = f->excluded = f->claims = f->references = NULL;
}

void findings_write_header(Buf *b)
{
    buf_puts(b, FINDING_COLUMNS "\n");
}

static void str_or_empty(Buf *b, const char *s)
{
    csvio_str(b, s ? s : "");
}

/* A statement within the reader's field limit: a longer one (two labels
 * of 40 KB from metrics.csv) is cut at a character boundary with "…". */
static void statement_cell(Buf *b, const char *s)
{
    size_t n = s ? strlen(s) : 0, max = CB_MAX_CSV_FIELD - 8;
    if (n <= max) {
        str_or_empty(b, s);
        return;
    }
    max = utf8_back(s, max);
    Buf t;
    buf_init(&t, 0);
    buf_append(&t, s, max);
    buf_puts(&t, "\xe2\x80\xa6");
    csvio_field(b, t.data, t.len);
    buf_free(&t);
}

/* Append space-separated ids s[0..n) to t, at most CB_MAX_FINDING_IDS of
 * them: past that the first ones and "+N", N the ids left out. Summarised,
 * never cut: a cell stays within its reader's limit whatever the corpus
 * (3,856 ids once made a 65,551-byte cell), and a reader that looks ids
 * up finds every id it lists. A cell already summarised ("... +N" last)
 * stays as it is, or adds its N to the new count: summarising twice is
 * summarising once. */
static void ids_summary(Buf *t, const char *s, size_t n)
{
    size_t k = 0, keep = n, more = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        if (i == n)
            break;
        size_t w = i;
        while (i < n && s[i] != ' ')
            i++;
        /* the count of an earlier summary, as the last word */
        if (s[w] == '+' && i - w > 1 && i - w < 12 && strspn(s + w + 1, "0123456789") >= i - w - 1) {
            size_t j = i;
            while (j < n && s[j] == ' ')
                j++;
            if (j == n) {
                more = (size_t)strtoull(s + w + 1, NULL, 10);
                if (k <= CB_MAX_FINDING_IDS)
                    keep = n;
                break;
            }
        }
        if (k == CB_MAX_FINDING_IDS)
            keep = w;
        k++;
    }
    buf_append(t, s, keep);
    if (k > CB_MAX_FINDING_IDS)
        buf_printf(t, "+%zu", k - CB_MAX_FINDING_IDS + more);
}

static void ids_cell(Buf *b, const char *s)
{
    Buf t;
    buf_init(&t, 0);
    ids_summary(&t, s ? s : "", s ? strlen(s) : 0);
    csvio_field(b, t.data ? t.data : "", t.len);
    buf_free(&t);
}

/* The excluded cell, "REASON: ID ID; REASON: ID": each reason's ids
 * summarised as above. */
static void excluded_cell(Buf *b, const char *s)
{
    Buf t;
    buf_init(&t, 0);
    for (const char *g = s ? s : ""; *g;) {
        const char *end = strstr(g, "; ");
        size_t gl = end ? (size_t)(end - g) : strlen(g);
        const char *colon = NULL;
        for (const char *p = g; p + 1 < g + gl; p++)
            if (p[0] == ':' && p[1] == ' ')
                colon = p;
        size_t head = colon ? (size_t)(colon - g) + 2 : 0;
        buf_append(&t, g, head);
        ids_summary(&t, g + head, gl - head);
        if (!end)
            break;
        buf_puts(&t, "; ");
        g = end + 2;
    }
    csvio_field(b, t.data ? t.data : "", t.len);
    buf_free(&t);
}

/* ORDER FINDING_COLUMNS */
void findings_write_row(Buf *b, const Finding *f)
{
    csvio_str(b, f->id);
    buf_putc(b, ',');
    csvio_str(b, finding_kind_name(f->kind));
    buf_putc(b, ',');
    statement_cell(b, f->statement);
    const double nums[6] = {f->value, f->low, f->high, f->other_value, f->other_low, f->other_high};
    for (int i = 0; i < 6; i++) {
        buf_putc(b, ',');
        /* A subnormal would not read back (strtod reports ERANGE and
         * csvio_parse_num refuses it): write it as the 0 it nearly is. */
        double v = isfinite(nums[i]) && fabs(nums[i]) < DBL_MIN ? 0 : nums[i];
        csvio_num(b, v);   /* NaN/inf: empty cell */
    }
    buf_putc(b, ',');
    csvio_str(b, f->unit);
    buf_putc(b, ',');
    csvio_str(b, finding_verdict_name(f->verdict));
    buf_putc(b, ',');
    csvio_str(b, f->year);
    buf_putc(b, ',');
    csvio_str(b, f->scope);
    buf_putc(b, ',');
    csvio_str(b, f->area);
    buf_putc(b, ',');
    str_or_empty(b, f->conversion);
    buf_putc(b, ',');
    excluded_cell(b, f->excluded);
    buf_putc(b, ',');
    ids_cell(b, f->claims);
    buf_putc(b, ',');
    ids_cell(b, f->references);
    buf_putc(b, '\n');
}

int findings_save(const char *path, const FindingList *l, int user, Diag *d)
{
    /* The folder of path, created when missing (reports/ on a fresh project). */
    const char *slash = strrchr(path, '/');
    if (slash && slash != path) {
        char dir[1024];
        size_t n = (size_t)(slash - path);
        if (n >= sizeof dir)
            return diag_set(d, CB_EWRITE, path, 0, "path too long (%zu bytes)", strlen(path));
        memcpy(dir, path, n);
        dir[n] = '\0';
        /* the project's folder (reports/) is a real one: ownpath.h */
        int rc = user ? fsio_mkdirs(dir, d) : ownpath_mkdirs(dir, d);
        if (rc < 0)
            return rc;
    }
    Buf b;
    buf_init(&b, 0);
    findings_write_header(&b);
    for (size_t i = 0; i < l->n; i++)
        findings_write_row(&b, &l->v[i]);
    AtomicFile af;
    int rc = user ? fsio_atomic_open_user(&af, path, d) : fsio_atomic_open(&af, path, d);
    if (rc == 0 && fsio_fwrite(b.data, b.len, af.fp) < 0) {
        int e = errno;
        fsio_atomic_abort(&af);
        rc = diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(e));
    } else if (rc == 0) {
        rc = fsio_atomic_commit(&af, d);
    }
    buf_free(&b);
    return rc;
}

/* ---- reading ---- */

/* ORDER COL: names[] (the same as FINDING_COLUMNS) */
enum { F_ID, F_KIND, F_STATEMENT, F_VALUE, F_LOW, F_HIGH, F_OVALUE, F_OLOW, F_OHIGH, F_UNIT,
       F_VERDICT, F_YEAR, F_SCOPE, F_AREA, F_CONVERSION, F_EXCLUDED, F_CLAIMS, F_REFS, F_N };
static const char *const names[F_N] = {"id", "kind", "statement", "value", "low", "high",
                                       "other_value", "other_low", "other_high", "unit",
                                       "verdict", "year", "scope", "area", "conversion", "excluded",
                                       "claims", "references"};

typedef struct Reader {
    const char *path;
    FindingList *out;
    int idx[F_N];
    int have_header;
} Reader;

static int row_to_finding(const Reader *r, const CsvRow *row, Finding *f, Diag *d)
{
    const int *ix = r->idx;
    long line = row->line;
    int rc;
    const char *s = csvio_get(row, ix[F_ID]);
    if (!*s)
        return diag_set(d, CB_EINPUT, r->path, line, "empty id");
    if ((rc = csvio_put_cell(f->id, sizeof f->id, s, "id", r->path, line, d)) < 0)
        return rc;
    s = csvio_get(row, ix[F_KIND]);
    if (finding_kind_parse(s, &f->kind) < 0)
        return diag_set(d, CB_EINPUT, r->path, line,
                        "unknown kind '%.40s' (want consistency, agreement, ratio, derived, items or excluded)", s);
    s = csvio_get(row, ix[F_VERDICT]);
    if (finding_verdict_parse(s, &f->verdict) < 0)
        return diag_set(d, CB_EINPUT, r->path, line,
                        "unknown verdict '%.40s' (want consistent, tension, inconsistent or info)", s);
    double *nums[6] = {&f->value, &f->low, &f->high, &f->other_value, &f->other_low, &f->other_high};
    for (int i = 0; i < 6; i++) {
        s = csvio_get(row, ix[F_VALUE + i]);
        if (!*s)
            *nums[i] = NAN;
        else if (csvio_parse_num(s, nums[i]) < 0)
            return diag_set(d, CB_EINPUT, r->path, line, "bad number '%.40s' in column %s", s,
                            names[F_VALUE + i]);
    }
    if ((rc = csvio_put_cell(f->unit, sizeof f->unit, csvio_get(row, ix[F_UNIT]), "unit", r->path, line, d)) < 0 ||
        (rc = csvio_put_cell(f->year, sizeof f->year, csvio_get(row, ix[F_YEAR]), "year", r->path, line, d)) < 0 ||
        (rc = csvio_put_cell(f->scope, sizeof f->scope, csvio_get(row, ix[F_SCOPE]), "scope", r->path, line, d)) < 0 ||
        (rc = csvio_put_cell(f->area, sizeof f->area, csvio_get(row, ix[F_AREA]), "area", r->path, line, d)) < 0)
        return rc;
    f->statement = xstrdup(csvio_get(row, ix[F_STATEMENT]));
    f->conversion = xstrdup(csvio_get(row, ix[F_CONVERSION]));
    f->excluded = xstrdup(csvio_get(row, ix[F_EXCLUDED]));
    f->claims = xstrdup(csvio_get(row, ix[F_CLAIMS]));
    f->references = xstrdup(csvio_get(row, ix[F_REFS]));
    return 0;
}

static int on_row(const CsvRow *row, void *ctx, Diag *d)
{
    Reader *r = ctx;
    if (!r->have_header) {
        static const char *const required[] = {"id", "kind", "statement", "verdict", NULL};
        r->have_header = 1;
        return csvio_header(row, names, r->idx, F_N, required, r->path, d);
    }
    Finding f;
    finding_init(&f);
    int rc = row_to_finding(r, row, &f, d);
    if (rc < 0) {
        finding_fini(&f);
        return rc;
    }
    findinglist_push(r->out, &f);
    return 0;
}

int findings_load(const char *path, FindingList *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    Reader r = {.path = path, .out = out};
    int rc = csvio_read_file(path, on_row, &r, d);
    if (rc == 0 && !r.have_header)
        rc = diag_set(d, CB_EINPUT, path, 0, "empty file: no header row");
    if (rc < 0)
        findinglist_free(out);
    return rc;
}

void findinglist_push(FindingList *l, Finding *f)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = *f;
    /* The list owns the heap fields now; f stays safe to fini. */
    f->statement = f->conversion = f->excluded = f->claims = f->references = NULL;
}

void findinglist_free(FindingList *l)
{
    for (size_t i = 0; i < l->n; i++)
        finding_fini(&l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}
