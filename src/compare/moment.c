/* moment.c — figures of one year at different moments (see moment.h). */
#include "moment.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "claimplace.h"
#include "figaspect.h"
#include "phrase.h"
#include "several.h"

/* Is f a yearly flow: its unit, or its metric's, is per year? */
static int yearly_flow(const Run *R, const Figure *f)
{
    char unit[64];
    run_unit(R, f->c->metric, unit, sizeof unit);
    return strstr(unit, "/year") || strstr(f->unit, "/year") || strstr(f->c->unit, "/year");
}

int moment_of(const Run *R, const Figure *f)
{
    int m = f->c->month;
    if (m < 1 || m > 12 || !f->c->year)
        return 0;
    return yearly_flow(R, f) ? 0 : m;
}

int moment_months(const Run *R, const Figure *const *figs, size_t n, int months[12])
{
    unsigned seen = 0;
    for (size_t i = 0; i < n; i++) {
        int m = moment_of(R, figs[i]);
        if (m)
            seen |= 1u << m;
    }
    int k = 0;
    for (int m = 1; m <= 12; m++)
        if (seen & (1u << m))
            months[k++] = m;
    return k;
}

size_t moment_keep(const Run *R, const Figure *const *figs, size_t n, int month, const Figure **out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int m = moment_of(R, figs[i]);
        if (!m || m == month)
            out[k++] = figs[i];
    }
    return k;
}

int moment_one_quantity(const Figure *const *best, size_t n)
{
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < n; i++) {
        double v = fabs(best[i]->value);
        lo = fmin(lo, v), hi = fmax(hi, v);
    }
    return n < 2 || !(lo > 0) || hi <= MOMENT_SPREAD * lo;
}

const Figure *moment_best(Run *R, const Figure *const *figs, size_t n, int month, int drop_several,
                          const Figure **out, size_t *nout)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (moment_of(R, figs[i]) == month)
            out[m++] = figs[i];
    if (drop_several)
        m = several_drop(R, out, m, NULL);
    *nout = m;
    return m ? out[figure_best(out, m, 0)] : NULL;
}

int moment_months_one(Run *R, const Figure *const *figs, size_t n, const int *months, int nm, int drop_several)
{
    const Figure **own = xmalloc((n ? n : 1) * sizeof *own);
    const Figure *best[12];
    size_t nb = 0, m;
    for (int k = 0; k < nm; k++) {
        const Figure *b = moment_best(R, figs, n, months[k], drop_several, own, &m);
        if (b)
            best[nb++] = b;
    }
    free(own);
    return moment_one_quantity(best, nb);
}

/* 1 when each claim term's figures of the months[0..nm) are moments of
 * one quantity (moment_months_one, the term's own figures each). */
static int terms_one_quantity(Run *R, const Relation *rel, const Figure **const *side, const size_t *nside,
                              const int *months, int nm)
{
    int ok = 1;
    for (int t = 0; t < rel->nterms && ok; t++)
        if (!rel->terms[t].is_ref && nside[t])
            ok = moment_months_one(R, side[t], nside[t], months, nm, 0);
    return ok;
}

/* 1 when, for each claim term, its figures of a known month all agree
 * (figure_agree): 5.4 billion users in September and in December are no
 * moments to tell apart, and comparing each month with the figures of no
 * month would repeat one finding under two ids. */
static int terms_months_agree(const Run *R, const Relation *rel, const Figure **const *side, const size_t *nside)
{
    int agree = 1;
    for (int t = 0; t < rel->nterms && agree; t++) {
        if (rel->terms[t].is_ref || !nside[t])
            continue;
        const Figure **own = xmalloc(nside[t] * sizeof *own);
        size_t m = 0;
        for (size_t i = 0; i < nside[t]; i++)
            if (moment_of(R, side[t][i]))
                own[m++] = side[t][i];
        agree = m < 2 || figure_agree(own, m);
        free(own);
    }
    return agree;
}

