/* agreement.c — the findings of one metric: do the documents agree on one
 * quantity, a list of items, and what was left out (see compare.h).
 *
 * Claims are taken metric by metric, sorted by place, year, unit (money
 * in USD after conversion) and document; a place is a scope and an area
 * (claimplace.h: a province's figure is never China's). A metric of items
 * lists its claims. A metric of one quantity groups the claims whose place and year
 * are both known (different documents are compared only then); a group
 * from two or more documents gives an agreement finding. Claims without a
 * place, a year or a rate are left out, and counted when the metric has
 * figures from two or more documents (a comparison that could have been).
 */
#include "run.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimplace.h"
#include "figaspect.h"
#include "moment.h"
#include "phrase.h"
#include "several.h"
#include "standing.h"
#include "unit.h"

/* The unit a claim is grouped by: its figure's (USD after conversion). */
static const char *unit_of(const Run *R, size_t row)
{
    return R->ok[row] > 0 ? R->fig[row].unit : R->in->claims->v[row].unit;
}

/* The figures of a group's rows[0..n), in their order: a new array. */
static const Figure **row_figures(const Run *R, const size_t *rows, size_t n)
{
    const Figure **figs = xmalloc((n ? n : 1) * sizeof *figs);
    for (size_t i = 0; i < n; i++)
        figs[i] = &R->fig[rows[i]];
    return figs;
}

/* A claim with what it is grouped by: metric, place, year, unit,
 * document, then its row. */
typedef struct GRow {
    const Claim *c;
    const char *unit;
    char aspect[104];   /* figaspect_key: "", "aim", "part:rural areas" */
    size_t row;
} GRow;

static int by_group(const void *a, const void *b)
{
    const GRow *x = a, *y = b;
    int c;
    if ((c = strcmp(x->c->metric, y->c->metric)) || (c = claim_place_cmp(x->c, y->c)))
        return c;
    if (x->c->year != y->c->year)
        return x->c->year < y->c->year ? -1 : 1;
    if ((c = strcmp(x->aspect, y->aspect)) || (c = strcmp(x->unit, y->unit)) || (c = strcmp(x->c->doc, y->c->doc)))
        return c;
    return x->row < y->row ? -1 : x->row > y->row;
}

/* (a part of a population is one with the same part only; an aim with
 * aims: figaspect.h) */
static int same_aspect(const Claim *x, const Claim *y)
{
    char a[104], b[104];
    figaspect_key(x, a, sizeof a);
    figaspect_key(y, b, sizeof b);
    return !strcmp(a, b);
}

static int same_group(const Run *R, size_t i, size_t j)
{
    const Claim *x = &R->in->claims->v[i], *y = &R->in->claims->v[j];
    return claim_same_place(x, y) && x->year == y->year && !strcmp(unit_of(R, i), unit_of(R, j)) &&
           same_aspect(x, y);
}

static int by_doc(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Distinct documents of rows[0..n). */
static size_t count_docs(const Run *R, const size_t *rows, size_t n)
{
    if (!n)
        return 0;
    const char **d = xmalloc(n * sizeof *d);
    for (size_t i = 0; i < n; i++)
        d[i] = R->in->claims->v[rows[i]].doc;
    qsort(d, n, sizeof *d, by_doc);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        k += strcmp(d[i], d[i - 1]) != 0;
    free(d);
    return k;
}

/* "a; b; c" of figures, at most COMPARE_MAX_NAMED, then "and N more". */
static void list_words(const Run *R, const Figure *const *figs, size_t n, int where, Buf *st)
{
    for (size_t i = 0; i < n; i++) {
        if (i == COMPARE_MAX_NAMED) {
            buf_printf(st, "; and %zu more", n - i);
            break;
        }
        if (i)
            buf_puts(st, "; ");
        run_figure_words(R, figs[i], where, st);
    }
}

static void ids_of(const Figure *const *figs, size_t n, Buf *ids)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_putc(ids, ' ');
        buf_puts(ids, figs[i]->c->id);
    }
}

static double lo_end(Interval v)
{
    return v.lo_open ? -INFINITY : v.lo;
}

