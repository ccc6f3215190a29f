/* chart_trend.c — a metric's figures by year: one series per place with
 * figures for two years or more, every figure a dot with its interval
 * (several in one year sit side by side), a line through each year's
 * median, the place's name at the line's end (no legend to decode).
 * Places with the most figures come first; a part holds as many series
 * as the height and the palette allow (at most six), the
 * rest go on the next part. Every part has the whole chart's axes.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart_plan.h"
#include "chart_theme.h"
#include "csvio.h"
#include "yearmed.h"

/* Series on one part: one colour each (the names at the lines' ends say
 * which is which). */
enum { NCOLORS = 6, MAX_SERIES = 6 };

static Rgba series_color(const Th *t, size_t i)
{
    const Rgba pal[NCOLORS] = {t->accent, TH_ORANGE, TH_GREEN, TH_VERMILLION, TH_PURPLE, TH_SKY};
    return pal[i % NCOLORS];
}

static size_t per_part(Th *t)
{
    double lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
    double n = floor((t->py1 - t->py0 - 2 * lab_lh) / (1.2 * lab_lh));
    return (size_t)fmax(1, fmin(MAX_SERIES, n));
}

static void page(Th *t, const ChartPlan *p, const ChartSpec *cs, Pages *out)
{
    (void)p;
    plan_page_begin(t, cs);
    size_t per = per_part(t), n = cs->nser;
    out->n = n ? (n + per - 1) / per : 1;
    out->start = xmalloc((out->n + 1) * sizeof *out->start);
    for (size_t k = 0; k <= out->n; k++)
        out->start[k] = k * per < n ? k * per : n;
}

static void year_range(const ChartSpec *cs, int *y0, int *y1)
{
    *y0 = 0, *y1 = 0;
    for (size_t i = 0; i < cs->nfig; i++) {
        int y = cs->figs[i].c->year;
        if (!*y0 || y < *y0)
            *y0 = y;
        if (y > *y1)
            *y1 = y;
    }
}

static void tick_text(char *out, size_t cap, double v, const char *unit)
{
    phrase_short(out, cap, v, unit);
}

/* Ticks of the value axis (vertical, bottom to top), labels on the left
 * ending at xr; grid lines across [xl, xg]. */
static void value_ticks(Th *t, const Axis *a, const char *unit, double xr, double xl, double xg)
{
    double vals[64];
    int nv = 0;
    double lh = th_lh(t, FONT_REGULAR, t->tick) * 1.3, span = fabs(a->x1 - a->x0);
    if (a->log) {
        int d0 = (int)floor(a->lo + 1e-9), d1 = (int)ceil(a->hi - 1e-9);
        for (int step = 1; step <= 64; step++) {
            nv = 0;
            for (int dd = d0; dd <= d1 && nv < 64; dd += step)
                if (dd >= a->lo - 1e-9 && dd <= a->hi + 1e-9)
                    vals[nv++] = pow(10, dd);
            if (a->hi <= a->lo || span * step / (a->hi - a->lo) >= lh)
                break;
        }
    } else {
        double range = a->hi - a->lo;
        if (!(range > 0))
            range = 1;
        static const double nice[] = {1, 2, 2.5, 5};
        double e = pow(10, floor(log10(range / 6)));
        for (int tries = 0; tries < 40; tries++) {
            double step = nice[tries % 4] * e * pow(10, tries / 4);
            nv = 0;
            for (double v = ceil(a->lo / step - 1e-9) * step; v <= a->hi + step * 1e-9 && nv < 64;
                 v += step)
                vals[nv++] = fabs(v) < step * 1e-9 ? 0 : v;
            if (nv <= 7 && span * step / range >= lh)
                break;
        }
    }
    double asc = fonts_ascent(t->f, FONT_REGULAR, t->tick), de = fonts_descent(t->f, FONT_REGULAR, t->tick);
    for (int i = 0; i < nv; i++) {
        double y = th_ax(a, vals[i]);
        th_hline(t, xl, xg, y, t->grid, fmax(0.5, 0.8 * t->k));
        char lab[64];
        tick_text(lab, sizeof lab, vals[i], unit);
        th_line(t, xr, y + (asc - de) / 2, 1, FONT_REGULAR, t->tick, t->muted, lab, 0, "tick");
    }
}