int moment_each(Run *R, const Relation *rel, const Figure **const *side, const size_t *nside, MomentFn fn,
                void *ctx)
{
    size_t nall = 0;
    for (int t = 0; t < rel->nterms; t++)
        nall += rel->terms[t].is_ref ? 0 : nside[t];
    const Figure **all = xmalloc((nall ? nall : 1) * sizeof *all);
    nall = 0;
    for (int t = 0; t < rel->nterms; t++)
        for (size_t i = 0; !rel->terms[t].is_ref && i < nside[t]; i++)
            all[nall++] = side[t][i];
    int months[12], nm = moment_months(R, all, nall, months);
    free(all);
    if (nm < 2)
        return nm;
    if (!terms_one_quantity(R, rel, side, nside, months, nm) || terms_months_agree(R, rel, side, nside))
        return 0;
    const Figure **sub[COMPARE_MAX_TERMS] = {0};
    size_t nsub[COMPARE_MAX_TERMS] = {0};
    for (int t = 0; t < rel->nterms; t++)
        if (!rel->terms[t].is_ref)
            sub[t] = xmalloc((nside[t] ? nside[t] : 1) * sizeof **sub);
    char lab[128];
    for (int k = 0; k < nm; k++) {
        Buf missing;
        buf_init(&missing, 0);
        for (int t = 0; t < rel->nterms; t++) {
            if (rel->terms[t].is_ref)
                continue;
            nsub[t] = moment_keep(R, side[t], nside[t], months[k], sub[t]);
            if (!nsub[t])
                buf_printf(&missing, "%s%s", missing.len ? " or " : "",
                           run_label(R, rel->terms[t].name, lab, sizeof lab));
        }
        if (!missing.len)
            fn(R, months[k], (const Figure **const *)sub, nsub, ctx);
        else
            for (int t = 0; t < rel->nterms; t++)
                for (size_t i = 0; !rel->terms[t].is_ref && i < nsub[t]; i++)
                    if (moment_of(R, sub[t][i]) == months[k])
                        run_left_out(R, sub[t][i]->row, EX_NO_PARTNER, missing.data);
        buf_free(&missing);
    }
    for (int t = 0; t < rel->nterms; t++)
        free(sub[t]);
    return nm;
}

void moment_id(Finding *f, int month)
{
    if (month < 1 || month > 12)
        return;
    size_t l = strlen(f->id);
    char *hash = strchr(f->id, '#');
    if (!hash && l + 3 < sizeof f->id) {
        snprintf(f->id + l, sizeof f->id - l, "-%02d", month);
        return;
    }
    /* (a cut id: the month goes into its hash, which it replaces) */
    unsigned h = 2166136261u;
    for (const char *p = f->id; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    h = (h ^ (unsigned)month) * 16777619u;
    size_t head = hash ? (size_t)(hash - f->id) : l;
    if (head > sizeof f->id - 10)
        head = sizeof f->id - 10;
    snprintf(f->id + head, sizeof f->id - head, "#%08x", h);
}

void moment_series(Run *R, const Figure *const *best, size_t n, const Figure *const *all, size_t nall)
{
    if (n < 2)
        return;
    const Claim *c0 = best[0]->c;
    Finding f;
    finding_init(&f);
    f.kind = FK_SERIES;
    f.verdict = V_INFO;
    char name[160], only[112];
    figaspect_name(c0, name, sizeof name);
    figaspect_words(c0, only, sizeof only);
    run_id(&f, "series", name, claim_place_id(c0), c0->year, NULL);
    /* the last moment against the first */
    const Figure *first = best[0], *last = best[n - 1];
    f.value = last->value;
    f.low = last->iv.lo_open ? NAN : last->iv.lo;
    f.high = last->iv.hi_open ? NAN : last->iv.hi;
    f.other_value = first->value;
    f.other_low = first->iv.lo_open ? NAN : first->iv.lo;
    f.other_high = first->iv.hi_open ? NAN : first->iv.hi;
    snprintf(f.unit, sizeof f.unit, "%s", first->unit);
    run_where(&f, c0);
    char lab[128], where[160];
    comparable_where(c0->scope, c0->area, c0->year, where, sizeof where);
    Buf s, conv;
    buf_init(&s, 0);
    buf_init(&conv, 0);
    buf_printf(&s, "%s, %s%s: ", run_label(R, c0->metric, lab, sizeof lab), where, only);
    for (size_t k = 0; k < n; k++) {
        if (k)
            buf_puts(&s, ", ");
        run_figure_words(R, best[k], RUN_MONTH, &s);
    }
    buf_puts(&s, " (figures of different moments of the year, not held against each other).");
    run_conversions(best, n, &conv);
    f.statement = buf_take(&s, NULL);
    f.claims = run_claims(R, (const Figure *const *)all, nall);
    f.conversion = buf_take(&conv, NULL);
    run_push(R, &f, RANK_ITEMS);
}
