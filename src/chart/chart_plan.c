/* chart_plan.c — the charts a corpus calls for, and their items in order
 * (see chart_plan.h for the kinds and chart.h for the contract).
 *
 * Planning is one pass over the claims to make the figures, then per
 * chart a sort of its figures by group key and one pass to cut the
 * groups into rows: O(n log n) in the claims, whatever the corpus.
 */
#define _GNU_SOURCE   /* qsort_r */
#include "chart_plan.h"
#include "ascii.h"
#include "yearmed.h"

#include <pthread.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimplace.h"
#include "chart_theme.h"
#include "chartprefs.h"
#include "rowlist.h"
#include "placed.h"
#include "utf8.h"

const char *plan_str(ChartPlan *p, const char *s)
{
    if (p->npool == p->cappool)
        p->pool = xrealloc(p->pool, (p->cappool = p->cappool ? 2 * p->cappool : 64) *
                                        sizeof *p->pool);
    return p->pool[p->npool++] = xstrdup(s);
}

void pages_free(Pages *pg)
{
    free(pg->start);
    free(pg->h);
    free(pg->lines);
    free(pg->room);
    memset(pg, 0, sizeof *pg);
}

void pages_split(Pages *pg, size_t n, double avail)
{
    double used = 0;
    pg->start = xmalloc((n + 2) * sizeof *pg->start);
    pg->room = xcalloc(n + 2, sizeof *pg->room);
    pg->n = 0;
    pg->start[0] = 0;
    for (size_t i = 0; i < n; i++) {
        if (used > 0 && used + pg->h[i] > avail) {
            pg->room[pg->n] = avail - used;
            pg->start[++pg->n] = i;
            used = 0;
        }
        used += pg->h[i];
    }
    pg->room[pg->n] = avail - used;
    pg->start[++pg->n] = n;
    if (pg->n == 1)
        pg->slack = avail - used;
}

/* ---- figures ---- */

/* Point and interval of a claim; 0 when it has no number at all. */
static int claim_point(const Claim *c, double *v, double *lo, double *hi)
{
    *lo = c->low, *hi = c->high;
    if (c->qual == Q_MIN && !isfinite(*lo))
        *lo = c->value;
    if (c->qual == Q_MAX && !isfinite(*hi))
        *hi = c->value;
    *v = c->value;
    if (!isfinite(*v))
        *v = isfinite(*lo) && isfinite(*hi) ? (*lo + *hi) / 2 : isfinite(*lo) ? *lo : *hi;
    return isfinite(*v);
}

/* Kinds of unit for figures without a metric. ORDER: fam_names */
enum { FAM_MONEY, FAM_SHARE, FAM_MULT, FAM_COUNT, NFAM };
static const char *const fam_names[NFAM] = {"money", "shares", "multiples", "counts"};
static const char *const fam_titles[NFAM] = {
    "Sums of money without a metric", "Shares without a metric", "Multiples without a metric",
    "Counts and measures without a metric"};

static int unit_family(const char *u)
{
    switch (unit_kind(u)) {
    case UNIT_MONEY:
        return FAM_MONEY;
    case UNIT_SHARE:
    case UNIT_POINTS:
        return FAM_SHARE;
    case UNIT_MULTIPLE:
        return FAM_MULT;
    default:
        return strstr(u, "per 100") ? FAM_SHARE : FAM_COUNT;
    }
}

/* Chart labels are terse: "World", "Kenya", "Guangxi, China" (a place
 * within a country: claimplace.h), "No place". */
static void place_label(const Claim *c, char *out, size_t cap)
{
    if (!*c->scope && !*c->area) {
        snprintf(out, cap, "No place");
        return;
    }
    claim_place_words(out, cap, c->scope, c->area);
    out[0] = (char)ascii_upper((unsigned char)out[0]);
}

/* What a figure is of beside its place's whole, "rural areas", "aim"
 * (claim.h), into out: 1, or 0 when it is of the whole. */
static int aspect_of(const Claim *c, char *out, size_t cap)
{
    if (claim_is_aim(c)) {
        snprintf(out, cap, "aim");
        return 1;
    }
    return claim_part(c, out, cap);
}

/* A figure's place and what it is of beside the place's whole: "China,
 * rural areas", "Zambia, aim"; "Kenya". A part its area names already is
 * said once: "Rural, Kenya", not "Rural, Kenya, rural areas". */
static void fig_place_label(const Claim *c, char *out, size_t cap)
{
    place_label(c, out, cap);
    char aspect[96];
    size_t l = strlen(out), al = strlen(c->area);
    if (aspect_of(c, aspect, sizeof aspect) && l < cap &&
        !(al && !strncmp(aspect, c->area, al) && (aspect[al] == ' ' || !aspect[al])))
        snprintf(out + l, cap - l, ", %s", aspect);
}

/* "2023", "no year". */
static void year_label(int year, char *out, size_t cap)
{
    if (year)
        snprintf(out, cap, "%d", year);
    else
        snprintf(out, cap, "no year");
}

/* One figure's year with its month when known: "June 2023", "2023". */
static void when_label(const Claim *c, char *out, size_t cap)
{
    if (c->year)
        phrase_when(out, cap, c->year, c->month);
    else
        year_label(0, out, cap);
}

/* The length of the Chinese full stop or clause mark at p (。！？；), or 0:
 * a Chinese sentence ends there as an English one ends at '.'. */
static size_t zh_stop_at(const char *p)
{
    static const char *const stops[] = {"\xe3\x80\x82", "\xef\xbc\x81", "\xef\xbc\x9f", "\xef\xbc\x9b"};
    for (size_t i = 0; i < sizeof stops / sizeof *stops; i++)
        if (strncmp(p, stops[i], 3) == 0)
            return 3;
    return 0;
}

/* The length of the Chinese comma, enumeration comma, colon or opening
 * bracket that ends p[0..k) (，、：（), or 0: trimmed as " ,;:(" are. */
static size_t zh_trail(const char *p, size_t k)
{
    static const char *const marks[] = {"\xef\xbc\x8c", "\xe3\x80\x81", "\xef\xbc\x9a", "\xef\xbc\x88"};
    if (k < 3)
        return 0;
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (strncmp(p + k - 3, marks[i], 3) == 0)
            return 3;
    return 0;
}

/* How many of p[0..k)'s bytes, at its end, are a closing mark the
 * snippet never opened: the sentence's quote or bracket closing after the
 * figure ("14 affiliates\"", "2,000+ attendees)", "30 countries”",
 * "（...）"), which the label's own quotes would show stray; 0 when none. */
static size_t unopened_close(const char *p, size_t k)
{
    static const struct {
        const char *close, *open;
    } pairs[] = {{")", "("}, {"]", "["}, {"\xe2\x80\x9d", "\xe2\x80\x9c"}, {"\xe2\x80\x99", "\xe2\x80\x98"},
                 {"\xef\xbc\x89", "\xef\xbc\x88"}, {"\xe3\x80\x8d", "\xe3\x80\x8c"}, {"\xe3\x80\x8b", "\xe3\x80\x8a"}};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        size_t l = strlen(pairs[i].close);
        if (k < l || memcmp(p + k - l, pairs[i].close, l))
            continue;
        /* (opened within the snippet: "(2023)" stays whole) */
        size_t ol = strlen(pairs[i].open);
        int opened = 0;
        for (size_t j = 0; j + ol <= k - l && !opened; j++)
            opened = !memcmp(p + j, pairs[i].open, ol);
        if (!opened)
            return l;
    }
    /* a straight quote: stray when the snippet holds an odd number of them */
    if (k > 0 && (p[k - 1] == '"' || p[k - 1] == '\'')) {
        size_t n = 0;
        for (size_t j = 0; j < k; j++)
            n += p[j] == p[k - 1];
        /* (not a measure's apostrophe or inch mark after a digit: 5'11") */
        if (n % 2 == 1 && !(k > 1 && ascii_isdigit(p[k - 2])))
            return 1;
    }
    return 0;
}

