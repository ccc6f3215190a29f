/* curation.c — the analyst's decisions by claim id (see curation.h).
 *
 * Stage: inside extract, after classification. Input: data/curation.csv.
 * Output: claims dropped, corrected or added.
 *
 * ## data/curation.csv
 * RFC 4180, header row. Required columns: id, action, doc. Optional:
 * note, and the claim columns start, end, text, value, low, high, unit,
 * qualifier, metric, scope, area, year, month, source, context (any order;
 * others ignored).
 *   action  reject   drop the claim with this id.
 *           correct  override the claim's fields given in the row's
 *                    non-empty claim columns; "-" empties a field (an
 *                    open bound, no metric, no year...). At least one.
 *           add      a claim the scanner missed: doc, text, value, unit
 *                    and qualifier are required; start and end say where
 *                    text is, and sentence (optional) the sentence it is
 *                    in. id may be empty: it is then the first 16 hex
 *                    digits of XXH64 (seed 0) over "add", doc, start, end
 *                    (or text and sentence when there are no offsets),
 *                    unit and value as written, each followed by '\0'.
 *   id      16 lowercase hex digits, as in data/claims.csv.
 *   doc     the document's file name, as in data/claims.csv: a row is
 *           reported as unused only when its document was extracted and
 *           its claim did not come up.
 *   note    why (shown in the claims table and the brief).
 * Every cell is validated (numbers, offsets, qualifier, year, lengths);
 * a bad one is an error naming the file and line. One row per id.
 *
 * ## Anchors: an add row survives edits of its document
 * The row's text is looked for where its offsets say, then anywhere in
 * the document on word boundaries: in the sentence the row gives (the
 * nearest such place to the old offsets), else where the text is the
 * only one of its kind. Found, the claim takes its new offsets; not
 * found, it is left out and reported on every run; past the end of the
 * document and not found, the row is an error.
 */
#include "curation.h"
#include "area.h"
#include "ascii.h"
#include "corpus.h"
#include "csvio.h"
#include "sentence.h"
#include "suggest.h"
#include "metrics.h"
#include "utf8.h"

#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>

enum Action { A_REJECT, A_CORRECT, A_ADD };

/* ORDER Field: fields[] (the claim columns a row may set) */
enum Field { F_START, F_END, F_TEXT, F_VALUE, F_LOW, F_HIGH, F_UNIT, F_QUAL, F_METRIC, F_SCOPE,
             F_AREA, F_YEAR, F_MONTH, F_SOURCE, F_CONTEXT, F_N };
static const char *const fields[F_N] = {"start", "end",  "text",      "value",  "low",
                                        "high",  "unit", "qualifier", "metric", "scope",
                                        "area",  "year", "month", "source", "context"};

typedef struct Row {
    long line;
    int action;
    unsigned set;      /* bit per Field given in the row */
    unsigned clear;    /* bit per Field given as "-" */
    int used;          /* a claim met this row */
    int doc_seen;      /* its document was extracted */
    Claim c;           /* the row's values (id, doc, fields, note) */
    char *anchor;      /* add: the sentence the text is in (collapsed), or NULL */
    int lost;          /* add: not found in the document's text */
    char held[64];     /* add, lost: what its offsets hold now ("" past the end) */
} Row;

struct Curation {
    char *path;
    Row *rows;
    size_t n, cap;
    Row **byid;        /* reject/correct rows sorted by id */
    size_t nbyid;
    Claim *added;      /* add rows' claims sorted by doc, start, end */
    size_t nadded;
    /* The document being extracted (curation_begin_doc). */
    size_t doc_len;
    Claim *placed;     /* its added claims where their anchors are now */
    size_t nplaced;
};

/* columns of the file: the three fixed ones, note, the anchor's
 * sentence, then fields[] */
enum { COL_ID, COL_ACTION, COL_DOC, COL_NOTE, COL_SENTENCE, COL_FIELD0, COL_N = COL_FIELD0 + F_N };

