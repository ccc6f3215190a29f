/* chart_consistency.c — each consistency finding as its implied interval
 * against the reference interval, on one log axis of "implied ÷ reference"
 * (so checks in people and in people per household share it), coloured
 * by verdict and labelled with the verdict word (colour is never the only
 * cue). Input: findings of kind consistency (findings.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart_theme.h"
#include "csvio.h"

enum { MAXF = 200 };

typedef struct FRow {
    const Finding *f;
    double v, lo, hi;      /* implied, divided by the reference value */
    double rlo, rhi;       /* reference interval, divided likewise */
} FRow;

static size_t collect(const ChartInputs *in, FRow *rows, size_t *skipped)
{
    size_t n = 0;
    *skipped = 0;
    for (size_t i = 0; i < in->findings->n && n < MAXF; i++) {
        const Finding *f = &in->findings->v[i];
        /* checks against a reference, and documents against each other
         * (the highest figure over the lowest) */
        if (f->kind != FK_CONSISTENCY && f->kind != FK_AGREEMENT)
            continue;
        double ref = f->other_value;
        if (!isfinite(ref) && isfinite(f->other_low) && isfinite(f->other_high))
            ref = (f->other_low + f->other_high) / 2;
        double v = f->value;
        if (!isfinite(v) && isfinite(f->low) && isfinite(f->high))
            v = (f->low + f->high) / 2;
        if (!(ref > 0) || !(v > 0)) {
            (*skipped)++;
            continue;
        }
        FRow *r = &rows[n++];
        r->f = f;
        r->v = v / ref;
        r->lo = f->low > 0 ? f->low / ref : NAN;
        r->hi = f->high > 0 ? f->high / ref : NAN;
        r->rlo = f->other_low > 0 ? f->other_low / ref : 1;
        r->rhi = f->other_high > 0 ? f->other_high / ref : 1;
    }
    return n;
}

static Rgba verdict_color(const Th *t, Verdict v)
{
    return v == V_CONSISTENT ? TH_GREEN : v == V_TENSION ? TH_ORANGE
           : v == V_INCONSISTENT ? TH_VERMILLION : t->muted;
}

