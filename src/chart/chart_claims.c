/* chart_claims.c — the charts drawn straight from the claims table:
 * money (log axis, dots with intervals), counts (bars on a linear axis,
 * the most common counted unit), connectivity (the percentage metric with
 * the most scopes, 0-100%, bounds drawn as bounds) and coverage
 * (documents x metrics).
 *
 * Rows are chosen by unit and metric, never by name, so a new metric or
 * document shows up without code changes. Each chart's rows are collected
 * once by the same function for the scene, the CSV and the alt text.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart_theme.h"
#include "csvio.h"

enum { MAXROWS = 400 };

typedef struct Row {
    const Claim *c;
    char label[320];
    char value[160];
    double v, lo, hi;     /* point, interval ends (NAN when open) */
} Row;

typedef struct Rows {
    Row *r;
    size_t n;
    size_t skipped_nonpos, skipped_open, skipped_other;
    char unit[64];        /* the chart's unit */
    char metric[64];      /* connectivity: the metric shown */
} Rows;

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

static void row_label(const ChartInputs *in, const Claim *c, int with_scope, char *out, size_t cap)
{
    char m[200], sc[100];
    th_metric_label(in, c->metric, m, sizeof m);
    if (!*c->metric && c->text && *c->text)
        snprintf(m, sizeof m, "\xe2\x80\x9c%.150s\xe2\x80\x9d", c->text);
    th_scope(c->scope, sc, sizeof sc);
    int n = snprintf(out, cap, "%s", m);
    if (with_scope && *c->scope && strcmp(c->scope, "global") != 0 && n >= 0 && (size_t)n < cap)
        n += snprintf(out + n, cap - (size_t)n, ", %s", sc);
    if (c->year && n >= 0 && (size_t)n < cap)
        snprintf(out + n, cap - (size_t)n, " (%d)", c->year);
}

static void push(Rows *rs, const ChartInputs *in, const Claim *c, int with_scope)
{
    if (rs->n == MAXROWS)
        return;
    Row *r = &rs->r[rs->n];
    if (!claim_point(c, &r->v, &r->lo, &r->hi)) {
        rs->skipped_open++;
        return;
    }
    r->c = c;
    row_label(in, c, with_scope, r->label, sizeof r->label);
    phrase_short_claim(r->value, sizeof r->value, c);
    rs->n++;
}

static int by_value_desc(const void *a, const void *b)
{
    const Row *x = a, *y = b;
    if (x->v != y->v)
        return x->v < y->v ? 1 : -1;
    return strcmp(x->c->id, y->c->id);
}

static void rows_init(Rows *rs)
{
    memset(rs, 0, sizeof *rs);
    rs->r = xcalloc(MAXROWS, sizeof *rs->r);
}

static void collect_money(const ChartInputs *in, Rows *rs)
{
    rows_init(rs);
    snprintf(rs->unit, sizeof rs->unit, "USD");
    for (size_t i = 0; i < in->claims->n; i++) {
        const Claim *c = &in->claims->v[i];
        if (!unit_is_usd(c->unit)) {
            /* other currencies are not converted, so not on this axis */
            if (unit_is_money(c->unit))
                rs->skipped_other++;
            continue;
        }
        double v, lo, hi;
        if (!claim_point(c, &v, &lo, &hi)) {
            rs->skipped_open++;
            continue;
        }
        if (!(v > 0)) {
            rs->skipped_nonpos++;
            continue;
        }
        push(rs, in, c, 1);
    }
    qsort(rs->r, rs->n, sizeof *rs->r, by_value_desc);
}

static int is_counted(const char *unit)
{
    return unit_kind(unit) == UNIT_COUNT && strcmp(unit, "years") != 0;
}

static int by_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void collect_counts(const ChartInputs *in, Rows *rs)
{
    rows_init(rs);
    /* The counted unit with the most claims (ties: alphabetical): the
     * units sorted, then counted run by run (n log n, not n^2). */
    const char **u = xcalloc(in->claims->n + 1, sizeof *u);
    size_t nu = 0, best = 0;
    for (size_t i = 0; i < in->claims->n; i++)
        if (is_counted(in->claims->v[i].unit))
            u[nu++] = in->claims->v[i].unit;
    qsort(u, nu, sizeof *u, by_str);
    for (size_t i = 0, j; i < nu; i = j) {
        for (j = i + 1; j < nu && strcmp(u[j], u[i]) == 0; j++)
            ;
        if (j - i > best) {   /* strictly more: the first of a tie stays */
            best = j - i;
            snprintf(rs->unit, sizeof rs->unit, "%s", u[i]);
        }
    }
    free(u);
    for (size_t i = 0; i < in->claims->n; i++) {
        const Claim *c = &in->claims->v[i];
        if (!*rs->unit || strcmp(c->unit, rs->unit) != 0)
            continue;
        double v, lo, hi;
        if (claim_point(c, &v, &lo, &hi) && v < 0) {
            rs->skipped_nonpos++;
            continue;
        }
        push(rs, in, c, 1);
    }
    qsort(rs->r, rs->n, sizeof *rs->r, by_value_desc);
}