/* What a figure without a metric counts: its words in the sentence,
 * from the figure on, cut at about most (48) bytes on a word boundary, or where
 * the sentence ends ('.', or 。！？； in Chinese, whose closing quote is
 * then left out too). */
static void what_of_n(const Claim *c, size_t most, char *out, size_t cap)
{
    const char *s = c->sentence ? c->sentence : "";
    const char *at = c->text && *c->text ? strstr(s, c->text) : NULL;
    if (!at)
        at = c->text ? c->text : "";
    size_t n = strlen(at), k = 0, lastsp = 0;
    int ended = 0;
    while (k < n && k < most) {
        if (at[k] == ' ')
            lastsp = k;
        if (at[k] == '.' && (k + 1 == n || at[k + 1] == ' ') && k > 0 && !ascii_isdigit(at[k - 1])) {
            ended = 1;
            break;
        }
        if (zh_stop_at(at + k)) {
            ended = 1;
            break;
        }
        /* (a bracket or quote the words did not open closes their phrase:
         * "(worth $7 billion) closed") */
        size_t cl = utf8_cut(at, n, k + 4 < n ? k + 4 : n);   /* (never past the words' end) */
        if (cl < k)
            cl = k;
        for (size_t e = k + 1; e <= cl && k > 0; e++)
            if (unopened_close(at, e) == e - k) {
                ended = 1;
                break;
            }
        if (ended)
            break;
        k++;
    }
    if (k < n && k >= most && lastsp > 8)
        k = lastsp;
    k = utf8_cut(at, n, k);   /* never mid-character */
    for (;;) {
        size_t q;
        if (k > 0 && strchr(" ,;:(", at[k - 1]))
            k--;
        else if (zh_trail(at, k))
            k -= 3;
        else if ((q = unopened_close(at, k)) != 0)
            k -= q;
        else
            break;
    }
    /* (a table row's or a wrapped line's run of blanks is one space in a
     * label: "16.3      142" reads "16.3 142") */
    char words[256];   /* (k is at most `most`, a label's few words) */
    size_t w = 0;
    for (size_t j = 0; j < k && w < sizeof words; j++) {
        /* (U+3000, the ideographic space, pads Chinese tables) */
        int wide = j + 2 < k && !memcmp(at + j, "\xe3\x80\x80", 3);
        int blank = wide || at[j] == ' ' || at[j] == '\t' || at[j] == '\n' || at[j] == '\r';
        j += wide ? 2 : 0;
        if (blank && w > 0 && words[w - 1] == ' ')
            continue;
        words[w++] = blank ? ' ' : at[j];
    }
    snprintf(out, cap, "\xe2\x80\x9c%.*s%s\xe2\x80\x9d", (int)w, words,
             k < n && !ended ? "\xe2\x80\xa6" : "");
}

static void what_of(const Claim *c, char *out, size_t cap)
{
    what_of_n(c, 48, out, cap);
}

/* ---- documents ---- */

static int cmp_strp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static unsigned doc_index(const ChartPlan *p, const char *doc)
{
    size_t lo = 0, hi = p->ndocs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(p->docs[mid].file, doc);
        if (c == 0)
            return (unsigned)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static void make_docs(ChartPlan *p)
{
    const ClaimList *cl = p->in->claims;
    const char **v = xmalloc((cl->n + 1) * sizeof *v);
    size_t n = 0;
    for (size_t i = 0; i < cl->n; i++)
        if (n == 0 || strcmp(v[n - 1], cl->v[i].doc) != 0)   /* claims come by document */
            v[n++] = cl->v[i].doc;
    qsort(v, n, sizeof *v, cmp_strp);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || strcmp(v[u - 1], v[i]) != 0)
            v[u++] = v[i];
    p->docs = xcalloc(u + 1, sizeof *p->docs);
    p->ndocs = u;
    for (size_t i = 0; i < u; i++) {
        char sh[300], cite[340];
        th_doc_short(p->in, v[i], sh, sizeof sh);
        const Source *src = p->in->sources ? sources_find(p->in->sources, v[i]) : NULL;
        if (src && strlen(src->date) >= 4 && ascii_isdigit(src->date[0]))
            snprintf(cite, sizeof cite, "%s (%.4s)", sh, src->date);
        else
            snprintf(cite, sizeof cite, "%s", sh);
        p->docs[i].file = v[i];
        p->docs[i].cite = plan_str(p, cite);
    }
    free(v);
}

/* ---- sorting figures into groups ---- */

/* A figure with the keys of its chart: group by k1 (metric or unit),
 * then place, then year (latest first), then value (largest first). */
typedef struct Key {
    const Fig *f;
    const char *k1;
    int place_rank;        /* 0 world, 1 a place, 2 none */
    const char *place;     /* its one id (claim_place_id): scope and area */
    const char *k3;        /* after the year: the unit of a metric's figures, or "" */
} Key;

static int place_rank(const char *scope)
{
    return !strcmp(scope, "global") ? 0 : *scope ? 1 : 2;
}

static int cmp_key(const void *a, const void *b)
{
    const Key *x = a, *y = b;
    int c = strcmp(x->k1, y->k1);
    if (c)
        return c;
    if (x->place_rank != y->place_rank)
        return x->place_rank - y->place_rank;
    if ((c = strcmp(x->place, y->place)))
        return c;
    int yx = x->f->c->year, yy = y->f->c->year;
    if (yx != yy)
        return yx == 0 ? 1 : yy == 0 ? -1 : yy - yx;
    if ((c = strcmp(x->k3, y->k3)))
        return c;
    if (x->f->v != y->f->v)
        return x->f->v < y->f->v ? 1 : -1;
    return strcmp(x->f->c->id, y->f->c->id);
}

/* ---- building a spec ---- */

typedef struct Acc {
    Fig *figs;
    size_t nfig, capfig;
    PRow *rows;
    size_t nrows, caprows;
    PScale *scales;
    size_t nscales, capscales;
    size_t ngroups;
} Acc;

static size_t acc_fig(Acc *a, const Fig *f)
{
    if (a->nfig == a->capfig)
        a->figs = xrealloc(a->figs, (a->capfig = a->capfig ? 2 * a->capfig : 64) * sizeof *a->figs);
    a->figs[a->nfig] = *f;
    return a->nfig++;
}

static size_t acc_scale(Acc *a, const char *unit)
{
    for (size_t i = 0; i < a->nscales; i++)
        if (!strcmp(a->scales[i].unit, unit))
            return i;
    if (a->nscales == a->capscales)
        a->scales = xrealloc(a->scales, (a->capscales = a->capscales ? 2 * a->capscales : 4) *
                                            sizeof *a->scales);
    PScale *s = &a->scales[a->nscales];
    memset(s, 0, sizeof *s);
    strcut(s->unit, sizeof s->unit, unit);
    s->mn = INFINITY, s->mx = -INFINITY, s->mnpos = NAN;
    return a->nscales++;
}