/* The widest value-axis label over the chart's range. */
static double value_tick_width(Th *t, const PScale *sc)
{
    char a[64], b[64];
    tick_text(a, sizeof a, sc->mx, sc->unit);
    tick_text(b, sizeof b, sc->log ? sc->mnpos : sc->mn, sc->unit);
    return fmax(th_width(t, FONT_REGULAR, t->tick, a), th_width(t, FONT_REGULAR, t->tick, b)) * 1.15;
}

static Axis value_axis(const PScale *sc, double ybot, double ytop)
{
    Axis a;
    if (sc->log && sc->mnpos > 0) {
        a = th_log_axis(sc->mnpos, sc->mx, 0.05, 0.05);
        if (a.hi - a.lo < 1)
            a.lo = a.hi - 1;
    } else {
        double lo = fmin(0, sc->mn), hi = fmax(0, sc->mx);
        hi += 0.08 * (hi - lo);
        if (!strcmp(sc->unit, "%") && hi > 100 && sc->mx <= 100)
            hi = 100;
        if (!(hi > lo))
            hi = lo + 1;
        a = (Axis){lo, hi, 0, 0, 0};
    }
    a.x0 = ybot, a.x1 = ytop;
    return a;
}

static void draw_vmark(Th *t, double x, double y, int dir, double size, Rgba c)
{
    /* a filled triangle pointing up (dir -1: up the page) or down */
    Pt pt[3] = {{x, y}, {x - size * 0.55, y - dir * size}, {x + size * 0.55, y - dir * size}};
    Style st = th_fill(c);
    scene_path(t->s, pt, 3, 1, &st);
}

/* One part's plot: its series [a, b), the names' column (lw wide, at
 * x1), the value axis and the years' axis, the dots' radius. */
typedef struct Plot {
    const ChartSpec *cs;
    size_t a, b;
    double lw, x0, x1, ytop, ybot, r;
    Axis va, xa;
    int y0, y1;
} Plot;

/* The frame: the right column holds the series names, the left the
 * value ticks; the value axis and its ticks. */
static void plot_frame(Th *t, Plot *pl)
{
    const ChartSpec *cs = pl->cs;
    const PScale *sc = &cs->scales[0];
    pl->lw = 0;
    for (size_t s = pl->a; s < pl->b; s++)
        pl->lw = fmax(pl->lw, th_width(t, FONT_BOLD, t->label, cs->ser[s].label));
    pl->lw = fmin(pl->lw, 0.25 * (t->px1 - t->px0));
    double tw = value_tick_width(t, sc);
    pl->x0 = t->px0 + tw + 0.6 * t->tick, pl->x1 = t->px1 - pl->lw - 0.8 * t->label;
    double tick_lh = th_lh(t, FONT_REGULAR, t->tick);
    pl->ytop = t->py0 + 0.5 * t->label, pl->ybot = t->py1 - tick_lh * 1.5;
    pl->va = value_axis(sc, pl->ybot, pl->ytop);
    year_range(cs, &pl->y0, &pl->y1);
    pl->r = fmax(2.5, 4.5 * t->k);
    pl->xa = (Axis){pl->y0 - 0.5, pl->y1 + 0.5, 0, pl->x0 + pl->r, pl->x1 - pl->r};
    value_ticks(t, &pl->va, sc->unit, pl->x0 - 0.4 * t->tick, pl->x0, pl->x1);
}

/* Year ticks: every year, or every 2, 5, 10 as room allows. */
static void year_ticks(Th *t, const Plot *pl)
{
    char lab[32];
    snprintf(lab, sizeof lab, "%d", pl->y1);
    double yw = th_width(t, FONT_REGULAR, t->tick, lab) * 1.6;
    int step = 1;
    static const int steps[] = {1, 2, 5, 10, 20, 50};
    for (size_t i = 0; i < 6; i++) {
        step = steps[i];
        if ((pl->xa.x1 - pl->xa.x0) / (pl->xa.hi - pl->xa.lo) * step >= yw)
            break;
    }
    double base = pl->ybot + fonts_ascent(t->f, FONT_REGULAR, t->tick) + 0.35 * t->tick;
    for (int y = (pl->y0 / step) * step; y <= pl->y1; y += step) {
        if (y < pl->y0)
            continue;
        double x = th_ax(&pl->xa, y);
        th_vline(t, x, pl->ytop, pl->ybot, t->grid, fmax(0.5, 0.8 * t->k));
        snprintf(lab, sizeof lab, "%d", y);
        th_line(t, x, base, 0.5, FONT_REGULAR, t->tick, t->muted, lab, 0, "tick");
    }
}