static void takeaway(const FRow *rows, size_t n, char *out, size_t cap)
{
    size_t ok = 0, bad = 0;
    const FRow *worst = NULL;
    for (size_t i = 0; i < n; i++) {
        ok += rows[i].f->verdict == V_CONSISTENT;
        if (rows[i].f->verdict == V_INCONSISTENT || rows[i].f->verdict == V_TENSION) {
            bad++;
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
        snprintf(out, cap, "%zu of %zu checks hold; %zu do%s not: the worst is %s times %s its reference",
                 ok, n, bad, bad == 1 ? "es" : "", x, worst->v >= 1 ? "above" : "below");
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

static void build(Th *t)
{
    FRow *rows = xcalloc(MAXF, sizeof *rows);
    size_t skipped;
    size_t n = collect(t->in, rows, &skipped);
    char sub[600];
    takeaway(rows, n, sub, sizeof sub);
    Buf notes, src;
    buf_init(&notes, 0);
    buf_init(&src, 0);
    buf_puts(&notes, "Log scale of implied \xc3\xb7 reference (for documents that disagree: the "
                     "highest figure \xc3\xb7 the lowest). Grey band: the reference interval; "
                     "dot and whisker: the implied value and its interval; an arrow: an open bound. "
                     "Colour and word give the verdict (green consistent, orange tension, vermillion inconsistent).");
    if (skipped)
        buf_printf(&notes, " %zu check%s without a positive reference cannot be placed.", skipped,
                   skipped == 1 ? "" : "s");
    /* Sources: the documents of the claims the findings use. */
    const char *docs[64];
    size_t nd = 0;
    for (size_t i = 0; i < n; i++) {
        const char *p = rows[i].f->claims;
        while (p && *p) {
            size_t l = strcspn(p, " ");
            char id[32];
            snprintf(id, sizeof id, "%.*s", (int)(l < 31 ? l : 31), p);
            const Claim *c = claimlist_find(t->in->claims, id);
            if (c) {
                size_t k = 0;
                while (k < nd && strcmp(docs[k], c->doc) != 0)
                    k++;
                if (k == nd && nd < 64)
                    docs[nd++] = c->doc;
            }
            p += l;
            while (*p == ' ')
                p++;
        }
    }
    th_sources_line(t->in, docs, nd, &src);
    buf_puts(&src, " References: data/reference.csv.");
    Frame fr = {"Do the figures agree with each other?", sub, notes.data, src.data};
    th_frame(t, &fr);
    if (n == 0) {
        th_empty(t, "No consistency findings in reports/findings.csv (run claimbrief compare).");
    } else {
        double mn = 0.5, mx = 2;
        for (size_t i = 0; i < n; i++) {
            const FRow *r = &rows[i];
            mn = fmin(mn, fmin(r->v, r->rlo));
            mx = fmax(mx, fmax(r->v, r->rhi));
            if (r->lo > 0)
                mn = fmin(mn, r->lo);
            if (r->hi > 0)
                mx = fmax(mx, r->hi);
        }
        Axis ax = th_log_axis(mn, mx, 0.05, 0.05);
        double tick_lh = th_lh(t, FONT_REGULAR, t->tick);
        double lab_lh = th_lh(t, FONT_REGULAR, t->label) * 1.08;
        double bot = t->py1 - tick_lh * 1.5, top = t->py0;
        double r = fmax(3, 6 * t->k);
        double vlh = th_lh(t, FONT_BOLD, t->tick);
        double need = fmax(2 * (vlh + r + 2), lab_lh * 2.2);
        size_t fit = (size_t)((bot - top) / need);
        size_t shown = n < fit ? n : fit;
        double lw = 0.36 * (t->px1 - t->px0);
        ax.x0 = t->px0 + lw + t->label + r;
        ax.x1 = t->px1 - r - 2;
        double rh = shown ? (bot - top) / (double)shown : 0;
        th_axis_draw(t, &ax, "x", top, bot);
        th_vline(t, th_ax(&ax, 1), top, bot, t->muted, fmax(0.8, 1.2 * t->k));
        int lines = (int)fmax(1, fmin(4, floor((rh - 2) / lab_lh)));
        for (size_t i = 0; i < shown; i++) {
            const FRow *w = &rows[i];
            Rgba col = verdict_color(t, w->f->verdict);
            double cy = top + rh * ((double)i + 0.5);
            char st[1024];
            short_statement(w->f, st, sizeof st);
            int nl = th_wrap(t, 0, 0, lw, lines, 0, FONT_REGULAR, t->label, t->ink, st, "", 0);
            double y0 = cy - nl * lab_lh / 2 + fonts_ascent(t->f, FONT_REGULAR, t->label) -
                        0.12 * t->label;
            th_wrap(t, t->px0, y0, lw, lines, 0, FONT_REGULAR, t->label, t->ink, st, "label", 1);
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
            char vt[200];
            value_text(w, 1, vt, sizeof vt);
            double vw = th_width(t, FONT_BOLD, t->tick, vt);
            double vx = fmin(fmax(x - vw / 2, ax.x0 - r), t->px1 - vw);
            double vy = cy - 2 * r - 2 - fonts_descent(t->f, FONT_BOLD, t->tick);
            th_halo(t, vx, vy, vw, FONT_BOLD, t->tick);
            th_line(t, vx, vy, 0, FONT_BOLD, t->tick, w->f->verdict == V_INFO ? t->ink : col, vt, 0,
                    "value");
        }
        if (shown < n) {
            char msg[96];
            snprintf(msg, sizeof msg, "+ %zu more checks not shown (see the CSV)", n - shown);
            th_line(t, t->px0, bot - 2, 0, FONT_ITALIC, t->tick, t->muted, msg, 0, "more");
        }
    }
    buf_free(&notes);
    buf_free(&src);
    free(rows);
}

static void csv(const ChartInputs *in, Buf *out)
{
    FRow *rows = xcalloc(MAXF, sizeof *rows);
    size_t skipped;
    size_t n = collect(in, rows, &skipped);
    buf_puts(out, "finding_id,verdict,value,low,high,reference,reference_low,reference_high,unit,"
                  "ratio_to_reference,claim_ids\n");
    for (size_t i = 0; i < n; i++) {
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

static void alt(const ChartInputs *in, Buf *out)
{
    FRow *rows = xcalloc(MAXF, sizeof *rows);
    size_t skipped;
    size_t n = collect(in, rows, &skipped);
    char sub[600];
    takeaway(rows, n, sub, sizeof sub);
    buf_printf(out, "Interval chart of %zu consistency checks, each implied figure against its reference. %s.",
               n, sub);
    for (size_t i = 0; i < n; i++) {
        char vt[200];
        value_text(&rows[i], 0, vt, sizeof vt);
        char st[1024];
        short_statement(rows[i].f, st, sizeof st);
        size_t l = strlen(st);
        while (l > 0 && (st[l - 1] == '.' || st[l - 1] == ' '))
            st[--l] = '\0';
        buf_printf(out, " %s (%s).", st, vt);
    }
    buf_puts(out, "\n");
    free(rows);
}

const ChartDef chart_consistency_def = {"consistency", build, csv, alt};
