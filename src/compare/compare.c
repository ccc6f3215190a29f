/* compare.c — the comparisons (see compare.h for what is combined, and
 * comparable.h for the rules). Stage: claims table + relations +
 * references + metrics + bibliography -> ranked findings.
 *
 * A run (run.h) makes every claim a Figure once; then each relation gives
 * its findings here (per context for consistency and derived relations,
 * one scale comparison per ratio), each metric its agreement or item
 * list (agreement.c), and the findings are ranked. The claims a
 * comparison left out are noted with their reasons as it goes.
 *
 * Nothing here prints. Every number that reaches a statement or a cell
 * is checked finite first; the interval code refuses what would be NaN
 * or inf (a zero-holding divisor, an overflow), and such a combination
 * simply gives no finding.
 */
#include "compare.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "claimplace.h"
#include "disputed.h"
#include "figaspect.h"
#include "fsio.h"
#include "metrics.h"
#include "moment.h"
#include "phrase.h"
#include "placed.h"
#include "run.h"
#include "several.h"
#include "sidebyside.h"
#include "standing.h"

/* ---- words ---- */

/* An interval in words through the phrasebook (open sides as NAN). */
static void fmt_interval(Interval iv, const char *unit, int sig, char *out, size_t cap)
{
    phrase_bounds(out, cap, iv.lo_open ? NAN : iv.lo, iv.hi_open ? NAN : iv.hi, unit, sig);
}

static int honest_sig(double v, Interval iv)
{
    return phrase_fit_sig(v, iv.lo_open ? NAN : iv.lo, iv.hi_open ? NAN : iv.hi);
}

static void ratio_words(double r, Interval iv, char *out, size_t cap)
{
    phrase_ratio(out, cap, r, iv.lo_open ? NAN : iv.lo, iv.hi_open ? NAN : iv.hi);
}

/* ---- agreement statistics ---- */