/* Percentage claims with a metric, sorted by metric then scope. */
static int by_metric_scope(const void *a, const void *b)
{
    const Claim *x = *(const Claim *const *)a, *y = *(const Claim *const *)b;
    int r = strcmp(x->metric, y->metric);
    return r ? r : strcmp(x->scope, y->scope);
}

static void collect_connectivity(const ChartInputs *in, Rows *rs)
{
    rows_init(rs);
    snprintf(rs->unit, sizeof rs->unit, "%%");
    /* The percentage metric with the most distinct scopes, then most
     * claims, then the first by name: one sort by (metric, scope), then
     * one pass counting claims and scope changes per metric. */
    const Claim **v = xcalloc(in->claims->n + 1, sizeof *v);
    size_t nv = 0, best_sc = 0, best_n = 0;
    for (size_t i = 0; i < in->claims->n; i++) {
        const Claim *c = &in->claims->v[i];
        if (strcmp(c->unit, "%") == 0 && *c->metric)
            v[nv++] = c;
    }
    qsort(v, nv, sizeof *v, by_metric_scope);
    for (size_t i = 0, j; i < nv; i = j) {
        size_t nsc = 1;
        for (j = i + 1; j < nv && strcmp(v[j]->metric, v[i]->metric) == 0; j++)
            nsc += strcmp(v[j]->scope, v[j - 1]->scope) != 0;
        if (nsc > best_sc || (nsc == best_sc && j - i > best_n)) {
            best_sc = nsc, best_n = j - i;
            snprintf(rs->metric, sizeof rs->metric, "%s", v[i]->metric);
        }
    }
    free(v);
    for (size_t i = 0; i < in->claims->n; i++) {
        const Claim *c = &in->claims->v[i];
        if (!*rs->metric || strcmp(c->metric, rs->metric) != 0 || strcmp(c->unit, "%") != 0)
            continue;
        push(rs, in, c, 0);
        if (rs->n && rs->r[rs->n - 1].c == c) {
            /* label: the scope first, it is what the rows differ by */
            Row *r = &rs->r[rs->n - 1];
            th_scope(c->scope, r->label, sizeof r->label);
            if (c->year) {
                size_t l = strlen(r->label);
                snprintf(r->label + l, sizeof r->label - l, " (%d)", c->year);
            }
        }
    }
    qsort(rs->r, rs->n, sizeof *rs->r, by_value_desc);
}

static void rows_free(Rows *rs)
{
    free(rs->r);
}

/* Distinct documents of the rows, in first-seen order (pointers into claims). */
static size_t rows_docs(const Rows *rs, const char **docs, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < rs->n; i++) {
        size_t k = 0;
        while (k < n && strcmp(docs[k], rs->r[i].c->doc) != 0)
            k++;
        if (k == n && n < cap)
            docs[n++] = rs->r[i].c->doc;
    }
    return n;
}

static void hedge_notes(const Rows *rs, const char *axis_note, Buf *b)
{
    int has[Q_COUNT] = {0};
    for (size_t i = 0; i < rs->n; i++)
        has[rs->r[i].c->qual] = 1;
    buf_puts(b, axis_note);
    if (has[Q_MIN])
        buf_puts(b, " Arrows mark open-ended figures: \xe2\x80\x9cmore than\xe2\x80\x9d is a lower bound.");
    if (has[Q_MAX])
        buf_puts(b, " \xe2\x80\x9cLess than\xe2\x80\x9d is an upper bound: the shaded span is where the value may lie.");
    if (has[Q_RANGE])
        buf_puts(b, " Whiskers show stated ranges.");
    if (has[Q_APPROX])
        buf_puts(b, " \xe2\x80\x9c" "About\xe2\x80\x9d figures are approximate as written.");
    if (rs->skipped_nonpos)
        buf_printf(b, " %zu figure%s at zero or below cannot sit on this axis and %s not shown.",
                   rs->skipped_nonpos, rs->skipped_nonpos > 1 ? "s" : "",
                   rs->skipped_nonpos > 1 ? "are" : "is");
    if (rs->skipped_open)
        buf_printf(b, " %zu figure%s without any stated number %s not shown.", rs->skipped_open,
                   rs->skipped_open > 1 ? "s" : "", rs->skipped_open > 1 ? "are" : "is");
    if (rs->skipped_other)
        buf_printf(b, " %zu figure%s in other currencies %s not shown (nothing is converted).",
                   rs->skipped_other, rs->skipped_other > 1 ? "s" : "",
                   rs->skipped_other > 1 ? "are" : "is");
}

/* ---- the shared row layout: label column, plot, axis at the bottom ---- */

typedef enum Mark { MARK_DOT, MARK_BAR } Mark;