static double hi_end(Interval v)
{
    return v.hi_open ? INFINITY : v.hi;
}

/* The two figures furthest apart: a, the one with the highest lower end;
 * b, the one with the lowest upper end (another than a). */
static void extremes(const Figure *const *figs, size_t n, size_t *a, size_t *b)
{
    *a = 0;
    for (size_t i = 1; i < n; i++)
        if (lo_end(figs[i]->iv) > lo_end(figs[*a]->iv) ||
            (lo_end(figs[i]->iv) == lo_end(figs[*a]->iv) && figs[i]->value > figs[*a]->value))
            *a = i;
    *b = *a == 0 ? 1 : 0;
    for (size_t i = 0; i < n; i++)
        if (i != *a && (hi_end(figs[i]->iv) < hi_end(figs[*b]->iv) ||
                        (hi_end(figs[i]->iv) == hi_end(figs[*b]->iv) && figs[i]->value < figs[*b]->value)))
            *b = i;
}

static void set_iv(double *v, double *lo, double *hi, const Figure *f)
{
    *v = f->value;
    *lo = f->iv.lo_open ? NAN : f->iv.lo;
    *hi = f->iv.hi_open ? NAN : f->iv.hi;
}

/* A bound ("more than $17 billion", "fewer than 40%") states no value
 * of the quantity, only a side of it. */
static int is_bound(const Figure *f)
{
    return f->iv.lo_open != f->iv.hi_open;
}

/* The centre of figures that agree, in words: ". Median 35%." over the
 * figures that state a value (a bound's own value is no figure anyone
 * gives: the median of "about 35%", "fewer than 40%" twice and "35%" is
 * no 37.5%); when every figure is a bound, what they say together:
 * ". Together: more than $17 billion." */
static void agreed_words(const Figure *const *figs, size_t n, const char *unit, Buf *s)
{
    double *x = xmalloc((n ? n : 1) * sizeof *x);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (!is_bound(figs[i]))
            x[m++] = figs[i]->value;
    AgreementStats st;
    char words[256];
    if (m && compare_agreement_stats(x, m, &st) == 0) {
        phrase_amount(words, sizeof words, st.median, unit, 3);
        buf_printf(s, ". Median %s.", words);
    } else {
        /* the interval they share */
        Interval c = figure_common(figs, n);
        phrase_bounds(words, sizeof words, c.lo_open ? NAN : c.lo, c.hi_open ? NAN : c.hi, unit, 3);
        buf_printf(s, ". Together: %s.", words);
    }
    free(x);
}

/* One quantity in one place and year (and month, when not 0), from two
 * or more documents. */