int compare_agreement_stats(const double *x, size_t n, AgreementStats *st)
{
    memset(st, 0, sizeof *st);
    if (n == 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return -1;
    double *s = xmalloc(n * sizeof *s);
    double *work = xmalloc(n * sizeof *work);
    memcpy(s, x, n * sizeof *s);
    gsl_sort(s, 1, n);
    st->n = n;
    st->min = s[0];
    st->max = s[n - 1];
    st->spread = st->max - st->min;
    st->median = gsl_stats_median_from_sorted_data(s, 1, n);
    st->mad = n > 1 ? gsl_stats_mad0(s, 1, n, work) : 0;
    free(s);
    free(work);
    if (!isfinite(st->median) || !isfinite(st->mad) || !isfinite(st->spread))
        return -1;
    return 0;
}

int compare_is_outlier(const AgreementStats *st, double x)
{
    if (st->n < 3 || !isfinite(x))
        return 0;
    double dev = fabs(x - st->median);
    double rel = 0.10 * fabs(st->median);
    if (st->mad == 0)
        return dev > rel;
    return dev > COMPARE_OUTLIER_K * 1.4826 * st->mad && dev > rel;
}

/* ---- relations: which claims a term may take ---- */

/* The claims of term t that are about the relation's place and year, as
 * rows (into rows, which holds a row per claim). A claim that would be
 * but cannot say so (no place where the relation has one, no year where
 * it has one), or that cannot be combined here (money without a rate,
 * another unit), is noted as left out with its reason. */
static size_t term_candidates(Run *R, const Relation *rel, const Term *t, size_t *rows)
{
    const ClaimList *cl = R->in->claims;
    const char *want = *t->scope ? t->scope : rel->scope;
    char unit[64];
    run_unit(R, t->name, unit, sizeof unit);
    size_t n = 0;
    for (size_t i = 0; i < cl->n; i++) {
        const Claim *c = &cl->v[i];
        if (!R->ok[i] || strcmp(c->metric, t->name))
            continue;
        if (*want && strcmp(claim_place_id(c), want)) {
            if (!*c->scope)   /* no place is not any place (a refuted figure is said so) */
                run_left_out(R, i, R->conv_why[i] == EX_REFUTED ? EX_REFUTED : EX_NO_PLACE, "");
            continue;
        }
        if (rel->year && c->year != rel->year) {
            if (!c->year)
                run_left_out(R, i, R->conv_why[i] == EX_REFUTED ? EX_REFUTED : EX_NO_YEAR, "");
            continue;
        }
        if (R->ok[i] < 0) {
            run_left_out_conv(R, i);
            continue;
        }
        /* a part of a population, or an aim, is no term of a relation on
         * the whole's measures */
        if (figaspect_left_out(R, i))
            continue;
        const char *u = R->fig[i].unit;
        if (*unit ? strcmp(u, unit) != 0 : n && strcmp(u, R->fig[rows[0]].unit) != 0) {
            run_left_out(R, i, EX_UNIT, c->unit);
            continue;
        }
        rows[n++] = i;
    }
    return n;
}

/* ---- relations: contexts ----
 * A context is where the figures of one finding come from: a year, a
 * place, and a document when the place or the year is not known (one
 * document's own figures share their context; different documents'
 * only when both are known and equal). A term with its own place
 * (m.METRIC@SCOPE) has the key place "@". */

typedef struct Key {
    int year;
    const char *scope;
    const char *area;  /* the place within scope (claimplace.h), or "" */
    const char *doc;   /* "" unless the place or the year is unknown */
    size_t row;
    int month;         /* a context's month (moment.h) when its figures
                        * are of several; else 0 */
} Key;

static Key key_of(const Claim *c, size_t row, int own_place)
{
    Key k = {c->year, own_place ? "@" : c->scope, own_place ? "" : c->area, "", row, 0};
    if (!c->year || (!own_place && !*c->scope))
        k.doc = c->doc;
    return k;
}

static int key_cmp(const Key *a, const Key *b)
{
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    int c = strcmp(a->scope, b->scope);
    if (!c)
        c = strcmp(a->area, b->area);
    return c ? c : strcmp(a->doc, b->doc);
}

static int key_order(const void *a, const void *b)
{
    const Key *x = a, *y = b;
    int c = key_cmp(x, y);
    return c ? c : x->row < y->row ? -1 : x->row > y->row;
}

/* The figures of term t (keys k[0..n), sorted) in context cx. */
static size_t side_in(const Run *R, const Key *k, size_t n, int own_place, const Key *cx,
                      const Figure **out)
{
    size_t m = 0;
    if (own_place) {
        /* its own place: the context's year, and its document when bound */
        for (size_t i = 0; i < n; i++) {
            const Claim *c = R->fig[k[i].row].c;
            if (c->year == cx->year && (!*cx->doc || !strcmp(c->doc, cx->doc)))
                out[m++] = &R->fig[k[i].row];
        }
        return m;
    }
    size_t lo = 0, hi = n;
    while (lo < hi) {   /* the first key not below cx */
        size_t mid = lo + (hi - lo) / 2;
        if (key_cmp(&k[mid], cx) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < n && key_cmp(&k[i], cx) == 0; i++)
        out[m++] = &R->fig[k[i].row];
    return m;
}

/* The figures of claim term t of rel in context cx (an array the caller
 * frees; *n of them, maybe none). */
static const Figure **term_side(const Run *R, const Relation *rel, int t, const Key *cx, Key *const *keys,
                                const size_t *nkeys, size_t *n)
{
    const Figure **side = xmalloc((nkeys[t] ? nkeys[t] : 1) * sizeof *side);
    *n = side_in(R, keys[t], nkeys[t], *rel->terms[t].scope != '\0', cx, side);
    return side;
}

/* ---- relations: statements ---- */

/* The label with {} replaced by fig. */
static void fill_label(Buf *b, const char *label, const char *fig)
{
    const char *at = strstr(label, "{}");
    if (!at) {
        buf_puts(b, label);
        return;
    }
    buf_append(b, label, (size_t)(at - label));
    buf_puts(b, fig);
    buf_puts(b, at + 2);
}

/* A point value for the finding: the expression at the figures' own
 * values, else a finite end of the interval. */
static double point_or_end(const Expr *e, const double *pv, Interval iv)
{
    double v;
    if (relation_eval_point(e, pv, &v) == 0 && (interval_contains(iv, v) || (iv.lo_open && iv.hi_open)))
        return v;
    if (!iv.lo_open && !iv.hi_open)
        return iv.lo + (iv.hi - iv.lo) / 2;
    return iv.lo_open ? iv.hi : iv.lo;
}

static void set_interval(Finding *f, Interval iv, int other)
{
    double *lo = other ? &f->other_low : &f->low, *hi = other ? &f->other_high : &f->high;
    *lo = iv.lo_open ? NAN : iv.lo;
    *hi = iv.hi_open ? NAN : iv.hi;
}

/* " Claims: Internet users, 5.4 billion people [2]; ..." then the other
 * figures each side had ("Other figures for Internet users: ..."). where:
 * say each figure's place and year (a scale comparison's sides differ),
 * else only for a term with its own place. */
static void claims_words(const Run *R, const Relation *rel, const Figure *const *pick,
                         const Figure **const *side, const size_t *nside, int where, Buf *st,
                         Buf *ids)
{
    char lab[128];
    buf_puts(st, " Claims: ");
    int k = 0;
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref)
            continue;
        buf_printf(st, "%s%s, ", k++ ? "; " : "", run_label(R, rel->terms[t].name, lab, sizeof lab));
        run_figure_words(R, pick[t], where || *rel->terms[t].scope, st);
        if (ids->len)
            buf_putc(ids, ' ');
        buf_puts(ids, pick[t]->c->id);
    }
    buf_putc(st, '.');
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref || nside[t] < 2)
            continue;
        int item = run_is_item(R, rel->terms[t].name);
        buf_printf(st, " %s for %s: ", item ? "Other items" : "Other figures",
                   run_label(R, rel->terms[t].name, lab, sizeof lab));
        size_t named = 0;
        for (size_t i = 0; i < nside[t]; i++) {
            if (side[t][i] == pick[t])
                continue;
            if (named == COMPARE_MAX_NAMED) {
                buf_printf(st, "; and %zu more", nside[t] - 1 - named);
                break;
            }
            if (named++)
                buf_puts(st, "; ");
            run_figure_words(R, side[t][i], where || item, st);
        }
        buf_putc(st, '.');
    }
}

/* The short citations of the references e uses, "; "-separated. */
static void cites(const Relation *rel, const Expr *e, const Reference *const *ref, Buf *b)
{
    for (int t = 0; t < rel->nterms; t++)
        if (rel->terms[t].is_ref && ref[t] && relation_uses(e, t)) {
            if (b->len)
                buf_puts(b, "; ");
            buf_puts(b, ref[t]->cite);
        }
}

/* ---- relations: one finding ---- */

typedef struct Eval {
    Interval iv, other;   /* expr, and against (consistency) */
    double v, ov;         /* point values */
} Eval;

