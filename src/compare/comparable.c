/* comparable.c — figures, conversions, citations and left-out claims
 * (see comparable.h). */
#include "comparable.h"
#include "claimplace.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phrase.h"
#include "unit.h"

/* ---- documents ---- */

/* sources.csv rows sorted by file name, for the lookups of every claim */
static int by_file(const void *a, const void *b)
{
    return strcmp((*(const Source *const *)a)->file, (*(const Source *const *)b)->file);
}

void docs_init(Docs *d, const SourceList *sources)
{
    memset(d, 0, sizeof *d);
    d->sources = sources;
    if (!sources || !sources->n)
        return;
    d->order = xmalloc(sources->n * sizeof *d->order);
    for (size_t i = 0; i < sources->n; i++)
        d->order[i] = &sources->v[i];
    qsort(d->order, sources->n, sizeof *d->order, by_file);
}

void docs_free(Docs *d)
{
    free(d->order);
    memset(d, 0, sizeof *d);
}

static const Source *find(const Docs *d, const char *doc, size_t *num)
{
    if (!d || !d->order)
        return NULL;
    size_t lo = 0, hi = d->sources->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(doc, d->order[mid]->file);
        if (c == 0) {
            *num = (size_t)(d->order[mid] - d->sources->v) + 1;
            return d->order[mid];
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

size_t docs_number(const Docs *d, const char *doc)
{
    size_t n = 0;
    find(d, doc, &n);
    return n;
}

long docs_date(const Docs *d, const char *doc)
{
    size_t n;
    const Source *s = find(d, doc, &n);
    if (!s)
        return 0;
    /* YYYY, YYYY-MM or YYYY-MM-DD; anything else is no date */
    int y = 0, m = 0, day = 0;
    const char *p = s->date;
    for (int i = 0; i < 4; i++, p++) {
        if (*p < '0' || *p > '9')
            return 0;
        y = y * 10 + (*p - '0');
    }
    if (p[0] == '-' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9') {
        m = (p[1] - '0') * 10 + (p[2] - '0');
        p += 3;
        if (p[0] == '-' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9')
            day = (p[1] - '0') * 10 + (p[2] - '0');
    }
    return (long)y * 10000 + m * 100 + day;
}

const char *docs_publisher(const Docs *d, const char *doc)
{
    size_t n;
    const Source *s = find(d, doc, &n);
    return s && s->publisher && *s->publisher ? s->publisher : NULL;
}

void docs_cite(const Docs *d, const char *doc, char *out, size_t cap)
{
    size_t n = docs_number(d, doc);
    if (n)
        snprintf(out, cap, "[%zu]", n);
    else
        snprintf(out, cap, "[%s]", doc);
}

/* ---- figures ---- */

int figure_make(const Claim *c, size_t row, const ReferenceList *refs, const Docs *docs, Figure *f,
                Exclusion *why, char *detail, size_t cap)
{
    return figure_make_at(c, row, refs, docs, c->year, f, why, detail, cap);
}

int figure_make_at(const Claim *c, size_t row, const ReferenceList *refs, const Docs *docs, int rate_year,
                   Figure *f, Exclusion *why, char *detail, size_t cap)
{
    memset(f, 0, sizeof *f);
    *why = EX_NONE;
    detail[0] = '\0';
    Interval iv;
    if (interval_from_claim(c, &iv) < 0)
        return -1;
    f->c = c;
    f->row = row;
    f->value = isfinite(c->value) ? c->value : !iv.lo_open ? iv.lo : iv.hi;
    f->date = docs_date(docs, c->doc);
    snprintf(f->unit, sizeof f->unit, "%s", c->unit);
    char cur[4];
    if (unit_currency(c->unit, cur) && strcmp(cur, "USD") != 0) {
        /* Money in another currency: only through a cited rate for the
         * claim's own year (or the year an earlier statement of the same
         * sum gives, sumyear.h), never a rate of some other year. */
        if (!rate_year) {
            *why = EX_NO_RATE_YEAR;
            snprintf(detail, cap, "%s", cur);
            return -1;
        }
        const Reference *r = refs ? reference_rate(refs, cur, rate_year) : NULL;
        if (!r) {
            *why = EX_NO_RATE;
            snprintf(detail, cap, "%s in %d", cur, rate_year);
            return -1;
        }
        Interval usd;
        if (interval_div(iv, interval_closed(r->low, r->high), &usd) < 0)
            return -1;
        iv = usd;
        f->value /= r->value;
        f->rate = r;
        snprintf(f->unit, sizeof f->unit, "USD%s", c->unit + 3);
    }
    if (!isfinite(f->value))
        return -1;
    f->iv = iv;
    return 0;
}

Interval figure_common(const Figure *const *figs, size_t n)
{
    Interval c = {0, 0, 1, 1};
    for (size_t i = 0; i < n; i++) {
        Interval v = figs[i]->iv;
        if (!v.lo_open && (c.lo_open || v.lo > c.lo))
            c.lo = v.lo, c.lo_open = 0;
        if (!v.hi_open && (c.hi_open || v.hi < c.hi))
            c.hi = v.hi, c.hi_open = 0;
    }
    return c;
}

int figure_agree(const Figure *const *figs, size_t n)
{
    /* the highest lower end against the lowest upper end */
    Interval c = figure_common(figs, n);
    return c.lo_open || c.hi_open || c.lo <= c.hi;
}

static int pair_meets(const Figure *a, const Figure *b)
{
    const Figure *pair[2] = {a, b};
    return figure_agree(pair, 2);
}

static int by_value(const void *a, const void *b)
{
    const Figure *x = *(const Figure *const *)a, *y = *(const Figure *const *)b;
    if (x->value != y->value)
        return x->value < y->value ? -1 : 1;
    return x->row < y->row ? -1 : x->row > y->row;
}

/* How many documents other than figs[i]'s give a figure of figs[0..n)
 * whose interval meets figs[i]'s (a document counted once). */
static size_t meeting_docs(const Figure *const *figs, size_t n, size_t i)
{
    size_t k = 0;
    for (size_t j = 0; j < n; j++) {
        if (!strcmp(figs[j]->c->doc, figs[i]->c->doc))
            continue;
        int seen = 0;   /* this document already counted */
        for (size_t h = 0; h < j && !seen; h++)
            seen = !strcmp(figs[h]->c->doc, figs[j]->c->doc) && h != i && pair_meets(figs[h], figs[i]);
        const Figure *pair[2] = {figs[i], figs[j]};
        k += !seen && figure_agree(pair, 2);
    }
    return k;
}

/* The standing of figure f that k other documents meet: 2 a value
 * stated (both ends closed) and met, 1 a bound met, 0 met by none. */
static int tier(const Figure *f, size_t k)
{
    return !k ? 0 : !f->iv.lo_open && !f->iv.hi_open ? 2 : 1;
}

size_t figure_best(const Figure *const *figs, size_t n, int items)
{
    if (n > 1 && !items && figure_agree(figs, n)) {
        const Figure **s = xmalloc(n * sizeof *s);
        memcpy(s, figs, n * sizeof *s);
        qsort(s, n, sizeof *s, by_value);
        const Figure *med = s[(n - 1) / 2];
        free(s);
        for (size_t i = 0; i < n; i++)
            if (figs[i] == med)
                return i;
    }
    /* of one quantity, a figure stating a value that another document's
     * figure meets, over a bound ("as much as $79 billion" meets every
     * smaller sum: its support says little), and there the figure the most
     * other documents' figures meet (five documents at $79 billion
     * outweigh one at $244 million);
     * of as many, the most recent document; of one date, a figure stated
     * in dollars over one converted, then the first in the table */
    size_t best = 0, best_n = items ? 0 : meeting_docs(figs, n, 0);
    int best_t = tier(figs[0], best_n);
    for (size_t i = 1; i < n; i++) {
        const Figure *x = figs[i], *b = figs[best];
        size_t k = items ? 0 : meeting_docs(figs, n, i);
        int t = tier(x, k);
        if (t != best_t ? t > best_t
            : k != best_n ? k > best_n
            : x->date != b->date ? x->date > b->date
            : !x->rate != !b->rate ? !x->rate
                                   : x->row < b->row)
            best = i, best_n = k, best_t = t;
    }
    return best;
}

/* ---- left-out claims ---- */

void leftout_add(LeftOut *l, Exclusion why, const char *detail, const char *claim_id)
{
    LeftOutRow *r = NULL;
    for (size_t i = 0; i < l->n && !r; i++)
        if (l->v[i].why == why && !strcmp(l->v[i].detail, detail))
            r = &l->v[i];
    if (!r) {
        if (l->n == l->cap) {
            l->cap = l->cap ? 2 * l->cap : 4;
            l->v = xrealloc(l->v, l->cap * sizeof *l->v);
        }
        r = &l->v[l->n++];
        memset(r, 0, sizeof *r);
        r->why = why;
        snprintf(r->detail, sizeof r->detail, "%s", detail);
        buf_init(&r->ids, 0);
    }
    if (r->ids.len)
        buf_putc(&r->ids, ' ');
    buf_puts(&r->ids, claim_id);
    r->n++;
    l->total++;
}

void leftout_free(LeftOut *l)
{
    for (size_t i = 0; i < l->n; i++)
        buf_free(&l->v[i].ids);
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* ORDER Exclusion: the reason, plural then singular, with %s for the detail */
static const char *const reason[EX_COUNT][2] = {
    {"", ""},
    {"have no year", "has no year"},
    {"have no place", "has no place"},
    {"have no exchange rate for %s", "has no exchange rate for %s"},
    {"are in %s with no year to pick an exchange rate", "is in %s with no year to pick an exchange rate"},
    {"have no reference value for %s", "has no reference value for %s"},
    {"are in another unit (%s)", "is in another unit (%s)"},
    {"have no %s figure for the same place and year", "has no %s figure for the same place and year"},
    {"have no %s figure of the same year to compare with", "has no %s figure of the same year to compare with"},
    {"come from a document that gives several disagreeing figures for the same place and year (different groups or dates, not one quantity)",
     "comes from a document that gives several disagreeing figures for the same place and year (different groups or dates, not one quantity)"},
    {"have no year and repeat another document's figures of %s, compared there",
     "has no year and repeats another document's figure of %s, compared there"},
    {"are of a part of the population (%s), compared only with figures of the same part",
     "is of a part of the population (%s), compared only with figures of the same part"},
    {"are aims (targets, goals or wishes), not measures, compared only with aims",
     "is an aim (a target, a goal or a wish), not a measure, compared only with aims"},
    {"count a part of the sum only (%s: another definition), compared only with figures of the same part",
     "counts a part of the sum only (%s: another definition), compared only with figures of the same part"},
    {"are disputed by the sentence that gives them (inflated, unsupported, or a wider total), or restate such a figure",
     "is disputed by the sentence that gives it (inflated, unsupported, or a wider total), or restates such a figure"},
    {"are stated in one sentence with the other count: one author's counts of two different things, not checked against each other",
     "is stated in one sentence with the other count: one author's counts of two different things, not checked against each other"},
    {"are quoted by their documents only to be refuted (a fact-check's verdict: \"false\", \"misleading\"), not their own figures",
     "is quoted by its document only to be refuted (a fact-check's verdict: \"false\", \"misleading\"), not its own figure"},
    {"would give %s, less than the whole can be against its part: one figure is likely not what its metric says",
     "would give %s, less than the whole can be against its part: one figure is likely not what its metric says"},
    {"count a part of a set named before them (%s), compared only with figures of the same part",
     "counts a part of a set named before it (%s), compared only with figures of the same part"},
};
/* ORDER Exclusion: the short reason for the table */
static const char *const tag[EX_COUNT] = {
    "", "no year", "no place", "no exchange rate for %s", "%s without a year",
    "no reference value for %s", "unit %s", "no %s figure for the same place and year",
    "no %s figure of the same year to compare with",
    "its document gives several disagreeing figures",
    "repeats a figure of %s",
    "of a part: %s",
    "an aim",
    "of a part of the sum: %s",
    "disputed by its own sentence",
    "stated in one sentence with the other count",
    "refuted by its document",
    "the ratio would be %s, under its floor",
    "of a part of a set: %s",
};

static void say(Buf *out, const char *fmt, const char *detail)
{
    const char *at = strstr(fmt, "%s");
    if (!at) {
        buf_puts(out, fmt);
        return;
    }
    buf_append(out, fmt, (size_t)(at - fmt));
    buf_puts(out, detail);
    buf_puts(out, at + 2);
}

static int by_reason(const void *a, const void *b)
{
    const LeftOutRow *x = a, *y = b;
    if (x->why != y->why)
        return x->why < y->why ? -1 : 1;
    return strcmp(x->detail, y->detail);
}

/* Rows in the order of the reasons (ORDER Exclusion), then details. */
static void sort_rows(const LeftOut *l)
{
    qsort(l->v, l->n, sizeof *l->v, by_reason);
}

void leftout_words(const LeftOut *l, const char *with, Buf *out)
{
    if (!l->total)
        return;
    sort_rows(l);
    buf_printf(out, "%zu figure%s not compared%s: ", l->total, l->total == 1 ? "" : "s",
               with ? with : "");
    for (size_t i = 0; i < l->n; i++) {
        const LeftOutRow *r = &l->v[i];
        buf_printf(out, "%s%zu ", i ? "; " : "", r->n);
        say(out, reason[r->why][r->n == 1], r->detail);
    }
}

void leftout_ids(const LeftOut *l, Buf *out)
{
    sort_rows(l);
    for (size_t i = 0; i < l->n; i++) {
        const LeftOutRow *r = &l->v[i];
        if (i)
            buf_puts(out, "; ");
        say(out, tag[r->why], r->detail);
        buf_printf(out, ": %s", r->ids.data ? r->ids.data : "");
    }
}

const char *leftout_tag(Exclusion why)
{
    return (unsigned)why < EX_COUNT ? tag[why] : "";
}

void comparable_where(const char *scope, const char *area, int year, char *out, size_t cap)
{
    comparable_when(scope, area, year, 0, out, cap);
}

void comparable_when(const char *scope, const char *area, int year, int month, char *out, size_t cap)
{
    char place[128], when[32];
    claim_place_words(place, sizeof place, scope, area);
    phrase_when(when, sizeof when, year, month);
    if (year)
        snprintf(out, cap, "%s, %s", place, when);
    else
        snprintf(out, cap, "%s, year not stated", place);
}
