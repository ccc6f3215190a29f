/* table.c — the claims table on disk: Claim helpers, the claims CSV
 * writer and its strict streaming reader, and ClaimList (see claim.h).
 *
 * Reading is strict because the table is the hand-off between stages
 * (extract writes it, compare and the brief read it, an analyst may edit
 * it): a cell that does not parse is an error naming the file and line,
 * never a silent zero.
 *
 * Required columns: id, doc, start, end, value, unit, qualifier. The
 * other CLAIM_COLUMNS are optional (empty when absent); unknown columns
 * are ignored, so a table with extra columns still reads.
 */
#include "claim.h"
#include "csvio.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ORDER Qualifier */
static const char *const qualifier_names[Q_COUNT] = {"exact", "approx", "min", "max", "range"};
/* ORDER Origin */
static const char *const origin_names[ORIGIN_COUNT] = {"scan", "corrected", "added"};

/* ORDER YearFrom */
static const char *const year_from_names[YEAR_FROM_COUNT] = {
    "", "the sentence", "the table row", "the column", "the caption", "the heading", "the paragraph",
    "the record", "the reporting period", "the title", "the date", "the data's date", "the respectively-list",
    "the figure it is compared with"};

const char *claim_qualifier_name(Qualifier q)
{
    return (unsigned)q < Q_COUNT ? qualifier_names[q] : "?";
}

int claim_qualifier_parse(const char *s, Qualifier *q)
{
    for (int i = 0; i < Q_COUNT; i++)
        if (strcmp(s, qualifier_names[i]) == 0) {
            *q = (Qualifier)i;
            return 0;
        }
    return -1;
}

const char *claim_origin_name(Origin o)
{
    return (unsigned)o < ORIGIN_COUNT ? origin_names[o] : "?";
}

int claim_origin_parse(const char *s, Origin *o)
{
    for (int i = 0; i < ORIGIN_COUNT; i++)
        if (strcmp(s, origin_names[i]) == 0) {
            *o = (Origin)i;
            return 0;
        }
    return -1;
}

const char *claim_year_from_name(YearFrom y)
{
    return (unsigned)y < YEAR_FROM_COUNT ? year_from_names[y] : "";
}

/* The "year from " clause of context: where it starts, or NULL. */
static const char *year_clause(const char *context)
{
    for (const char *p = context; (p = strstr(p, "year from ")); p++)
        if (p == context || (p >= context + 2 && p[-2] == ';' && p[-1] == ' '))
            return p;
    return NULL;
}

/* The clause of context that opens with what (at its start or after
 * "; "), or NULL. */
static const char *clause_at(const char *context, const char *what)
{
    for (const char *p = context; (p = strstr(p, what)); p++)
        if (p == context || (p >= context + 2 && p[-2] == ';' && p[-1] == ' '))
            return p;
    return NULL;
}

int claim_part(const Claim *c, char *out, size_t cap)
{
    const char *p = clause_at(c->context, CLAIM_PART);
    size_t n = p ? strcspn(p += strlen(CLAIM_PART), ";") : 0;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, p ? p : "", n);
    out[n] = '\0';
    return n > 0;
}

int claim_is_aim(const Claim *c)
{
    const char *p = clause_at(c->context, CLAIM_AIM);
    return p && (!p[strlen(CLAIM_AIM)] || p[strlen(CLAIM_AIM)] == ';');
}

int claim_refuted(const Claim *c)
{
    return clause_at(c->context, CLAIM_REFUTED) != NULL;
}

YearFrom claim_year_from_parse(const char *context)
{
    const char *p = year_clause(context);
    if (!p)
        return YEAR_OWN;
    p += strlen("year from ");
    size_t n = strcspn(p, ";");
    for (int i = 1; i < YEAR_FROM_COUNT; i++)
        if (strlen(year_from_names[i]) == n && !strncmp(p, year_from_names[i], n))
            return (YearFrom)i;
    return YEAR_OWN;
}