static int evaluate(const Relation *rel, const Figure *const *pick, const Reference *const *ref,
                    Eval *ev)
{
    Interval vals[COMPARE_MAX_TERMS];
    double pv[COMPARE_MAX_TERMS];
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref) {
            vals[t] = interval_closed(ref[t]->low, ref[t]->high);
            pv[t] = ref[t]->value;
        } else {
            vals[t] = pick[t]->iv;
            pv[t] = pick[t]->value;
        }
    }
    if (relation_eval(&rel->expr, vals, rel->nterms, &ev->iv) < 0)
        return -1;
    ev->v = point_or_end(&rel->expr, pv, ev->iv);
    if (rel->kind == RK_CONSISTENCY) {
        if (relation_eval(&rel->against, vals, rel->nterms, &ev->other) < 0)
            return -1;
        ev->ov = point_or_end(&rel->against, pv, ev->other);
    }
    return isfinite(ev->v) && (rel->kind != RK_CONSISTENCY || isfinite(ev->ov)) ? 0 : -1;
}

/* The finding of a consistency or derived relation in context cx, on the
 * picked figures; side[t] are all the figures of term t there. */
static void context_finding(Run *R, const Relation *rel, const Key *cx, const Figure *const *pick,
                            const Figure **const *side, const size_t *nside,
                            const Reference *const *ref, const Eval *ev)
{
    Finding f;
    finding_init(&f);
    snprintf(f.unit, sizeof f.unit, "%s", rel->unit);
    f.value = ev->v;
    set_interval(&f, ev->iv, 0);
    /* where the finding is about: the context's place, else the terms' own */
    Buf scope;
    buf_init(&scope, 0);
    if (strcmp(cx->scope, "@")) {
        buf_puts(&scope, cx->scope);
        snprintf(f.area, sizeof f.area, "%s", cx->area);
    } else
        for (int t = 0; t < rel->nterms; t++)
            if (!rel->terms[t].is_ref)
                buf_printf(&scope, "%s%s", scope.len ? "|" : "", rel->terms[t].scope);
    snprintf(f.scope, sizeof f.scope, "%s", scope.data ? scope.data : "");
    if (cx->year)
        snprintf(f.year, sizeof f.year, "%d", cx->year);
    char where[160], words[160], ivs[256], fig[640];
    if (strcmp(cx->scope, "@"))
        comparable_when(cx->scope, cx->area, cx->year, cx->month, where, sizeof where);
    else
        comparable_when(rel->terms[0].scope, "", cx->year, cx->month, where, sizeof where);
    Buf st, ids, refs, cite;
    buf_init(&st, 0);
    buf_init(&ids, 0);
    buf_init(&refs, 0);
    buf_init(&cite, 0);
    buf_printf(&st, "%s: ", where);
    const Figure *claim_figs[COMPARE_MAX_TERMS];
    size_t nf = 0;
    for (int t = 0; t < rel->nterms; t++)
        if (!rel->terms[t].is_ref)
            claim_figs[nf++] = pick[t];
    Rank rank;
    if (rel->kind == RK_CONSISTENCY) {
        f.kind = FK_CONSISTENCY;
        f.other_value = ev->ov;
        set_interval(&f, ev->other, 1);
        phrase_amount(words, sizeof words, ev->v, rel->unit, 3);
        fmt_interval(ev->iv, rel->unit, 3, ivs, sizeof ivs);
        snprintf(fig, sizeof fig, "about %s (%s)", words, ivs);
        fill_label(&st, rel->label, fig);
        phrase_amount(words, sizeof words, ev->ov, rel->unit, 3);
        fmt_interval(ev->other, rel->unit, 3, ivs, sizeof ivs);
        cites(rel, &rel->against, ref, &cite);
        buf_printf(&st, ", against %s of %s (%s%s%s): ", *rel->against_label ? rel->against_label : "the other side",
                   words, ivs, cite.len ? "; " : "", cite.len ? cite.data : "");
        f.verdict = standing_check(R, rel, pick, side, nside, interval_verdict(ev->iv, ev->other, rel->margin),
                                   interval_gap(ev->iv, ev->other), rel->margin, &st);
        buf_putc(&st, '.');
        int across = run_across(claim_figs, nf);
        rank = f.verdict == V_INCONSISTENT ? (across ? RANK_CONTRADICTION_ACROSS : RANK_CONTRADICTION)
             : f.verdict == V_TENSION      ? (across ? RANK_TENSION_ACROSS : RANK_TENSION)
                                           : RANK_HOLDS;
    } else {
        f.kind = FK_DERIVED;
        int sig = !ev->iv.lo_open && !ev->iv.hi_open ? honest_sig(ev->v, ev->iv) : 3;
        phrase_amount(words, sizeof words, ev->v, rel->unit, sig);
        fmt_interval(ev->iv, rel->unit, 3, ivs, sizeof ivs);
        snprintf(fig, sizeof fig, "about %s (%s)", words, ivs);
        fill_label(&st, rel->label, fig);
        cites(rel, &rel->expr, ref, &cite);
        if (cite.len)
            buf_printf(&st, " (%s)", cite.data);
        buf_putc(&st, '.');
        rank = RANK_DERIVED;
    }
    /* (a context's place by its one id: the area's, else the scope's) */
    const char *place = !strcmp(cx->scope, "@") ? NULL : *cx->area ? cx->area : cx->scope;
    run_id(&f, rel->kind == RK_CONSISTENCY ? "consistency" : "derived", rel->id, place, cx->year,
           *cx->doc ? cx->doc : NULL);
    moment_id(&f, cx->month);
    claims_words(R, rel, pick, side, nside, 0, &st, &ids);
    for (int t = 0; t < rel->nterms; t++)
        if (rel->terms[t].is_ref) {
            if (refs.len)
                buf_putc(&refs, ' ');
            buf_puts(&refs, ref[t]->id);
        }
    Buf conv;
    buf_init(&conv, 0);
    run_conversions(claim_figs, nf, &conv);
    f.statement = buf_take(&st, NULL);
    f.claims = buf_take(&ids, NULL);
    f.references = buf_take(&refs, NULL);
    f.conversion = buf_take(&conv, NULL);
    run_push(R, &f, rank);
    buf_free(&scope);
    buf_free(&cite);
}