static void acc_row(Acc *a, size_t fig, size_t nfig, size_t scale, const char *label)
{
    if (a->nrows == a->caprows)
        a->rows = xrealloc(a->rows, (a->caprows = a->caprows ? 2 * a->caprows : 64) * sizeof *a->rows);
    a->rows[a->nrows++] = (PRow){fig, nfig, a->ngroups, scale, label};
}

static void scale_add(PScale *s, const Fig *f)
{
    s->nfig++;
    double xs[3] = {f->v, f->lo, f->hi};
    for (int i = 0; i < 3; i++) {
        if (!isfinite(xs[i]))
            continue;
        s->mn = fmin(s->mn, xs[i]);
        s->mx = fmax(s->mx, xs[i]);
        if (xs[i] > 0 && !(s->mnpos <= xs[i]))
            s->mnpos = xs[i];
    }
}

/* A log axis for money and for positive figures spanning two decades or
 * more; shares and multiples of one size stay linear. */
static void scale_finish(PScale *s)
{
    int pos = s->mn > 0;
    if (unit_is_money(s->unit))
        s->log = pos;
    else if (unit_kind(s->unit) == UNIT_SHARE || unit_kind(s->unit) == UNIT_POINTS)
        s->log = 0;
    else
        s->log = pos && s->mx / s->mn >= 100;
}

/* The distinct documents of figs [a, b): a small group by looking back,
 * a big one with a bitmap, linear either way. */
static size_t ndocs_of(const Fig *figs, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        size_t k = a;
        while (k < i && figs[k].doc != figs[i].doc)
            k++;
        n += k == i;
    }
    return n;
}

static size_t ndocs_big(const Fig *figs, size_t a, size_t b, size_t ndocs)
{
    if (b - a <= 64)
        return ndocs_of(figs, a, b);
    unsigned char *seen = xcalloc(ndocs / 8 + 1, 1);
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        unsigned d = figs[i].doc;
        if (!(seen[d >> 3] & (1u << (d & 7)))) {
            seen[d >> 3] |= (unsigned char)(1u << (d & 7));
            n++;
        }
    }
    free(seen);
    return n;
}

static ChartSpec *new_spec(ChartPlan *p, ChartKind kind, const char *name, const char *title)
{
    p->v = xrealloc(p->v, (p->n + 1) * sizeof *p->v);
    ChartSpec *s = &p->v[p->n++];
    memset(s, 0, sizeof *s);
    s->kind = kind;
    strcut(s->name, sizeof s->name, name);
    strcut(s->title, sizeof s->title, title);
    s->shown = 1;
    return s;
}

static void spec_take(ChartSpec *s, Acc *a)
{
    s->figs = a->figs, s->nfig = a->nfig;
    s->rows = a->rows, s->nrows = a->nrows, s->ngroups = a->ngroups;
    s->scales = a->scales, s->nscales = a->nscales;
    for (size_t i = 0; i < s->nscales; i++)
        scale_finish(&s->scales[i]);
    s->nitems = s->nrows;
}

/* "A" for file names: lower case, [a-z0-9_], the rest as "_". */
static void slug(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    for (; *s && o + 1 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        out[o++] = ascii_isalnum(c) && c < 0x80 ? (char)ascii_lower(c) : c == '%' ? 'p' : '_';
    }
    out[o] = '\0';
    if (!o)
        snprintf(out, cap, "none");
}

/* Rows of one sorted run of keys [a, b) that share k1 (and a scale):
 * cut into groups by place and year (by_year) or by place alone, each
 * group one row per figure or one strip. label_fn makes the labels. */
/* RS_LIST: a listed figure (rowlist.h), its value drawn before its label */
typedef enum RowStyle { RS_MONEY, RS_METRIC, RS_OTHER, RS_LIST } RowStyle;

static void hedge_mark(int *has, const Fig *f)
{
    has[f->c->qual] = 1;
}

typedef struct Ctx {
    ChartPlan *p;
    int has[Q_COUNT];
    int strips;
} Ctx;

static void figure_label(Ctx *x, RowStyle st, const Fig *f, char *out, size_t cap)
{
    const Claim *c = f->c;
    char pl[160], yr[32], m[200];
    fig_place_label(c, pl, sizeof pl);
    when_label(c, yr, sizeof yr);
    const char *cite = x->p->docs[f->doc].cite;
    if (st == RS_METRIC) {
        th_fmt(out, cap, "%s, %s \xc2\xb7 %s", pl, yr, cite);
    } else if (st == RS_MONEY) {
        th_metric_label(x->p->in, c->metric, m, sizeof m);
        if (!*c->metric)
            what_of(c, m, sizeof m);
        th_fmt(out, cap, "%s: %s, %s \xc2\xb7 %s", m, pl, yr, cite);
    } else if (st == RS_LIST) {
        what_of(c, m, sizeof m);
        th_fmt(out, cap, "%s, %s \xc2\xb7 %s \xc2\xb7 %s", pl, yr, cite, m);
    } else {
        what_of(c, m, sizeof m);
        th_fmt(out, cap, "%s \xc2\xb7 %s, %s \xc2\xb7 %s", m, pl, yr, cite);
    }
}

/* The years a strip spans: "2023", "2019\u20132024", "years not stated". */
static void years_of(const Fig *figs, size_t a, size_t b, char *out, size_t cap)
{
    int lo = 0, hi = 0;
    for (size_t i = a; i < b; i++) {
        int y = figs[i].c->year;
        if (!y)
            continue;
        if (!lo || y < lo)
            lo = y;
        if (y > hi)
            hi = y;
    }
    if (!lo)
        snprintf(out, cap, "years not stated");
    else if (lo == hi)
        snprintf(out, cap, "%d", lo);
    else
        snprintf(out, cap, "%d\xe2\x80\x93%d", lo, hi);
}

/* Emit the group keys[a, b) (already one group) as rows into acc. */
static void emit_group(Ctx *x, Acc *acc, RowStyle st, const Key *keys, size_t a, size_t b,
                       const char *group_label, size_t scale, size_t expand)
{
    size_t first = acc->nfig;
    for (size_t i = a; i < b; i++) {
        acc_fig(acc, keys[i].f);
        scale_add(&acc->scales[scale], keys[i].f);
        hedge_mark(x->has, keys[i].f);
    }
    size_t n = b - a;
    char lab[600];
    if (n <= expand) {
        /* two rows that would read the same (one document's two figures
         * of one place and year) each say their words too */
        const char **labs = xmalloc((n + 1) * sizeof *labs);
        for (size_t i = 0; i < n; i++) {
            figure_label(x, st, &acc->figs[first + i], lab, sizeof lab);
            labs[i] = plan_str(x->p, lab);
        }
        for (size_t i = 0; i < n; i++) {
            const char *l = labs[i];
            int twin = 0;
            for (size_t j = 0; j < n && !twin; j++)
                twin = j != i && !strcmp(labs[j], labs[i]);
            if (twin && (st != RS_MONEY || *acc->figs[first + i].c->metric)) {
                char words[200];
                what_of_n(acc->figs[first + i].c, 24, words, sizeof words);
                th_fmt(lab, sizeof lab, "%s \xc2\xb7 %s", labs[i], words);
                l = plan_str(x->p, lab);
            }
            acc_row(acc, first + i, 1, scale, l);
        }
        free(labs);
    } else {
        size_t nd = ndocs_big(acc->figs, first, first + n, x->p->ndocs);
        char yrs[40];
        years_of(acc->figs, first, first + n, yrs, sizeof yrs);
        /* the sources are counted in the alt text and listed in the CSV */
        (void)nd;
        if (st == RS_METRIC)
            th_fmt(lab, sizeof lab, "%s \xc2\xb7 %zu figures", group_label, n);
        else
            th_fmt(lab, sizeof lab, "%s \xc2\xb7 %zu figures, %s", group_label, n, yrs);
        acc_row(acc, first, n, scale, plan_str(x->p, lab));
        x->strips = 1;
    }
    acc->ngroups++;
}

