/* bbody.c — the brief's body: the findings, ranked; the overview charts;
 * and a section per metric with its chart and trend (see bsect.h). */
#include "bsect.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phrase.h"

/* ---- figures ---- */

int brief_figure(Lay *L, size_t chart, size_t part, size_t nfig, double maxh)
{
    const ChartPlan *plan = L->in->plan;
    double w = CHART_COLUMN_W;
    /* each part as tall as its rows: the last of a long chart is short */
    size_t parts = chart_parts(plan, chart, w, maxh);
    if (part >= parts)
        return -1;
    double h = chart_part_height(plan, chart, part, w, maxh);
    Scene *s = xcalloc(1, sizeof *s);
    Diag d = {0};
    if (chart_build_part(plan, chart, part, w, maxh, h, 0, s, &d) != 0) {
        scene_free(s);
        free(s);
        return -1;
    }
    double scale = s->width > L->cw ? L->cw / s->width : 1;
    /* The chart has its title, takeaway, notes and sources: the caption
     * numbers it and says where every figure of it is listed. */
    Buf cap;
    buf_init(&cap, 0);
    buf_printf(&cap, "Figure %zu. %s", nfig, chart_title(plan, chart));
    if (parts > 1)
        buf_printf(&cap, " (part %zu of %zu here)", part + 1, parts);
    buf_printf(&cap, ". Every figure of it, with its claim, is in reports/charts/%s.csv%s.",
               chart_name(plan, chart), parts > 1 || chart_parts(plan, chart, 960, 540) > 1
                                            ? " and the CSVs of its other parts" : "");
    TextBlock b;
    textlayout_wrap(L->f, FONT_ITALIC, 8.5, cap.data, cap.len, L->cw, &b);
    buf_free(&cap);
    blay_ensure(L, s->height * scale + 6 + blay_block_h(&b));
    blay_place_scene(L, s, L->left + (L->cw - s->width * scale) / 2, L->y, scale);
    L->y += s->height * scale + 4;
    L->y += blay_block(L, &b, L->left, L->y, BL_GREY, 0) + 16;
    textlayout_free(&b);
    return 0;
}

/* The tallest a chart may be: most of a page. */
static double fig_max(const Lay *L)
{
    return fmin(430, (L->bottom - L->top) * 0.62);
}

/* ---- findings ---- */

static Rgba verdict_color(Verdict v)
{
    switch (v) {
    case V_CONSISTENT: return (Rgba){0.11, 0.49, 0.27, 1};
    case V_TENSION: return (Rgba){0.72, 0.42, 0.00, 1};
    case V_INCONSISTENT: return (Rgba){0.75, 0.13, 0.13, 1};
    default: return (Rgba){0.35, 0.40, 0.50, 1};
    }
}

/* "Claims 3, 7" under a finding, each number linking to its row. */
static void claim_refs(Lay *L, const Finding *f, double x, double w)
{
    const char *p = f->claims ? f->claims : "";
    double size = 8, lead = blay_lead(size);
    double cx = x, y = L->y;
    const char *label = "Claims ";
    blay_text(L, cx, y + size * 0.93, FONT_REGULAR, size, BL_GREY, label, strlen(label));
    cx += fonts_width(L->f, FONT_REGULAR, size, label, strlen(label));
    int first = 1, any = 0;
    while (*p) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        size_t row = n ? blay_claim(L, p, n) : SIZE_MAX;
        p += n;
        if (row == SIZE_MAX)
            continue;
        L->claim_cited[row] = 1;
        char num[32];
        snprintf(num, sizeof num, "%s%zu", first ? "" : ", ", row + 1);
        double nw = fonts_width(L->f, FONT_REGULAR, size, num, strlen(num));
        if (cx + nw > x + w) {
            y += lead;
            cx = x;
        }
        blay_text(L, cx, y + size * 0.93, FONT_REGULAR, size, BL_ACCENT, num, strlen(num));
        blay_link(L, cx, y, nw, lead, LINK_CLAIM, row, NULL);
        cx += nw;
        first = 0;
        any = 1;
    }
    if (any)
        L->y = y + lead;
}

static size_t claim_ref_lines(const Lay *L, const Finding *f, double w)
{
    size_t n = 1;
    double cx = 40, size = 8;
    const char *p = f->claims ? f->claims : "";
    while (*p) {
        while (*p == ' ')
            p++;
        size_t k = strcspn(p, " ");
        p += k;
        double nw = fonts_width(L->f, FONT_REGULAR, size, "0000, ", 6);
        if (cx + nw > w)
            n++, cx = 0;
        cx += nw;
    }
    return n;
}