static void agreement_finding(Run *R, const Figure *const *figs, size_t n, size_t ndocs, int dup, int month)
{
    double *x = xmalloc(n * sizeof *x);
    for (size_t i = 0; i < n; i++)
        x[i] = figs[i]->value;
    AgreementStats st;
    int bad = compare_agreement_stats(x, n, &st);
    free(x);
    if (bad < 0)
        return;
    const Claim *c0 = figs[0]->c;
    const char *unit = figs[0]->unit;
    size_t a, b;
    extremes(figs, n, &a, &b);
    Finding f;
    finding_init(&f);
    f.kind = FK_AGREEMENT;
    double gap = 0;
    if (figure_agree(figs, n)) {
        f.verdict = V_CONSISTENT;
    } else {
        gap = interval_gap(interval_point(hi_end(figs[b]->iv)), interval_point(lo_end(figs[a]->iv)));
        f.verdict = gap < COMPARE_DEFAULT_MARGIN ? V_TENSION : V_INCONSISTENT;
    }
    char name[160], only[112];
    figaspect_name(c0, name, sizeof name);
    figaspect_words(c0, only, sizeof only);
    run_id(&f, "agreement", name, claim_place_id(c0), c0->year, dup ? unit : NULL);
    moment_id(&f, month);
    set_iv(&f.value, &f.low, &f.high, figs[a]);
    set_iv(&f.other_value, &f.other_low, &f.other_high, figs[b]);
    snprintf(f.unit, sizeof f.unit, "%s", unit);
    run_where(&f, c0);
    char lab[128], where[160], med[128], mad[128];
    comparable_when(c0->scope, c0->area, c0->year, month, where, sizeof where);
    phrase_amount(med, sizeof med, st.median, unit, 3);
    phrase_amount(mad, sizeof mad, st.mad, unit, 3);
    Buf s, ids, conv;
    buf_init(&s, 0);
    buf_init(&ids, 0);
    buf_init(&conv, 0);
    buf_printf(&s, "%s, %s%s: ", run_label(R, c0->metric, lab, sizeof lab), where, only);
    if (f.verdict == V_CONSISTENT) {
        buf_printf(&s, "%zu documents agree (their intervals meet): ", ndocs);
        list_words(R, figs, n, 0, &s);
        agreed_words(figs, n, unit, &s);
    } else {
        /* the evidence for both sides first */
        buf_puts(&s, "the documents disagree: ");
        run_figure_words(R, figs[a], 0, &s);
        buf_puts(&s, " against ");
        run_figure_words(R, figs[b], 0, &s);
        /* a contradiction only when none of standing.h's rules holds */
        f.verdict = standing_agreement(R, figs, n, a, b, f.verdict, gap, &s);
        if (n > 2) {
            /* the rest of the evidence: every figure, the centre, the outliers */
            buf_printf(&s, " All %zu figures: ", n);
            list_words(R, figs, n, 0, &s);
            buf_printf(&s, "; median %s, MAD %s", med, mad);
            int nout = 0;
            for (size_t i = 0; i < n; i++)
                if (compare_is_outlier(&st, figs[i]->value)) {
                    buf_puts(&s, nout++ ? "; " : "; outliers: ");
                    run_figure_words(R, figs[i], 0, &s);
                }
            buf_putc(&s, '.');
        }
    }
    ids_of(figs, n, &ids);
    run_conversions(figs, n, &conv);
    f.statement = buf_take(&s, NULL);
    f.claims = buf_take(&ids, NULL);
    f.conversion = buf_take(&conv, NULL);
    run_push(R, &f, f.verdict == V_INCONSISTENT ? RANK_CONTRADICTION_ACROSS
                    : f.verdict == V_TENSION    ? RANK_TENSION_ACROSS
                                                : RANK_HOLDS);
    for (size_t i = 0; i < n; i++)
        run_used(R, figs[i]->row);
}

/* Items with a stated place first, then by place, year, row. */
static int by_item(const void *a, const void *b)
{
    const Figure *x = *(const Figure *const *)a, *y = *(const Figure *const *)b;
    if (!*x->c->scope != !*y->c->scope)
        return !*x->c->scope ? 1 : -1;
    int c = claim_place_cmp(x->c, y->c);
    if (c)
        return c;
    if (x->c->year != y->c->year)
        return x->c->year < y->c->year ? -1 : 1;
    return x->row < y->row ? -1 : x->row > y->row;
}

/* Different items of one kind: listed as stated, never judged. Only
 * claims in the kind's unit (any currency): "2 billion KES a year" is no
 * cost of one data centre. */