/* A derived figure of two claims of one document divides what the
 * document states together: when the best figures of the two terms come
 * from one document but not from one sentence, and that document states
 * a figure of each in one sentence, that pair ("$79 billion to digital
 * projects in roughly 80 countries", not the $8.6 billion of 25 new
 * projects beside it). When they come from two documents (any relation),
 * and a document states a figure of each in one sentence, that pair, of
 * the most recent such document: one source's users and share online
 * ("56亿 users, penetration about 68%") share their definitions and
 * moment, where another's 74% beside them would not. */
static void pair_stated_together(const Run *R, const Relation *rel, const Figure **const *side, const size_t *nside,
                                 const Figure **pick)
{
    int t0 = -1, t1 = -1;
    for (int t = 0; t < rel->nterms; t++)
        if (!rel->terms[t].is_ref) {
            if (t0 < 0)
                t0 = t;
            else if (t1 < 0)
                t1 = t;
            else
                return;   /* (more than two claims: left as picked) */
        }
    if (t1 < 0 || sidebyside_together(pick[t0], pick[t1]))
        return;
    int one = !strcmp(pick[t0]->c->doc, pick[t1]->c->doc);
    if (one && rel->kind != RK_DERIVED)
        return;
    size_t bi = SIZE_MAX, bj = SIZE_MAX;
    long bdate = -1;
    for (size_t i = 0; i < nside[t0]; i++) {
        if (one && strcmp(side[t0][i]->c->doc, pick[t0]->c->doc))
            continue;
        long date = docs_date(&R->docs, side[t0][i]->c->doc);
        if (bi != SIZE_MAX && (one || date <= bdate))
            continue;
        for (size_t j = 0; j < nside[t1]; j++)
            if (sidebyside_together(side[t0][i], side[t1][j])) {
                bi = i, bj = j, bdate = date;
                break;
            }
    }
    if (bi != SIZE_MAX) {
        pick[t0] = side[t0][bi];
        pick[t1] = side[t1][bj];
    }
}

/* The figures of each claim term (side[t], nside[t]) without those of a
 * document that gives several disagreeing figures for the term (several.h;
 * a kind of item's figures are each their own; of two claim terms, those
 * stated in one sentence with the other's stand), into kept; 0, or -1
 * when a term has none left: every other figure is then left out for
 * having no partner. kept[t] are arrays the caller frees either way. */
static int drop_several(Run *R, const Relation *rel, const Figure **const *side, const size_t *nside,
                        const Figure **kept[], size_t *nkept)
{
    Buf missing;
    buf_init(&missing, 0);
    char lab[128];
    int terms[COMPARE_MAX_TERMS], nt = 0;
    for (int t = 0; t < rel->nterms; t++)
        if (!rel->terms[t].is_ref)
            terms[nt++] = t;
    for (int t = 0; t < rel->nterms; t++) {
        kept[t] = NULL;
        nkept[t] = 0;
        if (rel->terms[t].is_ref)
            continue;
        kept[t] = xmalloc((nside[t] ? nside[t] : 1) * sizeof **kept);
        memcpy(kept[t], side[t], nside[t] * sizeof **kept);
        unsigned char *held = NULL;
        if (nt == 2) {
            int u = terms[0] == t ? terms[1] : terms[0];
            held = xcalloc(nside[t] ? nside[t] : 1, 1);
            for (size_t i = 0; i < nside[t]; i++)
                for (size_t j = 0; j < nside[u] && !held[i]; j++)
                    held[i] = (unsigned char)sidebyside_together(side[t][i], side[u][j]);
        }
        nkept[t] = run_is_item(R, rel->terms[t].name) ? nside[t] : several_drop(R, kept[t], nside[t], held);
        free(held);
        if (!nkept[t])
            buf_printf(&missing, "%s%s", missing.len ? " or " : "",
                       run_label(R, rel->terms[t].name, lab, sizeof lab));
    }
    int rc = missing.len ? -1 : 0;
    for (int t = 0; rc < 0 && t < rel->nterms; t++)
        for (size_t i = 0; i < nkept[t]; i++)
            run_left_out(R, kept[t][i]->row, EX_NO_PARTNER, missing.data);
    buf_free(&missing);
    return rc;
}

/* One finding on the best figure of each term in context cx (side[t]
 * its figures there, none empty). */
static void context_pick(Run *R, const Relation *rel, const Key *cx, const Figure **const *side,
                         const size_t *nside, const Reference *const *ref)
{
    const Figure *pick[COMPARE_MAX_TERMS] = {0};
    for (int t = 0; t < rel->nterms; t++)
        if (!rel->terms[t].is_ref)
            pick[t] = side[t][figure_best(side[t], nside[t], run_is_item(R, rel->terms[t].name))];
    pair_stated_together(R, rel, side, nside, pick);
    Eval ev;
    if (evaluate(rel, pick, ref, &ev) < 0)
        return;
    for (int t = 0; t < rel->nterms; t++)
        for (size_t i = 0; i < nside[t]; i++)
            run_used(R, side[t][i]->row);
    context_finding(R, rel, cx, pick, side, nside, ref, &ev);
}

