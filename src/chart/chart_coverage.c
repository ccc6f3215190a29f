/* chart_coverage.c — which figures the documents back: one bar per
 * metric, as long as the number of documents that state a figure of it,
 * labelled with that number and the claims behind it. One row per metric
 * (and one for figures without a metric) whatever the size of the
 * corpus; rows that do not fit go on the next part.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart_plan.h"
#include "chart_theme.h"
#include "csvio.h"

/* Label column as wide as the widest label (at most 40% of the plot),
 * each row as tall as its label wraps (up to two lines). */
static void page(Th *t, const ChartPlan *p, const ChartSpec *cs, Pages *out)
{
    (void)p;
    plan_page_begin(t, cs);
    double lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
    double maxlw = 0.4 * (t->px1 - t->px0), w = 0;
    size_t n = cs->ncover;
    for (size_t i = 0; i < n; i++)
        w = fmax(w, th_width(t, FONT_REGULAR, t->label, cs->cover[i].label));
    out->lw = fmin(w + 0.5, maxlw);   /* + a little: the widest label fits, rounding aside */
    out->h = xmalloc((n + 1) * sizeof *out->h);
    out->lines = xmalloc((n + 1) * sizeof *out->lines);
    for (size_t i = 0; i < n; i++) {
        int nl = th_width(t, FONT_REGULAR, t->label, cs->cover[i].label) <= out->lw
                     ? 1
                     : th_wrap(t, 0, 0, out->lw, 2, 0, FONT_REGULAR, t->label, t->ink,
                               cs->cover[i].label, "", 0);
        out->lines[i] = nl;
        out->h[i] = nl * lab_lh + 0.5 * t->label;
    }
    pages_split(out, n, t->py1 - t->py0 - th_lh(t, FONT_REGULAR, t->tick) * 1.5);
}

static void value_of(const PCover *c, char *out, size_t cap)
{
    th_fmt(out, cap, "%zu document%s, %zu claim%s", c->docs, c->docs == 1 ? "" : "s", c->claims,
           c->claims == 1 ? "" : "s");
}

static void draw(Th *t, const ChartPlan *p, const ChartSpec *cs, size_t part, const Pages *pg)
{
    PartItems it = plan_part_begin(t, p, cs, part, pg);
    size_t a = it.a, b = it.b;
    if (a == b) {
        th_empty(t, "No claims in the claims table.");
        return;
    }
    double mx = 1;
    for (size_t i = 0; i < cs->ncover; i++)
        mx = fmax(mx, (double)cs->cover[i].docs);
    double x0 = t->px0 + pg->lw + 1.2 * t->label, x1 = t->px1;
    /* room after the longest bar for its label */
    double vwmax = 0;
    for (size_t i = 0; i < cs->ncover; i++) {
        char v[120];
        value_of(&cs->cover[i], v, sizeof v);
        vwmax = fmax(vwmax, th_width(t, FONT_BOLD, t->tick, v));
    }
    Axis ax = {0, mx, 0, x0, fmax(x0 + 0.3 * (x1 - x0), x1 - vwmax - 0.6 * t->tick)};
    double used = 0;
    for (size_t i = a; i < b; i++)
        used += pg->h[i];
    double f = used > 0 ? fmin(1.5, (t->py1 - th_lh(t, FONT_REGULAR, t->tick) * 1.5 - t->py0) / used) : 1;
    if (f < 1)
        f = 1;
    double top = t->py0, bot = top + used * f;
    th_axis_draw(t, &ax, "#", top, bot);
    double lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
    double asc = fonts_ascent(t->f, FONT_REGULAR, t->label);
    double y = top;
    for (size_t i = a; i < b; i++) {
        const PCover *c = &cs->cover[i];
        double rh = pg->h[i] * f, cy = y + rh / 2;
        y += rh;
        double bh = fmax(4, fmin(lab_lh * 0.8, 18 * t->k));
        int nl = pg->lines[i];
        double y0 = cy - (nl * lab_lh) / 2 + asc - 0.1 * t->label;
        th_wrap(t, t->px0, y0, pg->lw, 2, 0, FONT_REGULAR, t->label, t->ink, c->label, "label", 1);
        double xe = th_ax(&ax, (double)c->docs);
        Style st = th_fill(*c->metric ? t->accent : TH_SKY);
        scene_rect(t->s, x0, cy - bh / 2, fmax(1, xe - x0), bh, &st);
        char v[120];
        value_of(c, v, sizeof v);
        double a2 = fonts_ascent(t->f, FONT_BOLD, t->tick), d2 = fonts_descent(t->f, FONT_BOLD, t->tick);
        double vx = xe + 0.45 * t->tick, vy = cy + (a2 - d2) / 2;
        double vw = th_width(t, FONT_BOLD, t->tick, v);
        if (vx + vw > t->px1)
            vx = t->px1 - vw;
        th_halo(t, vx, vy, vw, FONT_BOLD, t->tick);
        th_line(t, vx, vy, 0, FONT_BOLD, t->tick, t->ink, v, 0, "value");
    }
}

static void csv(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out)
{
    (void)p;
    buf_puts(out, "metric,label,documents,claims\n");
    for (size_t i = a; i < b; i++) {
        const PCover *c = &cs->cover[i];
        csvio_str(out, c->metric);
        buf_putc(out, ',');
        csvio_str(out, c->label);
        buf_printf(out, ",%zu,%zu\n", c->docs, c->claims);
    }
}

static void alt(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out)
{
    (void)p;
    buf_printf(out, "Bar chart of how many documents state a figure of each metric. %s.",
               cs->takeaway);
    for (size_t i = a; i < b; i++) {
        char v[120];
        value_of(&cs->cover[i], v, sizeof v);
        buf_printf(out, " %s: %s.", cs->cover[i].label, v);
    }
    buf_puts(out, "\n");
}

const KindOps chart_coverage_ops = {page, draw, csv, alt};
