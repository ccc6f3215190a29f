/* chart_consistency.c — each consistency finding as its implied interval
 * against the reference interval, on one log axis of "implied ÷ reference"
 * (so checks in people and in people per household share it), coloured
 * by verdict and labelled with the verdict word first (colour is never
 * the only cue, and a long statement never hides it). Contradictions come
 * first; checks that do not fit go on the next part. Input: the plan's
 * findings of kind consistency (findings.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "chart_plan.h"
#include "chart_theme.h"
#include "csvio.h"

typedef struct FRow {
    const Finding *f;
    double v, lo, hi;      /* implied, divided by the reference value */
    double rlo, rhi;       /* reference interval, divided likewise */
} FRow;

/* A check's implied value *v and its reference *ref (an interval's
 * middle where no value is given); 1 when both are positive, so that the
 * chart can place it. */
static int implied_and_reference(const Finding *f, double *v, double *ref)
{
    *ref = f->other_value;
    if (!isfinite(*ref) && isfinite(f->other_low) && isfinite(f->other_high))
        *ref = (f->other_low + f->other_high) / 2;
    *v = f->value;
    if (!isfinite(*v) && isfinite(f->low) && isfinite(f->high))
        *v = (f->low + f->high) / 2;
    return *ref > 0 && *v > 0;
}

/* The placeable findings of cs (a positive reference and value), in a
 * new array; how many in *nrows (unless NULL). */
static FRow *collect(const ChartSpec *cs, size_t *nrows)
{
    FRow *rows = xcalloc(cs->nfind + 1, sizeof *rows);
    size_t n = 0;
    for (size_t i = 0; i < cs->nfind; i++) {
        const Finding *f = cs->finds[i];
        double ref, v;
        if (!implied_and_reference(f, &v, &ref))
            continue;
        FRow *r = &rows[n++];
        r->f = f;
        r->v = v / ref;
        r->lo = f->low > 0 ? f->low / ref : NAN;
        r->hi = f->high > 0 ? f->high / ref : NAN;
        r->rlo = f->other_low > 0 ? f->other_low / ref : 1;
        r->rhi = f->other_high > 0 ? f->other_high / ref : 1;
    }
    if (nrows)
        *nrows = n;
    return rows;
}

static Rgba verdict_color(const Th *t, Verdict v)
{
    return v == V_CONSISTENT ? TH_GREEN : v == V_TENSION ? TH_ORANGE
           : v == V_INCONSISTENT ? TH_VERMILLION : t->muted;
}

/* The subtitle: how many hold, and the worst. The worst is a
 * contradiction's when there is one, and said so ("the worst
 * contradiction is ..."): a tension is a disagreement the
 * brief has explained away (a world figure placed in one country, an
 * item's cost against a programme's), and its distance, often the
 * largest, is no measure of how far the documents truly disagree. */
static void takeaway(const FRow *rows, size_t n, char *out, size_t cap)
{
    size_t ok = 0, bad = 0, contra = 0;
    const FRow *worst = NULL;
    for (size_t i = 0; i < n; i++) {
        ok += rows[i].f->verdict == V_CONSISTENT;
        contra += rows[i].f->verdict == V_INCONSISTENT;
        bad += rows[i].f->verdict == V_INCONSISTENT || rows[i].f->verdict == V_TENSION;
    }
    for (size_t i = 0; i < n; i++) {
        Verdict v = rows[i].f->verdict;
        if (contra ? v == V_INCONSISTENT : v == V_TENSION) {
            double d = fabs(log10(rows[i].v));
            if (!worst || d > fabs(log10(worst->v)))
                worst = &rows[i];
        }
    }
    if (n == 0) {
        snprintf(out, cap, "No consistency checks to show yet");
    } else if (!worst) {
        snprintf(out, cap, "All %zu checks are consistent with their references", n);
    } else {
        char x[64];
        double r = worst->v >= 1 ? worst->v : 1 / worst->v;
        phrase_short_ratio(x, sizeof x, r);
        /* how many are contradictions, and the worst in its own terms: an
         * agreement has no reference, only documents' figures apart */
        char head[160];
        snprintf(head, sizeof head, "%zu of %zu checks hold; %zu do%s not (%zu inconsistent, %zu in tension)", ok, n,
                 bad, bad == 1 ? "es" : "", contra, bad - contra);
        /* the worst contradiction is said as one: tensions may lie
         * further apart on the chart itself */
        const char *which = contra ? "" : " (a tension)";
        if (worst->f->kind == FK_AGREEMENT)
            snprintf(out, cap, "%s: %s two documents' figures %s times apart%s", head,
                     contra ? "the worst contradiction is" : "the furthest apart are", x, which);
        else
            snprintf(out, cap, "%s: the worst%s is %s times %s its reference%s", head, contra ? " contradiction" : "",
                     x, worst->v >= 1 ? "above" : "below", which);
    }
}