/* The finding of context cx on its figures all[t] (each term's, none
 * empty), once a document's several disagreeing figures are dropped. */
static void context_eval(Run *R, const Relation *rel, const Key *cx, const Figure **const *all,
                         const size_t *nall, const Reference *const *ref)
{
    const Figure **kept[COMPARE_MAX_TERMS];
    size_t nkept[COMPARE_MAX_TERMS];
    if (drop_several(R, rel, all, nall, kept, nkept) == 0)
        context_pick(R, rel, cx, (const Figure **const *)kept, nkept, ref);
    for (int t = 0; t < rel->nterms; t++)
        free(kept[t]);
}

/* context_eval for one month of a context (moment_each). */
typedef struct MonthCx {
    const Relation *rel;
    const Key *cx;
    const Reference *const *ref;
} MonthCx;

static void month_eval(Run *R, int month, const Figure **const *sub, const size_t *nsub, void *ctx)
{
    const MonthCx *m = ctx;
    Key mk = *m->cx;
    mk.month = month;
    context_eval(R, m->rel, &mk, sub, nsub, m->ref);
}

/* The figures of every term in context cx: one finding on the best of
 * each (one per month when they are of several), or the reasons they
 * were left out. */
static void run_context(Run *R, const Relation *rel, const Key *cx, Key *const *keys,
                        const size_t *nkeys)
{
    const Figure **side[COMPARE_MAX_TERMS] = {0};
    size_t nside[COMPARE_MAX_TERMS] = {0};
    const Reference *ref[COMPARE_MAX_TERMS] = {0};
    Buf missing;
    buf_init(&missing, 0);
    char lab[128], detail[32] = "";
    Exclusion why = EX_NONE;
    for (int t = 0; t < rel->nterms; t++) {
        const Term *term = &rel->terms[t];
        if (term->is_ref) {
            /* the reference for the context's year; a dated one never for
             * figures without a year */
            ref[t] = reference_for(R->in->references, term->name, cx->year);
            if (!ref[t] && why == EX_NONE) {
                why = cx->year ? EX_NO_REFERENCE : EX_NO_YEAR;
                snprintf(detail, sizeof detail, "%d", cx->year);
            }
            continue;
        }
        side[t] = term_side(R, rel, t, cx, keys, nkeys, &nside[t]);
    }
    /* two counts one sentence sets side by side are not checked (sidebyside.h),
     * nor a figure its own sentence disputes (disputed.h) */
    sidebyside_drop(R, rel, side, nside);
    for (int t = 0; t < rel->nterms; t++)
        if (!rel->terms[t].is_ref && (nside[t] = disputed_drop_side(R, side[t], nside[t])) == 0)
            buf_printf(&missing, "%s%s", missing.len ? " or " : "", run_label(R, rel->terms[t].name, lab, sizeof lab));
    if (missing.len || why != EX_NONE) {
        for (int t = 0; t < rel->nterms; t++)
            for (size_t i = 0; i < nside[t]; i++)
                run_left_out(R, side[t][i]->row, missing.len ? EX_NO_PARTNER : why,
                             missing.len ? missing.data : detail);
    } else {
        /* figures of several months: a finding each (moment.h) */
        MonthCx m = {rel, cx, ref};
        if (moment_each(R, rel, (const Figure **const *)side, nside, month_eval, &m) < 2)
            context_eval(R, rel, cx, (const Figure **const *)side, nside, ref);
    }
    for (int t = 0; t < rel->nterms; t++)
        free(side[t]);
    buf_free(&missing);
}

/* ---- scale comparisons ----
 * A ratio sets two different things side by side (a data centre against
 * a whole programme): it gives no verdict and combines nothing into one
 * quantity, so each side keeps its own place, and sides from different
 * documents may meet. They must share one unit (money through cited
 * rates) and one year: the same known year, or none stated on either
 * side. One finding per year both sides have; each side the
 * best-supported figure of that year. */

/* Place by place: the most documents first, then the world, then a
 * stated place before none, then by name; then document, then row. */
typedef struct Placed {
    const Figure *f;
    size_t docs;   /* documents of its place (filled per group) */
} Placed;

static int by_place(const void *a, const void *b)
{
    const Claim *x = ((const Placed *)a)->f->c, *y = ((const Placed *)b)->f->c;
    int c = claim_place_cmp(x, y);
    if (c || (c = strcmp(x->doc, y->doc)))
        return c;
    size_t rx = ((const Placed *)a)->f->row, ry = ((const Placed *)b)->f->row;
    return rx < ry ? -1 : rx > ry;
}

/* 1 when the place group of a (docs da) is better supported than b's
 * (docs db). */
static int better_place(const Claim *a, size_t da, const Claim *b, size_t db)
{
    if (da != db)
        return da > db;
    int ga = !strcmp(a->scope, "global"), gb = !strcmp(b->scope, "global");
    if (ga != gb)
        return ga;
    if (!*a->scope != !*b->scope)
        return *a->scope != '\0';
    return claim_place_cmp(a, b) < 0;
}

/* One side in one year: figs[0..n). The place with the most support,
 * and there the best-supported figure (figure_best). */
