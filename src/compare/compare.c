/* compare.c — comparisons with GSL (see compare.h for the formats and the
 * rules). Stage: claims table + relations + references -> findings.
 *
 * Nothing here prints. Every number that reaches a statement or a cell
 * is checked finite first; the interval code refuses what would be NaN
 * or inf (a zero-holding divisor, an overflow), and such a combination
 * simply gives no finding.
 */
#include "compare.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "csvio.h"
#include "fsio.h"
#include "metrics.h"
#include "phrase.h"

enum { EXPR_NUM = 1, EXPR_TERM = 2 };

/* ORDER RelationKind */
static const char *const relation_kind_names[RK_COUNT] = {"consistency", "derived", "ratio"};

static int valid_id(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '_'))
            return 0;
    return 1;
}

static int parse_year(const char *s, int *out)
{
    *out = 0;
    if (!*s)
        return 0;
    char *end;
    long y = strtol(s, &end, 10);
    if (*end || !isdigit((unsigned char)s[0]) || y < 1 || y > 9999)
        return -1;
    *out = (int)y;
    return 0;
}

/* ---- reference.csv ---- */

/* ORDER RCOL: rnames[] */
enum { R_ID, R_VALUE, R_LOW, R_HIGH, R_UNIT, R_SCOPE, R_YEAR, R_CITATION, R_NOTE, R_N };
static const char *const rnames[R_N] = {"id", "value", "low", "high", "unit", "scope", "year",
                                        "citation", "note"};

typedef struct RefReader {
    const char *path;
    ReferenceList *out;
    int idx[R_N];
    int have_header;
} RefReader;

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
    if (!valid_id(s))
        return diag_set(d, CB_EINPUT, r->path, row->line, "bad id '%.40s' (want [a-z0-9_]+)", s);
    int rc;
    if ((rc = csvio_put_cell(ref.id, sizeof ref.id, s, "id", r->path, row->line, d)) < 0)
        return rc;
    if (reference_find(r->out, ref.id))
        return diag_set(d, CB_EINPUT, r->path, row->line, "reference '%s' is listed twice", ref.id);
    s = csvio_get(row, r->idx[R_VALUE]);
    if (csvio_parse_num(s, &ref.value) < 0)
        return diag_set(d, CB_EINPUT, r->path, row->line, "bad number '%.40s' in column value", s);
    const char *slo = csvio_get(row, r->idx[R_LOW]), *shi = csvio_get(row, r->idx[R_HIGH]);
    if (!*slo && !*shi) {
        ref.low = ref.high = ref.value;
    } else if (!*slo || !*shi) {
        return diag_set(d, CB_EINPUT, r->path, row->line, "give both low and high, or neither");
    } else {
        if (csvio_parse_num(slo, &ref.low) < 0)
            return diag_set(d, CB_EINPUT, r->path, row->line, "bad number '%.40s' in column low", slo);
        if (csvio_parse_num(shi, &ref.high) < 0)
            return diag_set(d, CB_EINPUT, r->path, row->line, "bad number '%.40s' in column high", shi);
        if (!(ref.low <= ref.value && ref.value <= ref.high))
            return diag_set(d, CB_EINPUT, r->path, row->line, "value is not within low..high");
    }
    if ((rc = csvio_put_cell(ref.unit, sizeof ref.unit, csvio_get(row, r->idx[R_UNIT]), "unit", r->path,
                  row->line, d)) < 0 ||
        (rc = csvio_put_cell(ref.scope, sizeof ref.scope, csvio_get(row, r->idx[R_SCOPE]), "scope", r->path,
                  row->line, d)) < 0)
        return rc;
    s = csvio_get(row, r->idx[R_YEAR]);
    if (parse_year(s, &ref.year) < 0)
        return diag_set(d, CB_EINPUT, r->path, row->line, "bad year '%.40s'", s);
    s = csvio_get(row, r->idx[R_CITATION]);
    if (!*s)
        return diag_set(d, CB_EINPUT, r->path, row->line, "empty citation: every reference says where it comes from");
    ref.citation = xstrdup(s);
    ReferenceList *l = r->out;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = ref;
    return 0;
}

int reference_load(const char *path, ReferenceList *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    RefReader r = {.path = path, .out = out};
    int rc = csvio_read_file(path, ref_row, &r, d);
    if (rc == 0 && !r.have_header)
        rc = diag_set(d, CB_EINPUT, path, 0, "empty file: no header row");
    if (rc < 0)
        referencelist_free(out);
    return rc;
}

void referencelist_free(ReferenceList *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].citation);
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

