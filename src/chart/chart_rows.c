/* chart_rows.c — the row charts (money, metric-ID, other-KIND): a label
 * column, then per row the figure as a dot with its interval, or a
 * group's figures as a strip of dots with their median, on the chart's
 * axis (or, when its figures have several units, on each unit's own
 * scale). Rows of one group share a band and stay on one part when they
 * can; rows that do not fit go on the next part.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart_plan.h"
#include "chart_theme.h"
#include "rowlist.h"
#include "rowunit.h"
#include "csvio.h"

/* What every row of a row chart shares at one size. */
typedef struct RowGeo {
    double lab_lh;    /* label line height */
    double gap;       /* extra space before a new group */
    double axis_h;    /* under the rows: tick labels (a thin margin without a shared axis) */
    double r;         /* dot radius */
} RowGeo;

enum { MAX_LABEL_LINES = 3 };

static void row_geo(Th *t, const ChartSpec *cs, RowGeo *g)
{
    g->lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
    g->r = fmax(3, 6 * t->k);
    g->gap = 0.3 * t->label;
    g->axis_h = cs->nscales == 1 ? th_lh(t, FONT_REGULAR, t->tick) * 1.5 : 0.4 * t->label;
}

/* The space before row i of a part, after row i - 1: a new group's gap,
 * none between two listed rows (rowlist.h), which read as one list. */
static double gap_before(const ChartSpec *cs, size_t i, double gap)
{
    if (i == 0 || cs->rows[i].group == cs->rows[i - 1].group)
        return 0;
    return rowlist_listed(cs, &cs->rows[i]) && rowlist_listed(cs, &cs->rows[i - 1]) ? 0 : gap;
}

/* The plot area every part has (the frame with the chart's takeaway and
 * notes and a two-line source); the label column (as wide as the widest
 * label, at most 36% of the plot); each row as tall as its label wraps
 * (up to three lines); then the rows packed group by group: a group that
 * does not fit starts a new part, a group taller than a part is cut. */
static void page(Th *t, const ChartPlan *p, const ChartSpec *cs, Pages *out)
{
    (void)p;
    plan_page_begin(t, cs);
    RowGeo g;
    row_geo(t, cs, &g);
    double maxlw = 0.36 * (t->px1 - t->px0), w = 0;
    double *wid = xmalloc((cs->nrows + 1) * sizeof *wid);
    /* a listed row (rowlist.h) spans the plot: not in the label column */
    for (size_t i = 0; i < cs->nrows; i++)
        if (!rowlist_listed(cs, &cs->rows[i]))
            w = fmax(w, wid[i] = th_width(t, FONT_REGULAR, t->label, cs->rows[i].label));
    out->lw = fmin(w + 0.5, maxlw);   /* + a little: the widest label fits, rounding aside */
    out->h = xmalloc((cs->nrows + 1) * sizeof *out->h);
    out->lines = xmalloc((cs->nrows + 1) * sizeof *out->lines);
    for (size_t i = 0; i < cs->nrows; i++) {
        if (rowlist_listed(cs, &cs->rows[i])) {
            out->lines[i] = 1;
            out->h[i] = 1.15 * g.lab_lh;
            continue;
        }
        int nl = wid[i] <= out->lw ? 1
                                   : th_wrap(t, 0, 0, out->lw, MAX_LABEL_LINES, 0, FONT_REGULAR,
                                             t->label, t->ink, cs->rows[i].label, "", 0);
        out->lines[i] = nl < 1 ? 1 : nl;
        out->h[i] = fmax(out->lines[i] * g.lab_lh + 0.45 * t->label, 3.2 * g.r);
    }
    free(wid);
    double avail = t->py1 - t->py0 - g.axis_h;
    /* a row never taller than a part: fewer label lines at small sizes */
    int cap = (int)fmax(1, fmin(MAX_LABEL_LINES, floor((avail - 0.45 * t->label) / g.lab_lh)));
    for (size_t i = 0; i < cs->nrows; i++)
        if (out->lines[i] > cap && !rowlist_listed(cs, &cs->rows[i])) {
            out->lines[i] = cap;
            out->h[i] = fmax(cap * g.lab_lh + 0.45 * t->label, 3.2 * g.r);
        }
    out->start = xmalloc((cs->nrows + 2) * sizeof *out->start);
    out->room = xcalloc(cs->nrows + 2, sizeof *out->room);
    out->n = 0;
    out->start[0] = 0;
    double used = 0;
    for (size_t i = 0; i < cs->nrows;) {
        size_t j = i;
        double gh = used > 0 ? gap_before(cs, i, g.gap) : 0;
        while (j < cs->nrows && cs->rows[j].group == cs->rows[i].group)
            gh += out->h[j++];
        if (used > 0 && used + gh > avail) {
            out->room[out->n] = avail - used;
            out->start[++out->n] = i;   /* the group starts a new part */
            used = 0;
        }
        for (size_t r = i; r < j; r++) {
            double rh = out->h[r] + (r == i && used > 0 ? gap_before(cs, r, g.gap) : 0);
            if (used > 0 && used + rh > avail) {
                out->room[out->n] = avail - used;
                out->start[++out->n] = r;
                used = 0;
                rh = out->h[r];
            }
            used += rh;
        }
        i = j;
    }
    out->room[out->n] = avail - used;
    out->start[++out->n] = cs->nrows;
    if (cs->nrows == 0)
        out->n = 1, out->start[1] = 0;
    if (out->n == 1)
        out->slack = avail - used;
}