#define STRIP_NOTE " A row of dots: every figure of that group; the bar is their median."

/* The notes: axis_note, then strip_note (how a strip reads, or NULL),
 * then the hedges drawn. */
static void hedge_notes(const int *has, const char *strip_note, const char *axis_note, Buf *b)
{
    buf_puts(b, axis_note);
    if (strip_note)
        buf_puts(b, strip_note);
    if (has[Q_MIN])
        buf_puts(b, " A bar with an arrow to the right and a shaded span to the edge: a lower bound "
                    "(\xe2\x80\x9cmore than\xe2\x80\x9d, \xe2\x80\x9c" "at least\xe2\x80\x9d), the figure somewhere in the span.");
    if (has[Q_MAX])
        buf_puts(b, " A bar with an arrow to the left and a shaded span from the axis\xe2\x80\x99s start: an upper bound "
                    "(\xe2\x80\x9cless than\xe2\x80\x9d, \xe2\x80\x9cup to\xe2\x80\x9d).");
    if (has[Q_RANGE])
        buf_puts(b, " Whiskers: stated ranges.");
    if (has[Q_APPROX])
        buf_puts(b, " \xe2\x80\x9c" "About\xe2\x80\x9d: approximate as written.");
}

/* ---- the money overview ---- */

static double group_max(const Key *k, size_t a, size_t b)
{
    double m = -INFINITY;
    for (size_t i = a; i < b; i++)
        m = fmax(m, k[i].f->v);
    return m;
}

typedef struct GroupRange {
    size_t a, b;
    double order;
} GroupRange;

static int cmp_range(const void *a, const void *b)
{
    const GroupRange *x = a, *y = b;
    if (x->order != y->order)
        return x->order < y->order ? 1 : -1;
    return x->a < y->a ? -1 : x->a > y->a;
}

static int cmp_money_in_group(const void *a, const void *b)
{
    const Key *x = a, *y = b;
    if (x->f->v != y->f->v)
        return x->f->v < y->f->v ? 1 : -1;
    return strcmp(x->f->c->id, y->f->c->id);
}

static void plan_money(ChartPlan *p, const Fig *figs, size_t nf)
{
    Key *k = xmalloc((nf + 1) * sizeof *k);
    size_t n = 0;
    /* a figure without a metric only as a plain sum: "$0.00001 per
     * share" or "$40 a month" is no sum to set on one scale with $79B */
    for (size_t i = 0; i < nf; i++)
        if (unit_is_usd(figs[i].c->unit) && figs[i].v > 0 &&
            (*figs[i].c->metric || !strcmp(figs[i].c->unit, "USD")))
            k[n++] = (Key){&figs[i], *figs[i].c->metric ? figs[i].c->metric : "\x7f", 0, "", ""};
    if (n == 0) {
        free(k);
        return;
    }
    /* One group per metric, biggest sums first; within a group the
     * largest figure first. */
    qsort(k, n, sizeof *k, cmp_key);
    GroupRange *g = xmalloc((n + 1) * sizeof *g);
    size_t ng = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !strcmp(k[j].k1, k[i].k1))
            j++;
        g[ng++] = (GroupRange){i, j, group_max(k, i, j)};
        i = j;
    }
    qsort(g, ng, sizeof *g, cmp_range);
    Ctx x = {p, {0}, 0};
    Acc acc = {0};
    size_t sc = acc_scale(&acc, "USD");
    Key *byval = xmalloc((n + 1) * sizeof *byval);
    size_t rows = 0;
    for (size_t gi = 0; gi < ng; gi++)
        rows += g[gi].b - g[gi].a <= PLAN_EXPAND ? g[gi].b - g[gi].a : 1;
    size_t expand = rows > PLAN_MAX_ROWS ? 1 : PLAN_EXPAND;
    for (size_t gi = 0; gi < ng; gi++) {
        char lab[200];
        const Claim *c0 = k[g[gi].a].f->c;
        th_metric_label(p->in, c0->metric, lab, sizeof lab);
        if (!*c0->metric)
            snprintf(lab, sizeof lab, "Sums without a metric");
        /* within the group: by value, largest first (the group's keys
         * lose their place and year, so cmp_key orders by value) */
        size_t m = g[gi].b - g[gi].a;
        memcpy(byval, k + g[gi].a, m * sizeof *byval);
        for (size_t i = 0; i < m; i++)
            byval[i].k1 = "", byval[i].place = "", byval[i].place_rank = 0;
        qsort(byval, m, sizeof *byval, cmp_money_in_group);
        emit_group(&x, &acc, RS_MONEY, byval, 0, m, lab, sc, expand);
    }
    free(byval);
    ChartSpec *s = new_spec(p, CK_MONEY, "money", "Money figures in the documents");
    spec_take(s, &acc);
    /* takeaway: the smallest and the largest, of the sums a metric names
     * when two or more do (a sum no metric names is often a price, a
     * fee or a code: the headline spans what the brief compares) */
    const Fig *lo = NULL, *hi = NULL;
    size_t named = 0;
    for (size_t i = 0; i < s->nfig; i++)
        named += *s->figs[i].c->metric != '\0';
    for (size_t i = 0; i < s->nfig; i++) {
        const Fig *f = &s->figs[i];
        if (named >= 2 && !*f->c->metric)
            continue;
        if (!lo || f->v < lo->v)
            lo = f;
        if (!hi || f->v > hi->v)
            hi = f;
    }
    char a[160], b[160], la[200], lb[200], out[800];
    phrase_claim(a, sizeof a, lo->c);
    phrase_claim(b, sizeof b, hi->c);
    th_metric_label(p->in, lo->c->metric, la, sizeof la);
    th_metric_label(p->in, hi->c->metric, lb, sizeof lb);
    if (lo == hi) {
        th_fmt(out, sizeof out, "One sum in US dollars: %s (%s)", a, la);
    } else {
        char rt[64];
        phrase_short_ratio(rt, sizeof rt, hi->v / lo->v);
        th_fmt(out, sizeof out, "From %s (%s) to %s (%s): a factor of about %s", a,
               *lo->c->metric ? la : "no metric", b, *hi->c->metric ? lb : "no metric", rt);
        /* a subtitle of one line: the rows name the metrics; when sums
         * without a metric lie beyond its ends, it says whose ends they are */
        if (strlen(out) > 96)
            th_fmt(out, sizeof out, "%s %s to %s: a factor of about %s",
                   named >= 2 && named < s->nfig ? "Sums a metric names: from" : "From", a, b, rt);
    }
    s->takeaway = plan_str(p, out);
    Buf nb;
    buf_init(&nb, 0);
    /* sums no metric ties together have no median (rowlist.h) */
    int lone = 0;
    for (size_t r = 0; r < s->nrows; r++)
        lone |= s->rows[r].nfig > 2 && !rowlist_median(s, &s->rows[r]);
    hedge_notes(x.has,
                !x.strips ? NULL
                : lone    ? " A row of dots: every figure of that group; the bar is their median"
                            " (none for sums without a metric: they are not one quantity)."
                          : STRIP_NOTE,
                "Log scale: each step is ten times the last, so dots, not bars.", &nb);
    s->notes = plan_str(p, nb.data);
    buf_free(&nb);
    free(g);
    free(k);
}