/* ---- expressions ----
 *   expr   := term (('+' | '-') term)*
 *   term   := factor (('*' | '/') factor)*
 *   factor := NUMBER | 'm.' NAME ['@' SCOPE] | 'r.' NAME | '(' expr ')' | '-' factor
 * compiled to postfix in an Expr; terms are deduplicated in the Relation.
 */

typedef struct Parser {
    const char *s, *p;
    Relation *rel;
    Expr *out;
    const ReferenceList *refs;
    char err[160];
    int depth;
} Parser;

static void skip_ws(Parser *ps)
{
    while (*ps->p == ' ' || *ps->p == '\t')
        ps->p++;
}

static int emit(Parser *ps, ExprNode n)
{
    if (ps->out->n >= COMPARE_MAX_NODES) {
        snprintf(ps->err, sizeof ps->err, "expression too long (over %d parts)", COMPARE_MAX_NODES);
        return -1;
    }
    ps->out->node[ps->out->n++] = n;
    return 0;
}

static int parse_expr(Parser *ps);

static int name_char(char c)
{
    return islower((unsigned char)c) || isdigit((unsigned char)c) || c == '_';
}

static int parse_term_ref(Parser *ps)
{
    Term t;
    memset(&t, 0, sizeof t);
    t.is_ref = ps->p[0] == 'r';
    ps->p += 2;
    size_t k = 0;
    while (name_char(*ps->p)) {
        if (k + 1 >= sizeof t.name) {
            snprintf(ps->err, sizeof ps->err, "name too long");
            return -1;
        }
        t.name[k++] = *ps->p++;
    }
    if (!k) {
        snprintf(ps->err, sizeof ps->err, "a name must follow '%c.'", t.is_ref ? 'r' : 'm');
        return -1;
    }
    if (!t.is_ref && *ps->p == '@') {
        ps->p++;
        k = 0;
        while (name_char(*ps->p) || *ps->p == '-') {
            if (k + 1 >= sizeof t.scope) {
                snprintf(ps->err, sizeof ps->err, "scope too long");
                return -1;
            }
            /* '_' stands for a space: m.x@south_africa */
            t.scope[k++] = *ps->p == '_' ? ' ' : *ps->p;
            ps->p++;
        }
        if (!k) {
            snprintf(ps->err, sizeof ps->err, "a scope must follow '@'");
            return -1;
        }
    }
    if (t.is_ref && !reference_find(ps->refs, t.name)) {
        snprintf(ps->err, sizeof ps->err, "unknown reference '%.60s'", t.name);
        return -1;
    }
    Relation *rel = ps->rel;
    int idx = -1;
    for (int i = 0; i < rel->nterms; i++)
        if (rel->terms[i].is_ref == t.is_ref && !strcmp(rel->terms[i].name, t.name) &&
            !strcmp(rel->terms[i].scope, t.scope))
            idx = i;
    if (idx < 0) {
        if (rel->nterms >= COMPARE_MAX_TERMS) {
            snprintf(ps->err, sizeof ps->err, "too many terms (over %d)", COMPARE_MAX_TERMS);
            return -1;
        }
        idx = rel->nterms;
        rel->terms[rel->nterms++] = t;
    }
    return emit(ps, (ExprNode){EXPR_TERM, 0, idx});
}

static int parse_factor(Parser *ps)
{
    skip_ws(ps);
    if (++ps->depth > 32) {
        snprintf(ps->err, sizeof ps->err, "expression nested too deeply");
        return -1;
    }
    int rc;
    char c = *ps->p;
    if (c == '(') {
        ps->p++;
        if ((rc = parse_expr(ps)) < 0)
            return rc;
        skip_ws(ps);
        if (*ps->p != ')') {
            snprintf(ps->err, sizeof ps->err, "missing ')'");
            return -1;
        }
        ps->p++;
    } else if (c == '-') {
        ps->p++;
        if ((rc = parse_factor(ps)) < 0)
            return rc;
        rc = emit(ps, (ExprNode){'n', 0, 0});
        if (rc < 0)
            return rc;
    } else if ((c == 'm' || c == 'r') && ps->p[1] == '.') {
        if ((rc = parse_term_ref(ps)) < 0)
            return rc;
    } else if (isdigit((unsigned char)c) || c == '.') {
        char *end;
        double v = strtod(ps->p, &end);
        if (end == ps->p || !isfinite(v)) {
            snprintf(ps->err, sizeof ps->err, "bad number");
            return -1;
        }
        ps->p = end;
        if ((rc = emit(ps, (ExprNode){EXPR_NUM, v, 0})) < 0)
            return rc;
    } else {
        snprintf(ps->err, sizeof ps->err, "unexpected '%.12s'", *ps->p ? ps->p : "end");
        return -1;
    }
    ps->depth--;
    return 0;
}