static void items_finding(Run *R, const size_t *all, size_t nall)
{
    char unit[64];
    run_unit(R, R->in->claims->v[all[0]].metric, unit, sizeof unit);
    size_t *rows = xmalloc(nall * sizeof *rows), n = 0;
    for (size_t i = 0; i < nall; i++) {
        const Claim *c = &R->in->claims->v[all[i]];
        char u[64];
        if (unit_is_money(c->unit))
            snprintf(u, sizeof u, "USD%s", c->unit + 3);
        else
            snprintf(u, sizeof u, "%s", c->unit);
        if (R->conv_why[all[i]] == EX_REFUTED)   /* quoted only to be refuted: listed nowhere */
            run_left_out(R, all[i], EX_REFUTED, "");
        else if (*unit && strcmp(u, unit))
            run_left_out(R, all[i], EX_UNIT, c->unit);
        else
            rows[n++] = all[i];
    }
    if (n < 2) {
        free(rows);
        return;
    }
    const Figure **figs = row_figures(R, rows, n);
    qsort(figs, n, sizeof *figs, by_item);
    Buf sc, ar, yr;
    buf_init(&sc, 0);
    buf_init(&ar, 0);
    buf_init(&yr, 0);
    int areas = 0;
    for (size_t i = 0; i < n; i++) {
        buf_printf(&sc, "%s%s", i ? "|" : "", figs[i]->c->scope);
        buf_printf(&ar, "%s%s", i ? "|" : "", figs[i]->c->area);
        areas |= figs[i]->c->area[0] != '\0';
        if (i)
            buf_putc(&yr, '|');
        if (figs[i]->c->year)
            buf_printf(&yr, "%d", figs[i]->c->year);
    }
    const Claim *c0 = figs[0]->c;
    Finding f;
    finding_init(&f);
    f.kind = FK_ITEMS;
    f.verdict = V_INFO;
    run_id(&f, "items", c0->metric, NULL, 0, NULL);
    /* the places and years, when the cells hold them whole */
    if (sc.len < sizeof f.scope)
        snprintf(f.scope, sizeof f.scope, "%s", sc.data);
    if (areas && ar.len < sizeof f.area)
        snprintf(f.area, sizeof f.area, "%s", ar.data);
    if (yr.len < sizeof f.year)
        snprintf(f.year, sizeof f.year, "%s", yr.data ? yr.data : "");
    char lab[128];
    Buf s, ids;
    buf_init(&s, 0);
    buf_init(&ids, 0);
    buf_printf(&s, "%s: %zu figures about different items, listed and not compared with each other: ",
               run_label(R, c0->metric, lab, sizeof lab), n);
    /* as stated: an item needs no conversion to be listed */
    for (size_t i = 0; i < n; i++) {
        if (i == COMPARE_MAX_NAMED) {
            buf_printf(&s, "; and %zu more", n - i);
            break;
        }
        Figure plain = *figs[i];
        plain.rate = NULL;
        if (i)
            buf_puts(&s, "; ");
        run_figure_words(R, &plain, 1, &s);
    }
    buf_putc(&s, '.');
    ids_of(figs, n, &ids);
    f.statement = buf_take(&s, NULL);
    f.claims = buf_take(&ids, NULL);
    run_push(R, &f, RANK_ITEMS);
    for (size_t i = 0; i < n; i++)
        run_used(R, figs[i]->row);
    buf_free(&sc);
    buf_free(&ar);
    buf_free(&yr);
    free(figs);
    free(rows);
}

/* Within one group (one place, year and unit), the rows of a document
 * whose own figures disagree with each other are left out (several.h);
 * returns the rows kept, compacted in place. */
static size_t drop_split_documents(Run *R, size_t *rows, size_t n)
{
    const Figure **figs = row_figures(R, rows, n);
    size_t m = several_drop(R, figs, n, NULL);
    for (size_t i = 0; i < m; i++)
        rows[i] = figs[i]->row;
    free(figs);
    return m;
}

/* Of the months[0..nm) of a group's rows[0..n) (sorted by document),
 * keep those some document states one value of (its figures of the month
 * agree: drop_split_documents would keep them), compacted in place; how
 * many. A month only split documents give is no moment to compare: two
 * "months" of that kind would repeat one comparison of the figures of no
 * month under two ids. */
static int stated_months(const Run *R, const size_t *rows, size_t n, int *months, int nm)
{
    const Figure **figs = xmalloc(n * sizeof *figs);
    int kept = 0;
    for (int k = 0; k < nm; k++) {
        int stated = 0;
        for (size_t i = 0; i < n && !stated;) {
            size_t j = i, m = 0;
            for (; j < n && !strcmp(R->fig[rows[j]].c->doc, R->fig[rows[i]].c->doc); j++)
                if (moment_of(R, &R->fig[rows[j]]) == months[k])
                    figs[m++] = &R->fig[rows[j]];
            stated = m && figure_agree(figs, m);
            i = j;
        }
        if (stated)
            months[kept++] = months[k];
    }
    free(figs);
    return kept;
}