/* ---- one chart per metric, and its trend ---- */

/* The takeaway of a metric chart: the quantity with the most sources,
 * or the latest world figure, or the first. */
static void metric_takeaway(ChartPlan *p, const ChartSpec *s, char *out, size_t cap)
{
    size_t best = SIZE_MAX, bestn = 0;
    for (size_t g = 0, r = 0; r < s->nrows; g++) {
        size_t a = r, nf = 0;
        while (r < s->nrows && s->rows[r].group == s->rows[a].group)
            nf += s->rows[r++].nfig;
        if (nf > bestn) {
            bestn = nf;
            best = a;
        }
    }
    size_t places = s->ngroups;
    if (best == SIZE_MAX) {
        snprintf(out, cap, "No figures");
        return;
    }
    const PRow *r = &s->rows[best];
    const Claim *c = s->figs[r->fig].c;
    char pl[160], yr[32];
    fig_place_label(c, pl, sizeof pl);
    year_label(c->year, yr, sizeof yr);
    if (bestn >= 2) {
        /* the group's figures: lowest and highest */
        const Fig *lo = NULL, *hi = NULL;
        size_t nd = 0;
        for (size_t i = best; i < s->nrows && s->rows[i].group == r->group; i++)
            for (size_t k = s->rows[i].fig; k < s->rows[i].fig + s->rows[i].nfig; k++) {
                const Fig *f = &s->figs[k];
                if (!lo || f->v < lo->v)
                    lo = f;
                if (!hi || f->v > hi->v)
                    hi = f;
            }
        nd = ndocs_big(s->figs, r->fig, r->fig + bestn, p->ndocs);
        char a[160], b[160];
        phrase_claim(a, sizeof a, lo->c);
        phrase_claim(b, sizeof b, hi->c);
        /* one place and year is no count of places ("3 figures for 1
         * places and years"): its figures are all the chart's */
        char over[80] = "";
        if (places > 1)
            th_fmt(over, sizeof over, "%zu figures for %zu places and years; ", s->nfig, places);
        if (lo->v == hi->v)
            th_fmt(out, cap, "%s%s, %s: %zu figures agree on %s", over, pl, yr, bestn, a);
        else if (places == 1)
            th_fmt(out, cap, "%s, %s: %zu figures from %zu source%s, %s to %s", pl, yr, bestn, nd,
                   nd == 1 ? "" : "s", a, b);
        else
            th_fmt(out, cap, "%s%s, %s has the most (%zu, from %zu source%s): %s to %s", over, pl, yr,
                   bestn, nd, nd == 1 ? "" : "s", a, b);
    } else {
        char a[160];
        phrase_claim(a, sizeof a, c);
        /* a lone figure is not "1 figure, one per place and year" */
        if (s->nfig == 1)
            th_fmt(out, cap, "One figure; %s, %s: %s (%s)", pl, yr, a, p->docs[s->figs[r->fig].doc].cite);
        else
            th_fmt(out, cap, "%zu figures, one per place and year; %s, %s: %s (%s)", s->nfig, pl, yr, a,
                   p->docs[s->figs[r->fig].doc].cite);
    }
}

/* The unit a metric's trend is drawn in: the commonest among its
 * figures (k[a, b), any order). */
static const char *trend_unit(const Key *k, size_t a, size_t b)
{
    const char *unit = NULL;
    size_t best = 0;
    for (size_t i = a; i < b; i++) {
        if (unit && !strcmp(k[i].f->c->unit, unit))
            continue;
        size_t n = 0;
        for (size_t j = i; j < b && n <= best; j++)
            n += !strcmp(k[j].f->c->unit, k[i].f->c->unit);
        if (n > best)
            best = n, unit = k[i].f->c->unit;
        if (best > (b - a) / 2)
            break;
    }
    return unit ? unit : "";
}

/* For the place run k[i, j) (sorted by year, latest first): does the
 * place have figures for two years or more in unit (then it has a trend
 * chart), and its latest year in that unit. */
static int place_trend(const Key *k, size_t i, size_t j, const char *unit, int *latest)
{
    int years = 0, last = 0;
    *latest = 0;
    if (!*k[i].f->c->scope)
        return 0;   /* a figure without a place is on no trend */
    for (size_t q = i; q < j; q++) {
        int y = k[q].f->c->year;
        if (!y || strcmp(k[q].f->c->unit, unit) != 0)
            continue;
        if (!*latest)
            *latest = y;
        if (y != last)
            years++, last = y;
    }
    return years >= 2;
}

static void plan_metric(ChartPlan *p, const Key *k, size_t a, size_t b)
{
    const char *metric = k[a].k1;
    char lab[200], name[96], sl[80];
    th_metric_label(p->in, metric, lab, sizeof lab);
    slug(metric, sl, sizeof sl);
    snprintf(name, sizeof name, "metric-%s", sl);
    /* More than one unit among the metric's figures (USD and USD/year):
     * the unit joins the group's label. */
    int units = 0;
    for (size_t i = a + 1; i < b && !units; i++)
        units = strcmp(k[i].k3, k[a].k3) != 0;
    /* A place with a trend (figures for two years or more) shows its
     * latest year here; its earlier years are on the trend chart. */
    const char *tu = trend_unit(k, a, b);
    Key *keep = xmalloc((b - a + 1) * sizeof *keep);
    size_t nk = 0, older = 0;
    for (size_t i = a; i < b;) {
        size_t j = i;
        while (j < b && !strcmp(k[j].place, k[i].place))
            j++;
        int latest;
        int trend = place_trend(k, i, j, tu, &latest);
        for (size_t q = i; q < j; q++) {
            const Claim *c = k[q].f->c;
            if (trend && c->year && c->year != latest && !strcmp(c->unit, tu))
                older++;
            else
                keep[nk++] = k[q];
        }
        i = j;
    }
    /* one group: the same place, year and unit */
#define SAME_GROUP(q, r)                                                                          \
    (!strcmp(keep[q].place, keep[r].place) && keep[q].f->c->year == keep[r].f->c->year &&          \
     !strcmp(keep[q].k3, keep[r].k3))
    size_t rows = 0;
    for (size_t i = 0; i < nk;) {
        size_t j = i;
        while (j < nk && SAME_GROUP(j, i))
            j++;
        rows += j - i <= PLAN_EXPAND ? j - i : 1;
        i = j;
    }
    size_t expand = rows > PLAN_MAX_ROWS ? 1 : PLAN_EXPAND;
    Ctx x = {p, {0}, 0};
    Acc acc = {0};
    for (size_t i = 0; i < nk;) {
        size_t j = i;
        while (j < nk && SAME_GROUP(j, i))
            j++;
        char gl[260], pl[160], yr[32];
        fig_place_label(keep[i].f->c, pl, sizeof pl);
        year_label(keep[i].f->c->year, yr, sizeof yr);
        if (units)
            snprintf(gl, sizeof gl, "%s, %s, %s", pl, yr, keep[i].k3);
        else
            snprintf(gl, sizeof gl, "%s, %s", pl, yr);
        emit_group(&x, &acc, RS_METRIC, keep, i, j, gl, acc_scale(&acc, keep[i].k3), expand);
        i = j;
    }
#undef SAME_GROUP
    free(keep);
    ChartSpec *s = new_spec(p, CK_METRIC, name, lab);
    s->metric = plan_str(p, metric);
    spec_take(s, &acc);
    char out[800];
    metric_takeaway(p, s, out, sizeof out);
    s->takeaway = plan_str(p, out);
    Buf nb;
    buf_init(&nb, 0);
    const char *axis = s->nscales > 1 ? "Figures in different units, each unit on its own scale."
                       : s->scales[0].log ? "Log scale: each step is ten times the last."
                                          : "A row per place and year, a row per source.";
    hedge_notes(x.has, x.strips ? STRIP_NOTE : NULL, axis, &nb);
    if (older)
        buf_printf(&nb, " A place\xe2\x80\x99s latest year only: its %zu earlier figure%s %s on "
                        "trend-%s.", older, older == 1 ? "" : "s", older == 1 ? "is" : "are", sl);
    s->notes = plan_str(p, nb.data);
    buf_free(&nb);
}