static int parse_mul(Parser *ps)
{
    int rc = parse_factor(ps);
    while (rc == 0) {
        skip_ws(ps);
        char op = *ps->p;
        if (op != '*' && op != '/')
            break;
        ps->p++;
        if ((rc = parse_factor(ps)) == 0)
            rc = emit(ps, (ExprNode){op, 0, 0});
    }
    return rc;
}

static int parse_expr(Parser *ps)
{
    int rc = parse_mul(ps);
    while (rc == 0) {
        skip_ws(ps);
        char op = *ps->p;
        if (op != '+' && op != '-')
            break;
        ps->p++;
        if ((rc = parse_mul(ps)) == 0)
            rc = emit(ps, (ExprNode){op, 0, 0});
    }
    return rc;
}

static int compile(const char *src, Relation *rel, Expr *out, const ReferenceList *refs,
                   const char *col, const char *path, long line, Diag *d)
{
    Parser ps = {.s = src, .p = src, .rel = rel, .out = out, .refs = refs};
    out->n = 0;
    int rc = parse_expr(&ps);
    skip_ws(&ps);
    if (rc == 0 && *ps.p)
        snprintf(ps.err, sizeof ps.err, "unexpected '%.12s'", ps.p), rc = -1;
    if (rc < 0)
        return diag_set(d, CB_EINPUT, path, line, "column %s: %s in '%.80s'", col, ps.err, src);
    return 0;
}

/* ---- relations.csv ---- */

/* ORDER LCOL: lnames[] */
enum { L_ID, L_KIND, L_EXPR, L_AGAINST, L_SCOPE, L_YEAR, L_UNIT, L_MARGIN, L_LABEL, L_AGLABEL,
       L_NOTE, L_N };
static const char *const lnames[L_N] = {"id", "kind", "expr", "against", "scope", "year",
                                        "unit", "margin", "label", "against_label", "note"};

typedef struct RelReader {
    const char *path;
    const ReferenceList *refs;
    RelationList *out;
    int idx[L_N];
    int have_header;
} RelReader;

static int rel_row(const CsvRow *row, void *ctx, Diag *d)
{
    RelReader *r = ctx;
    long line = row->line;
    if (!r->have_header) {
        static const char *const required[] = {"id", "kind", "expr", "label", NULL};
        r->have_header = 1;
        return csvio_header(row, lnames, r->idx, L_N, required, r->path, d);
    }
    Relation *rel = xcalloc(1, sizeof *rel);
    int rc = 0;
    const char *s = csvio_get(row, r->idx[L_ID]);
    if (!valid_id(s)) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "bad id '%.40s' (want [a-z0-9_]+)", s);
        goto out;
    }
    if ((rc = csvio_put_cell(rel->id, sizeof rel->id, s, "id", r->path, line, d)) < 0)
        goto out;
    for (size_t i = 0; i < r->out->n; i++)
        if (!strcmp(r->out->v[i].id, rel->id)) {
            rc = diag_set(d, CB_EINPUT, r->path, line, "relation '%s' is listed twice", rel->id);
            goto out;
        }
    s = csvio_get(row, r->idx[L_KIND]);
    rel->kind = RK_COUNT;
    for (int k = 0; k < RK_COUNT; k++)
        if (!strcmp(s, relation_kind_names[k]))
            rel->kind = (RelationKind)k;
    if (rel->kind == RK_COUNT) {
        rc = diag_set(d, CB_EINPUT, r->path, line,
                      "unknown kind '%.40s' (want consistency, derived or ratio)", s);
        goto out;
    }
    if ((rc = compile(csvio_get(row, r->idx[L_EXPR]), rel, &rel->expr, r->refs, "expr", r->path,
                      line, d)) < 0)
        goto out;
    s = csvio_get(row, r->idx[L_AGAINST]);
    if (rel->kind == RK_CONSISTENCY) {
        if (!*s) {
            rc = diag_set(d, CB_EINPUT, r->path, line, "a consistency relation needs 'against'");
            goto out;
        }
        if ((rc = compile(s, rel, &rel->against, r->refs, "against", r->path, line, d)) < 0)
            goto out;
    } else if (*s) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "only a consistency relation has 'against'");
        goto out;
    }
    if ((rc = csvio_put_cell(rel->scope, sizeof rel->scope, csvio_get(row, r->idx[L_SCOPE]), "scope",
                  r->path, line, d)) < 0 ||
        (rc = csvio_put_cell(rel->unit, sizeof rel->unit, csvio_get(row, r->idx[L_UNIT]), "unit", r->path,
                  line, d)) < 0)
        goto out;
    s = csvio_get(row, r->idx[L_YEAR]);
    if (parse_year(s, &rel->year) < 0) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "bad year '%.40s'", s);
        goto out;
    }
    s = csvio_get(row, r->idx[L_MARGIN]);
    rel->margin = COMPARE_DEFAULT_MARGIN;
    if (*s && (csvio_parse_num(s, &rel->margin) < 0 || rel->margin < 0 || rel->margin > 2)) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "bad margin '%.40s' (want a number from 0 to 2)", s);
        goto out;
    }
    s = csvio_get(row, r->idx[L_LABEL]);
    if (!strstr(s, "{}")) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "label has no {} where the figure goes");
        goto out;
    }
    rel->label = xstrdup(s);
    rel->against_label = xstrdup(csvio_get(row, r->idx[L_AGLABEL]));
    rel->line = line;
    RelationList *l = r->out;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = *rel;