/* Whether the figures of a known month among a group's rows[0..n)
 * (sorted by document), those of documents giving several disagreeing
 * figures aside, all agree (figure_agree). Then the months are no moments
 * to tell apart: 18 countries in September and 18 in December are one
 * count, and comparing each month with the figures of no month would
 * repeat one comparison under each month's id. */
static int months_agree(const Run *R, const size_t *rows, size_t n)
{
    size_t *sub = xmalloc((n ? n : 1) * sizeof *sub);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (moment_of(R, &R->fig[rows[i]]))
            sub[m++] = rows[i];
    m = drop_split_documents((Run *)R, sub, m);
    const Figure **figs = row_figures(R, sub, m);
    int agree = m >= 2 && figure_agree(figs, m);
    free(figs);
    free(sub);
    return agree;
}

/* Whether the months[0..nm) of a group's rows[0..n) (sorted by
 * document) are moments of one quantity: the best-supported figure of
 * each month (split documents aside) within MOMENT_SPREAD of the others
 * (moment_one_quantity). 80 countries in February and 17 in June are
 * two documents that disagree, not a count that fell. */
static int months_one_quantity(Run *R, const size_t *rows, size_t n, const int *months, int nm)
{
    const Figure **figs = row_figures(R, rows, n);
    int one = moment_months_one(R, figs, n, months, nm, 1);
    free(figs);
    return one;
}

/* One group's rows[0..n) (one place, year and unit; sorted by document)
 * whose figures are of nm >= 2 known months (moment.h): each month is
 * compared on its own, with the figures of no month; the months are
 * listed in order, each by its best-supported figure. */
static void by_moments(Run *R, const size_t *rows, size_t n, const int *months, int nm, int dup)
{
    size_t *sub = xmalloc(n * sizeof *sub);
    const Figure **figs = xmalloc(n * sizeof *figs);
    const Figure **best = xmalloc((size_t)nm * sizeof *best);
    const Figure **all = xmalloc(n * sizeof *all);
    const Figure **group = row_figures(R, rows, n);
    size_t nbest = 0, nall = 0;
    for (int k = 0; k < nm; k++) {
        /* the month's own figures, for the series */
        size_t m;
        const Figure *b = moment_best(R, group, n, months[k], 1, figs, &m);
        for (size_t i = 0; i < m; i++)
            all[nall++] = figs[i];
        if (b)
            best[nbest++] = b;
        /* the month's comparison: its figures and those of no month */
        m = 0;
        for (size_t i = 0; i < n; i++) {
            int mo = moment_of(R, &R->fig[rows[i]]);
            if (!mo || mo == months[k])
                sub[m++] = rows[i];
        }
        if (count_docs(R, sub, m) < 2)
            continue;
        m = drop_split_documents(R, sub, m);
        size_t docs = count_docs(R, sub, m);
        if (docs < 2)
            continue;
        for (size_t i = 0; i < m; i++)
            figs[i] = &R->fig[sub[i]];
        agreement_finding(R, figs, m, docs, dup, months[k]);
    }
    moment_series(R, best, nbest, all, nall);
    free(group);
    free(all);
    free(best);
    free(figs);
    free(sub);
}