/* The axis of scale sc over [x0, x1]. */
static Axis scale_axis(const PScale *sc, double x0, double x1)
{
    Axis a;
    if (sc->log && sc->mnpos > 0) {
        a = th_log_axis(sc->mnpos, sc->mx, 0.05, 0.1);
        if (a.hi - a.lo < 1)
            a.lo = a.hi - 1;
    } else {
        double lo = fmin(0, sc->mn), hi = fmax(0, sc->mx);
        if (!strcmp(sc->unit, "%") && lo >= 0 && hi <= 100)
            hi = 100;
        else if (hi > lo)
            hi += 0.06 * (hi - lo);
        if (!(hi > lo))
            hi = lo + 1;
        a = (Axis){lo, hi, 0, 0, 0};
    }
    a.x0 = x0, a.x1 = x1;
    return a;
}

/* An open bound's arrow head; the arrow runs 6 heads past its bound. */
static double arrow_len(const Th *t)
{
    return fmax(5, 9 * t->k);
}

/* An axis leaves room past the highest open lower bound of its scale sc
 * ("at least 17") for the arrow that says it is open: the bound is
 * never drawn against the axis's end, with its arrow cut short there. */
static void open_bound_room(const Th *t, const ChartSpec *cs, size_t sc, Axis *ax)
{
    double top = -INFINITY;
    for (size_t i = 0; i < cs->nrows; i++) {
        const PRow *row = &cs->rows[i];
        const Fig *f = &cs->figs[row->fig];
        if (row->scale == sc && row->nfig == 1 && f->c->qual == Q_MIN && !isfinite(f->hi) &&
            (!ax->log || f->v > 0))
            top = fmax(top, f->v);
    }
    double w = ax->x1 - ax->x0, need = 6.5 * arrow_len(t);
    if (!isfinite(top) || !(w > 0) || need > 0.5 * w)
        return;
    double u = ax->log ? log10(top) : top, share = need / w;
    /* (hi - u) / (hi - lo) >= share */
    double hi = (u - share * ax->lo) / (1 - share);
    if (hi > ax->hi)
        ax->hi = ax->log ? ceil(hi) : hi;
}