out:
    free(rel);
    return rc;
}

int relations_load(const char *path, const ReferenceList *refs, RelationList *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    RelReader r = {.path = path, .refs = refs, .out = out};
    int rc = csvio_read_file(path, rel_row, &r, d);
    if (rc == 0 && !r.have_header)
        rc = diag_set(d, CB_EINPUT, path, 0, "empty file: no header row");
    if (rc < 0)
        relationlist_free(out);
    return rc;
}

void relationlist_free(RelationList *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].label);
        free(l->v[i].against_label);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* ---- evaluation ---- */

static int eval_interval(const Expr *e, const Interval *vals, Interval *out)
{
    Interval st[COMPARE_MAX_NODES];
    int sp = 0;
    for (int i = 0; i < e->n; i++) {
        const ExprNode *n = &e->node[i];
        if (n->op == EXPR_NUM) {
            st[sp++] = interval_point(n->num);
        } else if (n->op == EXPR_TERM) {
            st[sp++] = vals[n->term];
        } else if (n->op == 'n') {
            if (sp < 1 || interval_neg(st[sp - 1], &st[sp - 1]) < 0)
                return -1;
        } else {
            if (sp < 2)
                return -1;
            Interval a = st[sp - 2], b = st[sp - 1], r;
            int rc = n->op == '+' ? interval_add(a, b, &r)
                   : n->op == '-' ? interval_sub(a, b, &r)
                   : n->op == '*' ? interval_mul(a, b, &r)
                                  : interval_div(a, b, &r);
            if (rc < 0)
                return -1;
            st[sp - 2] = r;
            sp--;
        }
    }
    if (sp != 1)
        return -1;
    *out = st[0];
    return 0;
}

static int eval_point(const Expr *e, const double *vals, double *out)
{
    double st[COMPARE_MAX_NODES];
    int sp = 0;
    for (int i = 0; i < e->n; i++) {
        const ExprNode *n = &e->node[i];
        if (n->op == EXPR_NUM) {
            st[sp++] = n->num;
        } else if (n->op == EXPR_TERM) {
            st[sp++] = vals[n->term];
        } else if (n->op == 'n') {
            if (sp < 1)
                return -1;
            st[sp - 1] = -st[sp - 1];
        } else {
            if (sp < 2)
                return -1;
            double a = st[sp - 2], b = st[sp - 1], r;
            if (n->op == '/' && b == 0)
                return -1;
            r = n->op == '+' ? a + b : n->op == '-' ? a - b : n->op == '*' ? a * b : a / b;
            if (!isfinite(r))
                return -1;
            st[sp - 2] = r;
            sp--;
        }
    }
    if (sp != 1 || !isfinite(st[0]))
        return -1;
    *out = st[0];
    return 0;
}

/* 1 when a term is used more than once in e: interval arithmetic then
 * overestimates (the dependency problem) and Monte Carlo narrows it. */
static int repeats_term(const Expr *e)
{
    int seen[COMPARE_MAX_TERMS] = {0};
    for (int i = 0; i < e->n; i++)
        if (e->node[i].op == EXPR_TERM && seen[e->node[i].term]++)
            return 1;
    return 0;
}

/* Narrow the finite ends of *iv by sampling (see compare.h). Open ends
 * stay open. Returns 0, or -1 when the generator cannot be made. */
