/* chart_plan.h — which charts a corpus calls for, and what each shows.
 * Internal to chart*.c; chart.h is the public face (ChartPlan is opaque
 * there).
 *
 * The plan is made once from the inputs (chart_plan_make in chart_plan.c)
 * and never depends on a size: every chart is a list of items (rows of
 * figures, series of a trend, findings) in a fixed order. A size only
 * decides how many items fit on one picture: the rest go on numbered
 * continuation parts (chart_page), so nothing is ever dropped.
 *
 * The charts, by kind:
 *   money        every sum in US dollars, one group per metric (and one
 *                for sums without a metric), on one log axis
 *   metric-ID    every figure of one metric, one group per quantity
 *                (place and year): several sources of a quantity side by
 *                side, each with its interval
 *   trend-ID     a metric's figures by year, one series per place that
 *                has figures for two years or more
 *   other-KIND   figures without a metric, by kind of unit (money, shares,
 *                multiples, counts), one row per unit on its own scale
 *   consistency  each consistency finding against its reference
 *   coverage     how many documents and claims back each metric
 * A group of up to PLAN_EXPAND figures gets one row per figure, labelled
 * with its place, year and source; a bigger group is one strip row of
 * dots (every figure drawn) with its median and range.
 *
 * Ownership: the plan owns every spec, row, label (its string pool) and
 * figure; figures point into the inputs' claims, which must outlive it.
 */
#ifndef CB_CHART_PLAN_H
#define CB_CHART_PLAN_H

#include <stddef.h>

#include "buf.h"
#include "chart.h"
#include "chart_theme.h"

/* Groups of up to this many figures are drawn one row per figure: a
 * quantity's sources side by side, a rare unit's few figures. */
#define PLAN_EXPAND 4
#define PLAN_EXPAND_OTHER 2
/* ...unless that makes a chart of more rows than this (about three
 * slides): then every group of two figures or more is a strip. */
#define PLAN_MAX_ROWS 36

typedef enum ChartKind {
    CK_MONEY, CK_METRIC, CK_TREND, CK_OTHER, CK_CONSISTENCY, CK_COVERAGE, CK_NKINDS
} ChartKind;

/* One figure: a claim with a number, as drawn. */
typedef struct Fig {
    const Claim *c;
    double v, lo, hi;      /* point, interval ends (NAN when open) */
    unsigned doc;          /* index into ChartPlan.docs */
} Fig;

/* A row of a row chart: one figure, or a strip of a group's figures. */
typedef struct PRow {
    size_t fig, nfig;      /* the spec's figs [fig, fig + nfig); nfig > 1: a strip */
    size_t group;          /* rows of one group are banded alike and kept together */
    size_t scale;          /* index into the spec's scales */
    const char *label;     /* "World, 2023 · ITU (2024)" */
} PRow;

/* A scale: the figures sharing one axis (one unit). */
typedef struct PScale {
    char unit[64];
    double mn, mx;         /* data range over points and finite bounds */
    double mnpos;          /* smallest positive value, or NAN */
    int log;               /* log axis */
    size_t nfig;           /* figures on it */
} PScale;

/* A series of a trend chart: one place's figures, by year. */
typedef struct PSeries {
    const char *label;     /* "World" */
    size_t fig, nfig;      /* the spec's figs, sorted by year then value */
} PSeries;

/* A coverage row: one metric. */
typedef struct PCover {
    const char *label;
    const char *metric;    /* id, "" for figures without a metric */
    size_t claims, docs;
} PCover;

typedef struct ChartSpec {
    char name[96];         /* file stem: [a-z0-9_-] */
    ChartKind kind;
    char title[300];       /* the presenter's (data/charts.csv) or the default */
    int custom_title;      /* title came from data/charts.csv */
    int shown;             /* 0: hidden by data/charts.csv */
    const char *metric;    /* metric and trend charts: the id */
    Fig *figs;
    size_t nfig;
    PRow *rows;            /* row charts (money, metric, other) */
    size_t nrows, ngroups;
    PScale *scales;
    size_t nscales;
    PSeries *ser;          /* trend */
    size_t nser;
    const Finding **finds; /* consistency */
    size_t nfind;
    PCover *cover;         /* coverage */
    size_t ncover;
    size_t nitems;         /* rows, series, findings or coverage rows: what is paged */
    const char *takeaway;  /* the subtitle, about the whole chart */
    const char *notes;     /* hedges and reading notes, about the whole chart */
} ChartSpec;

