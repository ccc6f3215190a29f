/* score.c — score.py's matching and figures, in C (see score.h). */
#include "score.h"
#include "csvio.h"
#include "fsio.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REL 0.005

/* ORDER ScoreField */
const char *const score_field_names[SF_COUNT] = {"value", "bounds", "unit", "qualifier",
                                                 "metric", "scope", "year", "source", "area"};

static void push(ScoreSet *s, const ScoreRow *r)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->v = xrealloc(s->v, s->cap * sizeof *s->v);
    }
    s->v[s->n++] = *r;
}

void score_set_free(ScoreSet *s)
{
    free(s->v);
    memset(s, 0, sizeof *s);
}

static void cpy(char *dst, size_t cap, const char *s)
{
    snprintf(dst, cap, "%s", s ? s : "");
}

static int parse_long(const char *s, long *out)
{
    char *end;
    while (*s == ' ')
        s++;
    if (!*s)
        return -1;
    *out = strtol(s, &end, 10);
    while (*end == ' ')
        end++;
    return *end ? -1 : 0;
}

/* ---- gold TSV ---- */

/* The gold's columns are found by name in its header row, as score.py's
 * DictReader finds them: area (a place within a country, when the gold
 * gives one) is optional, and so is note. */
enum { G_DOC, G_START, G_END, G_SPAN, G_VALUE, G_LOW, G_HIGH, G_UNIT, G_QUAL, G_METRIC, G_SCOPE,
       G_YEAR, G_SOURCE, G_STATUS, G_AREA, G_N };
static const char *const gcols[G_N] = {"doc",       "start",  "end",   "span",  "value",
                                       "low",       "high",   "unit",  "qualifier", "metric",
                                       "scope",     "year",   "source", "status", "area"};
#define G_REQUIRED G_AREA   /* the columns before it */
#define G_MAXF 64

/* Split the line p at tabs into f (at most G_MAXF cells); the count. */
static int split_tabs(char *p, char **f)
{
    int nf = 0;
    for (char *q = p; nf < G_MAXF;) {
        f[nf++] = q;
        char *t = strchr(q, '\t');
        if (!t)
            break;
        *t = '\0';
        q = t + 1;
    }
    return nf;
}

int score_load_gold(const char *path, ScoreSet *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    Buf b;
    int rc = fsio_read(path, 64u << 20, &b, d);
    if (rc < 0)
        return rc;
    char *p = b.data, *end = b.data + b.len;
    long line = 0;
    int idx[G_N], need = 0;   /* cells a row must have: past the last required column */
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *le = nl ? nl : end;
        line++;
        if (le > p && le[-1] == '\r')
            le[-1] = '\0';
        *le = '\0';
        char *f[G_MAXF] = {0};
        int nf = split_tabs(p, f);
        if (line == 1) {
            for (int c = 0; c < G_N; c++) {
                idx[c] = -1;
                for (int k = 0; k < nf && idx[c] < 0; k++)
                    if (!strcmp(f[k], gcols[c]))
                        idx[c] = k;
                if (c < G_REQUIRED && idx[c] < 0) {
                    rc = diag_set(d, CB_EINPUT, path, line, "gold header lacks column '%s'", gcols[c]);
                    break;
                }
                if (c < G_REQUIRED && idx[c] + 1 > need)
                    need = idx[c] + 1;
            }
            if (rc < 0)
                break;
        } else if (*p) {
            if (nf < need) {
                rc = diag_set(d, CB_EINPUT, path, line, "gold row has %d fields, want %d", nf, need);
                break;
            }
            const char *g[G_N];
            for (int c = 0; c < G_N; c++)
                g[c] = idx[c] >= 0 && idx[c] < nf ? f[idx[c]] : "";
            ScoreRow r = {0};
            cpy(r.doc, sizeof r.doc, g[G_DOC]);
            if (parse_long(g[G_START], &r.start) < 0 || parse_long(g[G_END], &r.end) < 0) {
                rc = diag_set(d, CB_EINPUT, path, line, "bad start or end");
                break;
            }
            cpy(r.text, sizeof r.text, g[G_SPAN]);
            cpy(r.value, sizeof r.value, g[G_VALUE]);
            cpy(r.low, sizeof r.low, g[G_LOW]);
            cpy(r.high, sizeof r.high, g[G_HIGH]);
            cpy(r.unit, sizeof r.unit, g[G_UNIT]);
            cpy(r.qualifier, sizeof r.qualifier, g[G_QUAL]);
            cpy(r.metric, sizeof r.metric, g[G_METRIC]);
            cpy(r.scope, sizeof r.scope, g[G_SCOPE]);
            cpy(r.area, sizeof r.area, g[G_AREA]);
            cpy(r.year, sizeof r.year, g[G_YEAR]);
            cpy(r.source, sizeof r.source, g[G_SOURCE]);
            cpy(r.status, sizeof r.status, g[G_STATUS]);
            push(out, &r);
        }
        p = nl ? nl + 1 : end;
    }
    buf_free(&b);
    if (rc < 0)
        score_set_free(out);
    return rc;
}

