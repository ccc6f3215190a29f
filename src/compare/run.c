/* run.c — the state of one run of the comparisons (see run.h). */
#include "run.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "phrase.h"
#include "sumyear.h"
#include "unit.h"

void run_init(Run *R, const CompareInputs *in, FindingList *out)
{
    memset(R, 0, sizeof *R);
    R->in = in;
    R->out = out;
    docs_init(&R->docs, in->sources);
    size_t n = R->n = in->claims->n;
    size_t m = n ? n : 1;
    R->fig = xcalloc(m, sizeof *R->fig);
    R->ok = xcalloc(m, sizeof *R->ok);
    R->conv_why = xcalloc(m, sizeof *R->conv_why);
    R->conv_detail = xcalloc(m, sizeof *R->conv_detail);
    R->state = xcalloc(m, sizeof *R->state);
    R->why = xcalloc(m, sizeof *R->why);
    R->detail = xcalloc(m, sizeof *R->detail);
    R->touched = xcalloc(m, sizeof *R->touched);
    /* Every claim becomes a figure once: its interval, money in USD. */
    for (size_t i = 0; i < n; i++) {
        Exclusion why;
        /* (a figure its document quotes only to refute it is no figure of
         * any comparison: said left out wherever it would have come in) */
        if (claim_refuted(&in->claims->v[i]))
            R->ok[i] = -1, R->conv_why[i] = EX_REFUTED;
        else if (figure_make(&in->claims->v[i], i, in->references, &R->docs, &R->fig[i], &why,
                        R->conv_detail[i], sizeof R->conv_detail[i]) == 0)
            R->ok[i] = 1;
        else if (why != EX_NONE)
            R->ok[i] = -1, R->conv_why[i] = why;
    }
    /* A restated sum at the rate of the year it was first stated in. */
    sumyear_rates(R);
}

void run_fini(Run *R)
{
    docs_free(&R->docs);
    free(R->fig);
    free(R->ok);
    free(R->conv_why);
    free(R->conv_detail);
    free(R->state);
    free(R->why);
    free(R->detail);
    free(R->touched);
    free(R->rank);
    memset(R, 0, sizeof *R);
}

/* ---- notes of the comparison in progress ---- */

static void touch(Run *R, size_t row)
{
    if (!R->state[row] && R->why[row] == EX_NONE)
        R->touched[R->ntouched++] = row;
}

void run_used(Run *R, size_t row)
{
    touch(R, row);
    R->state[row] = 1;
}

char *run_claims(Run *R, const Figure *const *figs, size_t n)
{
    Buf ids;
    buf_init(&ids, 0);
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_putc(&ids, ' ');
        buf_puts(&ids, figs[i]->c->id);
        run_used(R, figs[i]->row);
    }
    return buf_take(&ids, NULL);
}

void run_left_out(Run *R, size_t row, Exclusion why, const char *detail)
{
    touch(R, row);
    if (R->state[row] || R->why[row] != EX_NONE)
        return;
    R->why[row] = why;
    snprintf(R->detail[row], sizeof R->detail[row], "%s", detail ? detail : "");
}

void run_left_out_conv(Run *R, size_t row)
{
    run_left_out(R, row, R->conv_why[row], R->conv_detail[row]);
}

void run_notes(Run *R, LeftOut *lo)
{
    for (size_t i = 0; i < R->ntouched; i++) {
        size_t row = R->touched[i];
        if (!R->state[row] && R->why[row] != EX_NONE && lo)
            leftout_add(lo, R->why[row], R->detail[row], R->in->claims->v[row].id);
        R->state[row] = 0;
        R->why[row] = EX_NONE;
        R->detail[row][0] = '\0';
    }
    R->ntouched = 0;
}

/* ---- words ---- */