/* Marks of one figure at row centre cy; returns the span [*xl, *xr] they cover. */
static void draw_fig(Th *t, const Axis *ax, const Fig *w, double cy, double r, Rgba col,
                     double *xl_out, double *xr_out)
{
    double x = th_ax(ax, w->v);
    double xmin = ax->x0, xmax = ax->x1;
    double xl = isfinite(w->lo) && (!ax->log || w->lo > 0) ? th_ax(ax, w->lo) : NAN;
    double xh = isfinite(w->hi) && (!ax->log || w->hi > 0) ? th_ax(ax, w->hi) : NAN;
    Qualifier q = w->c->qual;
    double lwid = fmax(1.2, 2 * t->k), al = arrow_len(t);
    double left = x - r, right = x + r;
    if (q == Q_MAX && isfinite(xh)) {
        Style st = th_fill((Rgba){col.r, col.g, col.b, 0.18});
        scene_rect(t->s, xmin, cy - r, xh - xmin, 2 * r, &st);
    }
    if (q == Q_MIN && isfinite(xl)) {
        Style st = th_fill((Rgba){col.r, col.g, col.b, 0.18});
        scene_rect(t->s, xl, cy - r, xmax - xl, 2 * r, &st);
    }
    if (q == Q_RANGE && isfinite(xl) && isfinite(xh)) {
        th_hline(t, xl, xh, cy, col, lwid);
        th_vline(t, xl, cy - r, cy + r, col, lwid);
        th_vline(t, xh, cy - r, cy + r, col, lwid);
        left = fmin(left, xl), right = fmax(right, xh);
    } else if (q == Q_MIN) {
        double end = fmin(xmax, x + 6 * al);
        th_hline(t, x, end - al * 0.8, cy, col, lwid);
        th_arrow(t, end, cy, 1, al, col);
        right = fmax(right, end);
    } else if (q == Q_MAX) {
        double end = fmax(xmin, x - 6 * al);
        th_hline(t, end + al * 0.8, x, cy, col, lwid);
        th_arrow(t, end, cy, -1, al, col);
        left = fmin(left, end - al);
    } else if (isfinite(xl) && isfinite(xh) && xh - xl > 2 * r) {
        /* an "about" band or the precision of the digits */
        th_hline(t, xl, xh, cy, (Rgba){col.r, col.g, col.b, 0.5}, lwid);
        left = fmin(left, xl), right = fmax(right, xh);
    }
    if (q == Q_MIN || q == Q_MAX) {
        /* a bound is a bar across the track, not a dot: the value is not there */
        double bw = fmax(2, 3 * t->k);
        Style st = th_fill(col);
        scene_rect(t->s, x - bw / 2, cy - r * 1.5, bw, r * 3, &st);
    } else {
        Style st = th_fill(col);
        st.stroke = 1;
        st.stroke_color = t->paper;
        st.line_width = fmax(0.8, 1.2 * t->k);
        scene_circle(t->s, x, cy, r, &st);
    }
    *xl_out = left, *xr_out = right;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The median of figs [a, a+n). */
static double median_of(const Fig *figs, size_t a, size_t n)
{
    double *v = xmalloc(n * sizeof *v);
    for (size_t i = 0; i < n; i++)
        v[i] = figs[a + i].v;
    qsort(v, n, sizeof *v, cmp_double);
    double m = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    free(v);
    return m;
}

/* A strip: every figure a small dot, the range a thin line, the median a bar. */
static void draw_strip(Th *t, const Axis *ax, const Fig *figs, size_t a, size_t n, double cy,
                       double r, Rgba col, double med, int has_med, double *xl_out, double *xr_out)
{
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < n; i++) {
        double x = th_ax(ax, figs[a + i].v);
        lo = fmin(lo, x), hi = fmax(hi, x);
    }
    th_hline(t, lo, hi, cy, t->muted, fmax(0.8, 1.2 * t->k));
    Style st = th_fill((Rgba){col.r, col.g, col.b, 0.55});
    for (size_t i = 0; i < n; i++)
        scene_circle(t->s, th_ax(ax, figs[a + i].v), cy, r * 0.6, &st);
    /* (two figures, or figures no metric ties: no median bar, row_value) */
    if (has_med) {
        double xm = th_ax(ax, med), bw = fmax(2, 3 * t->k);
        Style ms = th_fill(t->ink);
        scene_rect(t->s, xm - bw / 2, cy - r * 1.4, bw, r * 2.8, &ms);
    }
    *xl_out = lo - r, *xr_out = hi + r;
}

/* One figure's words: with its unit on a chart of figures without a
 * metric, whose single figure's label is its sentence's words, not its
 * unit (rowunit.h); else as the short register says it, the metric's
 * title or the strip's label naming what it counts. */
static void fig_value(const ChartSpec *cs, const Claim *c, char *v, size_t cap)
{
    if (cs->kind == CK_OTHER)
        rowunit_value(v, cap, c);
    else
        phrase_short_claim(v, cap, c);
}