void sec_findings(Lay *L, const Budget *b)
{
    const FindingList *fl = L->in->findings;
    sec_heading(L, SEC_FINDINGS, 60);
    char rs[40], rc[40];
    sec_ref(SEC_SOURCES, rs, sizeof rs);
    sec_ref(SEC_CLAIMS, rc, sizeof rc);
    Buf intro;
    buf_init(&intro, 0);
    buf_printf(&intro, "Each comparison in plain words, with its verdict: consistent (the intervals "
                       "the hedges allow meet), tension (they miss, but by less than the margin "
                       "such figures are usually rounded by), inconsistent (they cannot both "
                       "describe the same thing), or information (a scale comparison, no verdict). "
                       "Contradictions between documents come first. Figures are combined only "
                       "in the same unit (money through a cited exchange rate for its year), "
                       "place and year; [n] is a document in %s, the claim numbers are rows of "
                       "%s.", rs, rc);
    blay_para(L, intro.data, FONT_REGULAR, 10, BL_GREY, L->left, L->cw, 10, 0);
    buf_free(&intro);
    size_t total = 0;
    for (size_t i = 0; i < fl->n; i++)
        total += fl->v[i].kind != FK_EXCLUDED;
    if (total == 0)
        blay_para(L, "No findings: run 'claimbrief compare' first, or the claims offer nothing "
                     "to compare.", FONT_ITALIC, 10, BL_INK, L->left, L->cw, 8, 0);
    double tagw = 78, gap = 10, tw = L->cw - tagw - gap;
    size_t shown = 0;
    /* findings.csv is ranked (compare.h): in its order, up to the budget */
    for (size_t i = 0; i < fl->n && shown < b->findings; i++) {
        const Finding *f = &fl->v[i];
        if (f->kind == FK_EXCLUDED)
            continue;
        TextBlock st;
        const char *text = f->statement ? f->statement : "";
        textlayout_wrap(L->f, FONT_REGULAR, 10, text, strlen(text), tw, &st);
        double h = blay_block_h(&st) + 3 + (double)claim_ref_lines(L, f, tw) * blay_lead(8);
        if (h < 18)
            h = 18;
        blay_ensure(L, h + 10);
        Rgba vc = verdict_color(f->verdict);
        /* Colour and word: the verdict reads in grey print too. */
        const char *word = f->verdict == V_INFO ? "INFORMATION" : f->verdict == V_CONSISTENT ? "CONSISTENT"
                           : f->verdict == V_TENSION ? "TENSION" : "INCONSISTENT";
        blay_rect(L, L->left, L->y, tagw, 16, vc);
        double ww = textlayout_width(L->f, FONT_BOLD, 7.5, word, strlen(word));
        blay_text(L, L->left + (tagw - ww) / 2, L->y + 10.8, FONT_BOLD, 7.5, BL_WHITE, word, strlen(word));
        double y0 = L->y;
        L->y += blay_block(L, &st, L->left + tagw + gap, L->y, BL_INK, 1) + 3;
        claim_refs(L, f, L->left + tagw + gap, tw);
        if (L->y < y0 + 18)
            L->y = y0 + 18;
        L->y += 10;
        textlayout_free(&st);
        shown++;
    }
    if (total > shown) {
        char more[300];
        snprintf(more, sizeof more, "%zu more finding%s, in the same order, are in "
                 "reports/findings.csv.", total - shown, total - shown == 1 ? "" : "s");
        blay_para(L, more, FONT_ITALIC, 9.5, BL_GREY, L->left, L->cw, 8, 0);
    }
    /* What the comparisons left out, and why: a note per comparison. */
    size_t nex = 0, exshown = 0;
    for (size_t i = 0; i < fl->n; i++)
        nex += fl->v[i].kind == FK_EXCLUDED && fl->v[i].statement;
    if (nex) {
        blay_heading(L, 1, "", "Not compared", 40, 0);
        for (size_t i = 0; i < fl->n && exshown < b->excluded; i++) {
            const Finding *f = &fl->v[i];
            if (f->kind != FK_EXCLUDED || !f->statement)
                continue;
            blay_para(L, f->statement, FONT_REGULAR, 9, BL_GREY, L->left, L->cw, 4, 1);
            exshown++;
        }
        if (nex > exshown) {
            char more[200];
            snprintf(more, sizeof more, "%zu more such notes are in reports/findings.csv.",
                     nex - exshown);
            blay_para(L, more, FONT_ITALIC, 9, BL_GREY, L->left, L->cw, 4, 0);
        }
    }
}

/* ---- the overview charts ---- */