/* ---- claims CSV ---- */

enum { P_DOC, P_START, P_END, P_VALUE, P_LOW, P_HIGH, P_UNIT, P_QUAL, P_METRIC, P_SCOPE, P_AREA,
       P_YEAR, P_SOURCE, P_TEXT, P_N };
static const char *const pcols[P_N] = {"doc", "start", "end", "value", "low", "high", "unit", "qualifier",
                                       "metric", "scope", "area", "year", "source", "text"};
static const char *const preq[] = {"doc", "start", "end", "value", "unit", "qualifier", NULL};

typedef struct Loader {
    const char *name;
    ScoreSet *out;
    int idx[P_N];
    int have_header;
} Loader;

static int on_claim(const CsvRow *row, void *ctx, Diag *d)
{
    Loader *l = ctx;
    if (!l->have_header) {
        l->have_header = 1;
        return csvio_header(row, pcols, l->idx, P_N, preq, l->name, d);
    }
    ScoreRow r = {0};
    /* Like score.py: rows whose offsets do not parse are skipped. */
    if (parse_long(csvio_get(row, l->idx[P_START]), &r.start) < 0 ||
        parse_long(csvio_get(row, l->idx[P_END]), &r.end) < 0)
        return 0;
    const char *doc = csvio_get(row, l->idx[P_DOC]);
    const char *slash = strrchr(doc, '/');
    cpy(r.doc, sizeof r.doc, slash ? slash + 1 : doc);
    cpy(r.value, sizeof r.value, csvio_get(row, l->idx[P_VALUE]));
    cpy(r.low, sizeof r.low, csvio_get(row, l->idx[P_LOW]));
    cpy(r.high, sizeof r.high, csvio_get(row, l->idx[P_HIGH]));
    cpy(r.unit, sizeof r.unit, csvio_get(row, l->idx[P_UNIT]));
    cpy(r.qualifier, sizeof r.qualifier, csvio_get(row, l->idx[P_QUAL]));
    cpy(r.metric, sizeof r.metric, csvio_get(row, l->idx[P_METRIC]));
    cpy(r.scope, sizeof r.scope, csvio_get(row, l->idx[P_SCOPE]));
    cpy(r.area, sizeof r.area, csvio_get(row, l->idx[P_AREA]));
    cpy(r.year, sizeof r.year, csvio_get(row, l->idx[P_YEAR]));
    cpy(r.source, sizeof r.source, csvio_get(row, l->idx[P_SOURCE]));
    cpy(r.text, sizeof r.text, csvio_get(row, l->idx[P_TEXT]));
    push(l->out, &r);
    return 0;
}

int score_load_claims_mem(const char *name, const char *csv, size_t n, ScoreSet *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    Loader l = {.name = name, .out = out};
    int rc = csvio_read_mem(name, csv, n, on_claim, &l, d);
    if (rc < 0)
        score_set_free(out);
    return rc;
}

int score_load_claims(const char *path, ScoreSet *out, Diag *d)
{
    Buf b;
    int rc = fsio_read(path, 512u << 20, &b, d);
    if (rc < 0)
        return rc;
    rc = score_load_claims_mem(path, b.data, b.len, out, d);
    buf_free(&b);
    return rc;
}

/* ---- comparing fields ---- */

