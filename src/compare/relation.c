/* relation.c — data/relations.csv and its expressions (see relation.h):
 * a recursive-descent parser to postfix, interval evaluation, and seeded
 * Monte Carlo (GSL's mt19937) for terms that repeat. */
#include "relation.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>

#include "ascii.h"
#include "csvio.h"

enum { EXPR_NUM = 1, EXPR_TERM = 2 };

/* ORDER RelationKind */
static const char *const relation_kind_names[RK_COUNT] = {"consistency", "derived", "ratio"};

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
    return ascii_islower(c) || ascii_isdigit(c) || c == '_';
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
    } else if (ascii_isdigit(c) || c == '.') {
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
       L_NOTE, L_FLOOR, L_N };
static const char *const lnames[L_N] = {"id", "kind", "expr", "against", "scope", "year",
                                        "unit", "margin", "label", "against_label", "note", "floor"};

typedef struct RelReader {
    const char *path;
    const ReferenceList *refs;
    RelationList *out;
    int idx[L_N];
    int have_header;
} RelReader;

static int same_term(const Term *a, const Term *b)
{
    return a->is_ref == b->is_ref && !strcmp(a->name, b->name) && !strcmp(a->scope, b->scope);
}

/* A ratio of the same two terms, for the same place and year, as one
 * already listed (either way up), or NULL. */
static const Relation *inverse_of(const RelationList *l, const Relation *rel)
{
    if (rel->kind != RK_RATIO || rel->nterms != 2)
        return NULL;
    for (size_t i = 0; i < l->n; i++) {
        const Relation *o = &l->v[i];
        if (o->kind != RK_RATIO || o->nterms != 2 || strcmp(o->scope, rel->scope) || o->year != rel->year)
            continue;
        if ((same_term(&o->terms[0], &rel->terms[0]) && same_term(&o->terms[1], &rel->terms[1])) ||
            (same_term(&o->terms[0], &rel->terms[1]) && same_term(&o->terms[1], &rel->terms[0])))
            return o;
    }
    return NULL;
}

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
    if (!csvio_is_ident(s)) {
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
    if (csvio_parse_year(s, &rel->year) < 0) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "bad year '%.40s'", s);
        goto out;
    }
    s = csvio_get(row, r->idx[L_MARGIN]);
    rel->margin = COMPARE_DEFAULT_MARGIN;
    if (*s && (csvio_parse_num(s, &rel->margin) < 0 || rel->margin < 0 || rel->margin > 2)) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "bad margin '%.40s' (want a number from 0 to 2)", s);
        goto out;
    }
    s = csvio_get(row, r->idx[L_FLOOR]);
    rel->floor = NAN;
    if (*s && rel->kind != RK_RATIO) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "only a ratio relation has a floor");
        goto out;
    }
    if (*s && (csvio_parse_num(s, &rel->floor) < 0 || !(rel->floor > 0))) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "bad floor '%.40s' (want a number above 0)", s);
        goto out;
    }
    s = csvio_get(row, r->idx[L_LABEL]);
    if (!strstr(s, "{}")) {
        rc = diag_set(d, CB_EINPUT, r->path, line, "label has no {} where the figure goes");
        goto out;
    }
    const Relation *twin = inverse_of(r->out, rel);
    if (twin) {
        rc = diag_set(d, CB_EINPUT, r->path, line,
                      "relation '%s' is '%s' (line %ld) turned over: a ratio and its inverse say one "
                      "thing, keep one",
                      rel->id, twin->id, twin->line);
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

/* The loaders' one body: from the file at path, or from data[0, n) named
 * path when data is not NULL. */
static int load(const char *path, const char *data, size_t n, const ReferenceList *refs, RelationList *out,
                Diag *d)
{
    memset(out, 0, sizeof *out);
    RelReader r = {.path = path, .refs = refs, .out = out};
    int rc = data ? csvio_read_mem(path, data, n, rel_row, &r, d) : csvio_read_file(path, rel_row, &r, d);
    if (rc == 0 && !r.have_header)
        rc = diag_set(d, CB_EINPUT, path, 0, "empty file: no header row");
    if (rc < 0)
        relationlist_free(out);
    return rc;
}

int relations_load(const char *path, const ReferenceList *refs, RelationList *out, Diag *d)
{
    return load(path, NULL, 0, refs, out, d);
}

int relations_load_mem(const char *name, const char *data, size_t n, const ReferenceList *refs,
                       RelationList *out, Diag *d)
{
    return load(name, data ? data : "", n, refs, out, d);
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
int relation_eval(const Expr *e, const Interval *vals, int nvals, Interval *out)
{
    if (eval_interval(e, vals, out) < 0)
        return -1;
    if (repeats_term(e))
        return monte_carlo(e, vals, nvals, out);
    return 0;
}

int relation_eval_point(const Expr *e, const double *vals, double *out)
{
    return eval_point(e, vals, out);
}

int relation_uses(const Expr *e, int term)
{
    for (int i = 0; i < e->n; i++)
        if (e->node[i].op == EXPR_TERM && e->node[i].term == term)
            return 1;
    return 0;
}