void claim_year_own(Claim *c)
{
    c->year_from = YEAR_OWN;
    char *y = (char *)year_clause(c->context);
    if (!y)
        return;
    char *end = strstr(y, "; ");
    if (end)
        memmove(y, end + 2, strlen(end + 2) + 1);
    else if (y > c->context)
        y[-2] = '\0';
    else
        y[0] = '\0';
}

void claim_init(Claim *c)
{
    memset(c, 0, sizeof *c);
    c->value = c->low = c->high = NAN;
    c->qual = Q_EXACT;
    c->origin = ORIGIN_SCAN;
}

void claim_fini(Claim *c)
{
    free(c->text);
    free(c->sentence);
    c->text = c->sentence = NULL;
}

void claim_copy(Claim *dst, const Claim *src)
{
    *dst = *src;
    dst->text = src->text ? xstrdup(src->text) : NULL;
    dst->sentence = src->sentence ? xstrdup(src->sentence) : NULL;
}

/* ---- writing ---- */

void claims_write_header(Buf *b)
{
    buf_puts(b, CLAIM_COLUMNS "\n");
}

/* ORDER CLAIM_COLUMNS */
/* The decimal digits of u (buf_printf's "%zu" without the formatting). */
static void put_uint(Buf *b, unsigned long long u)
{
    char d[24];
    size_t k = sizeof d;
    do
        d[--k] = (char)('0' + u % 10);
    while ((u /= 10) > 0);
    buf_append(b, d + k, sizeof d - k);
}

void claims_write_row(Buf *b, const Claim *c)
{
    csvio_str(b, c->id);
    buf_putc(b, ',');
    csvio_str(b, c->doc);
    buf_putc(b, ',');
    put_uint(b, c->start);
    buf_putc(b, ',');
    put_uint(b, c->end);
    buf_putc(b, ',');
    if (c->page > 0)
        put_uint(b, (unsigned long long)c->page);
    buf_putc(b, ',');
    csvio_str(b, c->text ? c->text : "");
    buf_putc(b, ',');
    csvio_num(b, c->value);
    buf_putc(b, ',');
    csvio_num(b, c->low);
    buf_putc(b, ',');
    csvio_num(b, c->high);
    buf_putc(b, ',');
    csvio_str(b, c->unit);
    buf_putc(b, ',');
    csvio_str(b, claim_qualifier_name(c->qual));
    buf_putc(b, ',');
    csvio_str(b, c->metric);
    buf_putc(b, ',');
    csvio_str(b, c->scope);
    buf_putc(b, ',');
    csvio_str(b, c->area);
    buf_putc(b, ',');
    if (c->year)
    {
        if (c->year < 0)
            buf_putc(b, '-');
        put_uint(b, c->year < 0 ? 0 - (unsigned long long)c->year : (unsigned long long)c->year);
    }
    buf_putc(b, ',');
    if (c->year && c->month >= 1 && c->month <= 12)
        put_uint(b, (unsigned long long)c->month);
    buf_putc(b, ',');
    csvio_str(b, c->source);
    buf_putc(b, ',');
    csvio_str(b, c->context);
    buf_putc(b, ',');
    csvio_str(b, c->sentence ? c->sentence : "");
    buf_putc(b, ',');
    csvio_str(b, claim_origin_name(c->origin));
    buf_putc(b, ',');
    csvio_str(b, c->note);
    buf_putc(b, '\n');
}

/* ---- reading ---- */

/* ORDER Col: cols[] */
enum Col {
    C_ID, C_DOC, C_START, C_END, C_PAGE, C_TEXT, C_VALUE, C_LOW, C_HIGH, C_UNIT, C_QUAL,
    C_METRIC, C_SCOPE, C_AREA, C_YEAR, C_MONTH, C_SOURCE, C_CONTEXT, C_SENTENCE, C_ORIGIN, C_NOTE, C_N
};
static const char *const cols[C_N] = {
    "id", "doc", "start", "end", "page", "text", "value", "low", "high", "unit", "qualifier",
    "metric", "scope", "area", "year", "month", "source", "context", "sentence", "origin", "note"};
static const char *const required[] = {"id", "doc", "start", "end", "value", "unit", "qualifier",
                                       NULL};