/* A document as charts cite it. */
typedef struct PDoc {
    const char *file;
    const char *cite;      /* "Amalia et al. (2025)", "ITU (2024)", or the file name */
} PDoc;

/* Geometry shared by paging and drawing at one size: the plot area a
 * chart's frame leaves, and how items are split into parts. */
typedef struct Pages {
    size_t n;              /* parts, >= 1 */
    size_t *start;         /* n + 1 item boundaries: part k is [start[k], start[k+1]) */
    double *h;             /* per item: its height (kinds with rows of their own height) */
    int *lines;            /* per item: its label's lines */
    double lw;             /* the label column's width */
    double slack;          /* room left under the first part's items (0: none, or unknown) */
    double *room;          /* per part: room left under its items (NULL: unknown) */
} Pages;
void pages_free(Pages *pg);
/* Cut pg's n items (their heights in pg->h) into parts of at most avail
 * each, in order, an item too tall for any part alone taking one part to
 * itself; sets start, n, room and slack (the room under a single part). */
void pages_split(Pages *pg, size_t n, double avail);

typedef struct PageCache {
    size_t chart;
    double w, h;
    Pages pg;
} PageCache;

struct ChartPlan {
    const ChartInputs *in;
    const ClaimList *claims;   /* in's claims, each where it is compared (placed.h) */
    ClaimList placed;          /* the copy placed_claims made, if any */
    void *mu;              /* a pthread_mutex_t guarding cache */
    PageCache *cache;
    size_t ncache, capcache;
    ChartSpec *v;
    size_t n;
    PDoc *docs;
    size_t ndocs;
    char **pool;           /* every string the plan made */
    size_t npool, cappool;
};

/* A copy of s kept by the plan. */
const char *plan_str(ChartPlan *p, const char *s);


/* The paging of chart i at w x h, computed once and kept by the plan (a
 * chart is paged for its part count, then again for each part, format,
 * CSV and alt text). Thread-safe; the copy's arrays belong to the plan. */
Pages plan_pages(const ChartPlan *p, size_t i, double w, double h);

/* The frame of part `part` of nparts (title with "(2 of 3)", the chart's
 * takeaway and notes, the part's source line) for spec cs. */
void plan_frame(const ChartSpec *cs, size_t part, size_t nparts, Buf *title);

/* Per kind (chart_rows.c, chart_trend.c, chart_consistency.c,
 * chart_coverage.c): split the items into parts at t's size; draw part k;
 * the CSV and alt text of items [a, b). */
typedef struct KindOps {
    void (*page)(Th *t, const ChartPlan *p, const ChartSpec *cs, Pages *out);
    void (*draw)(Th *t, const ChartPlan *p, const ChartSpec *cs, size_t part, const Pages *pg);
    void (*csv)(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out);
    void (*alt)(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out);
} KindOps;
extern const KindOps chart_rows_ops, chart_trend_ops, chart_consistency_ops, chart_coverage_ops;

/* chart_consistency.c: a finding that can sit on the chart's axis (a
 * positive value and reference); the chart's takeaway and notes. */
int consistency_placeable(const Finding *f);
void consistency_texts(const ChartSpec *cs, size_t unplaced, char *sub, size_t subcap, Buf *notes);

/* What every kind's page starts with: the frame laid out, not drawn,
 * with the longest title a part can have ("TITLE (99 of 99)") and a
 * two-line source, so t's plot area is the one every part will have (a
 * part's own title never takes a line its plot was counted on). */
void plan_page_begin(Th *t, const ChartSpec *cs);

/* The items [a, b) of one part of a chart. */
typedef struct PartItems {
    size_t a, b;
} PartItems;

/* What every kind's draw starts with: part `part`'s frame (its title,
 * with "(k of n)" when the chart has several parts; the chart's takeaway
 * and notes; the sources of the part's items, on two lines) drawn into
 * t's scene, which sets t's plot area between them. Returns the part's
 * items. */
PartItems plan_part_begin(Th *t, const ChartPlan *p, const ChartSpec *cs, size_t part,
                          const Pages *pg);

/* The documents behind items [a, b) of cs, as a source line. */
void plan_sources_line(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out);

#endif