static int monte_carlo(const Expr *e, const Interval *vals, int nvals, Interval *iv)
{
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    if (!rng)
        return -1;
    gsl_rng_set(rng, COMPARE_MC_SEED);   /* same stream per evaluation: order-free */
    double lo[COMPARE_MAX_TERMS], hi[COMPARE_MAX_TERMS], x[COMPARE_MAX_TERMS];
    for (int i = 0; i < nvals; i++) {
        Interval v = vals[i];
        double span;
        if (v.lo_open && v.hi_open) {
            lo[i] = -1;
            hi[i] = 1;
        } else if (v.hi_open) {
            span = 3 * fmax(fabs(v.lo), 1);
            lo[i] = v.lo;
            hi[i] = v.lo + span;
        } else if (v.lo_open) {
            span = 3 * fmax(fabs(v.hi), 1);
            lo[i] = v.hi - span;
            hi[i] = v.hi;
        } else {
            lo[i] = v.lo;
            hi[i] = v.hi;
        }
    }
    double mn = INFINITY, mx = -INFINITY;
    int got = 0;
    for (int s = 0; s < COMPARE_MC_SAMPLES; s++) {
        for (int i = 0; i < nvals; i++) {
            double u = gsl_rng_uniform(rng);   /* [0, 1) */
            /* Hit the ends exactly now and then, so closed bounds are reached. */
            x[i] = s == 0 ? lo[i] : s == 1 ? hi[i] : lo[i] + u * (hi[i] - lo[i]);
            if (!isfinite(x[i]))
                x[i] = lo[i];
        }
        double r;
        if (eval_point(e, x, &r) < 0)
            continue;
        got++;
        if (r < mn)
            mn = r;
        if (r > mx)
            mx = r;
    }
    gsl_rng_free(rng);
    if (!got)
        return 0;
    /* Stay inside the enclosure that interval arithmetic guarantees. */
    if (!iv->lo_open && mn > iv->lo)
        iv->lo = mn;
    if (!iv->hi_open && mx < iv->hi)
        iv->hi = mx;
    if (!iv->lo_open && !iv->hi_open && iv->lo > iv->hi)
        iv->lo = iv->hi;
    return 0;
}

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

/* ---- running the comparisons ---- */

static int scope_eq(const char *want, const char *have)
{
    return !*want || !strcmp(want, have);
}

static int claim_fits(const Relation *rel, const Term *t, const Claim *c)
{
    if (strcmp(c->metric, t->name))
        return 0;
    if (!scope_eq(*t->scope ? t->scope : rel->scope, c->scope))
        return 0;
    if (rel->year && c->year && c->year != rel->year)
        return 0;
    Interval iv;
    return interval_from_claim(c, &iv) == 0;
}