/* "150", "more than 150", "3–9": a value and its interval, briefly. */
static void interval_text(double v, double lo, double hi, const char *unit, char *out, size_t cap)
{
    char a[64], b[64];
    if (isfinite(lo) && isfinite(hi) && lo != hi && !(isfinite(v) && fabs(hi - lo) < 0.02 * fabs(v))) {
        phrase_short(a, sizeof a, lo, unit);
        phrase_short(b, sizeof b, hi, unit);
        th_fmt(out, cap, "%s\xe2\x80\x93%s", a, b);
    } else if (isfinite(lo) && !isfinite(hi)) {
        int above = isfinite(v) && v > lo + 1e-6 * fabs(lo);
        phrase_short(a, sizeof a, above ? v : lo, unit);
        th_fmt(out, cap, "%s%s", above ? "about " : "more than ", a);
    } else if (isfinite(hi) && !isfinite(lo)) {
        int below = isfinite(v) && v < hi - 1e-6 * fabs(hi);
        phrase_short(a, sizeof a, below ? v : hi, unit);
        th_fmt(out, cap, "%s%s", below ? "about " : "less than ", a);
    } else {
        phrase_short(out, cap, isfinite(v) ? v : isfinite(lo) ? lo : hi, unit);
    }
}

static void value_text(const FRow *r, int verdict, char *out, size_t cap)
{
    char a[128], b[128];
    const Finding *f = r->f;
    interval_text(f->value, NAN, NAN, f->unit, a, sizeof a);
    if (isfinite(f->low) && !isfinite(f->high) && f->low >= f->value)
        interval_text(f->value, f->low, NAN, f->unit, a, sizeof a);
    interval_text(f->other_value, f->other_low, f->other_high, f->unit, b, sizeof b);
    if (verdict)
        th_fmt(out, cap, "%s: %s vs %s", finding_verdict_name(f->verdict), a, b);
    else
        th_fmt(out, cap, "%s against %s", a, b);
}

/* The statement, shortened for a label: without the parenthesised
 * intervals (the chart draws them) and without the trailing claim list. */
static void short_statement(const Finding *f, char *out, size_t cap)
{
    const char *s = f->statement ? f->statement : "";
    const char *end = strstr(s, " Claims: ");
    size_t n = end ? (size_t)(end - s) : strlen(s), k = 0;
    int depth = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        if (s[i] == '(') {
            depth++;
            while (k > 0 && out[k - 1] == ' ')
                k--;
            continue;
        }
        if (s[i] == ')' && depth > 0) {
            depth--;
            continue;
        }
        if (depth == 0)
            out[k++] = s[i];
    }
    out[k] = '\0';
    if (depth != 0 || k == 0)   /* unbalanced: keep it as written */
        th_fmt(out, cap, "%.*s", (int)n, s);
}

/* Layout at one size: label column, row heights, rows per part. */
typedef struct CGeo {
    double lab_lh, r, minh;
    double axis_h;
} CGeo;

enum { MAX_LINES = 2 };

/* A consistency check's name, from its relation's id in the finding's
 * ("consistency:africa_people_per_household@africa:2022" is "Africa people
 * per household"), into out; 0 when the id holds none. */
static int check_name(const Finding *f, char *out, size_t cap)
{
    const char *id = f->id, *colon = strchr(id, ':');
    if (f->kind != FK_CONSISTENCY || !colon || cap < 2)
        return 0;
    const char *a = colon + 1;
    size_t n = strcspn(a, "@#:");
    if (n == 0 || n >= cap)
        return 0;
    for (size_t i = 0; i < n; i++)
        out[i] = a[i] == '_' ? ' ' : a[i];
    out[n] = '\0';
    out[0] = (char)ascii_upper((unsigned char)out[0]);
    return 1;
}

static void label_of(const Finding *f, char *out, size_t cap)
{
    char st[1024], name[80];
    short_statement(f, st, sizeof st);
    /* documents that disagree: the quantity is the statement's first
     * clause ("Internet users, World, 2023"); the numbers are drawn */
    const char *colon = strstr(st, ": ");
    const char *w = finding_verdict_name(f->verdict);
    if (f->kind == FK_AGREEMENT && colon) {
        st[colon - st] = '\0';
    } else if (colon && check_name(f, name, sizeof name)) {
        /* a check: its name, then its place and year (the statement's
         * opening), as an agreement's; the sentence itself was cut at a
         * column's two lines before it said what the check weighs */
        st[colon - st] = '\0';
        th_fmt(out, cap, "%c%s \xe2\x80\x94 %s, %s", ascii_upper((unsigned char)w[0]), w + 1, name, st);
        return;
    }
    th_fmt(out, cap, "%c%s \xe2\x80\x94 %s", ascii_upper((unsigned char)w[0]), w + 1, st);
}

