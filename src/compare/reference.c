/* reference.c — data/reference.csv (see reference.h). */
#include "reference.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "csvio.h"
#include "unit.h"

/* "KES per USD": the currency an exchange-rate row is for, into code. */
static int rate_currency(const char *unit, char code[4])
{
    char c[4];
    code[0] = '\0';
    if (!unit_currency(unit, c) || strcmp(unit + 3, " per USD") != 0 || !strcmp(c, "USD"))
        return 0;
    memcpy(code, c, sizeof c);
    return 1;
}

/* The short citation: cite, else the citation up to its first ". " (a
 * full stop that ends a sentence, not the one after an initial as in
 * "U. N." or "J. Smith"), at most 120 bytes. */
static char *short_cite(const char *cite, const char *citation)
{
    if (*cite)
        return xstrdup(cite);
    size_t n = strlen(citation);
    for (const char *p = citation; *p; p++) {
        if (p[0] != '.' || p[1] != ' ' || p == citation)
            continue;
        int initial = ascii_isupper(p[-1]) && (p - 1 == citation || !ascii_isalnum(p[-2]));
        if (!initial) {
            n = (size_t)(p - citation);
            break;
        }
    }
    if (n > 120)
        n = 120;
    return xstrndup(citation, n);
}

/* ORDER RCOL: rnames[] */
enum { R_ID, R_VALUE, R_LOW, R_HIGH, R_UNIT, R_SCOPE, R_YEAR, R_CITATION, R_CITE, R_NOTE, R_N };
static const char *const rnames[R_N] = {"id",   "value",    "low",  "high", "unit",
                                        "scope", "year", "citation", "cite", "note"};

typedef struct RefReader {
    const char *path;
    ReferenceList *out;
    int idx[R_N];
    int have_header;
} RefReader;

/* The numbers of a row: value, and low/high (both or neither). */
static int row_numbers(const RefReader *r, const CsvRow *row, Reference *ref, Diag *d)
{
    const char *s = csvio_get(row, r->idx[R_VALUE]);
    if (csvio_parse_num(s, &ref->value) < 0)
        return diag_set(d, CB_EINPUT, r->path, row->line, "bad number '%.40s' in column value", s);
    const char *slo = csvio_get(row, r->idx[R_LOW]), *shi = csvio_get(row, r->idx[R_HIGH]);
    if (!*slo && !*shi) {
        ref->low = ref->high = ref->value;
        return 0;
    }
    if (!*slo || !*shi)
        return diag_set(d, CB_EINPUT, r->path, row->line, "give both low and high, or neither");
    if (csvio_parse_num(slo, &ref->low) < 0)
        return diag_set(d, CB_EINPUT, r->path, row->line, "bad number '%.40s' in column low", slo);
    if (csvio_parse_num(shi, &ref->high) < 0)
        return diag_set(d, CB_EINPUT, r->path, row->line, "bad number '%.40s' in column high", shi);
    if (!(ref->low <= ref->value && ref->value <= ref->high))
        return diag_set(d, CB_EINPUT, r->path, row->line, "value is not within low..high");
    return 0;
}