static uint32_t fnv1a(const char *s, uint32_t h)
{
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

/* Set f->id to "KIND:NAME", or "KIND:NAME#HASH" (also when it would not fit). */
static void make_id(Finding *f, const char *kind, const char *name, int with_hash, uint32_t hash)
{
    int n = snprintf(f->id, sizeof f->id, "%s:%s", kind, name);
    if (with_hash || n < 0 || (size_t)n >= sizeof f->id) {
        char head[40];
        /* cut on purpose: the hash keeps the id unique */
        if (snprintf(head, sizeof head, "%s:%s", kind, name) < 0)
            head[0] = '\0';
        snprintf(f->id, sizeof f->id, "%s#%08x", head, (unsigned)hash);
    }
}

static void buf_word(Buf *b, const char *s)
{
    if (b->len)
        buf_putc(b, ' ');
    buf_puts(b, s);
}

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

/* A point value for the finding: the expression at the claims' own
 * values, else a finite end of the interval. */
static double point_or_end(const Expr *e, const double *pv, Interval iv)
{
    double v;
    if (eval_point(e, pv, &v) == 0 && (interval_contains(iv, v) || (iv.lo_open && iv.hi_open)))
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

static const char *verdict_words(Verdict v, double gap, double margin, char *out, size_t cap)
{
    char g[32], m[32];
    phrase_number(g, sizeof g, gap * 100, 2);
    phrase_number(m, sizeof m, margin * 100, 2);
    switch (v) {
    case V_CONSISTENT:
        snprintf(out, cap, "consistent (the intervals meet)");
        break;
    case V_TENSION:
        snprintf(out, cap, "tension (the intervals miss by %s%%, under the %s%% margin)", g, m);
        break;
    default:
        snprintf(out, cap, "inconsistent (the intervals miss by %s%%, beyond the %s%% margin)", g, m);
        break;
    }
    return out;
}

/* One combination of claims for one relation. */
static void relation_finding(const CompareInputs *in, const Relation *rel, const size_t *pick,
                             int with_hash, FindingList *out)
{
    Interval vals[COMPARE_MAX_TERMS];
    double pv[COMPARE_MAX_TERMS];
    const ClaimList *cl = in->claims;
    Buf claims, refs, inputs;
    buf_init(&claims, 0);
    buf_init(&refs, 0);
    buf_init(&inputs, 0);
    uint32_t hash = 2166136261u;
    for (int t = 0; t < rel->nterms; t++) {
        const Term *term = &rel->terms[t];
        if (term->is_ref) {
            const Reference *r = reference_find(in->references, term->name);
            vals[t] = interval_closed(r->low, r->high);
            pv[t] = r->value;
            buf_word(&refs, r->id);
        } else {
            const Claim *c = &cl->v[pick[t]];
            interval_from_claim(c, &vals[t]);   /* checked in claim_fits */
            pv[t] = isfinite(c->value) ? c->value
                  : !vals[t].lo_open ? vals[t].lo : vals[t].hi;
            buf_word(&claims, c->id);
            hash = fnv1a(c->id, hash);
            if (inputs.len)
                buf_puts(&inputs, "; ");
            buf_printf(&inputs, "\"%s\" (%s, %s, %s)", c->text && *c->text ? c->text : "?",
                       c->metric, claim_qualifier_name(c->qual), c->doc);
        }
    }

    Interval iv, other = {0, 0, 1, 1};
    int ok = eval_interval(&rel->expr, vals, &iv) == 0;
    if (ok && repeats_term(&rel->expr))
        ok = monte_carlo(&rel->expr, vals, rel->nterms, &iv) == 0;
    if (ok && rel->kind == RK_CONSISTENCY) {
        ok = eval_interval(&rel->against, vals, &other) == 0;
        if (ok && repeats_term(&rel->against))
            ok = monte_carlo(&rel->against, vals, rel->nterms, &other) == 0;
    }
    if (!ok) {   /* a zero-holding divisor or an overflow: no finding */
        buf_free(&claims);
        buf_free(&refs);
        buf_free(&inputs);
        return;
    }

    Finding f;
    finding_init(&f);
    snprintf(f.unit, sizeof f.unit, "%s", rel->unit);
    double v = point_or_end(&rel->expr, pv, iv);
    Buf st;
    buf_init(&st, 0);
    char fig[640], ivs[256], words[160];
    if (rel->kind == RK_CONSISTENCY) {
        f.kind = FK_CONSISTENCY;
        make_id(&f, "consistency", rel->id, with_hash, hash);
        double ov = point_or_end(&rel->against, pv, other);
        f.value = v;
        set_interval(&f, iv, 0);
        f.other_value = ov;
        set_interval(&f, other, 1);
        f.verdict = interval_verdict(iv, other, rel->margin);
        phrase_amount(words, sizeof words, v, rel->unit, 3);
        fmt_interval(iv, rel->unit, 3, ivs, sizeof ivs);
        snprintf(fig, sizeof fig, "about %s (%s)", words, ivs);
        fill_label(&st, rel->label, fig);
        phrase_amount(words, sizeof words, ov, rel->unit, 3);
        fmt_interval(other, rel->unit, 3, ivs, sizeof ivs);
        buf_printf(&st, ", against %s of %s (%s): %s.", *rel->against_label ? rel->against_label : "the other side",
                   words, ivs,
                   verdict_words(f.verdict, interval_gap(iv, other), rel->margin, fig, sizeof fig));
    } else if (rel->kind == RK_DERIVED) {
        f.kind = FK_DERIVED;
        make_id(&f, "derived", rel->id, with_hash, hash);
        f.value = v;
        set_interval(&f, iv, 0);
        if (!iv.lo_open && !iv.hi_open)
            phrase_amount(words, sizeof words, v, rel->unit, honest_sig(v, iv));
        else
            phrase_amount(words, sizeof words, v, rel->unit, 3);
        fmt_interval(iv, rel->unit, 3, ivs, sizeof ivs);
        snprintf(fig, sizeof fig, "about %s (%s)", words, ivs);
        fill_label(&st, rel->label, fig);
        buf_putc(&st, '.');
    } else {
        f.kind = FK_RATIO;
        make_id(&f, "ratio", rel->id, with_hash, hash);
        ratio_words(v, iv, words, sizeof words);
        int pct = v < 1;
        Interval shown = iv;
        if (pct && interval_scale(iv, 100, &shown) < 0)
            shown = iv, pct = 0;
        f.value = pct ? v * 100 : v;
        set_interval(&f, shown, 0);
        snprintf(f.unit, sizeof f.unit, "%s", pct ? "%" : "times");
        fmt_interval(shown, pct ? "%" : "times", 3, ivs, sizeof ivs);
        snprintf(fig, sizeof fig, "%s (%s)", words, ivs);
        fill_label(&st, rel->label, fig);
        buf_putc(&st, '.');
    }
    if (inputs.len)
        buf_printf(&st, " Claims: %s.", inputs.data);
    if (!isfinite(f.value)) {   /* cannot happen with finite inputs; never print one */
        finding_fini(&f);
        buf_free(&st);
    } else {
        f.statement = buf_take(&st, NULL);
        f.claims = buf_take(&claims, NULL);
        f.references = buf_take(&refs, NULL);
        findinglist_push(out, &f);
    }
    buf_free(&claims);
    buf_free(&refs);
    buf_free(&inputs);
}

static void run_relation(const CompareInputs *in, const Relation *rel, FindingList *out)
{
    const ClaimList *cl = in->claims;
    /* Candidates per claim term (reference terms have none). */
    size_t *cand[COMPARE_MAX_TERMS] = {0};
    size_t ncand[COMPARE_MAX_TERMS] = {0};
    size_t combos = 1;
    for (int t = 0; t < rel->nterms; t++) {
        if (rel->terms[t].is_ref)
            continue;
        cand[t] = xmalloc((cl->n ? cl->n : 1) * sizeof **cand);
        for (size_t i = 0; i < cl->n; i++)
            if (claim_fits(rel, &rel->terms[t], &cl->v[i]))
                cand[t][ncand[t]++] = i;
        if (combos > COMPARE_MAX_COMBOS || ncand[t] == 0)
            combos = ncand[t] == 0 ? 0 : combos;
        else
            combos *= ncand[t];
    }
    if (combos > 0) {
        int with_hash = combos > 1;
        size_t digit[COMPARE_MAX_TERMS] = {0}, pick[COMPARE_MAX_TERMS] = {0};
        for (size_t k = 0; k < COMPARE_MAX_COMBOS; k++) {
            for (int t = 0; t < rel->nterms; t++)
                if (!rel->terms[t].is_ref)
                    pick[t] = cand[t][digit[t]];
            relation_finding(in, rel, pick, with_hash, out);
            /* next combination, last term fastest */
            int t = rel->nterms - 1;
            for (; t >= 0; t--) {
                if (rel->terms[t].is_ref)
                    continue;
                if (++digit[t] < ncand[t])
                    break;
                digit[t] = 0;
            }
            if (t < 0)
                break;
        }
    }
    for (int t = 0; t < rel->nterms; t++)
        free(cand[t]);
}

/* Order claims for agreement groups: metric, scope, year, unit, doc, start. */
static const ClaimList *sort_claims;
static int cmp_group(const void *a, const void *b)
{
    const Claim *x = &sort_claims->v[*(const size_t *)a], *y = &sort_claims->v[*(const size_t *)b];
    int c;
    if ((c = strcmp(x->metric, y->metric)) || (c = strcmp(x->scope, y->scope)))
        return c;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    if ((c = strcmp(x->unit, y->unit)) || (c = strcmp(x->doc, y->doc)))
        return c;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return strcmp(x->id, y->id);
}

static int same_group(const Claim *x, const Claim *y)
{
    return !strcmp(x->metric, y->metric) && !strcmp(x->scope, y->scope) && x->year == y->year &&
           !strcmp(x->unit, y->unit);
}

static void agreement_finding(const ClaimList *cl, const Metrics *metrics, const size_t *ix, size_t n,
                              FindingList *out)
{
    double *x = xmalloc(n * sizeof *x);
    for (size_t i = 0; i < n; i++)
        x[i] = cl->v[ix[i]].value;
    AgreementStats st;
    if (compare_agreement_stats(x, n, &st) < 0) {
        free(x);
        return;
    }
    const Claim *c0 = &cl->v[ix[0]];
    /* Do all the claims' intervals share a point? */
    Interval common = {0, 0, 1, 1};
    for (size_t i = 0; i < n; i++) {
        Interval iv;
        interval_from_claim(&cl->v[ix[i]], &iv);
        if (!iv.lo_open && (common.lo_open || iv.lo > common.lo))
            common.lo = iv.lo, common.lo_open = 0;
        if (!iv.hi_open && (common.hi_open || iv.hi < common.hi))
            common.hi = iv.hi, common.hi_open = 0;
    }
    Finding f;
    finding_init(&f);
    f.kind = FK_AGREEMENT;
    double gap = 0;
    if (!common.lo_open && !common.hi_open && common.lo > common.hi) {
        gap = interval_gap(interval_point(common.hi), interval_point(common.lo));
        f.verdict = gap < COMPARE_DEFAULT_MARGIN ? V_TENSION : V_INCONSISTENT;
    } else {
        f.verdict = V_CONSISTENT;
    }
    char key[200];
    snprintf(key, sizeof key, "%s:%s:%d", c0->metric, *c0->scope ? c0->scope : "any", c0->year);
    uint32_t hash = fnv1a(key, 2166136261u);
    make_id(&f, "agreement", key, 0, hash);
    f.value = st.median;
    f.low = st.min;
    f.high = st.max;
    snprintf(f.unit, sizeof f.unit, "%s", c0->unit);
    Buf s, claims;
    buf_init(&s, 0);
    buf_init(&claims, 0);
    char med[128], spr[128], mad[128], w[256];
    phrase_amount(med, sizeof med, st.median, c0->unit, 3);
    phrase_amount(spr, sizeof spr, st.spread, c0->unit, 3);
    phrase_amount(mad, sizeof mad, st.mad, c0->unit, 3);
    const char *label = metrics ? metrics_label(metrics, c0->metric) : NULL;
    buf_printf(&s, "%zu claims give %s", n, label && *label ? label : c0->metric);
    if (*c0->scope || c0->year) {
        buf_puts(&s, " (");
        if (*c0->scope)
            buf_puts(&s, c0->scope);
        if (c0->year)
            buf_printf(&s, "%s%d", *c0->scope ? ", " : "", c0->year);
        buf_puts(&s, ")");
    }
    buf_printf(&s, ": median %s, spread %s, MAD %s", med, spr, mad);
    int nout = 0;
    for (size_t i = 0; i < n; i++) {
        const Claim *c = &cl->v[ix[i]];
        buf_word(&claims, c->id);
        if (compare_is_outlier(&st, c->value)) {
            phrase_amount(w, sizeof w, c->value, c->unit, 3);
            buf_printf(&s, "%s%s (%s)", nout++ ? ", " : "; outliers: ", w, c->id);
        }
    }
    buf_printf(&s, "; %s.", verdict_words(f.verdict, gap, COMPARE_DEFAULT_MARGIN, w, sizeof w));
    f.statement = buf_take(&s, NULL);
    f.claims = buf_take(&claims, NULL);
    f.references = xstrdup("");
    findinglist_push(out, &f);
    buf_free(&s);
    buf_free(&claims);
    free(x);
}

static void run_agreement(const ClaimList *cl, const Metrics *metrics, FindingList *out)
{
    size_t *ix = xmalloc((cl->n ? cl->n : 1) * sizeof *ix);
    size_t m = 0;
    for (size_t i = 0; i < cl->n; i++) {
        Interval iv;
        if (cl->v[i].metric[0] && isfinite(cl->v[i].value) && interval_from_claim(&cl->v[i], &iv) == 0)
            ix[m++] = i;
    }
    sort_claims = cl;
    qsort(ix, m, sizeof *ix, cmp_group);
    for (size_t i = 0; i < m;) {
        size_t j = i + 1;
        while (j < m && same_group(&cl->v[ix[i]], &cl->v[ix[j]]))
            j++;
        if (j - i >= 2)
            agreement_finding(cl, metrics, ix + i, j - i, out);
        i = j;
    }
    free(ix);
}

int compare_run(const CompareInputs *in, FindingList *out, Diag *d)
{
    (void)d;
    /* GSL must never abort the process; statuses are checked instead. */
    gsl_set_error_handler_off();
    static const ClaimList empty_claims;
    static const RelationList empty_rels;
    CompareInputs cin = *in;
    if (!cin.claims)
        cin.claims = &empty_claims;
    if (cin.relations)
        for (size_t i = 0; i < cin.relations->n; i++)
            run_relation(&cin, &cin.relations->v[i], out);
    else
        cin.relations = &empty_rels;
    run_agreement(cin.claims, cin.metrics, out);
    return 0;
}

int compare_files(const char *claims_path, const char *relations_path,
                  const char *reference_path, FindingList *out, Diag *d)
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
    /* metrics.csv beside relations.csv, when there is one */
    Metrics *metrics = NULL;
    char mpath[1024];
    const char *slash = strrchr(relations_path, '/');
    int dlen = slash ? (int)(slash - relations_path) + 1 : 0;
    if (snprintf(mpath, sizeof mpath, "%.*smetrics.csv", dlen, relations_path) < (int)sizeof mpath &&
        access(mpath, F_OK) == 0) {
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
        CompareInputs in = {&claims, &rels, &refs, metrics};
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
    /* The folder of path, created when missing (reports/ on a fresh project). */
    const char *slash = strrchr(path, '/');
    if (slash && slash != path) {
        char dir[1024];
        size_t n = (size_t)(slash - path);
        if (n >= sizeof dir)
            return diag_set(d, CB_EWRITE, path, 0, "path too long");
        memcpy(dir, path, n);
        dir[n] = '\0';
        int rc = fsio_mkdirs(dir, d);
        if (rc < 0)
            return rc;
    }
    Buf b;
    buf_init(&b, 0);
    findings_write_header(&b);
    for (size_t i = 0; i < l->n; i++)
        findings_write_row(&b, &l->v[i]);
    int rc = fsio_write_atomic(path, b.data, b.len, d);
    buf_free(&b);
    return rc;
}