static void cgeo(Th *t, CGeo *g)
{
    g->lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
    g->r = fmax(3, 6 * t->k);
    double vlh = th_lh(t, FONT_BOLD, t->tick);
    (void)vlh;
    g->minh = 4.6 * g->r;   /* the reference band (4r) and a little air */
    g->axis_h = th_lh(t, FONT_REGULAR, t->tick) * 1.5;
}

/* Each check's row as tall as its label (the verdict word first, then
 * the statement, up to six lines), checks packed in order. */
static void page(Th *t, const ChartPlan *p, const ChartSpec *cs, Pages *out)
{
    (void)p;
    plan_page_begin(t, cs);
    CGeo g;
    cgeo(t, &g);
    out->lw = 0.4 * (t->px1 - t->px0);
    size_t n = cs->nfind;
    double avail = t->py1 - t->py0 - g.axis_h;
    int cap = (int)fmax(1, fmin(MAX_LINES, floor((avail - 0.5 * t->label) / g.lab_lh)));
    out->h = xmalloc((n + 1) * sizeof *out->h);
    out->lines = xmalloc((n + 1) * sizeof *out->lines);
    for (size_t i = 0; i < n; i++) {
        char st[1200];
        label_of(cs->finds[i], st, sizeof st);
        int nl = th_wrap(t, 0, 0, out->lw, cap, 0, FONT_REGULAR, t->label, t->ink, st, "", 0);
        out->lines[i] = nl;
        out->h[i] = fmax(g.minh, nl * g.lab_lh + 0.5 * t->label);
    }
    pages_split(out, n, avail);
}

static void draw(Th *t, const ChartPlan *p, const ChartSpec *cs, size_t part, const Pages *pg)
{
    PartItems it = plan_part_begin(t, p, cs, part, pg);
    size_t a = it.a, b = it.b;
    size_t nall;
    FRow *rows = collect(cs, &nall);
    CGeo g;
    cgeo(t, &g);
    /* one axis for every part: the whole chart's range */
    double mn = 0.5, mx = 2;
    for (size_t i = 0; i < nall; i++) {
        const FRow *r = &rows[i];
        mn = fmin(mn, fmin(r->v, r->rlo));
        mx = fmax(mx, fmax(r->v, r->rhi));
        if (r->lo > 0)
            mn = fmin(mn, r->lo);
        if (r->hi > 0)
            mx = fmax(mx, r->hi);
    }
    Axis ax = th_log_axis(mn, mx, 0.05, 0.05);
    double used = 0;
    for (size_t i = a; i < b; i++)
        used += pg->h[i];
    double f = used > 0 ? fmin(1.3, (t->py1 - g.axis_h - t->py0) / used) : 1;
    if (f < 1)
        f = 1;
    double top = t->py0, bot = top + used * f;
    double r = g.r;
    ax.x0 = t->px0 + pg->lw + t->label + r;
    ax.x1 = t->px1 - r - 2;
    th_axis_draw(t, &ax, "x", top, bot);
    th_vline(t, th_ax(&ax, 1), top, bot, t->muted, fmax(0.8, 1.2 * t->k));
    double y = top;
    for (size_t i = a; i < b; i++) {
        const FRow *w = &rows[i];
        Rgba col = verdict_color(t, w->f->verdict);
        double cy = y + pg->h[i] * f / 2;
        y += pg->h[i] * f;
        char st[1200];
        label_of(w->f, st, sizeof st);
        int nl = pg->lines[i];
        double y0 = cy - nl * g.lab_lh / 2 + fonts_ascent(t->f, FONT_REGULAR, t->label) -
                    0.12 * t->label;
        th_wrap(t, t->px0, y0, pg->lw, nl, 0, FONT_REGULAR, t->label, t->ink, st, "label", 1);
        double x0 = th_ax(&ax, w->rlo), x1 = th_ax(&ax, w->rhi);
        Style band = th_fill((Rgba){0.5, 0.5, 0.55, 0.22});
        scene_rect(t->s, x0 - 1, cy - 2 * r, x1 - x0 + 2, 4 * r, &band);
        double x = th_ax(&ax, w->v);
        double lwid = fmax(1.2, 2 * t->k), al = fmax(5, 9 * t->k);
        double xl = w->lo > 0 ? th_ax(&ax, w->lo) : NAN, xh = w->hi > 0 ? th_ax(&ax, w->hi) : NAN;
        if (isfinite(xl))
            th_hline(t, xl, x, cy, col, lwid);
        else {
            double e = fmax(ax.x0, x - 5 * al);
            th_hline(t, e + al * 0.8, x, cy, col, lwid);
            th_arrow(t, e, cy, -1, al, col);
        }
        if (isfinite(xh))
            th_hline(t, x, xh, cy, col, lwid);
        else {
            double e = fmin(ax.x1, x + 5 * al);
            th_hline(t, x, e - al * 0.8, cy, col, lwid);
            th_arrow(t, e, cy, 1, al, col);
        }
        Style dot = th_fill(col);
        dot.stroke = 1;
        dot.stroke_color = t->paper;
        dot.line_width = fmax(0.8, 1.2 * t->k);
        int bound = (!(w->hi > 0) && w->lo > 0 && w->lo >= w->v * (1 - 1e-9)) ||
                    (!(w->lo > 0) && w->hi > 0 && w->hi <= w->v * (1 + 1e-9));
        if (bound) {
            /* "more than 150": a bar at the bound, not a dot at a value */
            double bw = fmax(2, 3 * t->k);
            Style bs = th_fill(col);
            scene_rect(t->s, x - bw / 2, cy - r * 1.5, bw, r * 3, &bs);
        } else {
            scene_circle(t->s, x, cy, r, &dot);
        }
        /* the verdict and the two intervals in words, on the row's line:
         * after the marks, else before them, else beside the value's own
         * mark (over the band or a whisker, on its halo) */
        char vt[200];
        value_text(w, 1, vt, sizeof vt);
        double left = fmin(x0 - 1, isfinite(xl) ? xl : fmax(ax.x0, x - 5 * al) - al);
        double right = fmax(x1 + 1, isfinite(xh) ? xh : fmin(ax.x1, x + 5 * al));
        left = fmin(left, x - r), right = fmax(right, x + r);
        double a2 = fonts_ascent(t->f, FONT_BOLD, t->tick), d2 = fonts_descent(t->f, FONT_BOLD, t->tick);
        th_value_words(t, vt, cy + (a2 - d2) / 2, left, right, ax.x0 - r, &x, 1,
                       bound ? fmax(2, 3 * t->k) / 2 : r, w->f->verdict == V_INFO ? t->ink : col);
    }
    free(rows);
}