static void draw_rows(Th *t, const Rows *rs, Axis *ax, const char *unit, Mark mark, Rgba col,
                      int shade_bounds)
{
    double tick_lh = th_lh(t, FONT_REGULAR, t->tick);
    double lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
    double axis_h = tick_lh * 1.5;
    double top = t->py0, bot = t->py1 - axis_h;
    double r = fmax(3, 6 * t->k);
    double vlh = th_lh(t, FONT_BOLD, t->tick);
    /* dots carry their value label above; bars at their end */
    double need = mark == MARK_BAR ? fmax(lab_lh * 1.3, r * 3 + 4) : 2 * (vlh + r * 1.5 + 2);
    if (need < lab_lh * 1.2)
        need = lab_lh * 1.2;
    size_t fit = (size_t)((bot - top) / need);
    size_t n = rs->n < fit ? rs->n : fit;
    size_t hidden = rs->n - n;
    if (hidden && n > 0) {
        n--;   /* make room for the "more not shown" line */
        hidden++;
    }
    /* Label column: as wide as the widest label, at most a third. */
    double lw = 0;
    for (size_t i = 0; i < n; i++)
        lw = fmax(lw, th_width(t, FONT_REGULAR, t->label, rs->r[i].label));
    double maxlw = 0.34 * (t->px1 - t->px0);
    if (lw > maxlw)
        lw = maxlw;
    double gap = 1.2 * t->label;
    ax->x0 = t->px0 + lw + gap + r;
    ax->x1 = t->px1 - r - 2;
    double rh = n ? (bot - top) / (double)(n + (hidden ? 1 : 0)) : 0;
    if (mark == MARK_BAR && !ax->log) {
        /* widen the axis so each bar's value label fits after its end */
        double span = ax->x1 - ax->x0, al = fmax(5, 9 * t->k);
        for (size_t i = 0; i < n; i++) {
            const Row *w = &rs->r[i];
            double need_px = th_width(t, FONT_BOLD, t->tick, w->value) + 0.6 * t->tick +
                             (w->c->qual == Q_MIN ? 6 * al : 0);
            double room = span - need_px;
            if (room > 0.4 * span && w->v > ax->lo)
                ax->hi = fmax(ax->hi, ax->lo + (w->v - ax->lo) * span / room);
        }
    }
    th_axis_draw(t, ax, unit, top, bot);
    int lines = (int)fmax(1, fmin(3, floor((rh - 2) / lab_lh)));
    for (size_t i = 0; i < n; i++) {
        const Row *w = &rs->r[i];
        double cy = top + rh * ((double)i + 0.5);
        /* label, vertically centred */
        int nl = th_wrap(t, 0, 0, lw, lines, 0, FONT_REGULAR, t->label, t->ink, w->label, "", 0);
        double asc = fonts_ascent(t->f, FONT_REGULAR, t->label);
        double y0 = cy - (nl * lab_lh) / 2 + asc - 0.12 * t->label;
        th_wrap(t, t->px0, y0, lw, lines, 0, FONT_REGULAR, t->label, t->ink, w->label, "label", 1);
        /* track */
        th_hline(t, ax->x0, ax->x1, cy, t->track, fmax(1, 1.2 * t->k));
        double x = th_ax(ax, w->v);
        double xmin = ax->x0, xmax = ax->x1;
        double xl = isfinite(w->lo) && (!ax->log || w->lo > 0) ? th_ax(ax, w->lo) : NAN;
        double xh = isfinite(w->hi) && (!ax->log || w->hi > 0) ? th_ax(ax, w->hi) : NAN;
        Qualifier q = w->c->qual;
        double lwid = fmax(1.2, 2 * t->k);
        if (shade_bounds && q == Q_MAX && isfinite(xh)) {
            Style st = th_fill((Rgba){col.r, col.g, col.b, 0.18});
            scene_rect(t->s, xmin, cy - r, xh - xmin, 2 * r, &st);
        }
        if (shade_bounds && q == Q_MIN && isfinite(xl)) {
            Style st = th_fill((Rgba){col.r, col.g, col.b, 0.18});
            scene_rect(t->s, xl, cy - r, xmax - xl, 2 * r, &st);
        }
        if (mark == MARK_BAR) {
            double x0 = th_ax(ax, ax->lo);
            Style st = th_fill(q == Q_MAX ? (Rgba){col.r, col.g, col.b, 0.45} : col);
            scene_rect(t->s, x0, cy - r * 1.3, fmax(1, x - x0), r * 2.6, &st);
        }
        /* interval whisker, and arrows for open ends */
        double al = fmax(5, 9 * t->k);
        if (q == Q_RANGE && isfinite(xl) && isfinite(xh)) {
            th_hline(t, xl, xh, cy, col, lwid);
            th_vline(t, xl, cy - r, cy + r, col, lwid);
            th_vline(t, xh, cy - r, cy + r, col, lwid);
        } else if (q == Q_MIN) {
            double end = fmin(xmax, x + 6 * al);
            th_hline(t, x, end - al * 0.8, cy, col, lwid);
            th_arrow(t, end, cy, 1, al, col);
        } else if (q == Q_MAX) {
            double end = fmax(xmin, x - 6 * al);
            th_hline(t, end + al * 0.8, x, cy, col, lwid);
            th_arrow(t, end, cy, -1, al, col);
        }
        if (q == Q_MIN || q == Q_MAX) {
            /* a bound is a bar across the track, not a dot: the value is not there */
            double bw = fmax(2, 3 * t->k);
            Style st = th_fill(col);
            scene_rect(t->s, x - bw / 2, cy - r * 1.5, bw, r * 3, &st);
        } else if (mark == MARK_DOT) {
            Style st = th_fill(col);
            st.stroke = 1;
            st.stroke_color = t->paper;
            st.line_width = fmax(0.8, 1.2 * t->k);
            scene_circle(t->s, x, cy, r, &st);
        }
        double vw = th_width(t, FONT_BOLD, t->tick, w->value);
        if (mark == MARK_BAR) {
            /* value label after the bar's end (and its arrow); inside the
             * bar, in white, when it would leave the plot */
            double endx = q == Q_MIN ? fmin(xmax, x + 6 * al) : x;
            double a = fonts_ascent(t->f, FONT_BOLD, t->tick), de = fonts_descent(t->f, FONT_BOLD, t->tick);
            double vy = cy + (a - de) / 2 - 0.1 * t->tick;
            double vx = endx + 0.45 * t->tick;
            Rgba vc = t->ink;
            if (vx + vw > t->px1) {
                vx = fmax(ax->x0 + 2, x - vw - 0.45 * t->tick);
                if (q != Q_MAX)
                    vc = (Rgba){1, 1, 1, 1};
            } else {
                th_halo(t, vx, vy, vw, FONT_BOLD, t->tick);
            }
            th_line(t, vx, vy, 0, FONT_BOLD, t->tick, vc, w->value, 0, "value");
            continue;
        }
        /* value label above the mark, kept inside the plot */
        double vx = x - vw / 2;
        if (vx + vw > t->px1)
            vx = t->px1 - vw;
        if (vx < ax->x0 - r)
            vx = ax->x0 - r;
        double vy = cy - r * 1.5 - 2 - fonts_descent(t->f, FONT_BOLD, t->tick);
        th_halo(t, vx, vy, vw, FONT_BOLD, t->tick);
        th_line(t, vx, vy, 0, FONT_BOLD, t->tick, t->ink, w->value, 0, "value");
    }
    if (hidden) {
        char msg[96];
        snprintf(msg, sizeof msg, "+ %zu more not shown (see the CSV)", hidden);
        double cy = top + rh * ((double)n + 0.5);
        th_line(t, t->px0, cy, 0, FONT_ITALIC, t->tick, t->muted, msg, 0, "more");
    }
}