static const Figure *best_of_year(const Figure **figs, size_t n, int items)
{
    Placed *p = xmalloc(n * sizeof *p);
    for (size_t i = 0; i < n; i++)
        p[i] = (Placed){figs[i], 0};
    qsort(p, n, sizeof *p, by_place);
    size_t best = 0, best_n = 0, best_docs = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1, docs = 1;
        while (j < n && claim_same_place(p[j].f->c, p[i].f->c)) {
            docs += strcmp(p[j].f->c->doc, p[j - 1].f->c->doc) != 0;
            j++;
        }
        if (i == 0 || better_place(p[i].f->c, docs, p[best].f->c, best_docs)) {
            best = i;
            best_n = j - i;
            best_docs = docs;
        }
        i = j;
    }
    const Figure **g = xmalloc(best_n * sizeof *g);
    for (size_t i = 0; i < best_n; i++)
        g[i] = p[best + i].f;
    const Figure *f = g[figure_best(g, best_n, items)];
    free(g);
    free(p);
    return f;
}

static int by_year_desc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    if (!x != !y)   /* no year last */
        return !x ? 1 : -1;
    return x > y ? -1 : x < y;
}

/* The scale comparison of year in relation rel, on figs[t][0..n[t]]
 * (the figures of each claim term in that year). */
static void scale_finding(Run *R, const Relation *rel, int year, const Figure **const *side,
                          const size_t *nside)
{
    const Figure *pick[COMPARE_MAX_TERMS] = {0};
    const Reference *ref[COMPARE_MAX_TERMS] = {0};
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref) {
            /* a reference for the year; a dated one never for no year */
            if (!(ref[t] = reference_for(R->in->references, rel->terms[t].name, year))) {
                char detail[32];
                snprintf(detail, sizeof detail, "%d", year);
                for (int u = 0; u < rel->nterms; u++)
                    for (size_t i = 0; i < nside[u]; i++)
                        run_left_out(R, side[u][i]->row, year ? EX_NO_REFERENCE : EX_NO_YEAR, detail);
                return;
            }
            continue;
        }
        pick[t] = best_of_year((const Figure **)side[t], nside[t], run_is_item(R, rel->terms[t].name));
    }
    Eval ev;
    if (evaluate(rel, pick, ref, &ev) < 0)   /* a zero-holding divisor: no finding */
        return;
    /* a ratio under its floor ("the DSR investment is 5.5% of one data
     * centre"): one side is not what its metric says; said, not shown */
    if (isfinite(rel->floor) && !ev.iv.hi_open && ev.iv.hi < rel->floor) {
        char words[160];
        ratio_words(ev.v, ev.iv, words, sizeof words);
        for (int t = 0; t < rel->nterms; t++)
            for (size_t i = 0; i < nside[t]; i++)
                run_left_out(R, side[t][i]->row, EX_BELOW_FLOOR, words);
        return;
    }
    for (int t = 0; t < rel->nterms; t++)
        for (size_t i = 0; i < nside[t]; i++)
            run_used(R, side[t][i]->row);
    Finding f;
    finding_init(&f);
    f.kind = FK_RATIO;
    run_id(&f, "ratio", rel->id, NULL, year, NULL);
    char words[160], ivs[256], fig[640];
    ratio_words(ev.v, ev.iv, words, sizeof words);
    int pct = ev.v < 1;
    Interval shown = ev.iv;
    if (pct && interval_scale(ev.iv, 100, &shown) < 0)
        shown = ev.iv, pct = 0;
    f.value = pct ? ev.v * 100 : ev.v;
    set_interval(&f, shown, 0);
    snprintf(f.unit, sizeof f.unit, "%s", pct ? "%" : "times");
    fmt_interval(shown, pct ? "%" : "times", 3, ivs, sizeof ivs);
    snprintf(fig, sizeof fig, "%s (%s)", words, ivs);
    Buf st, ids, cite, sc, ar, yr, conv, refs;
    buf_init(&st, 0);
    buf_init(&ids, 0);
    buf_init(&cite, 0);
    buf_init(&sc, 0);
    buf_init(&ar, 0);
    int areas = 0;
    buf_init(&yr, 0);
    buf_init(&conv, 0);
    buf_init(&refs, 0);
    fill_label(&st, rel->label, fig);
    cites(rel, &rel->expr, ref, &cite);
    if (cite.len)
        buf_printf(&st, " (%s)", cite.data);
    buf_putc(&st, '.');
    claims_words(R, rel, pick, side, nside, 1, &st, &ids);
    /* each side's place and year, in the order of the expression */
    const Figure *claim_figs[COMPARE_MAX_TERMS];
    size_t nf = 0;
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref) {
            buf_printf(&refs, "%s%s", refs.len ? " " : "", ref[t]->id);
            continue;
        }
        buf_printf(&sc, "%s%s", nf ? "|" : "", pick[t]->c->scope);
        buf_printf(&ar, "%s%s", nf ? "|" : "", pick[t]->c->area);
        areas |= pick[t]->c->area[0] != '\0';
        if (nf)
            buf_putc(&yr, '|');
        if (pick[t]->c->year)
            buf_printf(&yr, "%d", pick[t]->c->year);
        claim_figs[nf++] = pick[t];
    }
    snprintf(f.scope, sizeof f.scope, "%s", sc.data ? sc.data : "");
    if (areas)
        snprintf(f.area, sizeof f.area, "%s", ar.data);
    snprintf(f.year, sizeof f.year, "%s", yr.data ? yr.data : "");
    run_conversions(claim_figs, nf, &conv);
    f.statement = buf_take(&st, NULL);
    f.claims = buf_take(&ids, NULL);
    f.conversion = buf_take(&conv, NULL);
    f.references = buf_take(&refs, NULL);
    run_push(R, &f, RANK_SCALE);
    buf_free(&cite);
    buf_free(&sc);
    buf_free(&ar);
    buf_free(&yr);
}