/* score.py num(): NONE for an empty cell, BAD when it does not parse. */
enum { NUM_OK, NUM_NONE, NUM_BAD };
static int num(const char *s, double *v)
{
    while (*s == ' ' || *s == '\t')
        s++;
    if (!*s)
        return NUM_NONE;
    char *end;
    *v = strtod(s, &end);
    while (*end == ' ' || *end == '\t')
        end++;
    return *end ? NUM_BAD : NUM_OK;
}

static int blank(const char *s)
{
    double v;
    return num(s, &v) == NUM_NONE;
}

static int close_enough(const char *pred, const char *gold)
{
    double a = 0, b = 0;
    int ka = num(pred, &a), kb = num(gold, &b);
    if (ka == NUM_NONE || kb == NUM_NONE)
        return ka == NUM_NONE && kb == NUM_NONE;
    if (ka == NUM_BAD || kb == NUM_BAD)
        return 0;
    return fabs(a - b) <= REL * fmax(fabs(b), 1e-12);
}

/* score.py norm(): lower case, dots removed, whitespace collapsed. */
static void norm(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    int space = 0;
    for (; *s && n + 2 < cap; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '.')
            continue;
        if (isspace(ch)) {
            space = n > 0;
            continue;
        }
        if (space)
            out[n++] = ' ';
        space = 0;
        out[n++] = (char)tolower(ch);
    }
    out[n] = '\0';
}

static void unit_norm(const char *s, char *out, size_t cap)
{
    static const char *const alias[][2] = {
        {"usd/yr", "usd/year"},  {"usd per year", "usd/year"}, {"percent", "%"},
        {"person", "people"},    {"persons", "people"},        {"individuals", "people"},
        {"users", "people"},     {"internet users", "people"}, {"country", "countries"},
        {"household", "households"}, {"times", "x"},           {"fold", "x"},
        {"percentage points", "pp"}, {"percentage point", "pp"}};
    norm(s, out, cap);
    for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
        if (strcmp(out, alias[i][0]) == 0) {
            snprintf(out, cap, "%s", alias[i][1]);
            return;
        }
}

static int money_or_share(const char *u)
{
    static const char *const set[] = {"usd", "usd/year", "%", "cny", "eur", "gbp", "kes", "pgk"};
    for (size_t i = 0; i < sizeof set / sizeof set[0]; i++)
        if (strcmp(u, set[i]) == 0)
            return 1;
    return 0;
}

/* Split u into singular words (separators: space and '/'). */
static size_t words(const char *u, char w[][64], size_t max)
{
    size_t n = 0;
    char tmp[256];
    snprintf(tmp, sizeof tmp, "%s", u);
    for (char *save = NULL, *t = strtok_r(tmp, " /", &save); t && n < max;
         t = strtok_r(NULL, " /", &save)) {
        size_t len = strlen(t);
        if (len > 1 && t[len - 1] == 's' && t[len - 2] != 's')
            t[--len] = '\0';
        else if (len == 1 && t[0] == 's')
            t[0] = '\0';
        snprintf(w[n++], 64, "%s", t);
    }
    return n;
}

static int same_unit(const char *pred, const char *gold)
{
    char p[256], g[256];
    unit_norm(pred, p, sizeof p);
    unit_norm(gold, g, sizeof g);
    if (strcmp(p, g) == 0)
        return 1;
    if (money_or_share(g) || money_or_share(p) || !*p || !*g)
        return 0;
    char pw[16][64], gw[16][64];
    size_t np = words(p, pw, 16), ng = words(g, gw, 16);
    for (size_t i = 0; i < np; i++)
        for (size_t j = 0; j < ng; j++)
            if (strcmp(pw[i], gw[j]) == 0)
                return 1;
    return 0;
}

static int same_source(const char *pred, const char *gold)
{
    char ps[256], alt[256], a[256];
    norm(pred, ps, sizeof ps);
    if (!*ps)
        return 0;
    snprintf(alt, sizeof alt, "%s", gold);
    for (char *save = NULL, *t = strtok_r(alt, "|", &save); t; t = strtok_r(NULL, "|", &save)) {
        norm(t, a, sizeof a);
        if (strstr(ps, a) || strstr(a, ps))
            return 1;
    }
    return 0;
}