static void csv(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out)
{
    (void)p;
    FRow *rows = collect(cs, NULL);
    buf_puts(out, "finding_id,verdict,value,low,high,reference,reference_low,reference_high,unit,"
                  "ratio_to_reference,claim_ids\n");
    for (size_t i = a; i < b; i++) {
        const Finding *f = rows[i].f;
        csvio_str(out, f->id);
        buf_putc(out, ',');
        csvio_str(out, finding_verdict_name(f->verdict));
        double nums[] = {f->value, f->low, f->high, f->other_value, f->other_low, f->other_high};
        for (size_t k = 0; k < 6; k++) {
            buf_putc(out, ',');
            csvio_num(out, nums[k]);
        }
        buf_putc(out, ',');
        csvio_str(out, f->unit);
        buf_putc(out, ',');
        csvio_num(out, rows[i].v);
        buf_putc(out, ',');
        csvio_str(out, f->claims ? f->claims : "");
        buf_putc(out, '\n');
    }
    free(rows);
}

static void alt(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out)
{
    (void)p;
    FRow *rows = collect(cs, NULL);
    buf_printf(out, "Interval chart of consistency checks%s, each implied figure against its "
                    "reference. %s.",
               a > 0 || b < cs->nfind ? " (part of them)" : "", cs->takeaway);
    for (size_t i = a; i < b; i++) {
        char vt[200];
        value_text(&rows[i], 0, vt, sizeof vt);
        char st[1024];
        short_statement(rows[i].f, st, sizeof st);
        size_t l = strlen(st);
        while (l > 0 && (st[l - 1] == '.' || st[l - 1] == ' '))
            st[--l] = '\0';
        buf_printf(out, " %s: %s (%s).", finding_verdict_name(rows[i].f->verdict), st, vt);
    }
    buf_puts(out, "\n");
    free(rows);
}

int consistency_placeable(const Finding *f)
{
    double v, ref;
    return implied_and_reference(f, &v, &ref);
}

/* The takeaway and notes of the chart, for the plan. */
void consistency_texts(const ChartSpec *cs, size_t unplaced, char *sub, size_t subcap, Buf *notes)
{
    size_t n;
    FRow *rows = collect(cs, &n);
    takeaway(rows, n, sub, subcap);
    buf_puts(notes, "Log scale of implied \xc3\xb7 reference (for documents that disagree: the "
                    "highest figure \xc3\xb7 the lowest). Grey band: the reference interval; "
                    "dot and whisker: the implied value and its interval; an arrow: an open bound.");
    if (unplaced)
        buf_printf(notes, " %zu check%s without a positive reference %s in reports/findings.csv.",
                   unplaced, unplaced == 1 ? "" : "s", unplaced == 1 ? "is" : "are");
    free(rows);
}

const KindOps chart_consistency_ops = {page, draw, csv, alt};