static int cmp_series_key(const void *a, const void *b)
{
    const Key *x = a, *y = b;
    if (x->place_rank != y->place_rank)
        return x->place_rank - y->place_rank;
    int c = strcmp(x->place, y->place);
    if (c)
        return c;
    if (x->f->c->year != y->f->c->year)
        return x->f->c->year - y->f->c->year;
    if (x->f->v != y->f->v)
        return x->f->v < y->f->v ? -1 : 1;
    return strcmp(x->f->c->id, y->f->c->id);
}

typedef struct SerRange {
    size_t a, b, n;
} SerRange;

static int cmp_ser(const void *a, const void *b)
{
    const SerRange *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    return x->a < y->a ? -1 : x->a > y->a;
}

/* The first and last years of one series' figures figs[0..n) (sorted by
 * year, then value) whose median the line goes through (yearmed.h) and
 * that state a value (a year of "more than 100 million" alone is no "100
 * million" for the takeaway), into *y0, *y1 and m[0], m[1]; left as they
 * are when no year has one. */
static void trend_ends(const Fig *figs, size_t n, int *y0, int *y1, double m[2])
{
    int found = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && figs[j].c->year == figs[i].c->year)
            j++;
        double v;
        if (yearmed_states_value(figs + i, j - i) && yearmed(figs + i, j - i, &v)) {
            if (!found)
                *y0 = figs[i].c->year, m[0] = v;
            *y1 = figs[i].c->year, m[1] = v;
            found = 1;
        }
        i = j;
    }
    if (!found)
        m[0] = figs[0].v, m[1] = figs[n - 1].v;
}

/* A trend chart for the metric's figures k[a, b) (sorted by place and
 * year): one series per place with figures for two years or more, in
 * the metric's commonest unit. */
static void plan_trend(ChartPlan *p, const Key *k, size_t a, size_t b)
{
    const char *metric = k[a].k1;
    const char *unit = trend_unit(k, a, b);
    Key *v = xmalloc((b - a + 1) * sizeof *v);
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        if (k[i].f->c->year && *k[i].f->c->scope && !strcmp(k[i].f->c->unit, unit))
            v[n++] = k[i];
    qsort(v, n, sizeof *v, cmp_series_key);
    SerRange *sr = xmalloc((n + 1) * sizeof *sr);
    size_t ns = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i, years = 0;
        while (j < n && !strcmp(v[j].place, v[i].place)) {
            years += j == i || v[j].f->c->year != v[j - 1].f->c->year;
            j++;
        }
        if (years >= 2)
            sr[ns++] = (SerRange){i, j, j - i};
        i = j;
    }
    if (ns == 0) {
        free(sr);
        free(v);
        return;
    }
    qsort(sr, ns, sizeof *sr, cmp_ser);
    Acc acc = {0};
    size_t sc = acc_scale(&acc, unit);
    ChartSpec tmp = {0};
    tmp.ser = xcalloc(ns, sizeof *tmp.ser);
    int has[Q_COUNT] = {0};
    for (size_t s = 0; s < ns; s++) {
        size_t first = acc.nfig;
        for (size_t i = sr[s].a; i < sr[s].b; i++) {
            acc_fig(&acc, v[i].f);
            scale_add(&acc.scales[sc], v[i].f);
            has[v[i].f->c->qual] = 1;
        }
        char pl[160];
        fig_place_label(v[sr[s].a].f->c, pl, sizeof pl);
        tmp.ser[s] = (PSeries){plan_str(p, pl), first, acc.nfig - first};
    }
    char lab[200], title[300], name[96], sl[80];
    th_metric_label(p->in, metric, lab, sizeof lab);
    slug(metric, sl, sizeof sl);
    snprintf(name, sizeof name, "trend-%s", sl);
    snprintf(title, sizeof title, "%s over time", lab);
    ChartSpec *s = new_spec(p, CK_TREND, name, title);
    s->metric = plan_str(p, metric);
    spec_take(s, &acc);
    s->ser = tmp.ser;
    s->nser = ns;
    s->nitems = ns;
    /* takeaway: the best-documented place, first year to last (medians) */
    const PSeries *s0 = &s->ser[0];
    const Fig *f0 = &s->figs[s0->fig], *f1 = &s->figs[s0->fig + s0->nfig - 1];
    char a0[120], a1[120], out[800];
    phrase_short(a0, sizeof a0, f0->v, unit);
    phrase_short(a1, sizeof a1, f1->v, unit);
    int y0 = f0->c->year, y1 = f1->c->year;
    /* medians of the first and last year the line goes through */
    double m[2];
    trend_ends(s->figs + s0->fig, s0->nfig, &y0, &y1, m);
    phrase_short(a0, sizeof a0, m[0], unit);
    phrase_short(a1, sizeof a1, m[1], unit);
    th_fmt(out, sizeof out, "%s: %s in %d, %s in %d (median of the sources); %zu place%s with "
           "figures for several years", s0->label, a0, y0, a1, y1, ns, ns == 1 ? "" : "s");
    s->takeaway = plan_str(p, out);
    Buf nb;
    buf_init(&nb, 0);
    hedge_notes(has, NULL, s->scales[0].log ? "Log scale. A dot per figure; the line joins each "
                                           "year's median."
                                         : "A dot per figure; the line joins each year's median.",
                &nb);
    s->notes = plan_str(p, nb.data);
    buf_free(&nb);
    free(sr);
    free(v);
}