/* A row's least and greatest figure in words, with their unit. */
static void row_range(const ChartSpec *cs, const PRow *row, const char *u, char *lo, char *hi, size_t cap)
{
    double mn = INFINITY, mx = -INFINITY;
    for (size_t k = row->fig; k < row->fig + row->nfig; k++)
        mn = fmin(mn, cs->figs[k].v), mx = fmax(mx, cs->figs[k].v);
    phrase_short(lo, cap, mn, u);
    phrase_short(hi, cap, mx, u);
}

/* The words at a row's end: the figure as stated, or a strip's median
 * (and its range, when there is no shared axis to read it against). */
static void row_value(const ChartSpec *cs, const PRow *row, char *v, size_t cap)
{
    if (row->nfig == 1) {
        fig_value(cs, cs->figs[row->fig].c, v, cap);
        return;
    }
    const char *u = cs->scales[row->scale].unit;
    char m[120];
    if (row->nfig == 2) {
        /* two figures have no median to show: the point between them is
         * a figure neither document gives ("$2.6B to $11.2B, median
         * $6.9B" of two datasets that count differently) */
        double x = cs->figs[row->fig].v, y = cs->figs[row->fig + 1].v;
        char lo[100], hi[100];
        phrase_short(lo, sizeof lo, fmin(x, y), u);
        phrase_short(hi, sizeof hi, fmax(x, y), u);
        th_fmt(v, cap, "%s and %s", lo, hi);
        return;
    }
    if (!rowlist_median(cs, row)) {
        /* figures no metric ties together: their range, no median */
        char lo[100], hi[100];
        row_range(cs, row, u, lo, hi, sizeof lo);
        th_fmt(v, cap, "%s to %s", lo, hi);
        return;
    }
    phrase_short(m, sizeof m, median_of(cs->figs, row->fig, row->nfig), u);
    if (cs->nscales > 1) {
        char lo[100], hi[100];
        row_range(cs, row, u, lo, hi, sizeof lo);
        th_fmt(v, cap, "%s to %s, median %s", lo, hi, m);
    } else {
        th_fmt(v, cap, "median %s", m);
    }
}

/* The marks' centres of row (its figures and a strip's median), sorted,
 * into m (room for nfig + 1); how many. */
static size_t row_marks(const ChartSpec *cs, const PRow *row, const Axis *ax, double *m)
{
    size_t nm = 0;
    for (size_t k = row->fig; k < row->fig + row->nfig; k++)
        m[nm++] = th_ax(ax, cs->figs[k].v);
    if (rowlist_median(cs, row))
        m[nm++] = th_ax(ax, median_of(cs->figs, row->fig, row->nfig));
    qsort(m, nm, sizeof *m, cmp_double);
    return nm;
}

/* Where a shared axis ends: at x1, unless a row of rows [a, b) spans it
 * so that its words (a strip's median) fit nowhere whole; then early
 * enough for them to fit after its last mark (the plot keeps at least
 * half its width; the axis's own rounding is met by trying again). */
static double shared_axis_end(Th *t, const ChartSpec *cs, size_t a, size_t b, double x0, double x1, double r)
{
    double end = x1, pad = 0.45 * t->tick, least = x0 + 0.5 * (x1 - x0);
    for (int pass = 0; pass < 4 && end > least; pass++) {
        Axis ax = scale_axis(&cs->scales[0], x0, end);
        double next = end;
        for (size_t i = a; i < b; i++) {
            const PRow *row = &cs->rows[i];
            char v[240];
            row_value(cs, row, v, sizeof v);
            double *m = xmalloc((row->nfig + 1) * sizeof *m);
            size_t nm = row_marks(cs, row, &ax, m);
            double xr = nm ? m[nm - 1] : x0;
            if (nm && xr > x0 && !th_value_words_fit(t, v, m[0] - r, xr + r, x0 - r, m, nm, r)) {
                /* xr moves with the axis's end: x0 + (end - x0) * share */
                double share = (xr - x0) / (end - x0), w = th_width(t, FONT_BOLD, t->tick, v);
                next = fmin(next, x0 + (t->px1 - pad - w - 2 * r - x0) / share);
            }
            free(m);
        }
        if (next >= end)
            break;
        end = fmax(next, least);
    }
    return end;
}