static int ref_row(const CsvRow *row, void *ctx, Diag *d)
{
    RefReader *r = ctx;
    if (!r->have_header) {
        static const char *const required[] = {"id", "value", "unit", "citation", NULL};
        r->have_header = 1;
        return csvio_header(row, rnames, r->idx, R_N, required, r->path, d);
    }
    Reference ref;
    memset(&ref, 0, sizeof ref);
    ref.line = row->line;
    const char *s = csvio_get(row, r->idx[R_ID]);
    if (!csvio_is_ident(s))
        return diag_set(d, CB_EINPUT, r->path, row->line, "bad id '%.40s' (want [a-z0-9_]+)", s);
    int rc;
    if ((rc = csvio_put_cell(ref.id, sizeof ref.id, s, "id", r->path, row->line, d)) < 0 ||
        (rc = row_numbers(r, row, &ref, d)) < 0 ||
        (rc = csvio_put_cell(ref.unit, sizeof ref.unit, csvio_get(row, r->idx[R_UNIT]), "unit", r->path,
                             row->line, d)) < 0 ||
        (rc = csvio_put_cell(ref.scope, sizeof ref.scope, csvio_get(row, r->idx[R_SCOPE]), "scope",
                             r->path, row->line, d)) < 0)
        return rc;
    s = csvio_get(row, r->idx[R_YEAR]);
    if (csvio_parse_year(s, &ref.year) < 0)
        return diag_set(d, CB_EINPUT, r->path, row->line, "bad year '%.40s'", s);
    for (size_t i = 0; i < r->out->n; i++)
        if (!strcmp(r->out->v[i].id, ref.id) && r->out->v[i].year == ref.year)
            return ref.year ? diag_set(d, CB_EINPUT, r->path, row->line,
                                       "reference '%s' for %d is listed twice (first on line %ld)",
                                       ref.id, ref.year, r->out->v[i].line)
                            : diag_set(d, CB_EINPUT, r->path, row->line,
                                       "reference '%s' is listed twice (first on line %ld)", ref.id,
                                       r->out->v[i].line);
    if (rate_currency(ref.unit, ref.currency)) {
        /* a rate divides money: it must be a positive number of units */
        if (!(ref.low > 0))
            return diag_set(d, CB_EINPUT, r->path, row->line, "an exchange rate must be above 0");
        if (!ref.year)
            return diag_set(d, CB_EINPUT, r->path, row->line,
                            "an exchange rate needs a year (rates are yearly averages)");
        const Reference *twice = reference_rate(r->out, ref.currency, ref.year);
        if (twice)
            return diag_set(d, CB_EINPUT, r->path, row->line,
                            "a second exchange rate for %s in %d (first on line %ld)", ref.currency,
                            ref.year, twice->line);
    }
    s = csvio_get(row, r->idx[R_CITATION]);
    if (!*s)
        return diag_set(d, CB_EINPUT, r->path, row->line, "empty citation: every reference says where it comes from");
    ref.citation = xstrdup(s);
    ref.cite = short_cite(csvio_get(row, r->idx[R_CITE]), s);
    ReferenceList *l = r->out;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = ref;
    return 0;
}

/* The loaders' one body: from the file at path, or from data[0, n) named
 * path when data is not NULL. */
static int load(const char *path, const char *data, size_t n, ReferenceList *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    RefReader r = {.path = path, .out = out};
    int rc = data ? csvio_read_mem(path, data, n, ref_row, &r, d) : csvio_read_file(path, ref_row, &r, d);
    if (rc == 0 && !r.have_header)
        rc = diag_set(d, CB_EINPUT, path, 0, "empty file: no header row");
    if (rc < 0)
        referencelist_free(out);
    return rc;
}

int reference_load(const char *path, ReferenceList *out, Diag *d)
{
    return load(path, NULL, 0, out, d);
}

int reference_load_mem(const char *name, const char *data, size_t n, ReferenceList *out, Diag *d)
{
    return load(name, data ? data : "", n, out, d);
}

void referencelist_free(ReferenceList *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].citation);
        free(l->v[i].cite);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

const Reference *reference_find(const ReferenceList *l, const char *id)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].id, id))
            return &l->v[i];
    return NULL;
}

const Reference *reference_for(const ReferenceList *l, const char *id, int year)
{
    const Reference *undated = NULL;
    for (size_t i = 0; i < l->n; i++) {
        const Reference *r = &l->v[i];
        if (strcmp(r->id, id))
            continue;
        if (year && r->year == year)
            return r;
        if (!r->year)
            undated = r;
    }
    return undated;
}

int reference_is_dated(const ReferenceList *l, const char *id)
{
    int any = 0;
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].id, id)) {
            if (!l->v[i].year)
                return 0;
            any = 1;
        }
    return any;
}

const Reference *reference_rate(const ReferenceList *l, const char *currency, int year)
{
    if (!year)
        return NULL;
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].year == year && !strcmp(l->v[i].currency, currency))
            return &l->v[i];
    return NULL;
}