static void plan_metrics(ChartPlan *p, const Fig *figs, size_t nf)
{
    Key *k = xmalloc((nf + 1) * sizeof *k);
    size_t n = 0;
    for (size_t i = 0; i < nf; i++) {
        const Claim *c = figs[i].c;
        if (!*c->metric)
            continue;
        /* a part of the population, or an aim, is a place's row and
         * series of its own, never the whole's */
        const char *place = claim_place_id(c);
        char aspect[96], key[200];
        if (aspect_of(c, aspect, sizeof aspect)) {
            snprintf(key, sizeof key, "%s\x1f%s", place, aspect);
            place = plan_str(p, key);
        }
        k[n++] = (Key){&figs[i], c->metric, place_rank(c->scope), place, c->unit};
    }
    qsort(k, n, sizeof *k, cmp_key);
    /* metrics with the most figures first */
    SerRange *m = xmalloc((n + 1) * sizeof *m);
    size_t nm = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !strcmp(k[j].k1, k[i].k1))
            j++;
        m[nm++] = (SerRange){i, j, j - i};
        i = j;
    }
    qsort(m, nm, sizeof *m, cmp_ser);
    for (size_t i = 0; i < nm; i++) {
        plan_metric(p, k, m[i].a, m[i].b);
        plan_trend(p, k, m[i].a, m[i].b);
    }
    free(m);
    free(k);
}

/* ---- figures without a metric, by kind of unit ---- */

static void unit_word(const char *u, char *out, size_t cap)
{
    if (!strcmp(u, "%"))
        snprintf(out, cap, "Percentages");
    else if (!strcmp(u, "pp"))
        snprintf(out, cap, "Percentage points");
    else if (!strcmp(u, "x"))
        snprintf(out, cap, "Multiples");
    else if (!strncmp(u, "USD", 3))
        snprintf(out, cap, "US dollars%s", u + 3);
    else if (!*u)
        snprintf(out, cap, "Plain numbers");
    else {
        snprintf(out, cap, "%s", u);
        if (!unit_is_money(u))
            out[0] = (char)ascii_upper((unsigned char)out[0]);
    }
}

/* The lone figures of s that are listed (rowlist.h) lead their labels
 * with place, year and source; x's hedges become those drawn as marks
 * (a listed figure says its own: "more than 80M devices"). Returns how
 * many are listed. */
static size_t other_list(Ctx *x, ChartSpec *s)
{
    size_t n = 0;
    memset(x->has, 0, sizeof x->has);
    for (size_t r = 0; r < s->nrows; r++) {
        PRow *row = &s->rows[r];
        if (!rowlist_listed(s, row)) {
            for (size_t k = row->fig; k < row->fig + row->nfig; k++)
                hedge_mark(x->has, &s->figs[k]);
            continue;
        }
        char lab[600];
        figure_label(x, RS_LIST, &s->figs[row->fig], lab, sizeof lab);
        row->label = plan_str(x->p, lab);
        n++;
    }
    return n;
}

static void plan_other(ChartPlan *p, const Fig *figs, size_t nf)
{
    for (int fam = 0; fam < NFAM; fam++) {
        Key *k = xmalloc((nf + 1) * sizeof *k);
        size_t n = 0;
        for (size_t i = 0; i < nf; i++) {
            const Claim *c = figs[i].c;
            if (!*c->metric && unit_family(c->unit) == fam)
                k[n++] = (Key){&figs[i], c->unit, place_rank(c->scope), claim_place_id(c), ""};
        }
        if (n == 0) {
            free(k);
            continue;
        }
        qsort(k, n, sizeof *k, cmp_key);
        /* units with the most figures first */
        SerRange *u = xmalloc((n + 1) * sizeof *u);
        size_t nu = 0;
        for (size_t i = 0; i < n;) {
            size_t j = i;
            while (j < n && !strcmp(k[j].k1, k[i].k1))
                j++;
            u[nu++] = (SerRange){i, j, j - i};
            i = j;
        }
        qsort(u, nu, sizeof *u, cmp_ser);
        size_t rows = 0;
        for (size_t ui = 0; ui < nu; ui++)
            rows += u[ui].n <= PLAN_EXPAND_OTHER ? u[ui].n : 1;
        size_t expand = rows > PLAN_MAX_ROWS ? 1 : PLAN_EXPAND_OTHER;
        Ctx x = {p, {0}, 0};
        Acc acc = {0};
        for (size_t ui = 0; ui < nu; ui++) {
            size_t sc = acc_scale(&acc, k[u[ui].a].k1);
            char uw[120];
            unit_word(k[u[ui].a].k1, uw, sizeof uw);
            /* one row per unit: its figures one by one when they are
             * few, else a strip on the unit's own scale */
            emit_group(&x, &acc, RS_OTHER, k, u[ui].a, u[ui].b, uw, sc, expand);
        }
        char name[64];
        snprintf(name, sizeof name, "other-%s", fam_names[fam]);
        ChartSpec *s = new_spec(p, CK_OTHER, name, fam_titles[fam]);
        spec_take(s, &acc);
        char out[800], uw[120];
        unit_word(k[u[0].a].k1, uw, sizeof uw);
        /* inside a sentence a unit is a common noun ("countries"), but
         * initials keep their capitals ("GB") */
        if (uw[0] >= 'A' && uw[0] <= 'Z' && uw[1] >= 'a' && uw[1] <= 'z')
            uw[0] = (char)(uw[0] - 'A' + 'a');
        if (nu == 1)
            th_fmt(out, sizeof out, "%zu figure%s that no metric of data/metrics.csv describes, "
                   "all in %s", n, n == 1 ? "" : "s", uw);
        else
            th_fmt(out, sizeof out, "%zu figures that no metric of data/metrics.csv describes, in "
                   "%zu units; the most in %s (%zu)", n, nu, uw, u[0].n);
        s->takeaway = plan_str(p, out);
        size_t listed = other_list(&x, s);
        Buf nb;
        buf_init(&nb, 0);
        hedge_notes(x.has,
                    x.strips ? " A row of dots: every figure of that unit, and its range: no median,"
                               " as no metric makes them one quantity." : NULL,
                    nu > 1 ? "Each unit on its own scale: compare within a unit only."
                    : s->scales[0].log ? "Log scale: each step is ten times the last."
                                       : "One scale for every row.",
                    &nb);
        if (listed)
            buf_puts(&nb, " A unit with one figure is listed: its value, place, year, source and words.");
        s->notes = plan_str(p, nb.data);
        buf_free(&nb);
        free(u);
        free(k);
    }
}

/* ---- consistency and coverage ---- */

static void plan_consistency(ChartPlan *p)
{
    const FindingList *fl = p->in->findings;
    size_t n = 0, unplaced = 0;
    /* checks against a reference, and documents against each other
     * (the highest figure over the lowest) */
#define CHECK(f) ((f)->kind == FK_CONSISTENCY || (f)->kind == FK_AGREEMENT)
    for (size_t i = 0; i < fl->n; i++)
        if (CHECK(&fl->v[i])) {
            if (consistency_placeable(&fl->v[i]))
                n++;
            else
                unplaced++;
        }
    if (!n)
        return;
    ChartSpec *s = new_spec(p, CK_CONSISTENCY, "consistency", "Do the figures agree with each other?");
    s->finds = xcalloc(n, sizeof *s->finds);
    /* contradictions first, then tension, then what holds (findings.csv order within) */
    static const Verdict order[] = {V_INCONSISTENT, V_TENSION, V_CONSISTENT, V_INFO};
    for (size_t o = 0; o < 4; o++)
        for (size_t i = 0; i < fl->n; i++)
            if (CHECK(&fl->v[i]) && fl->v[i].verdict == order[o] && consistency_placeable(&fl->v[i]))
                s->finds[s->nfind++] = &fl->v[i];
#undef CHECK
    s->nitems = s->nfind;
    char sub[600];
    Buf nb;
    buf_init(&nb, 0);
    consistency_texts(s, unplaced, sub, sizeof sub, &nb);
    s->takeaway = plan_str(p, sub);
    s->notes = plan_str(p, nb.data);
    buf_free(&nb);
}