typedef struct Reader {
    const char *path;
    ClaimFn fn;
    void *ctx;
    int idx[C_N];
    int have_header;
} Reader;

int claim_parse_offset(const char *s, size_t *out)
{
    if (!*s || strlen(s) > 15)
        return -1;
    size_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return -1;
        v = v * 10 + (size_t)(*s - '0');
    }
    *out = v;
    return 0;
}

/* An optional number: empty is NAN, anything else must parse. */
static int parse_opt_num(const char *s, double *out)
{
    if (!*s) {
        *out = NAN;
        return 0;
    }
    return csvio_parse_num(s, out);
}

static int valid_id(const char *s)
{
    size_t n = strlen(s);
    if (n != 16)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return 1;
}

static int bad_num(const Reader *r, long line, const char *col, const char *s, Diag *d)
{
    return diag_set(d, CB_EINPUT, r->path, line, "bad number '%.40s' in column %s", s, col);
}

/* Turn one data row into c (initialised by the caller). */
static int row_to_claim(const Reader *r, const CsvRow *row, Claim *c, Diag *d)
{
    const int *ix = r->idx;
    long line = row->line;
    const char *s;
    int rc;

    s = csvio_get(row, ix[C_ID]);
    if (!valid_id(s))
        return diag_set(d, CB_EINPUT, r->path, line, "bad id '%.40s' (want 16 lowercase hex digits)", s);
    memcpy(c->id, s, 17);

    s = csvio_get(row, ix[C_DOC]);
    if (!*s)
        return diag_set(d, CB_EINPUT, r->path, line, "empty doc");
    if (strchr(s, '/'))
        return diag_set(d, CB_EINPUT, r->path, line, "doc '%.80s' is a path, want a file name", s);
    if ((rc = csvio_put_cell(c->doc, sizeof c->doc, s, "doc", r->path, line, d)) < 0)
        return rc;

    s = csvio_get(row, ix[C_START]);
    if (claim_parse_offset(s, &c->start) < 0)
        return diag_set(d, CB_EINPUT, r->path, line, "bad offset '%.40s' in column start", s);
    s = csvio_get(row, ix[C_END]);
    if (claim_parse_offset(s, &c->end) < 0)
        return diag_set(d, CB_EINPUT, r->path, line, "bad offset '%.40s' in column end", s);
    if (c->start >= c->end)
        return diag_set(d, CB_EINPUT, r->path, line, "start %zu is not before end %zu", c->start,
                        c->end);

    s = csvio_get(row, ix[C_VALUE]);
    if (parse_opt_num(s, &c->value) < 0)
        return bad_num(r, line, "value", s, d);
    s = csvio_get(row, ix[C_LOW]);
    if (parse_opt_num(s, &c->low) < 0)
        return bad_num(r, line, "low", s, d);
    s = csvio_get(row, ix[C_HIGH]);
    if (parse_opt_num(s, &c->high) < 0)
        return bad_num(r, line, "high", s, d);
    if (!isnan(c->low) && !isnan(c->high) && c->low > c->high)
        return diag_set(d, CB_EINPUT, r->path, line, "low %s is above high %s",
                        csvio_get(row, ix[C_LOW]), csvio_get(row, ix[C_HIGH]));

    if ((rc = csvio_put_cell(c->unit, sizeof c->unit, csvio_get(row, ix[C_UNIT]), "unit", r->path, line, d)) < 0)
        return rc;
    s = csvio_get(row, ix[C_QUAL]);
    if (claim_qualifier_parse(s, &c->qual) < 0)
        return diag_set(d, CB_EINPUT, r->path, line,
                        "unknown qualifier '%.40s' (want exact, approx, min, max or range)", s);
    if ((rc = csvio_put_cell(c->metric, sizeof c->metric, csvio_get(row, ix[C_METRIC]), "metric", r->path, line, d)) < 0 ||
        (rc = csvio_put_cell(c->scope, sizeof c->scope, csvio_get(row, ix[C_SCOPE]), "scope", r->path, line, d)) < 0 ||
        (rc = csvio_put_cell(c->area, sizeof c->area, csvio_get(row, ix[C_AREA]), "area", r->path, line, d)) < 0 ||
        (rc = csvio_put_cell(c->source, sizeof c->source, csvio_get(row, ix[C_SOURCE]), "source", r->path, line, d)) < 0 ||
        (rc = csvio_put_cell(c->context, sizeof c->context, csvio_get(row, ix[C_CONTEXT]), "context", r->path, line, d)) < 0 ||
        (rc = csvio_put_cell(c->note, sizeof c->note, csvio_get(row, ix[C_NOTE]), "note", r->path, line, d)) < 0)
        return rc;
    c->year_from = claim_year_from_parse(c->context);

    s = csvio_get(row, ix[C_YEAR]);
    if (csvio_parse_year(s, &c->year) < 0)
        return diag_set(d, CB_EINPUT, r->path, line, "bad year '%.40s'", s);
    /* (optional: a table written before the column existed has none) */
    s = csvio_get(row, ix[C_MONTH]);
    c->month = 0;
    if (*s) {
        long mo;
        if (csvio_parse_int(s, 1, 12, &mo) < 0)
            return diag_set(d, CB_EINPUT, r->path, line, "bad month '%.40s' (want 1 to 12)", s);
        if (!c->year)
            return diag_set(d, CB_EINPUT, r->path, line, "month %s without a year", s);
        c->month = (int)mo;
    }

    s = csvio_get(row, ix[C_PAGE]);
    c->page = 0;
    if (*s) {
        size_t pg;
        if (claim_parse_offset(s, &pg) < 0 || pg < 1 || pg > 1000000)
            return diag_set(d, CB_EINPUT, r->path, line, "bad page '%.40s' (want a page number from 1)", s);
        c->page = (int)pg;
    }

    s = csvio_get(row, ix[C_ORIGIN]);
    c->origin = ORIGIN_SCAN;
    if (*s && claim_origin_parse(s, &c->origin) < 0)
        return diag_set(d, CB_EINPUT, r->path, line,
                        "unknown origin '%.40s' (want scan, corrected or added)", s);

    s = csvio_get(row, ix[C_TEXT]);
    c->text = xstrdup(s);
    s = csvio_get(row, ix[C_SENTENCE]);
    c->sentence = xstrdup(s);
    return 0;
}