static void sources_of(const ChartInputs *in, const Rows *rs, Buf *b)
{
    const char *docs[64];
    size_t nd = rows_docs(rs, docs, 64);
    th_sources_line(in, docs, nd, b);
}

static void finish(Th *t, const char *title, const char *sub, Buf *notes, Buf *src)
{
    Frame fr = {title, sub, notes->data ? notes->data : "", src->data ? src->data : ""};
    th_frame(t, &fr);
}

/* ---- money ---- */

static void money_takeaway(const ChartInputs *in, const Rows *rs, char *out, size_t cap)
{
    (void)in;
    if (rs->n == 0) {
        snprintf(out, cap, "No money figures to compare yet");
        return;
    }
    const Row *hi = &rs->r[0], *lo = &rs->r[rs->n - 1];
    if (rs->n == 1) {
        snprintf(out, cap, "One money figure: %s (%s)", hi->value, hi->label);
        return;
    }
    double ratio = hi->v / lo->v;
    char rt[64];
    phrase_short_ratio(rt, sizeof rt, ratio);
    th_fmt(out, cap, "From %s (%s) to %s (%s): a factor of about %s", lo->value, lo->label,
             hi->value, hi->label, rt);
}

static void money_build(Th *t)
{
    Rows rs;
    collect_money(t->in, &rs);
    char sub[800];
    money_takeaway(t->in, &rs, sub, sizeof sub);
    Buf notes, src;
    buf_init(&notes, 0);
    buf_init(&src, 0);
    hedge_notes(&rs, "Log scale: each step is ten times the last, so no bars are drawn; dots mark each figure.", &notes);
    sources_of(t->in, &rs, &src);
    finish(t, "Money figures in the documents", sub, &notes, &src);
    if (rs.n == 0) {
        th_empty(t, "No money claims (US dollars) in the claims table.");
    } else {
        double mn = INFINITY, mx = -INFINITY;
        int open_hi = 0;
        for (size_t i = 0; i < rs.n; i++) {
            const Row *w = &rs.r[i];
            mn = fmin(mn, w->v), mx = fmax(mx, w->v);
            if (isfinite(w->lo) && w->lo > 0)
                mn = fmin(mn, w->lo);
            if (isfinite(w->hi))
                mx = fmax(mx, w->hi);
            open_hi |= w->c->qual == Q_MIN;
        }
        Axis ax = th_log_axis(mn, mx, 0, open_hi ? 0.35 : 0.05);
        if (ax.hi - ax.lo < 2)
            ax.lo = ax.hi - 2;
        draw_rows(t, &rs, &ax, "USD", MARK_DOT, t->accent, 0);
    }
    buf_free(&notes);
    buf_free(&src);
    rows_free(&rs);
}