static void run_scale(Run *R, const Relation *rel)
{
    const Figure **all[COMPARE_MAX_TERMS] = {0}, **side[COMPARE_MAX_TERMS] = {0};
    size_t nall[COMPARE_MAX_TERMS] = {0}, nside[COMPARE_MAX_TERMS] = {0};
    size_t *rows = xmalloc((R->n ? R->n : 1) * sizeof *rows);
    int *years = NULL;
    size_t nyears = 0;
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref)
            continue;
        size_t n = term_candidates(R, rel, &rel->terms[t], rows);
        all[t] = xmalloc((n ? n : 1) * sizeof **all);
        side[t] = xmalloc((n ? n : 1) * sizeof **side);
        years = xrealloc(years, (nyears + n + 1) * sizeof *years);
        for (size_t i = 0; i < n; i++) {
            all[t][i] = &R->fig[rows[i]];
            years[nyears++] = R->fig[rows[i]].c->year;
        }
        nall[t] = n;
    }
    if (nyears) /* a relation of references only has no claims' years */
        qsort(years, nyears, sizeof *years, by_year_desc);
    DisputedSet dis[COMPARE_MAX_TERMS] = {0};
    for (int t = 0; t < rel->nterms; t++)
        if (!rel->terms[t].is_ref)
            disputed_set(&dis[t], (const Figure *const *)all[t], nall[t]);
    /* each year (latest first, none stated last) that every side has */
    for (size_t k = 0; k < nyears; k++) {
        if (k && years[k] == years[k - 1])
            continue;
        int every = 1;
        for (int t = 0; t < rel->nterms; t++) {
            nside[t] = 0;
            for (size_t i = 0; i < nall[t]; i++)
                if (all[t][i]->c->year == years[k])
                    side[t][nside[t]++] = all[t][i];
            every &= rel->terms[t].is_ref || nside[t] > 0;
        }
        /* (a document's several disagreeing figures of a quantity for
         * one place and year: none stands for it, several.h) */
        for (int t = 0; every && t < rel->nterms; t++)
            if (!rel->terms[t].is_ref && !run_is_item(R, rel->terms[t].name))
                nside[t] = several_drop(R, side[t], nside[t], NULL);
        /* (a figure its own sentence disputes drives no scale: disputed.h) */
        for (int t = 0; every && t < rel->nterms; t++)
            if (!rel->terms[t].is_ref)
                nside[t] = disputed_drop(R, side[t], nside[t], &dis[t]);
        for (int t = 0; every && t < rel->nterms; t++)
            every &= rel->terms[t].is_ref || nside[t] > 0;
        if (every)
            scale_finding(R, rel, years[k], (const Figure **const *)side, nside);
    }
    /* a figure whose year the other side does not have: left out */
    char lab[128];
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref)
            continue;
        Buf other;
        buf_init(&other, 0);
        for (int u = 0; u < rel->nterms; u++)
            if (u != t && !rel->terms[u].is_ref)
                buf_printf(&other, "%s%s", other.len ? " or " : "",
                           run_label(R, rel->terms[u].name, lab, sizeof lab));
        for (size_t i = 0; i < nall[t]; i++)
            run_left_out(R, all[t][i]->row, EX_NO_OTHER_SIDE, other.data ? other.data : "");
        buf_free(&other);
        disputed_set_free(&dis[t]);
        free(all[t]);
        free(side[t]);
    }
    free(years);
    free(rows);
}

/* ---- relations ---- */

/* What the relation is about, for its note on left-out claims: its label
 * with "…" where the figure goes. */
static void relation_about(const Relation *rel, char *out, size_t cap)
{
    Buf b;
    buf_init(&b, 0);
    buf_puts(&b, "\xe2\x80\x9c");
    fill_label(&b, rel->label, "\xe2\x80\xa6");
    buf_puts(&b, "\xe2\x80\x9d");
    snprintf(out, cap, "%s", b.data);
    buf_free(&b);
}

/* ---- relations: figures restated without a year ----
 * A page that quotes a dated report often drops the report's year ("some
 * estimates reach close to 6 million households and more than 900
 * million people"). When every figure of an undated context is, value
 * for value and bound for bound, a figure another document gives for one
 * known year in the same place, the context is that finding again: its
 * figures are noted as restating that year's, not judged a second time. */

static int same_figure(const Figure *a, const Figure *b)
{
    return !strcmp(a->unit, b->unit) && a->value == b->value && a->iv.lo_open == b->iv.lo_open &&
           a->iv.hi_open == b->iv.hi_open && (a->iv.lo_open || a->iv.lo == b->iv.lo) &&
           (a->iv.hi_open || a->iv.hi == b->iv.hi);
}

/* The one year whose figures elsewhere cx's figures all repeat, or 0. */
static int restated_year(const Run *R, const Relation *rel, const Key *cx, Key *const *keys,
                         const size_t *nkeys)
{
    if (cx->year || !*cx->doc || !strcmp(cx->scope, "@") || !*cx->scope)
        return 0;
    int year = 0, nclaim = 0;
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref)
            continue;
        nclaim++;
        size_t n;
        const Figure **side = term_side(R, rel, t, cx, keys, nkeys, &n);
        int ok = n > 0;
        for (size_t i = 0; ok && i < n; i++) {
            int found = 0;
            for (size_t k = 0; k < nkeys[t] && !found; k++) {
                const Figure *g = &R->fig[keys[t][k].row];
                if (g->c->year && (!year || g->c->year == year) && strcmp(g->c->doc, cx->doc) &&
                    !strcmp(g->c->scope, cx->scope) && !strcmp(g->c->area, cx->area) &&
                    same_figure(side[i], g)) {
                    year = g->c->year;
                    found = 1;
                }
            }
            ok = found;
        }
        free(side);
        if (!ok)
            return 0;
    }
    return nclaim ? year : 0;
}