/* A figure at x: its dot, its interval's whisker, and an arrow for a
 * bound ("at least": up, "at most": down). */
static void fig_dot(Th *t, const Plot *pl, const Fig *f, double x, Rgba col)
{
    double lwid = fmax(1, 1.6 * t->k), al = fmax(4, 7 * t->k);
    const Axis *va = &pl->va;
    double yv = th_ax(va, f->v);
    double ylo = isfinite(f->lo) && (!va->log || f->lo > 0) ? th_ax(va, f->lo) : NAN;
    double yhi = isfinite(f->hi) && (!va->log || f->hi > 0) ? th_ax(va, f->hi) : NAN;
    Rgba wc = {col.r, col.g, col.b, 0.6};
    if (isfinite(ylo) && isfinite(yhi) && fabs(ylo - yhi) > 2 * pl->r)
        th_vline(t, x, yhi, ylo, wc, lwid);
    if (f->c->qual == Q_MIN) {
        th_vline(t, x, fmax(pl->ytop, yv - 4 * al), yv, wc, lwid);
        draw_vmark(t, x, fmax(pl->ytop, yv - 4 * al), -1, al, col);
    } else if (f->c->qual == Q_MAX) {
        th_vline(t, x, yv, fmin(pl->ybot, yv + 4 * al), wc, lwid);
        draw_vmark(t, x, fmin(pl->ybot, yv + 4 * al), 1, al, col);
    }
    Style st = th_fill(col);
    st.stroke = 1;
    st.stroke_color = t->paper;
    st.line_width = fmax(0.6, 0.9 * t->k);
    scene_circle(t->s, x, yv, pl->r, &st);
}

/* Series s: its dots, several of one year side by side within 70% of a
 * year's width (overlapping when there are many), then the line through
 * each year's median (figures are sorted by value within a year).
 * Returns the height of the line's end. */
static double series_draw(Th *t, const Plot *pl, size_t s)
{
    const ChartSpec *cs = pl->cs;
    const PSeries *se = &cs->ser[s];
    Rgba col = series_color(t, s - pl->a);
    Pt *line = xcalloc(se->nfig + 1, sizeof *line);
    size_t nl = 0;
    for (size_t i = se->fig; i < se->fig + se->nfig;) {
        int y = cs->figs[i].c->year;
        size_t j = i;
        while (j < se->fig + se->nfig && cs->figs[j].c->year == y)
            j++;
        size_t n = j - i;
        for (size_t k = i; k < j; k++) {
            double ywid = fabs(th_ax(&pl->xa, pl->y0 + 1) - th_ax(&pl->xa, pl->y0));
            double dx = n > 1 ? fmin(pl->r * 1.6, 0.7 * ywid / (double)(n - 1)) : 0;
            double x = th_ax(&pl->xa, y) + ((double)(k - i) - (double)(n - 1) / 2) * dx;
            fig_dot(t, pl, &cs->figs[k], x, col);
        }
        double m;
        if (yearmed(&cs->figs[i], n, &m))
            line[nl++] = (Pt){th_ax(&pl->xa, y), th_ax(&pl->va, m)};
        i = j;
    }
    Style ls = th_stroke(col, fmax(1.2, 2.2 * t->k));
    if (nl > 1)
        scene_path(t->s, line, nl, 0, &ls);
    /* a line that draws no year (every figure its document contradicts)
     * ends at the last figure */
    double end = nl ? line[nl - 1].y : th_ax(&pl->va, cs->figs[se->fig + se->nfig - 1].v);
    free(line);
    return end;
}

/* Names at the lines' ends (ly: their heights), pushed apart so none
 * overlaps. */