static void rows_csv(const Rows *rs, Buf *out)
{
    buf_puts(out, "label,value,low,high,unit,qualifier,scope,year,doc,claim_id\n");
    for (size_t i = 0; i < rs->n; i++) {
        const Row *w = &rs->r[i];
        const Claim *c = w->c;
        csvio_str(out, w->label);
        buf_putc(out, ',');
        csvio_num(out, w->v);
        buf_putc(out, ',');
        csvio_num(out, w->lo);
        buf_putc(out, ',');
        csvio_num(out, w->hi);
        buf_putc(out, ',');
        csvio_str(out, c->unit);
        buf_putc(out, ',');
        csvio_str(out, claim_qualifier_name(c->qual));
        buf_putc(out, ',');
        csvio_str(out, c->scope);
        buf_putc(out, ',');
        if (c->year)
            buf_printf(out, "%d", c->year);
        buf_putc(out, ',');
        csvio_str(out, c->doc);
        buf_putc(out, ',');
        csvio_str(out, c->id);
        buf_putc(out, '\n');
    }
}

static void rows_alt(const Rows *rs, const char *what, const char *takeaway, Buf *out)
{
    buf_printf(out, "%s. %s.", what, takeaway);
    if (rs->n) {
        buf_puts(out, " Figures shown: ");
        for (size_t i = 0; i < rs->n; i++)
            buf_printf(out, "%s%s, %s", i ? "; " : "", rs->r[i].label, rs->r[i].value);
        buf_puts(out, ".");
    }
    buf_puts(out, "\n");
}

static void money_csv(const ChartInputs *in, Buf *out)
{
    Rows rs;
    collect_money(in, &rs);
    rows_csv(&rs, out);
    rows_free(&rs);
}

static void money_alt(const ChartInputs *in, Buf *out)
{
    Rows rs;
    collect_money(in, &rs);
    char sub[800];
    money_takeaway(in, &rs, sub, sizeof sub);
    rows_alt(&rs, "Dot chart of the money figures in the documents on a logarithmic dollar axis",
             sub, out);
    rows_free(&rs);
}

const ChartDef chart_money_def = {"money", money_build, money_csv, money_alt};

/* ---- counts ---- */

static void counts_takeaway(const Rows *rs, char *out, size_t cap)
{
    if (rs->n == 0) {
        snprintf(out, cap, "No counts to compare yet");
        return;
    }
    const Row *hi = &rs->r[0], *lo = &rs->r[rs->n - 1];
    if (rs->n == 1 || !(lo->v > 0)) {
        snprintf(out, cap, "%s: %s %s", hi->label, hi->value, rs->unit);
        return;
    }
    char rt[64];
    phrase_short_ratio(rt, sizeof rt, hi->v / lo->v);
    th_fmt(out, cap, "%s: %s \xe2\x80\x94 %s times the smallest count, %s (%s)", hi->label,
           hi->value, rt, lo->value, lo->label);
}

static void counts_title(const Rows *rs, char *out, size_t cap)
{
    if (*rs->unit) {
        snprintf(out, cap, "How many %s: the counts in the documents", rs->unit);
    } else {
        snprintf(out, cap, "Counts in the documents");
    }
}

static void counts_build(Th *t)
{
    Rows rs;
    collect_counts(t->in, &rs);
    char sub[800], title[200];
    counts_takeaway(&rs, sub, sizeof sub);
    counts_title(&rs, title, sizeof title);
    Buf notes, src;
    buf_init(&notes, 0);
    buf_init(&src, 0);
    hedge_notes(&rs, "Bars start at zero; years are those the documents give.", &notes);
    sources_of(t->in, &rs, &src);
    finish(t, title, sub, &notes, &src);
    if (rs.n == 0) {
        th_empty(t, "No counted figures in the claims table.");
    } else {
        double mx = 0;
        for (size_t i = 0; i < rs.n; i++)
            mx = fmax(mx, fmax(rs.r[i].v, isfinite(rs.r[i].hi) ? rs.r[i].hi : 0));
        int open_hi = 0;
        for (size_t i = 0; i < rs.n; i++)
            open_hi |= rs.r[i].c->qual == Q_MIN;
        Axis ax = {0, mx > 0 ? mx * (open_hi ? 1.25 : 1.08) : 1, 0, 0, 0};
        draw_rows(t, &rs, &ax, rs.unit, MARK_BAR, t->accent, 0);
    }
    buf_free(&notes);
    buf_free(&src);
    rows_free(&rs);
}

static void counts_csv(const ChartInputs *in, Buf *out)
{
    Rows rs;
    collect_counts(in, &rs);
    rows_csv(&rs, out);
    rows_free(&rs);
}

static void counts_alt(const ChartInputs *in, Buf *out)
{
    Rows rs;
    collect_counts(in, &rs);
    char sub[800], what[200];
    counts_takeaway(&rs, sub, sizeof sub);
    snprintf(what, sizeof what, "Bar chart of the counts of %s in the documents",
             *rs.unit ? rs.unit : "things");
    rows_alt(&rs, what, sub, out);
    rows_free(&rs);
}

const ChartDef chart_counts_def = {"counts", counts_build, counts_csv, counts_alt};