static void leave_restated(Run *R, const Relation *rel, const Key *cx, Key *const *keys,
                           const size_t *nkeys, int year)
{
    char detail[16];
    snprintf(detail, sizeof detail, "%d", year);
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref)
            continue;
        size_t n;
        const Figure **side = term_side(R, rel, t, cx, keys, nkeys, &n);
        for (size_t i = 0; i < n; i++)
            run_left_out(R, side[i]->row, EX_RESTATED, detail);
        free(side);
    }
}

/* A consistency or derived relation: one finding per context. */
static void run_contexts(Run *R, const Relation *rel)
{
    Key *keys[COMPARE_MAX_TERMS] = {0};
    size_t nkeys[COMPARE_MAX_TERMS] = {0};
    size_t *rows = xmalloc((R->n ? R->n : 1) * sizeof *rows);
    int nfree = 0;
    for (int t = 0; t < rel->nterms; t++)
        nfree += !rel->terms[t].is_ref && !*rel->terms[t].scope;
    /* the contexts: every key of the terms without a place of their own
     * (of all claim terms when every one has its own) */
    Key *cx = NULL;
    size_t ncx = 0;
    for (int t = 0; t < rel->nterms; t++) {
        const Term *term = &rel->terms[t];
        if (term->is_ref)
            continue;
        size_t n = term_candidates(R, rel, term, rows);
        keys[t] = xmalloc((n ? n : 1) * sizeof **keys);
        for (size_t i = 0; i < n; i++)
            keys[t][i] = key_of(&R->in->claims->v[rows[i]], rows[i], *term->scope != '\0');
        nkeys[t] = n;
        qsort(keys[t], n, sizeof **keys, key_order);
        if (nfree && *term->scope)
            continue;
        cx = xrealloc(cx, (ncx + n + 1) * sizeof *cx);
        memcpy(cx + ncx, keys[t], n * sizeof *cx);
        ncx += n;
    }
    qsort(cx, ncx, sizeof *cx, key_order);
    for (size_t i = 0; i < ncx; i++)
        if (i == 0 || key_cmp(&cx[i], &cx[i - 1])) {
            int year = restated_year(R, rel, &cx[i], keys, nkeys);
            if (year)
                leave_restated(R, rel, &cx[i], keys, nkeys, year);
            else
                run_context(R, rel, &cx[i], keys, nkeys);
        }
    free(cx);
    for (int t = 0; t < rel->nterms; t++)
        free(keys[t]);
    free(rows);
}

static void run_relation(Run *R, const Relation *rel)
{
    size_t first = R->out->n;
    if (rel->kind == RK_RATIO)
        run_scale(R, rel);
    else
        run_contexts(R, rel);
    LeftOut lo = {0};
    run_notes(R, &lo);
    char about[600];
    relation_about(rel, about, sizeof about);
    run_excluded(R, first, &lo, rel->id, about, NULL);
    leftout_free(&lo);
}

int compare_run(const CompareInputs *in, FindingList *out, Diag *d)
{
    (void)d;
    /* GSL must never abort the process; statuses are checked instead. */
    gsl_set_error_handler_off();
    static const ClaimList empty_claims;
    static const ReferenceList empty_refs;
    CompareInputs cin = *in;
    if (!cin.claims)
        cin.claims = &empty_claims;
    if (!cin.references)
        cin.references = &empty_refs;
    /* each claim where it is compared (placed.h) */
    ClaimList placed;
    cin.claims = placed_claims(cin.claims, cin.metrics, &placed);
    Run R;
    run_init(&R, &cin, out);
    if (cin.relations)
        for (size_t i = 0; i < cin.relations->n; i++)
            run_relation(&R, &cin.relations->v[i]);
    agreement_run(&R);
    run_rank(&R);
    run_fini(&R);
    placed_free(cin.claims, &placed);
    return 0;
}

int compare_files(const char *claims_path, const char *relations_path,
                  const char *reference_path, const char *metrics_path,
                  const SourceList *sources, FindingList *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    ClaimList claims;
    ReferenceList refs;
    RelationList rels;
    int rc = reference_load(reference_path, &refs, d);
    if (rc < 0)
        return rc;
    rc = relations_load(relations_path, &refs, &rels, d);
    if (rc < 0) {
        referencelist_free(&refs);
        return rc;
    }
    Metrics *metrics = NULL;
    const char *mpath = metrics_path;
    if (mpath && access(mpath, F_OK) == 0) {
        rc = metrics_load(mpath, &metrics, d);
        for (size_t i = 0; rc == 0 && i < rels.n; i++)
            for (int t = 0; rc == 0 && t < rels.v[i].nterms; t++) {
                const Term *term = &rels.v[i].terms[t];
                if (!term->is_ref && !metrics_unit(metrics, term->name))
                    rc = diag_set(d, CB_EINPUT, relations_path, rels.v[i].line,
                                  "unknown metric '%s' (not in %s)", term->name, mpath);
            }
    }
    if (rc == 0)
        rc = claims_load(claims_path, &claims, d);
    if (rc == 0) {
        CompareInputs in = {&claims, &rels, &refs, metrics, sources};
        rc = compare_run(&in, out, d);
        claimlist_free(&claims);
    }
    if (metrics)
        metrics_free(metrics);
    relationlist_free(&rels);
    referencelist_free(&refs);
    if (rc < 0)
        findinglist_free(out);
    return rc;
}

int compare_write_findings(const char *path, const FindingList *l, Diag *d)
{
    return findings_save(path, l, 0, d);
}