static int same_text(const char *pred, const char *gold)
{
    char p[256], g[256];
    norm(pred, p, sizeof p);
    norm(gold, g, sizeof g);
    return strcmp(p, g) == 0;
}

/* ---- matching ---- */

typedef struct Pair {
    long overlap;
    size_t gi, pi;
} Pair;

/* score.py sorts (overlap, gi, pi) tuples in reverse: all three descend. */
static int pair_cmp(const void *a, const void *b)
{
    const Pair *x = a, *y = b;
    if (x->overlap != y->overlap)
        return x->overlap < y->overlap ? 1 : -1;
    if (x->gi != y->gi)
        return x->gi < y->gi ? 1 : -1;
    if (x->pi != y->pi)
        return x->pi < y->pi ? 1 : -1;
    return 0;
}

static double ratio(int a, int b, double if_zero)
{
    return b ? (double)a / b : if_zero;
}

static void prf(int tp, int scored, int core, double *p, double *r, double *f)
{
    *p = scored ? (double)tp / scored : (core ? 0.0 : 1.0);
    *r = core ? (double)tp / core : 1.0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

void score_compute(const ScoreSet *gold, const ScoreSet *pred_all, int only_docs_in_gold, Score *s,
                   Buf *verbose)
{
    memset(s, 0, sizeof *s);
    /* The predictions that count (indexes into pred_all). */
    size_t *pv = xmalloc((pred_all->n + 1) * sizeof *pv), np = 0;
    for (size_t i = 0; i < pred_all->n; i++) {
        int keep = 1;
        if (only_docs_in_gold) {
            keep = 0;
            for (size_t g = 0; g < gold->n && !keep; g++)
                keep = strcmp(gold->v[g].doc, pred_all->v[i].doc) == 0;
        }
        if (keep)
            pv[np++] = i;
    }
    Pair *pairs = NULL;
    size_t npairs = 0, pcap = 0;
    for (size_t gi = 0; gi < gold->n; gi++)
        for (size_t k = 0; k < np; k++) {
            const ScoreRow *g = &gold->v[gi], *p = &pred_all->v[pv[k]];
            if (strcmp(g->doc, p->doc) != 0)
                continue;
            long o = (p->end < g->end ? p->end : g->end) - (p->start > g->start ? p->start : g->start);
            if (o <= 0)
                continue;
            if (npairs == pcap) {
                pcap = pcap ? pcap * 2 : 64;
                pairs = xrealloc(pairs, pcap * sizeof *pairs);
            }
            pairs[npairs++] = (Pair){o, gi, k};
        }
    if (npairs)
        qsort(pairs, npairs, sizeof *pairs, pair_cmp);
    long *gm = xmalloc((gold->n + 1) * sizeof *gm), *pm = xmalloc((np + 1) * sizeof *pm);
    for (size_t i = 0; i < gold->n; i++)
        gm[i] = -1;
    for (size_t i = 0; i < np; i++)
        pm[i] = -1;
    for (size_t i = 0; i < npairs; i++)
        if (gm[pairs[i].gi] < 0 && pm[pairs[i].pi] < 0) {
            gm[pairs[i].gi] = (long)pairs[i].pi;
            pm[pairs[i].pi] = (long)pairs[i].gi;
        }
    free(pairs);

    for (size_t gi = 0; gi < gold->n; gi++) {
        const ScoreRow *g = &gold->v[gi];
        if (strcmp(g->status, "core") != 0)
            continue;
        s->core++;
        if (gm[gi] < 0) {
            s->span_fn++;
            if (verbose)
                buf_printf(verbose, "MISS  %s:%ld-%ld '%s' %s\n", g->doc, g->start, g->end, g->text,
                           g->metric);
            continue;
        }
        s->span_tp++;
        const ScoreRow *p = &pred_all->v[pv[gm[gi]]];
        int ok[SF_COUNT], has[SF_COUNT] = {1, 1, 1, 1, 0, 0, 0, 0, 0};
        ok[SF_VALUE] = close_enough(p->value, g->value);
        ok[SF_BOUNDS] = (blank(g->low) || close_enough(p->low, g->low)) &&
                        (blank(g->high) || close_enough(p->high, g->high));
        ok[SF_UNIT] = same_unit(p->unit, g->unit);
        ok[SF_QUALIFIER] = same_text(p->qualifier, g->qualifier);
        if ((has[SF_METRIC] = *g->metric != '\0'))
            ok[SF_METRIC] = same_text(p->metric, g->metric);
        if ((has[SF_SCOPE] = *g->scope != '\0'))
            ok[SF_SCOPE] = same_text(p->scope, g->scope);
        if ((has[SF_YEAR] = *g->year != '\0'))
            ok[SF_YEAR] = same_text(p->year, g->year);
        if ((has[SF_SOURCE] = *g->source != '\0'))
            ok[SF_SOURCE] = same_source(p->source, g->source);
        /* (not score.py's: the place within a country, where the gold
         * gives one; it counts in no other figure) */
        if ((has[SF_AREA] = *g->area != '\0'))
            ok[SF_AREA] = same_text(p->area, g->area);
        int all_has_ok = 1;
        for (int f = 0; f < SF_COUNT; f++)
            if (has[f]) {
                s->total[f]++;
                s->right[f] += ok[f];
                all_has_ok &= ok[f];
            }
        if (ok[SF_VALUE] && ok[SF_BOUNDS] && ok[SF_UNIT] && ok[SF_QUALIFIER])
            s->strict_tp++;
        else
            all_has_ok = 0;
        if (!all_has_ok && verbose) {
            buf_printf(verbose, "WRONG %s:%ld '%s' fields=", g->doc, g->start, g->text);
            for (int f = 0, first = 1; f < SF_COUNT; f++)
                if (has[f] && !ok[f]) {
                    buf_printf(verbose, "%s%s", first ? "" : ",", score_field_names[f]);
                    first = 0;
                }
            buf_printf(verbose,
                       " got value=%s unit=%s qual=%s metric=%s scope=%s year=%s source=%s%s%s\n",
                       p->value, p->unit, p->qualifier, p->metric, p->scope, p->year, p->source,
                       *g->area ? " area=" : "", *g->area ? p->area : "");
        }
    }
    for (size_t k = 0; k < np; k++) {
        if (pm[k] >= 0) {
            if (strcmp(gold->v[pm[k]].status, "core") != 0)
                s->opt_hits++;
            continue;
        }
        s->span_fp++;
        if (verbose) {
            const ScoreRow *p = &pred_all->v[pv[k]];
            buf_printf(verbose, "FP    %s:%ld-%ld '%s' value=%s unit=%s\n", p->doc, p->start, p->end,
                       p->text, p->value, p->unit);
        }
    }
    s->predicted = (int)np;
    int scored = s->predicted - s->opt_hits;
    prf(s->span_tp, scored, s->core, &s->span_p, &s->span_r, &s->span_f1);
    prf(s->strict_tp, scored, s->core, &s->strict_p, &s->strict_r, &s->strict_f1);
    s->strict_fp = scored - s->strict_tp;
    s->strict_fn = s->core - s->strict_tp;
    free(pv);
    free(gm);
    free(pm);
}

double score_field(const Score *s, enum ScoreField f)
{
    return ratio(s->right[f], s->total[f], -1.0);
}

void score_report(const Score *s, Buf *out)
{
    for (int f = 0; f < SF_COUNT; f++) {
        if (f == SF_AREA && !s->total[f])   /* (score.py's lines, and area's when the gold gives one) */
            continue;
        buf_printf(out, "%-10s %d/%d", score_field_names[f], s->right[f], s->total[f]);
        if (s->total[f])
            buf_printf(out, " = %.3f", score_field(s, (enum ScoreField)f));
        buf_putc(out, '\n');
    }
    buf_printf(out, "predicted %d (%d on optional gold), gold core %d\n", s->predicted, s->opt_hits,
               s->core);
    buf_printf(out, "span   P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)\n", s->span_p, s->span_r,
               s->span_f1, s->span_tp, s->span_fp, s->span_fn);
    buf_printf(out, "strict P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)\n", s->strict_p, s->strict_r,
               s->strict_f1, s->strict_tp, s->strict_fp, s->strict_fn);
}