static void draw(Th *t, const ChartPlan *p, const ChartSpec *cs, size_t part, const Pages *pg)
{
    PartItems it = plan_part_begin(t, p, cs, part, pg);
    size_t a = it.a, b = it.b;
    if (a == b) {
        th_empty(t, "No figures.");
        return;
    }
    RowGeo g;
    row_geo(t, cs, &g);
    double top = t->py0, bot = t->py1 - g.axis_h;
    double x0 = t->px0 + pg->lw + 1.2 * t->label + g.r, x1 = t->px1 - g.r - 2;
    if (cs->nscales > 1) {
        /* each row on its own scale: the words at its end always fit after it */
        double vw = 0;
        for (size_t i = a; i < b; i++) {
            if (rowlist_listed(cs, &cs->rows[i]))
                continue;
            char v[240];
            row_value(cs, &cs->rows[i], v, sizeof v);
            vw = fmax(vw, th_width(t, FONT_BOLD, t->tick, v));
        }
        x1 = fmax(x0 + 0.25 * (t->px1 - x0), t->px1 - vw - 0.6 * t->tick - 2 * g.r);
    }
    if (cs->nscales == 1)
        x1 = shared_axis_end(t, cs, a, b, x0, x1, g.r);
    Axis *ax = xmalloc(cs->nscales * sizeof *ax);
    for (size_t s = 0; s < cs->nscales; s++) {
        ax[s] = scale_axis(&cs->scales[s], x0, x1);
        open_bound_room(t, cs, s, &ax[s]);
    }
    /* Where each row goes, from the top; a part with room to spare
     * spreads its rows (up to half as tall again), it never stretches
     * them apart. */
    double used = 0;
    for (size_t i = a; i < b; i++)
        used += pg->h[i] + (i > a ? gap_before(cs, i, g.gap) : 0);
    double sp = used > 0 ? fmin(1.5, (bot - top) / used) : 1;
    if (sp < 1)
        sp = 1;
    double *cy = xmalloc((b - a + 1) * sizeof *cy), *rh = xmalloc((b - a + 1) * sizeof *rh);
    double y = top;
    for (size_t i = a; i < b; i++) {
        if (i > a)
            y += gap_before(cs, i, g.gap) * sp;
        rh[i - a] = pg->h[i] * sp;
        cy[i - a] = y + rh[i - a] / 2;
        y += rh[i - a];
    }
    /* Bands behind every other group, then the axis, then the rows. */
    for (size_t i = a; i < b; i++)
        if (cs->rows[i].group % 2) {
            Style st = th_fill(t->track);
            double gp = rowlist_listed(cs, &cs->rows[i]) ? 0 : g.gap * sp;
            scene_rect(t->s, t->px0 - 0.3 * t->label, cy[i - a] - rh[i - a] / 2 - gp / 2,
                       t->px1 - t->px0 + 0.6 * t->label, rh[i - a] + gp, &st);
        }
    if (cs->nscales == 1)
        th_axis_draw(t, &ax[0], cs->scales[0].unit, top, fmax(y, top + 1));
    double lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
    double asc = fonts_ascent(t->f, FONT_REGULAR, t->label);
    double listw = rowlist_value_width(t, cs, a, b);
    for (size_t i = a; i < b; i++) {
        const PRow *row = &cs->rows[i];
        double c = cy[i - a];
        if (rowlist_listed(cs, row)) {
            rowlist_draw(t, cs, row, c, listw);
            continue;
        }
        int nl = pg->lines[i];
        double y0 = c - (nl * lab_lh) / 2 + asc - 0.1 * t->label;
        th_wrap(t, t->px0, y0, pg->lw, nl, 0, FONT_REGULAR, t->label, t->ink, row->label, "label",
                1);
        const Axis *axr = &ax[row->scale];
        th_hline(t, x0 - g.r, x1 + g.r, c, row->group % 2 ? t->paper : t->track,
                 fmax(1, 1.2 * t->k));
        double xl, xr;
        char v[240];
        row_value(cs, row, v, sizeof v);
        double med = row->nfig > 1 ? median_of(cs->figs, row->fig, row->nfig) : 0;
        if (row->nfig == 1)
            draw_fig(t, axr, &cs->figs[row->fig], c, g.r, t->accent, &xl, &xr);
        else
            draw_strip(t, axr, cs->figs, row->fig, row->nfig, c, g.r, t->accent, med,
                       rowlist_median(cs, row), &xl, &xr);
        /* the words beside the marks, never over a dot or the median's bar */
        double *m = xmalloc((row->nfig + 1) * sizeof *m);
        size_t nm = row_marks(cs, row, axr, m);
        double a2 = fonts_ascent(t->f, FONT_BOLD, t->tick), d2 = fonts_descent(t->f, FONT_BOLD, t->tick);
        th_value_words(t, v, c + (a2 - d2) / 2, xl, xr, x0 - g.r, m, nm, g.r, t->ink);
        free(m);
    }
    free(cy);
    free(rh);
    free(ax);
}