const char *run_label(const Run *R, const char *metric, char *buf, size_t cap)
{
    const char *l = R->in->metrics ? metrics_label(R->in->metrics, metric) : NULL;
    if (l && *l)
        return l;
    /* the id made readable: "internet_users" -> "Internet users" */
    snprintf(buf, cap, "%s", metric);
    for (char *p = buf; *p; p++)
        if (*p == '_')
            *p = ' ';
    if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
    return buf;
}

int run_is_item(const Run *R, const char *metric)
{
    return R->in->metrics && metrics_is_item(R->in->metrics, metric);
}

void run_unit(const Run *R, const char *metric, char *out, size_t cap)
{
    const char *u = R->in->metrics ? metrics_unit(R->in->metrics, metric) : NULL;
    if (!u)
        snprintf(out, cap, "%s", "");
    else if (unit_is_money(u))
        snprintf(out, cap, "USD%s", u + 3);
    else
        snprintf(out, cap, "%s", u);
}

/* "at the 2019 average of 102 KES per USD" */
static void rate_words(const Reference *r, int sig, char *out, size_t cap)
{
    char num[64];
    phrase_number(num, sizeof num, r->value, sig);
    snprintf(out, cap, "at the %d average of %s %s per USD", r->year, num, r->currency);
}

void run_figure_words(const Run *R, const Figure *f, int where, Buf *b)
{
    char s[200], w[160];
    phrase_claim(s, sizeof s, f->c);
    buf_puts(b, s);
    if (f->rate) {
        char usd[128], rate[96];
        phrase_amount(usd, sizeof usd, f->value, f->unit, 3);
        rate_words(f->rate, PHRASE_AS_STATED, rate, sizeof rate);
        buf_printf(b, " (about %s %s", usd, rate);
        if (f->rate_by) {
            docs_cite(&R->docs, f->rate_by->doc, w, sizeof w);
            buf_printf(b, ", the year %s gives the same sum", w);
        }
        buf_printf(b, "; %s)", f->rate->cite);
    }
    if (where == RUN_MONTH) {
        if (f->c->month)
            buf_printf(b, " in %s", phrase_month(f->c->month));
    } else if (where) {
        comparable_where(f->c->scope, f->c->area, f->c->year, w, sizeof w);
        buf_printf(b, " (%s)", w);
    }
    docs_cite(&R->docs, f->c->doc, w, sizeof w);
    buf_printf(b, " %s", w);
}

void run_conversions(const Figure *const *figs, size_t n, Buf *b)
{
    for (size_t i = 0; i < n; i++) {
        const Figure *f = figs[i];
        if (!f->rate)
            continue;
        char s[200], usd[128], rate[96];
        phrase_claim(s, sizeof s, f->c);
        phrase_amount(usd, sizeof usd, f->value, f->unit, 3);
        rate_words(f->rate, 6, rate, sizeof rate);
        buf_printf(b, "%s%s (%s) %s (%s", b->len ? "; " : "", s, f->c->id, rate, f->rate->cite);
        if (f->rate_by)
            buf_printf(b, "; the year %s gives the same sum", f->rate_by->id);
        buf_printf(b, ") = about %s", usd);
    }
}

int run_across(const Figure *const *figs, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (strcmp(figs[i]->c->doc, figs[0]->c->doc))
            return 1;
    return 0;
}

const char *run_gap_words(double gap, double margin, char *out, size_t cap)
{
    char g[32], m[32];
    phrase_number(g, sizeof g, gap * 100, 2);
    phrase_number(m, sizeof m, margin * 100, 2);
    snprintf(out, cap, "the intervals miss by %s%%, %s the %s%% margin", g, gap < margin ? "under" : "beyond", m);
    return out;
}

const char *run_verdict_words(Verdict v, double gap, double margin, char *out, size_t cap)
{
    char w[128];
    if (v == V_CONSISTENT)
        snprintf(out, cap, "consistent (the intervals meet)");
    else
        snprintf(out, cap, "%s (%s)", v == V_TENSION ? "tension" : "inconsistent",
                 run_gap_words(gap, margin, w, sizeof w));
    return out;
}