typedef struct Loader {
    Curation *cu;
    const char *name;
    int idx[COL_N];
    int have_header;
    size_t nhead;        /* columns of the header */
    const char *shift;   /* for the row being read: a hint when its cells
                          * may have shifted (it has fewer than the header) */
} Loader;

static int bad(const Loader *l, long line, Diag *d, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int bad(const Loader *l, long line, Diag *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vset(d, CB_EINPUT, l->name, line, fmt, ap);
    va_end(ap);
    return CB_EINPUT;
}

static int valid_id(const char *s)
{
    if (strlen(s) != 16)
        return 0;
    for (; *s; s++)
        if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
            return 0;
    return 1;
}

static int put(char *dst, size_t cap, const char *s)
{
    size_t n = strlen(s);
    if (n >= cap)
        return -1;
    memcpy(dst, s, n + 1);
    return 0;
}

/* Parse the claim column f with text s into r (s is not empty). */
static int parse_field(const Loader *l, Row *r, int f, const char *s, long line, Diag *d)
{
    Claim *c = &r->c;
    int dash = strcmp(s, "-") == 0;
    if (dash) {
        /* Offsets, the value and the qualifier cannot be emptied. */
        if (f == F_START || f == F_END || f == F_VALUE || f == F_QUAL || r->action == A_ADD)
            return bad(l, line, d, "'-' cannot empty column %s%s", fields[f],
                       r->action == A_ADD ? " of an add row" : "");
        r->clear |= 1u << f;
        r->set |= 1u << f;
        return 0;
    }
    switch (f) {
    case F_START:
    case F_END:
        if (claim_parse_offset(s, f == F_START ? &c->start : &c->end) < 0)
            return bad(l, line, d, "bad offset '%.40s' in column %s (want a byte offset: a whole number from 0)%s",
                       s, fields[f], l->shift);
        break;
    case F_VALUE:
    case F_LOW:
    case F_HIGH: {
        double v;
        if (csvio_parse_num(s, &v) < 0)
            return bad(l, line, d, "bad number '%.40s' in column %s (want a number such as 79000000000 or 4.5)%s",
                       s, fields[f], l->shift);
        *(f == F_VALUE ? &c->value : f == F_LOW ? &c->low : &c->high) = v;
        break;
    }
    case F_TEXT:
        free(c->text);
        c->text = xstrdup(s);
        break;
    case F_UNIT:
        if (put(c->unit, sizeof c->unit, s) < 0)
            return bad(l, line, d, "column %s is longer than %d bytes", fields[f], 63);
        break;
    case F_QUAL:
        if (claim_qualifier_parse(s, &c->qual) < 0)
            return bad(l, line, d, "unknown qualifier '%.40s' (want exact, approx, min, max or range)%s", s,
                       l->shift);
        break;
    case F_METRIC:
        for (const char *p = s; *p; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
                return bad(l, line, d, "bad metric id '%.40s' (want lower case letters, digits, _)", s);
        if (put(c->metric, sizeof c->metric, s) < 0)
            return bad(l, line, d, "column %s is longer than %d bytes", fields[f], 63);
        break;
    case F_SCOPE:
        if (put(c->scope, sizeof c->scope, s) < 0)
            return bad(l, line, d, "column %s is longer than %d bytes", fields[f], 63);
        break;
    case F_AREA:
        if (put(c->area, sizeof c->area, s) < 0)
            return bad(l, line, d, "column %s is longer than %d bytes", fields[f], 63);
        break;
    case F_SOURCE:
        if (put(c->source, sizeof c->source, s) < 0)
            return bad(l, line, d, "column %s is longer than %d bytes", fields[f], 127);
        break;
    case F_CONTEXT:
        if (put(c->context, sizeof c->context, s) < 0)
            return bad(l, line, d, "column %s is longer than %d bytes", fields[f], 127);
        break;
    case F_YEAR: {
        long y;
        if (csvio_parse_int(s, 1, 9999, &y) < 0)
            return bad(l, line, d, "bad year '%.40s' (want a year such as 2024)%s", s, l->shift);
        c->year = (int)y;
        break;
    }
    case F_MONTH: {
        long mo;
        if (csvio_parse_int(s, 1, 12, &mo) < 0)
            return bad(l, line, d, "bad month '%.40s' (want 1 to 12: 6 for June)%s", s, l->shift);
        c->month = (int)mo;
        break;
    }
    default:
        return bad(l, line, d, "internal: field %d", f);
    }
    r->set |= 1u << f;
    return 0;
}

/* Whitespace runs to one space, trimmed, in place: a sentence as the
 * claims table writes it. */
static void collapse(char *s)
{
    char *o = s;
    int space = 0;
    for (const char *p = s; *p; p++) {
        int ws = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v';
        if (ws) {
            space = o > s;
            continue;
        }
        if (space)
            *o++ = ' ';
        space = 0;
        *o++ = *p;
    }
    *o = '\0';
}

static void add_id(Row *r)
{
    XXH64_state_t *st = XXH64_createState();
    if (!st)
        diag_oom();
    char num[32];
    XXH64_reset(st, 0);
    XXH64_update(st, "add", 4);
    XXH64_update(st, r->c.doc, strlen(r->c.doc) + 1);
    if (r->set & (1u << F_START)) {
        int k = snprintf(num, sizeof num, "%zu", r->c.start);
        XXH64_update(st, num, (size_t)k + 1);
        k = snprintf(num, sizeof num, "%zu", r->c.end);
        XXH64_update(st, num, (size_t)k + 1);
    } else {
        /* no offsets: the anchor is the claim's place */
        XXH64_update(st, r->c.text, strlen(r->c.text) + 1);
        XXH64_update(st, r->anchor ? r->anchor : "", strlen(r->anchor ? r->anchor : "") + 1);
    }
    XXH64_update(st, r->c.unit, strlen(r->c.unit) + 1);
    csvio_fmt_num(num, sizeof num, r->c.value);
    XXH64_update(st, num, strlen(num) + 1);
    snprintf(r->c.id, sizeof r->c.id, "%016llx", (unsigned long long)XXH64_digest(st));
    XXH64_freeState(st);
}

static int on_row(const CsvRow *row, void *ctx, Diag *d)
{
    Loader *l = ctx;
    Curation *cu = l->cu;
    if (!l->have_header) {
        static const char *names[COL_N] = {"id", "action", "doc", "note", "sentence"};
        for (int f = 0; f < F_N; f++)
            names[COL_FIELD0 + f] = fields[f];
        static const char *const req[] = {"id", "action", "doc", NULL};
        l->have_header = 1;
        l->nhead = row->n;
        return csvio_header(row, names, l->idx, COL_N, req, l->name, d);
    }
    long line = row->line;
    l->shift = row->n < l->nhead ? "; this row has fewer cells than the header: if a cell before "
                                   "holds a comma, put it in double quotes"
                                 : "";
    Row r = {.line = line};
    claim_init(&r.c);
    int rc = 0;
    const char *action = csvio_get(row, l->idx[COL_ACTION]);
    const char *id = csvio_get(row, l->idx[COL_ID]);
    const char *doc = csvio_get(row, l->idx[COL_DOC]);
    const char *note = csvio_get(row, l->idx[COL_NOTE]);
    if (strcmp(action, "reject") == 0)
        r.action = A_REJECT;
    else if (strcmp(action, "correct") == 0)
        r.action = A_CORRECT;
    else if (strcmp(action, "add") == 0)
        r.action = A_ADD;
    else {
        rc = bad(l, line, d, "unknown action '%.40s' (want reject, correct or add)", action);
        goto fail;
    }
    if ((*id || r.action != A_ADD) && !valid_id(id)) {
        rc = bad(l, line, d, "bad id '%.40s' (want 16 lowercase hex digits)", id);
        goto fail;
    }
    memcpy(r.c.id, id, strlen(id) + 1);
    if (!*doc || strchr(doc, '/') || put(r.c.doc, sizeof r.c.doc, doc) < 0) {
        rc = bad(l, line, d, "bad doc '%.80s' (want a document's file name)", doc);
        goto fail;
    }
    if (put(r.c.note, sizeof r.c.note, note) < 0) {
        rc = bad(l, line, d, "note is longer than %d bytes", 511);
        goto fail;
    }
    for (int f = 0; f < F_N && rc == 0; f++) {
        const char *s = csvio_get(row, l->idx[COL_FIELD0 + f]);
        if (*s)
            rc = parse_field(l, &r, f, s, line, d);
    }
    if (rc)
        goto fail;
    if (r.action == A_CORRECT && !r.set) {
        rc = bad(l, line, d, "correct row changes nothing (give the columns to override)");
        goto fail;
    }
    const char *sentence = csvio_get(row, l->idx[COL_SENTENCE]);
    if (*sentence && r.action != A_ADD) {
        rc = bad(l, line, d, "column sentence anchors an add row; a %s row names its claim by id",
                 action);
        goto fail;
    }
    if (r.action == A_ADD) {
        /* The text anchors the claim when the document changes. */
        static const int need[] = {F_TEXT, F_VALUE, F_UNIT, F_QUAL};
        for (size_t k = 0; k < sizeof need / sizeof need[0]; k++)
            if (!(r.set & (1u << need[k]))) {
                rc = bad(l, line, d, "add row without %s%s", fields[need[k]],
                         need[k] == F_TEXT ? " (the figure as the document writes it: it finds "
                                             "the claim again when the document changes)"
                                           : "");
                goto fail;
            }
        if (((r.set >> F_START) & 1) != ((r.set >> F_END) & 1)) {
            rc = bad(l, line, d, "add row with %s but no %s (give both, or neither)",
                     (r.set & (1u << F_START)) ? "start" : "end",
                     (r.set & (1u << F_START)) ? "end" : "start");
            goto fail;
        }
        if ((r.set & (1u << F_MONTH)) && !(r.set & (1u << F_YEAR))) {
            rc = bad(l, line, d, "add row with a month but no year");
            goto fail;
        }
        if (*sentence) {
            char *a = xstrdup(sentence);
            collapse(a);
            r.anchor = a;
        }
        if (!*id)
            add_id(&r);
        r.c.origin = ORIGIN_ADDED;
        r.c.year_from = claim_year_from_parse(r.c.context);
    }
    if ((r.set & (1u << F_START)) && (r.set & (1u << F_END)) && r.c.start >= r.c.end) {
        rc = bad(l, line, d, "start %zu is not before end %zu", r.c.start, r.c.end);
        goto fail;
    }
    if (!isnan(r.c.low) && !isnan(r.c.high) && r.c.low > r.c.high) {
        rc = bad(l, line, d, "low %s is above high %s", csvio_get(row, l->idx[COL_FIELD0 + F_LOW]),
                 csvio_get(row, l->idx[COL_FIELD0 + F_HIGH]));
        goto fail;
    }
    for (size_t i = 0; i < cu->n; i++)
        if (strcmp(cu->rows[i].c.id, r.c.id) == 0) {
            rc = bad(l, line, d, "claim %s is already curated on line %ld", r.c.id,
                     cu->rows[i].line);
            goto fail;
        }
    if (cu->n == cu->cap) {
        cu->cap = cu->cap ? cu->cap * 2 : 16;
        cu->rows = xrealloc(cu->rows, cu->cap * sizeof *cu->rows);
    }
    cu->rows[cu->n++] = r;
    return 0;
fail:
    claim_fini(&r.c);
    free(r.anchor);
    return rc;
}

static int by_id(const void *a, const void *b)
{
    const Row *x = *(Row *const *)a, *y = *(Row *const *)b;
    return strcmp(x->c.id, y->c.id);
}

static int by_place(const void *a, const void *b)
{
    const Claim *x = a, *y = b;
    int k = strcmp(x->doc, y->doc);
    if (k)
        return k;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

/* Build the id index and the sorted list of added claims. */
static void finish(Curation *cu)
{
    cu->byid = xmalloc((cu->n + 1) * sizeof *cu->byid);
    cu->added = xmalloc((cu->n + 1) * sizeof *cu->added);
    for (size_t i = 0; i < cu->n; i++) {
        if (cu->rows[i].action == A_ADD)
            claim_copy(&cu->added[cu->nadded++], &cu->rows[i].c);
        else
            cu->byid[cu->nbyid++] = &cu->rows[i];
    }
    qsort(cu->byid, cu->nbyid, sizeof *cu->byid, by_id);
    qsort(cu->added, cu->nadded, sizeof *cu->added, by_place);
}

int curation_load_mem(const char *name, const char *data, size_t n, Curation **out, Diag *d)
{
    Curation *cu = xcalloc(1, sizeof *cu);
    cu->path = xstrdup(name);
    *out = NULL;
    Loader l = {.cu = cu, .name = name};
    int rc = csvio_read_mem(name, data, n, on_row, &l, d);
    if (rc < 0) {
        curation_free(cu);
        return rc;
    }
    finish(cu);
    *out = cu;
    return 0;
}

int curation_load(const char *path, Curation **out, Diag *d)
{
    *out = NULL;
    if (access(path, F_OK) != 0 && errno == ENOENT)
        return curation_load_mem(path, "", 0, out, d);
    Curation *cu = xcalloc(1, sizeof *cu);
    cu->path = xstrdup(path);
    Loader l = {.cu = cu, .name = path};
    int rc = csvio_read_file(path, on_row, &l, d);
    if (rc < 0) {
        curation_free(cu);
        return rc;
    }
    finish(cu);
    *out = cu;
    return 0;
}

void curation_free(Curation *cu)
{
    if (!cu)
        return;
    for (size_t i = 0; i < cu->n; i++) {
        claim_fini(&cu->rows[i].c);
        free(cu->rows[i].anchor);
    }
    for (size_t i = 0; i < cu->nadded; i++)
        claim_fini(&cu->added[i]);
    for (size_t i = 0; i < cu->nplaced; i++)
        claim_fini(&cu->placed[i]);
    free(cu->placed);
    free(cu->rows);
    free(cu->byid);
    free(cu->added);
    free(cu->path);
    free(cu);
}

size_t curation_rows(const Curation *cu)
{
    return cu->n;
}

static Row *find(Curation *cu, const char *id)
{
    size_t lo = 0, hi = cu->nbyid;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        Row *r = cu->byid[mid];
        int k = strcmp(r->c.id, id);
        if (k == 0)
            return r;
        if (k < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

int curation_apply(Curation *cu, Claim *c, Diag *d)
{
    Row *r = find(cu, c->id);
    if (!r)
        return 1;
    r->used = 1;
    if (r->action == A_REJECT)
        return 0;
    const Claim *v = &r->c;
    unsigned set = r->set, clr = r->clear;
#define SET(F) (set & (1u << (F)))
#define CLR(F) (clr & (1u << (F)))
    size_t start = SET(F_START) ? v->start : c->start, end = SET(F_END) ? v->end : c->end;
    if ((SET(F_START) || SET(F_END)) && end > cu->doc_len)
        return diag_set(d, CB_EINPUT, cu->path, r->line,
                        "correct row: bytes %zu-%zu are past the end of %s (%zu bytes)", start, end,
                        c->doc, cu->doc_len);
    /* A correction that would leave an empty span keeps the old one. */
    if (start < end) {
        c->start = start;
        c->end = end;
    }
    if (SET(F_TEXT)) {
        free(c->text);
        c->text = xstrdup(CLR(F_TEXT) ? "" : v->text);
    }
    if (SET(F_VALUE))
        c->value = v->value;
    if (SET(F_LOW))
        c->low = CLR(F_LOW) ? NAN : v->low;
    if (SET(F_HIGH))
        c->high = CLR(F_HIGH) ? NAN : v->high;
    if (SET(F_UNIT))
        snprintf(c->unit, sizeof c->unit, "%s", CLR(F_UNIT) ? "" : v->unit);
    if (SET(F_QUAL))
        c->qual = v->qual;
    if (SET(F_METRIC))
        snprintf(c->metric, sizeof c->metric, "%s", CLR(F_METRIC) ? "" : v->metric);
    if (SET(F_SCOPE))
        snprintf(c->scope, sizeof c->scope, "%s", CLR(F_SCOPE) ? "" : v->scope);
    /* a row that gives the scope and no area gives the whole place: the
     * country's own figure, or a province named as the scope (extract
     * splits it again: area.h) */
    if (SET(F_AREA) || SET(F_SCOPE))
        snprintf(c->area, sizeof c->area, "%s", SET(F_AREA) && !CLR(F_AREA) ? v->area : "");
    /* a month is of its year: a new year drops it unless the row gives
     * one too */
    int year = SET(F_YEAR) ? (CLR(F_YEAR) ? 0 : v->year) : c->year;
    if (year != c->year && !SET(F_MONTH))
        c->month = 0;
    c->year = year;
    if (SET(F_MONTH))
        c->month = CLR(F_MONTH) ? 0 : v->month;
    if (SET(F_SOURCE))
        snprintf(c->source, sizeof c->source, "%s", CLR(F_SOURCE) ? "" : v->source);
    if (SET(F_CONTEXT))
        snprintf(c->context, sizeof c->context, "%s", CLR(F_CONTEXT) ? "" : v->context);
    /* the year's origin: what the row's context says; the analyst's own
     * when the row gives a year and no context */
    if (SET(F_CONTEXT))
        c->year_from = claim_year_from_parse(c->context);
    else if (SET(F_YEAR))
        claim_year_own(c);
#undef SET
#undef CLR
    /* The row alone cannot be checked at load: its bounds meet the
     * scanner's values only here. A corrected claim must still be one the
     * claims table accepts, and the error names the row, not the table. */
    if (isfinite(c->low) && isfinite(c->high) && c->low > c->high)
        return diag_set(d, CB_EINPUT, cu->path, r->line,
                        "correcting claim %s leaves its low bound above its high bound", c->id);
    if (c->month && !c->year)
        return diag_set(d, CB_EINPUT, cu->path, r->line,
                        "correcting claim %s leaves a month without a year (give the year too)", c->id);
    c->origin = ORIGIN_CORRECTED;
    snprintf(c->note, sizeof c->note, "%s", v->note);
    return 1;
}

/* The added claims of doc as written: [*first, *first + count) of cu->added. */
static size_t added_of(const Curation *cu, const char *doc, size_t *first)
{
    size_t lo = 0, hi = cu->nadded;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(cu->added[mid].doc, doc) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t k = lo;
    while (k < cu->nadded && strcmp(cu->added[k].doc, doc) == 0)
        k++;
    *first = lo;
    return k - lo;
}

size_t curation_added(const Curation *cu, const char *doc, const Claim **out)
{
    size_t first;
    size_t n = added_of(cu, doc, &first);
    *out = n ? &cu->added[first] : NULL;
    return n;
}

static Row *row_by_id(Curation *cu, const char *id, int action)
{
    for (size_t i = 0; i < cu->n; i++)
        if (cu->rows[i].action == action && !strcmp(cu->rows[i].c.id, id))
            return &cu->rows[i];
    return NULL;
}

/* Does text t stand at data[at..) on its own (not inside a longer word or
 * number: "16" is not in "2016")? */
static int stands_at(const char *data, size_t n, size_t at, const char *t, size_t tl)
{
    if (at + tl > n || memcmp(data + at, t, tl) != 0)
        return 0;
    if (ascii_isalnum((unsigned char)t[0]) && at > 0 && ascii_isalnum((unsigned char)data[at - 1]))
        return 0;
    if (ascii_isalnum((unsigned char)t[tl - 1]) && at + tl < n && ascii_isalnum((unsigned char)data[at + tl]))
        return 0;
    return 1;
}

/* Is the span [at, at+tl) in the sentence anchor (as the claims table
 * writes sentences)? */
static int in_sentence(const char *data, size_t n, size_t at, size_t tl, const char *anchor)
{
    size_t ss, se;
    sentence_bounds(data, n, at, at + tl, &ss, &se);
    char *sent = sentence_text(data, ss, se);
    int same = strcmp(sent, anchor) == 0;
    free(sent);
    return same;
}

/* Where row r's text is in data[0..n): 1 and *at set, or 0. */
static int locate(const Row *r, const char *data, size_t n, size_t *at)
{
    const char *t = r->c.text;
    size_t tl = strlen(t);
    int has_off = (r->set & (1u << F_START)) != 0;
    int here = has_off && stands_at(data, n, r->c.start, t, tl);
    if (here && (!r->anchor || in_sentence(data, n, r->c.start, tl, r->anchor))) {
        *at = r->c.start;
        return 1;
    }
    /* Elsewhere: in its sentence, nearest the old place; else the only
     * place the text stands. */
    size_t best = 0, bestd = (size_t)-1, count = 0, only = 0;
    for (const char *p = data; tl && (p = memchr(p, t[0], n - (size_t)(p - data))); p++) {
        size_t o = (size_t)(p - data);
        if (!stands_at(data, n, o, t, tl))
            continue;
        count++;
        only = o;
        if (r->anchor && in_sentence(data, n, o, tl, r->anchor)) {
            size_t dist = o > r->c.start ? o - r->c.start : r->c.start - o;
            if (dist < bestd)
                bestd = dist, best = o;
        }
    }
    if (bestd != (size_t)-1) {
        *at = best;
        return 1;
    }
    /* The text is still at its offsets though its sentence was edited. */
    if (here) {
        *at = r->c.start;
        return 1;
    }
    if (count == 1) {
        *at = only;
        return 1;
    }
    return 0;
}

int curation_begin_doc(Curation *cu, const char *doc, const char *data, size_t n,
                       const Claim **out, size_t *nout, Diag *d)
{
    for (size_t i = 0; i < cu->nplaced; i++)
        claim_fini(&cu->placed[i]);
    cu->nplaced = 0;
    cu->doc_len = n;
    *out = NULL;
    *nout = 0;
    size_t first, k = added_of(cu, doc, &first);
    cu->placed = xrealloc(cu->placed, (k + 1) * sizeof *cu->placed);
    for (size_t i = first; i < first + k; i++) {
        const Claim *a = &cu->added[i];
        Row *r = row_by_id(cu, a->id, A_ADD);
        r->doc_seen = 1;
        r->lost = 0;
        size_t at;
        if (locate(r, data, n, &at)) {
            Claim *c = &cu->placed[cu->nplaced++];
            claim_copy(c, a);
            c->start = at;
            c->end = at + strlen(a->text);
            continue;
        }
        if ((r->set & (1u << F_START)) && a->end > n)
            return diag_set(d, CB_EINPUT, cu->path, r->line,
                            "add row: bytes %zu-%zu are past the end of %s (%zu bytes), and "
                            "'%.60s' is not in it: correct start, end or text",
                            a->start, a->end, doc, n, a->text);
        /* Left out, and said so on every run. */
        r->lost = 1;
        r->held[0] = '\0';
        if (r->set & (1u << F_START)) {
            size_t hl = a->end - a->start < sizeof r->held - 1 ? a->end - a->start : sizeof r->held - 1;
            hl = utf8_cut(data + a->start, n - a->start, hl);   /* whole characters only */
            memcpy(r->held, data + a->start, hl);
            r->held[hl] = '\0';
            for (char *p = r->held; *p; p++)
                if ((unsigned char)*p < 0x20)
                    *p = ' ';
        }
    }
    qsort(cu->placed, cu->nplaced, sizeof *cu->placed, by_place);
    *out = cu->nplaced ? cu->placed : NULL;
    *nout = cu->nplaced;
    return 0;
}

void curation_mark_seen_doc(Curation *cu, const char *doc)
{
    for (size_t i = 0; i < cu->n; i++)
        if (strcmp(cu->rows[i].c.doc, doc) == 0)
            cu->rows[i].doc_seen = 1;
}

long curation_line_of(const Curation *cu, const char *id)
{
    for (size_t i = 0; i < cu->n; i++)
        if (!strcmp(cu->rows[i].c.id, id))
            return cu->rows[i].line;
    return 0;
}

size_t curation_report_unused(const Curation *cu, CurationWarn warn, void *ctx)
{
    static const char *const names[] = {"reject", "correct", "add"};
    size_t count = 0;
    for (size_t i = 0; i < cu->n; i++) {
        const Row *r = &cu->rows[i];
        if (!r->doc_seen || (r->action == A_ADD ? !r->lost : r->used))
            continue;
        Diag w;
        if (r->action != A_ADD)
            diag_set(&w, CB_OK, cu->path, r->line, "claim %s no longer exists (%s in %s)", r->c.id,
                     names[r->action], r->c.doc);
        else if (r->held[0])
            diag_set(&w, CB_OK, cu->path, r->line,
                     "added claim '%.60s' is no longer in %s (bytes %zu-%zu hold '%s' now)%s: "
                     "correct start, end or text%s",
                     r->c.text, r->c.doc, r->c.start, r->c.end, r->held,
                     r->anchor ? ", nor in its sentence" : "",
                     r->anchor ? ", or its sentence" : ", or give the sentence it is in");
        else
            diag_set(&w, CB_OK, cu->path, r->line,
                     "added claim '%.60s' is not in %s%s: correct its text%s", r->c.text, r->c.doc,
                     r->anchor ? " (in its sentence)" : " (once, on its own)",
                     r->anchor ? " or its sentence" : ", or give the sentence it is in");
        if (warn)
            warn(&w, r->c.id, r->c.doc, ctx);
        else
            diag_warn(w.file, w.line, "%s", w.msg);
        count++;
    }
    return count;
}

/* " (did you mean 'x'?)" for the nearest metric id to s, or "". */
static void suggest_metric(const Metrics *m, const char *s, char *out, size_t cap)
{
    const char *best = NULL;
    size_t bd = 4;
    for (size_t i = 0; i < metrics_count(m); i++) {
        size_t dd = suggest_distance(s, metrics_id(m, i));
        if (dd < bd)
            bd = dd, best = metrics_id(m, i);
    }
    if (best)
        snprintf(out, cap, "; did you mean '%s'?", best);
    else
        out[0] = '\0';
}

int curation_check(const Curation *cu, const Metrics *m, const char *metrics_path,
                   const Corpus *docs, Diag *d)
{
    for (size_t i = 0; i < cu->n; i++) {
        const Row *r = &cu->rows[i];
        const Claim *c = &r->c;
        int sets_metric = (r->set & (1u << F_METRIC)) && !(r->clear & (1u << F_METRIC));
        int sets_scope = (r->set & (1u << F_SCOPE)) && !(r->clear & (1u << F_SCOPE));
        int sets_area = (r->set & (1u << F_AREA)) && !(r->clear & (1u << F_AREA));
        if (docs && !corpus_find(docs, c->doc))
            return diag_set(d, CB_EINPUT, cu->path, r->line,
                            "document '%s' is not in %s: remove the row, or put the document back",
                            c->doc, docs->dir);
        if (m && sets_metric && !metrics_unit(m, c->metric)) {
            char hint[120];
            suggest_metric(m, c->metric, hint, sizeof hint);
            return diag_set(d, CB_EINPUT, cu->path, r->line,
                            "unknown metric '%s' (not a metric of %s%s)", c->metric, metrics_path,
                            hint);
        }
        if (m && sets_scope && !metrics_known_scope(m, c->scope))
            return diag_set(d, CB_EINPUT, cu->path, r->line,
                            "unknown scope '%s' (not a scope of %s: a place in lower case, such "
                            "as global, africa or kenya)",
                            c->scope, metrics_path);
        if (m && sets_area && !area_country(m, c->area))
            return diag_set(d, CB_EINPUT, cu->path, r->line,
                            "unknown area '%s' (not a place within a country in %s: a province or a "
                            "city whose scope row has a within, such as guangxi or qinzhou)",
                            c->area, metrics_path);
    }
    return 0;
}