static void series_names(Th *t, const Plot *pl, const double *ly)
{
    size_t ns = pl->b - pl->a;
    double lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
    size_t *ord = xmalloc((ns + 1) * sizeof *ord);
    for (size_t i = 0; i < ns; i++)
        ord[i] = i;
    for (size_t i = 1; i < ns; i++)
        for (size_t j = i; j > 0 && ly[ord[j - 1]] > ly[ord[j]]; j--) {
            size_t x = ord[j];
            ord[j] = ord[j - 1];
            ord[j - 1] = x;
        }
    double *pos = xcalloc(ns + 1, sizeof *pos);
    double asc = fonts_ascent(t->f, FONT_BOLD, t->label), de = fonts_descent(t->f, FONT_BOLD, t->label);
    double lo_lim = t->py0 + asc, hi_lim = t->py1 - de;
    for (size_t i = 0; i < ns; i++) {
        double want = ly[ord[i]] + (asc - de) / 2;
        pos[i] = fmax(want, i ? pos[i - 1] + lab_lh : lo_lim);
    }
    for (size_t i = ns; i-- > 0;) {
        double lim = i + 1 < ns ? pos[i + 1] - lab_lh : hi_lim;
        if (pos[i] > lim)
            pos[i] = lim;
    }
    for (size_t i = 0; i < ns; i++) {
        const PSeries *se = &pl->cs->ser[pl->a + ord[i]];
        char fit[200];
        th_fit(t, FONT_BOLD, t->label, se->label, pl->lw, fit, sizeof fit);
        th_line(t, pl->x1 + 0.8 * t->label, pos[i], 0, FONT_BOLD, t->label, series_color(t, ord[i]),
                fit, 0, "label");
    }
    free(pos);
    free(ord);
}

static void draw(Th *t, const ChartPlan *p, const ChartSpec *cs, size_t part, const Pages *pg)
{
    PartItems it = plan_part_begin(t, p, cs, part, pg);
    Plot pl = {.cs = cs, .a = it.a, .b = it.b};
    plot_frame(t, &pl);
    year_ticks(t, &pl);
    double *ly = xcalloc(pl.b - pl.a + 1, sizeof *ly);
    for (size_t s = pl.a; s < pl.b; s++)
        ly[s - pl.a] = series_draw(t, &pl, s);
    series_names(t, &pl, ly);
    free(ly);
}

static void csv(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out)
{
    buf_puts(out, "place,year,figure,value,low,high,unit,qualifier,source,doc,claim_id\n");
    for (size_t s = a; s < b; s++) {
        const PSeries *se = &cs->ser[s];
        for (size_t i = se->fig; i < se->fig + se->nfig; i++) {
            const Fig *f = &cs->figs[i];
            char v[200];
            phrase_short_claim(v, sizeof v, f->c);
            csvio_str(out, se->label);
            buf_printf(out, ",%d,", f->c->year);
            csvio_str(out, v);
            double nums[3] = {f->v, f->lo, f->hi};
            for (int n = 0; n < 3; n++) {
                buf_putc(out, ',');
                csvio_num(out, nums[n]);
            }
            buf_putc(out, ',');
            csvio_str(out, f->c->unit);
            buf_putc(out, ',');
            csvio_str(out, claim_qualifier_name(f->c->qual));
            buf_putc(out, ',');
            csvio_str(out, p->docs[f->doc].cite);
            buf_putc(out, ',');
            csvio_str(out, f->c->doc);
            buf_putc(out, ',');
            csvio_str(out, f->c->id);
            buf_putc(out, '\n');
        }
    }
}

static void alt(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out)
{
    (void)p;
    buf_printf(out, "Line chart of %s by year, one line per place through each year's median. "
                    "%s.",
               cs->title, cs->takeaway);
    for (size_t s = a; s < b; s++) {
        const PSeries *se = &cs->ser[s];
        buf_printf(out, " %s:", se->label);
        for (size_t i = se->fig; i < se->fig + se->nfig; i++) {
            char v[200], when[32];
            phrase_short_claim(v, sizeof v, cs->figs[i].c);
            phrase_when(when, sizeof when, cs->figs[i].c->year, cs->figs[i].c->month);
            buf_printf(out, "%s %s in %s", i > se->fig ? "," : "", v, when);
        }
        buf_puts(out, ".");
    }
    buf_puts(out, "\n");
}

const KindOps chart_trend_ops = {page, draw, csv, alt};