/* ---- findings ---- */

static uint32_t fnv1a(const char *s, uint32_t h)
{
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

void run_id(Finding *f, const char *kind, const char *name, const char *scope, int year,
            const char *bind)
{
    char tail[96] = "";
    size_t k = 0;
    if (scope && *scope)
        k += (size_t)snprintf(tail + k, sizeof tail - k, "@%s", scope);
    if (year && k < sizeof tail)
        k += (size_t)snprintf(tail + k, sizeof tail - k, ":%d", year);
    int n = snprintf(f->id, sizeof f->id, "%s:%s%s", kind, name, tail);
    if (bind || n < 0 || (size_t)n >= sizeof f->id) {
        /* cut on purpose: the hash keeps the id unique */
        char head[48];
        uint32_t h = fnv1a(bind ? bind : "", fnv1a(tail, fnv1a(name, 2166136261u)));
        if (snprintf(head, sizeof head, "%s:%s%s", kind, name, tail) < 0)
            head[0] = '\0';
        snprintf(f->id, sizeof f->id, "%.*s#%08x", (int)sizeof head - 1, head, (unsigned)h);
    }
}

void run_where(Finding *f, const Claim *c)
{
    snprintf(f->scope, sizeof f->scope, "%s", c->scope);
    snprintf(f->area, sizeof f->area, "%s", c->area);
    snprintf(f->year, sizeof f->year, "%d", c->year);
}

void run_push(Run *R, Finding *f, Rank rank)
{
    if (R->out->n == R->rcap) {
        R->rcap = R->rcap ? 2 * R->rcap : 16;
        R->rank = xrealloc(R->rank, R->rcap * sizeof *R->rank);
    }
    R->rank[R->out->n] = rank;
    if (!f->conversion)
        f->conversion = xstrdup("");
    if (!f->excluded)
        f->excluded = xstrdup("");
    if (!f->claims)
        f->claims = xstrdup("");
    if (!f->references)
        f->references = xstrdup("");
    findinglist_push(R->out, f);
}

void run_excluded(Run *R, size_t first, const LeftOut *lo, const char *name, const char *about,
                  const char *with)
{
    if (!lo->total)
        return;
    Buf ids;
    buf_init(&ids, 0);
    leftout_ids(lo, &ids);
    for (size_t i = first; i < R->out->n; i++) {
        free(R->out->v[i].excluded);
        R->out->v[i].excluded = xstrdup(ids.data);
    }
    Finding f;
    finding_init(&f);
    f.kind = FK_EXCLUDED;
    f.verdict = V_INFO;
    run_id(&f, "excluded", name, NULL, 0, NULL);
    Buf s;
    buf_init(&s, 0);
    buf_printf(&s, "%s: ", about);
    leftout_words(lo, with, &s);
    buf_putc(&s, '.');
    f.statement = buf_take(&s, NULL);
    f.excluded = buf_take(&ids, NULL);
    run_push(R, &f, RANK_EXCLUDED);
    buf_free(&s);
    buf_free(&ids);
}

typedef struct Slot {
    Rank rank;
    size_t i;
} Slot;

static int by_rank(const void *a, const void *b)
{
    const Slot *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

void run_rank(Run *R)
{
    size_t n = R->out->n;
    if (n < 2)
        return;
    Slot *s = xmalloc(n * sizeof *s);
    for (size_t i = 0; i < n; i++)
        s[i] = (Slot){R->rank[i], i};
    qsort(s, n, sizeof *s, by_rank);
    Finding *v = xmalloc(n * sizeof *v);
    for (size_t i = 0; i < n; i++) {
        v[i] = R->out->v[s[i].i];
        R->rank[i] = s[i].rank;
    }
    memcpy(R->out->v, v, n * sizeof *v);
    free(v);
    free(s);
}