/* ---- connectivity ---- */

static void conn_takeaway(const Rows *rs, char *out, size_t cap)
{
    if (rs->n == 0) {
        snprintf(out, cap, "No percentages with a scope to compare yet");
        return;
    }
    const Row *hi = &rs->r[0], *lo = &rs->r[rs->n - 1];
    if (rs->n == 1) {
        snprintf(out, cap, "%s: %s", hi->label, hi->value);
        return;
    }
    /* The gap the bounds allow at least: high row's floor minus low row's ceiling. */
    double hfloor = hi->c->qual == Q_MAX ? NAN : isfinite(hi->lo) ? hi->lo : hi->v;
    double lceil = lo->c->qual == Q_MIN ? NAN : isfinite(lo->hi) ? lo->hi : lo->v;
    if (isfinite(hfloor) && isfinite(lceil) && hfloor > lceil) {
        char g[64];
        phrase_short(g, sizeof g, hfloor - lceil, "");
        th_fmt(out, cap, "%s: %s; %s: %s \xe2\x80\x94 a gap of at least %s points", hi->label,
                 hi->value, lo->label, lo->value, g);
    } else {
        th_fmt(out, cap, "%s: %s; %s: %s", hi->label, hi->value, lo->label, lo->value);
    }
}

static void conn_build(Th *t)
{
    Rows rs;
    collect_connectivity(t->in, &rs);
    char sub[800], title[300], m[200];
    conn_takeaway(&rs, sub, sizeof sub);
    th_metric_label(t->in, rs.metric, m, sizeof m);
    if (*rs.metric)
        snprintf(title, sizeof title, "%s, by region", m);
    else
        snprintf(title, sizeof title, "Shares by region");
    Buf notes, src;
    buf_init(&notes, 0);
    buf_init(&src, 0);
    hedge_notes(&rs, "Share of each population, 0 to 100%.", &notes);
    sources_of(t->in, &rs, &src);
    finish(t, title, sub, &notes, &src);
    if (rs.n == 0) {
        th_empty(t, "No percentage figures with a metric in the claims table.");
    } else {
        Axis ax = {0, 100, 0, 0, 0};
        draw_rows(t, &rs, &ax, "%", MARK_DOT, TH_GREEN, 1);
    }
    buf_free(&notes);
    buf_free(&src);
    rows_free(&rs);
}

static void conn_csv(const ChartInputs *in, Buf *out)
{
    Rows rs;
    collect_connectivity(in, &rs);
    rows_csv(&rs, out);
    rows_free(&rs);
}

static void conn_alt(const ChartInputs *in, Buf *out)
{
    Rows rs;
    collect_connectivity(in, &rs);
    char sub[800];
    conn_takeaway(&rs, sub, sizeof sub);
    rows_alt(&rs, "Dot chart of shares by region on a 0 to 100% scale, bounds drawn as shaded spans",
             sub, out);
    rows_free(&rs);
}

const ChartDef chart_connectivity_def = {"connectivity", conn_build, conn_csv, conn_alt};

/* ---- coverage: documents x metrics ---- */

typedef struct Cover {
    const char *docs[64];
    size_t nd;
    const char *metrics[128];   /* "" = claims without a metric */
    size_t nm;
    unsigned cnt[128][64];
    size_t total;
} Cover;

static void collect_cover(const ChartInputs *in, Cover *cv)
{
    memset(cv, 0, sizeof *cv);
    /* Documents: the bibliography's order, then any others the claims name. */
    if (in->sources)
        for (size_t i = 0; i < in->sources->n && cv->nd < 64; i++)
            cv->docs[cv->nd++] = in->sources->v[i].file;
    for (size_t i = 0; i < in->claims->n; i++) {
        const Claim *c = &in->claims->v[i];
        size_t d = 0;
        while (d < cv->nd && strcmp(cv->docs[d], c->doc) != 0)
            d++;
        if (d == cv->nd) {
            if (cv->nd == 64)
                continue;
            cv->docs[cv->nd++] = c->doc;
        }
        size_t m = 0;
        while (m < cv->nm && strcmp(cv->metrics[m], c->metric) != 0)
            m++;
        if (m == cv->nm) {
            if (cv->nm == 128)
                continue;
            cv->metrics[cv->nm++] = c->metric;
        }
        cv->cnt[m][d]++;
        cv->total++;
    }
    /* Metrics sorted by id, "" (no metric) last. */
    for (size_t i = 1; i < cv->nm; i++)
        for (size_t j = i; j > 0; j--) {
            const char *a = cv->metrics[j - 1], *b = cv->metrics[j];
            int swap = (!*a && *b) || (*a && *b && strcmp(a, b) > 0);
            if (!swap)
                break;
            cv->metrics[j - 1] = b, cv->metrics[j] = a;
            for (size_t d = 0; d < cv->nd; d++) {
                unsigned x = cv->cnt[j - 1][d];
                cv->cnt[j - 1][d] = cv->cnt[j][d], cv->cnt[j][d] = x;
            }
        }
}