/* One quantity's claims rows[0..n) (one metric, sorted by group). */
static void quantity(Run *R, const size_t *rows, size_t n)
{
    const ClaimList *cl = R->in->claims;
    size_t *ok = xmalloc(n * sizeof *ok);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const Claim *c = &cl->v[rows[i]];
        /* (a figure quoted only to be refuted is said so first) */
        if (R->conv_why[rows[i]] == EX_REFUTED)
            run_left_out_conv(R, rows[i]);
        /* different documents are compared only with place and year known */
        else if (!*c->scope)
            run_left_out(R, rows[i], EX_NO_PLACE, "");
        else if (!c->year)
            run_left_out(R, rows[i], EX_NO_YEAR, "");
        else if (R->ok[rows[i]] < 0)
            run_left_out_conv(R, rows[i]);
        else
            ok[m++] = rows[i];
    }
    const Figure **figs = xmalloc((m ? m : 1) * sizeof *figs);
    const Claim *last = NULL;   /* the last group's place and year */
    for (size_t i = 0; i < m;) {
        size_t j = i + 1;
        while (j < m && same_group(R, ok[i], ok[j]))
            j++;
        size_t docs = count_docs(R, ok + i, j - i);
        const Claim *c = &cl->v[ok[i]];
        char aspect[104];
        figaspect_key(c, aspect, sizeof aspect);
        /* aims are listed, never judged; a part alone is said so */
        if (*aspect && (docs < 2 || !strcmp(aspect, "aim"))) {
            if (docs >= 2) {
                for (size_t k = i; k < j; k++)
                    figs[k - i] = &R->fig[ok[k]];
                figaspect_aims(R, figs, j - i);
            } else {
                for (size_t k = i; k < j; k++)
                    figaspect_left_out(R, ok[k]);
            }
            i = j;
            continue;
        }
        /* figures of different months of the year (moment.h) */
        int months[12], nm = 0;
        if (docs >= 2) {
            for (size_t k = i; k < j; k++)
                figs[k - i] = &R->fig[ok[k]];
            nm = moment_months(R, figs, j - i, months);
            nm = nm >= 2 ? stated_months(R, ok + i, j - i, months, nm) : nm;
            if (nm >= 2 && (months_agree(R, ok + i, j - i) || !months_one_quantity(R, ok + i, j - i, months, nm)))
                nm = 0;
        }
        if (nm >= 2) {
            by_moments(R, ok + i, j - i, months, nm,
                       last && claim_same_place(last, c) && last->year == c->year && !*aspect);
            last = c;
            i = j;
            continue;
        }
        size_t kept = docs >= 2 ? drop_split_documents(R, ok + i, j - i) : 0;
        docs = count_docs(R, ok + i, kept);
        if (docs >= 2) {
            for (size_t k = i; k < i + kept; k++)
                figs[k - i] = &R->fig[ok[k]];
            /* a second unit in the same place and year gets its own id */
            int dup = last && claim_same_place(last, c) && last->year == c->year && !*aspect;
            agreement_finding(R, figs, kept, docs, dup, 0);
            last = c;
        }
        i = j;
    }
    free(figs);
    free(ok);
}

void agreement_run(Run *R)
{
    const ClaimList *cl = R->in->claims;
    GRow *g = xmalloc((cl->n ? cl->n : 1) * sizeof *g);
    size_t m = 0;
    for (size_t i = 0; i < cl->n; i++)
        if (cl->v[i].metric[0] && R->ok[i]) {
            g[m] = (GRow){&cl->v[i], unit_of(R, i), "", i};
            figaspect_key(&cl->v[i], g[m].aspect, sizeof g[m].aspect);
            m++;
        }
    qsort(g, m, sizeof *g, by_group);
    size_t *rows = xmalloc((m ? m : 1) * sizeof *rows);
    for (size_t i = 0; i < m; i++)
        rows[i] = g[i].row;
    free(g);
    for (size_t i = 0; i < m;) {
        size_t j = i + 1;
        const char *metric = cl->v[rows[i]].metric;
        while (j < m && !strcmp(cl->v[rows[j]].metric, metric))
            j++;
        size_t first = R->out->n, ndocs = count_docs(R, rows + i, j - i);
        if (run_is_item(R, metric)) {
            items_finding(R, rows + i, j - i);
            run_notes(R, NULL);   /* a list leaves nothing out that matters */
        } else {
            quantity(R, rows + i, j - i);
            /* left out of a comparison that could have been: figures of
             * this quantity from two or more documents */
            LeftOut lo = {0};
            run_notes(R, ndocs >= 2 ? &lo : NULL);
            char lab[128], name[96];
            snprintf(name, sizeof name, "agreement:%s", metric);
            run_excluded(R, first, &lo, name, run_label(R, metric, lab, sizeof lab),
                         " with other documents");
            leftout_free(&lo);
        }
        i = j;
    }
    free(rows);
}