static void csv(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out)
{
    buf_puts(out, "row,figure,value,low,high,unit,qualifier,metric,scope,area,year,source,doc,claim_id\n");
    for (size_t i = a; i < b; i++) {
        const PRow *row = &cs->rows[i];
        for (size_t k = row->fig; k < row->fig + row->nfig; k++) {
            const Fig *f = &cs->figs[k];
            const Claim *c = f->c;
            char v[200];
            phrase_short_claim(v, sizeof v, c);
            csvio_str(out, row->label);
            buf_putc(out, ',');
            csvio_str(out, v);
            double nums[3] = {f->v, f->lo, f->hi};
            for (int n = 0; n < 3; n++) {
                buf_putc(out, ',');
                csvio_num(out, nums[n]);
            }
            const char *cells[] = {c->unit, claim_qualifier_name(c->qual), c->metric, c->scope, c->area};
            for (int n = 0; n < 5; n++) {
                buf_putc(out, ',');
                csvio_str(out, cells[n]);
            }
            buf_putc(out, ',');
            if (c->year)
                buf_printf(out, "%d", c->year);
            buf_putc(out, ',');
            csvio_str(out, p->docs[f->doc].cite);
            buf_putc(out, ',');
            csvio_str(out, c->doc);
            buf_putc(out, ',');
            csvio_str(out, c->id);
            buf_putc(out, '\n');
        }
    }
}

static void alt(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out)
{
    (void)p;
    const PScale *s0 = cs->nscales ? &cs->scales[0] : NULL;
    buf_printf(out, "Dot chart: %s", cs->title);
    if (a > 0 || b < cs->nrows)
        buf_printf(out, ", rows %zu to %zu of %zu", a + 1, b, cs->nrows);
    buf_printf(out, ", %s. %s.", cs->nscales > 1 ? "each unit on its own scale"
                                 : s0 && s0->log ? "on a logarithmic scale"
                                                 : "on a linear scale",
               cs->takeaway ? cs->takeaway : "");
    if (a < b)
        buf_puts(out, " Figures shown:");
    for (size_t i = a; i < b; i++) {
        const PRow *row = &cs->rows[i];
        if (row->nfig == 1) {
            char v[200];
            fig_value(cs, cs->figs[row->fig].c, v, sizeof v);
            buf_printf(out, " %s: %s;", row->label, v);
        } else {
            char lo[100], hi[100], md[100];
            double mn = INFINITY, mx = -INFINITY;
            for (size_t k = row->fig; k < row->fig + row->nfig; k++)
                mn = fmin(mn, cs->figs[k].v), mx = fmax(mx, cs->figs[k].v);
            const char *u = cs->scales[row->scale].unit;
            phrase_short(lo, sizeof lo, mn, u);
            phrase_short(hi, sizeof hi, mx, u);
            phrase_short(md, sizeof md, median_of(cs->figs, row->fig, row->nfig), u);
            if (row->nfig == 2)
                buf_printf(out, " %s: %s and %s;", row->label, lo, hi);
            else if (!rowlist_median(cs, row))
                buf_printf(out, " %s: from %s to %s;", row->label, lo, hi);
            else
                buf_printf(out, " %s: from %s to %s, median %s;", row->label, lo, hi, md);
        }
    }
    if (out->len && out->data[out->len - 1] == ';')
        out->data[out->len - 1] = '.';
    buf_puts(out, "\n");
}

const KindOps chart_rows_ops = {page, draw, csv, alt};