static int is_prefix(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

/* The parts of chart i the brief shows, one after the other. */
static void figure_parts(Lay *L, const Budget *b, size_t i, size_t *nfig)
{
    const ChartPlan *plan = L->in->plan;
    double maxh = fig_max(L);
    size_t parts = chart_parts(plan, i, CHART_COLUMN_W, maxh);
    for (size_t k = 0; k < parts && k < b->chart_parts; k++)
        if (brief_figure(L, i, k, *nfig + 1, maxh) == 0)
            (*nfig)++;
}

void sec_charts(Lay *L, const Budget *b, size_t *nfig)
{
    const ChartPlan *plan = L->in->plan;
    sec_heading(L, SEC_CHARTS, 200);
    char rm[40];
    sec_ref(SEC_METRICS, rm, sizeof rm);
    Buf intro;
    buf_init(&intro, 0);
    buf_printf(&intro, "The money figures on one scale, the consistency checks and what backs "
                       "each metric. Each metric has its own chart in %s. The same charts, for "
                       "slides, are in reports/charts/ with the numbers behind them.", rm);
    blay_para(L, intro.data, FONT_REGULAR, 10, BL_GREY, L->left, L->cw, 10, 0);
    buf_free(&intro);
    size_t before = *nfig;
    for (size_t i = 0; plan && i < chart_count(plan); i++) {
        const char *nm = chart_name(plan, i);
        if (!chart_shown(plan, i) || is_prefix(nm, "metric-") || is_prefix(nm, "trend-") ||
            is_prefix(nm, "other-"))
            continue;
        figure_parts(L, b, i, nfig);
    }
    if (*nfig == before)
        blay_para(L, "No charts were made for this brief (data/charts.csv hides them).",
                  FONT_ITALIC, 10, BL_INK, L->left, L->cw, 8, 0);
}

/* ---- a section per metric ---- */

void sec_metrics(Lay *L, const Budget *b, size_t *nfig)
{
    const ChartPlan *plan = L->in->plan;
    sec_heading(L, SEC_METRICS, 100);
    blay_para(L, "One section per metric of data/metrics.csv with figures, the best-documented "
                 "first: every figure on its chart, labelled with its place, year and source; a "
                 "place\xE2\x80\x99s figures for several years on the trend chart after it. A row "
                 "of dots is a quantity many documents give (each dot a document\xE2\x80\x99s "
                 "figure); a bar marks their median.",
              FONT_REGULAR, 10, BL_GREY, L->left, L->cw, 8, 0);
    size_t nsec = 0, left = 0;
    Buf rest;
    buf_init(&rest, 0);
    for (size_t i = 0; plan && i < chart_count(plan); i++) {
        const char *nm = chart_name(plan, i);
        if (!chart_shown(plan, i) || !is_prefix(nm, "metric-"))
            continue;
        if (nsec >= b->metric_sections) {
            buf_printf(&rest, "%s%s (%zu figures)", left ? "; " : "", chart_title(plan, i),
                       chart_items(plan, i));
            left++;
            continue;
        }
        char num[32];
        snprintf(num, sizeof num, "%s.%zu", sec_num(SEC_METRICS), ++nsec);
        /* the heading keeps with its paragraph and its chart */
        double keep = chart_fit_height(plan, i, CHART_COLUMN_W, fig_max(L)) *
                          (L->cw < CHART_COLUMN_W ? L->cw / CHART_COLUMN_W : 1) + 60;
        blay_heading(L, 1, num, chart_title(plan, i), keep, 0);
        Buf t;
        buf_init(&t, 0);
        buf_printf(&t, "%s.", chart_takeaway(plan, i));
        blay_para(L, t.data, FONT_REGULAR, 10, BL_INK, L->left, L->cw, 6, 0);
        buf_free(&t);
        figure_parts(L, b, i, nfig);
        /* its trend, right after it */
        char tn[160];
        snprintf(tn, sizeof tn, "trend-%s", nm + 7);
        int ti = chart_find(plan, tn);
        if (b->trends && ti >= 0 && chart_shown(plan, (size_t)ti)) {
            Budget one = *b;
            one.chart_parts = 1;
            figure_parts(L, &one, (size_t)ti, nfig);
        }
    }
    if (left) {
        blay_heading(L, 1, "", "Other metrics", 40, 0);
        Buf t;
        buf_init(&t, 0);
        buf_printf(&t, "%zu more metric%s, whose charts are in reports/charts/: %s.", left,
                   left == 1 ? "" : "s", rest.data);
        blay_para(L, t.data, FONT_REGULAR, 10, BL_INK, L->left, L->cw, 8, 0);
        buf_free(&t);
    }
    buf_free(&rest);
    /* Figures no metric describes, by kind of unit. */
    int head = 0;
    for (size_t i = 0; plan && i < chart_count(plan); i++) {
        if (!chart_shown(plan, i) || !is_prefix(chart_name(plan, i), "other-"))
            continue;
        if (!head++) {
            char num[32];
            snprintf(num, sizeof num, "%s.%zu", sec_num(SEC_METRICS), ++nsec);
            blay_heading(L, 1, num, "Figures without a metric", 140, 0);
            blay_para(L, "Figures the metrics of data/metrics.csv do not describe, by kind of "
                         "unit, each unit on its own scale. A metric for the ones that matter "
                         "makes them comparable (a data edit, no code).",
                      FONT_REGULAR, 10, BL_INK, L->left, L->cw, 6, 0);
        }
        Budget one = *b;
        one.chart_parts = 1;
        figure_parts(L, &one, i, nfig);
    }
}