static int on_row(const CsvRow *row, void *ctx, Diag *d)
{
    Reader *r = ctx;
    if (!r->have_header) {
        r->have_header = 1;
        return csvio_header(row, cols, r->idx, C_N, required, r->path, d);
    }
    Claim c;
    claim_init(&c);
    int rc = row_to_claim(r, row, &c, d);
    if (rc == 0)
        rc = r->fn(&c, row->line, r->ctx, d);
    claim_fini(&c);
    return rc;
}

int claims_read(const char *path, ClaimFn fn, void *ctx, Diag *d)
{
    Reader r = {.path = path, .fn = fn, .ctx = ctx};
    int rc = csvio_read_file(path, on_row, &r, d);
    if (rc == 0 && !r.have_header)
        return diag_set(d, CB_EINPUT, path, 0, "empty file: no header row");
    return rc;
}

/* ---- ClaimList ---- */

static int load_one(Claim *c, long line, void *ctx, Diag *d)
{
    (void)line;
    (void)d;
    claimlist_push(ctx, c);
    return 0;
}

int claims_load(const char *path, ClaimList *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    int rc = claims_read(path, load_one, out, d);
    if (rc < 0)
        claimlist_free(out);
    return rc;
}

void claimlist_free(ClaimList *l)
{
    for (size_t i = 0; i < l->n; i++)
        claim_fini(&l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

void claimlist_push(ClaimList *l, Claim *c)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = *c;
    /* The list owns the heap fields now; leave c empty and safe to fini. */
    c->text = c->sentence = NULL;
}

const Claim *claimlist_find(const ClaimList *l, const char *id)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i].id, id) == 0)
            return &l->v[i];
    return NULL;
}