static int cmp_cover(const void *a, const void *b)
{
    const PCover *x = a, *y = b;
    if (!*x->metric != !*y->metric)
        return !*x->metric ? 1 : -1;   /* figures without a metric last */
    /* by the bars' length, the documents, so they shorten down the chart */
    if (x->docs != y->docs)
        return x->docs < y->docs ? 1 : -1;
    if (x->claims != y->claims)
        return x->claims < y->claims ? 1 : -1;
    return strcmp(x->metric, y->metric);
}

typedef struct MD {
    const char *metric;
    const char *doc;
} MD;

static int cmp_md(const void *a, const void *b)
{
    const MD *x = a, *y = b;
    int c = strcmp(x->metric, y->metric);
    return c ? c : strcmp(x->doc, y->doc);
}

static void plan_coverage(ChartPlan *p)
{
    const ClaimList *cl = p->in->claims;
    MD *v = xmalloc((cl->n + 1) * sizeof *v);
    size_t nv = 0;
    /* (a figure its document quotes only to refute it is none it backs) */
    for (size_t i = 0; i < cl->n; i++)
        if (!claim_refuted(&cl->v[i]))
            v[nv++] = (MD){cl->v[i].metric, cl->v[i].doc};
    qsort(v, nv, sizeof *v, cmp_md);
    ChartSpec *s = new_spec(p, CK_COVERAGE, "coverage", "Which figures the documents back");
    s->cover = xcalloc(nv + 1, sizeof *s->cover);
    for (size_t i = 0; i < nv;) {
        size_t j = i, docs = 0;
        while (j < nv && !strcmp(v[j].metric, v[i].metric)) {
            docs += j == i || strcmp(v[j].doc, v[j - 1].doc) != 0;
            j++;
        }
        char lab[200];
        th_metric_label(p->in, v[i].metric, lab, sizeof lab);
        if (!*v[i].metric)
            snprintf(lab, sizeof lab, "Figures without a metric");
        s->cover[s->ncover++] = (PCover){plan_str(p, lab), v[i].metric, j - i, docs};
        i = j;
    }
    qsort(s->cover, s->ncover, sizeof *s->cover, cmp_cover);
    s->nitems = s->ncover;
    size_t multi = 0, named = 0;
    for (size_t i = 0; i < s->ncover; i++)
        if (*s->cover[i].metric) {
            named++;
            multi += s->cover[i].docs > 1;
        }
    size_t used = p->ndocs, all = p->in->sources ? p->in->sources->n : 0;
    if (all < used)
        all = used;
    char out[600];
    if (cl->n == 0)
        snprintf(out, sizeof out, "No claims yet: nothing supports any figure");
    else if (multi == 0)
        snprintf(out, sizeof out, "%zu metric%s from %zu of %zu documents; no metric is backed by "
                 "two documents", named, named == 1 ? "" : "s", used, all);
    else
        snprintf(out, sizeof out, "%zu metric%s from %zu of %zu documents; %zu backed by more than "
                 "one", named, named == 1 ? "" : "s", used, all, multi);
    s->takeaway = plan_str(p, out);
    s->notes = "Bars: how many documents state a figure of the metric; the number after "
               "it counts their claims.";
    free(v);
}

/* ---- the plan ---- */

typedef struct Order {
    long key;      /* the presenter's row, or after every row */
    size_t idx;
} Order;

static int cmp_order(const void *a, const void *b)
{
    const Order *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Names made unique: a second "metric-a_b" (from "a-b" and "a_b")
 * becomes "metric-a_b_2". */
static void unique_names(ChartPlan *p)
{
    for (size_t i = 1; i < p->n; i++)
        for (size_t j = 0; j < i; j++)
            if (!strcmp(p->v[i].name, p->v[j].name)) {
                char tmp[sizeof p->v[i].name];
                snprintf(tmp, sizeof tmp, "%.80s_%u", p->v[i].name, (unsigned)(i % 1000000));
                memcpy(p->v[i].name, tmp, sizeof tmp);
                j = (size_t)-1;
            }
}

ChartPlan *chart_plan_make(const ChartInputs *in)
{
    ChartPlan *p = xcalloc(1, sizeof *p);
    p->in = in;
    p->mu = xmalloc(sizeof(pthread_mutex_t));
    pthread_mutex_init(p->mu, NULL);
    make_docs(p);
    /* a figure's place is the one its findings compare it in */
    p->claims = placed_claims(in->claims, in->metrics, &p->placed);
    const ClaimList *cl = p->claims;
    Fig *figs = xmalloc((cl->n + 1) * sizeof *figs);
    size_t nf = 0;
    unsigned last = 0;
    for (size_t i = 0; i < cl->n; i++) {
        Fig f = {&cl->v[i], 0, 0, 0, 0};
        if (!claim_point(f.c, &f.v, &f.lo, &f.hi))
            continue;   /* no number at all: not a figure */
        if (claim_refuted(f.c))
            continue;   /* quoted by its document only to be refuted: not its figure */
        if (i == 0 || strcmp(cl->v[i].doc, cl->v[i - 1].doc) != 0)
            last = doc_index(p, cl->v[i].doc);
        f.doc = last;
        figs[nf++] = f;
    }
    /* Default order: the overview of money, the checks, each metric with
     * its trend (most figures first), the rest by kind, the coverage. */
    plan_money(p, figs, nf);
    plan_consistency(p);
    plan_metrics(p, figs, nf);
    plan_other(p, figs, nf);
    plan_coverage(p);
    free(figs);
    unique_names(p);
    /* The presenter's order, visibility and titles. */
    Order *o = xmalloc((p->n + 1) * sizeof *o);
    for (size_t i = 0; i < p->n; i++) {
        int show;
        const char *title;
        long row = chartprefs_match(in->prefs, p->v[i].name, &show, &title);
        o[i] = (Order){row < 0 ? 1L << 40 : row, i};
        p->v[i].shown = show;
        if (*title) {
            strcut(p->v[i].title, sizeof p->v[i].title, title);
            p->v[i].custom_title = 1;
        }
    }
    qsort(o, p->n, sizeof *o, cmp_order);
    ChartSpec *v = xmalloc((p->n + 1) * sizeof *v);
    for (size_t i = 0; i < p->n; i++)
        v[i] = p->v[o[i].idx];
    free(p->v);
    p->v = v;
    free(o);
    return p;
}

void chart_plan_free(ChartPlan *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++) {
        ChartSpec *s = &p->v[i];
        free(s->figs);
        free(s->rows);
        free(s->scales);
        free(s->ser);
        free(s->finds);
        free(s->cover);
    }
    free(p->v);
    free(p->docs);
    placed_free(p->claims, &p->placed);
    for (size_t i = 0; i < p->ncache; i++)
        pages_free(&p->cache[i].pg);
    free(p->cache);
    pthread_mutex_destroy(p->mu);
    free(p->mu);
    for (size_t i = 0; i < p->npool; i++)
        free(p->pool[i]);
    free(p->pool);
    free(p);
}