static void cover_takeaway(const Cover *cv, char *out, size_t cap)
{
    size_t multi = 0, used_docs = 0, named = 0;
    for (size_t m = 0; m < cv->nm; m++) {
        if (!*cv->metrics[m])
            continue;
        named++;
        size_t k = 0;
        for (size_t d = 0; d < cv->nd; d++)
            k += cv->cnt[m][d] > 0;
        multi += k > 1;
    }
    for (size_t d = 0; d < cv->nd; d++) {
        size_t k = 0;
        for (size_t m = 0; m < cv->nm; m++)
            k += cv->cnt[m][d];
        used_docs += k > 0;
    }
    if (cv->total == 0)
        snprintf(out, cap, "No claims yet: nothing supports any figure");
    else if (multi == 0)
        snprintf(out, cap, "%zu metric%s from %zu of %zu documents; no figure is backed by two documents",
                 named, named == 1 ? "" : "s", used_docs, cv->nd);
    else
        snprintf(out, cap, "%zu metric%s from %zu of %zu documents; %zu backed by more than one",
                 named, named == 1 ? "" : "s", used_docs, cv->nd, multi);
}

static void cover_build(Th *t)
{
    Cover *cv = xmalloc(sizeof *cv);
    collect_cover(t->in, cv);
    char sub[600];
    cover_takeaway(cv, sub, sizeof sub);
    Buf notes, src;
    buf_init(&notes, 0);
    buf_init(&src, 0);
    buf_puts(&notes, "Each dot counts the claims a document makes for a metric; a grey dot: none. "
                     "\xe2\x80\x9cOther figures\xe2\x80\x9d have no metric in data/metrics.csv.");
    th_sources_line(t->in, cv->docs, cv->nd, &src);
    Frame fr = {"Which document supports which figure", sub, notes.data, src.data};
    th_frame(t, &fr);
    if (cv->nm == 0 || cv->nd == 0) {
        th_empty(t, "No claims in the claims table.");
    } else {
        double lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
        double tick_lh = th_lh(t, FONT_REGULAR, t->tick) * 1.08;
        /* label column */
        char lab[300];
        double lw = 0;
        for (size_t m = 0; m < cv->nm; m++) {
            th_metric_label(t->in, cv->metrics[m], lab, sizeof lab);
            if (!*cv->metrics[m])
                snprintf(lab, sizeof lab, "Other figures");
            lw = fmax(lw, th_width(t, FONT_REGULAR, t->label, lab));
        }
        lw = fmin(lw, 0.36 * (t->px1 - t->px0));
        double gx0 = t->px0 + lw + t->label, gx1 = t->px1;
        double cw = (gx1 - gx0) / (double)cv->nd;
        int hl = 3;
        double head = hl * tick_lh + 0.4 * t->tick;
        double top = t->py0 + head, bot = t->py1;
        size_t fit = (size_t)fmax(0, (bot - top) / fmax(lab_lh, 1));
        size_t nm = cv->nm < fit ? cv->nm : fit;
        size_t hidden = cv->nm - nm;
        if (hidden && nm > 0)
            nm--, hidden++;
        double rh = (bot - top) / (double)(nm + (hidden ? 1 : 0) > 0 ? nm + (hidden ? 1 : 0) : 1);
        /* column headers: short document names, bottom-aligned */
        for (size_t d = 0; d < cv->nd; d++) {
            char sh[300];
            th_doc_short(t->in, cv->docs[d], sh, sizeof sh);
            int nl = th_wrap(t, 0, 0, cw - 4, hl, 0.5, FONT_BOLD, t->tick, t->ink, sh, "", 0);
            double y = top - 0.4 * t->tick - (nl - 1) * tick_lh -
                       fonts_descent(t->f, FONT_CJK, t->tick);
            th_wrap(t, gx0 + cw * ((double)d + 0.5), y, cw - 4, hl, 0.5, FONT_BOLD, t->tick,
                    t->ink, sh, "column", 1);
        }
        double r = fmin(rh, cw) * 0.36;
        for (size_t m = 0; m < nm; m++) {
            double cy = top + rh * ((double)m + 0.5);
            if (m % 2 == 0) {
                Style st = th_fill(t->track);
                scene_rect(t->s, t->px0, cy - rh / 2, t->px1 - t->px0, rh, &st);
            }
            th_metric_label(t->in, cv->metrics[m], lab, sizeof lab);
            if (!*cv->metrics[m])
                snprintf(lab, sizeof lab, "Other figures");
            /* one line, or two when the row is tall enough; cut with "…" */
            double asc = fonts_ascent(t->f, FONT_REGULAR, t->label);
            double dsc = fonts_descent(t->f, FONT_REGULAR, t->label);
            int maxl = rh >= 2 * lab_lh + 2 ? 2 : 1;
            int nl = th_wrap(t, 0, 0, lw, maxl, 0, FONT_REGULAR, t->label, t->ink, lab, "", 0);
            double y0 = cy + (asc - dsc) / 2 - (nl - 1) * lab_lh / 2;
            th_wrap(t, t->px0, y0, lw, maxl, 0, FONT_REGULAR, t->label, t->ink, lab, "label", 1);
            for (size_t d = 0; d < cv->nd; d++) {
                double cx = gx0 + cw * ((double)d + 0.5);
                unsigned k = cv->cnt[m][d];
                if (k == 0) {
                    Style st = th_fill(t->grid);
                    scene_circle(t->s, cx, cy, fmax(1.5, r * 0.25), &st);
                    continue;
                }
                Style st = th_fill(*cv->metrics[m] ? t->accent : TH_SKY);
                scene_circle(t->s, cx, cy, r, &st);
                char num[16];
                snprintf(num, sizeof num, "%u", k);
                double ts = fmin(t->tick, r * 1.1);
                double a2 = fonts_ascent(t->f, FONT_BOLD, ts), d2 = fonts_descent(t->f, FONT_BOLD, ts);
                if (th_width(t, FONT_BOLD, ts, num) < 2 * r && a2 + d2 < 2 * r)
                    th_line(t, cx, cy + (a2 - d2) / 2, 0.5, FONT_BOLD, ts, (Rgba){1, 1, 1, 1}, num,
                            0, "count");
            }
        }
        if (hidden) {
            char msg[96];
            snprintf(msg, sizeof msg, "+ %zu more metrics not shown (see the CSV)", hidden);
            th_line(t, t->px0, top + rh * ((double)nm + 0.7), 0, FONT_ITALIC, t->tick, t->muted,
                    msg, 0, "more");
        }
    }
    buf_free(&notes);
    buf_free(&src);
    free(cv);
}

/* Index of s in v[0..n), or n. */
static size_t find_str(const char *const *v, size_t n, const char *s)
{
    size_t k = 0;
    while (k < n && strcmp(v[k], s) != 0)
        k++;
    return k;
}

static void cover_csv(const ChartInputs *in, Buf *out)
{
    Cover *cv = xmalloc(sizeof *cv);
    collect_cover(in, cv);
    buf_puts(out, "metric,doc,claims,claim_ids\n");
    /* The claims of each cell, in table order: each claim's cell is found
     * once, then a counting sort groups them (never cells x claims). */
    size_t n = in->claims->n, ncell = cv->nm * cv->nd;
    size_t *cell = xcalloc(n + 1, sizeof *cell), *start = xcalloc(ncell + 2, sizeof *start);
    size_t *order = xcalloc(n + 1, sizeof *order);
    for (size_t i = 0; i < n; i++) {
        const Claim *c = &in->claims->v[i];
        size_t m = find_str(cv->metrics, cv->nm, c->metric), d = find_str(cv->docs, cv->nd, c->doc);
        cell[i] = m < cv->nm && d < cv->nd ? m * cv->nd + d : ncell;
        start[cell[i] + 1]++;
    }
    for (size_t k = 0; k < ncell; k++)
        start[k + 1] += start[k];
    for (size_t i = 0; i < n; i++)
        if (cell[i] < ncell)
            order[start[cell[i]]++] = i;
    for (size_t m = 0, at = 0; m < cv->nm; m++)
        for (size_t d = 0; d < cv->nd; d++) {
            size_t k = m * cv->nd + d, from = at;
            at = start[k];   /* the cell's claims are order[from .. at) */
            if (!cv->cnt[m][d])
                continue;
            csvio_str(out, cv->metrics[m]);
            buf_putc(out, ',');
            csvio_str(out, cv->docs[d]);
            buf_printf(out, ",%u,", cv->cnt[m][d]);
            Buf ids;
            buf_init(&ids, 0);
            for (size_t i = from; i < at; i++)
                buf_printf(&ids, "%s%s", ids.len ? " " : "", in->claims->v[order[i]].id);
            csvio_str(out, ids.data ? ids.data : "");
            buf_free(&ids);
            buf_putc(out, '\n');
        }
    free(cell);
    free(start);
    free(order);
    free(cv);
}

static void cover_alt(const ChartInputs *in, Buf *out)
{
    Cover *cv = xmalloc(sizeof *cv);
    collect_cover(in, cv);
    char sub[600];
    cover_takeaway(cv, sub, sizeof sub);
    buf_printf(out, "Matrix of %zu documents against %zu metrics, a dot where a document states a figure. %s.",
               cv->nd, cv->nm, sub);
    char lab[300], sh[300];
    for (size_t d = 0; d < cv->nd; d++) {
        size_t k = 0;
        for (size_t m = 0; m < cv->nm; m++)
            k += cv->cnt[m][d];
        if (!k)
            continue;
        th_doc_short(in, cv->docs[d], sh, sizeof sh);
        buf_printf(out, " %s: %zu claim%s (", sh, k, k == 1 ? "" : "s");
        int first = 1;
        for (size_t m = 0; m < cv->nm; m++)
            if (cv->cnt[m][d]) {
                th_metric_label(in, cv->metrics[m], lab, sizeof lab);
                buf_printf(out, "%s%s", first ? "" : ", ", *cv->metrics[m] ? lab : "other");
                first = 0;
            }
        buf_puts(out, ").");
    }
    buf_puts(out, "\n");
    free(cv);
}

const ChartDef chart_coverage_def = {"coverage", cover_build, cover_csv, cover_alt};
