/* chart.h — the charts a corpus calls for: claims and findings in, Scenes out.
 *
 * The set of charts comes from the data (chart_plan.h has the list of
 * kinds): one for every metric and one more for its trend when it has
 * figures for several years, the money on one axis, figures without a
 * metric by kind of unit, the consistency checks, the coverage. Every
 * figure is drawn and labelled with its place, year and source; a chart
 * whose figures do not fit at a size goes on over numbered continuation
 * parts ("metric-internet_users", "metric-internet_users-2", ...), so
 * nothing is dropped. Presenters choose, order and title the charts in
 * data/charts.csv (chartprefs.h).
 *
 * Each part is laid out once as a Scene (scene.h) at the size asked for;
 * the Cairo painter (paint_cairo.c) writes it as PNG/SVG/PDF and the
 * brief paints the same Scene with libharu.
 *
 * Sizes (points, 1/72 in):
 *   slide   960 x 540   (13.333 x 7.5 in; PNG 1920 x 1080 at 144 dpi)
 *   slide43 720 x 540   (PNG 1440 x 1080 at 144 dpi)
 *   column  CHART_COLUMN_W x CHART_COLUMN_H: the brief's text width (A4,
 *           595 pt minus two 56 pt margins = 483 pt) by 0.6 of that.
 *   WxH     pixels at the PNG resolution (W/2 x H/2 points at 144 dpi).
 *
 * Ownership: ChartInputs only borrows (it must outlive the plan);
 * chart_plan_make returns a plan freed with chart_plan_free; Scenes and
 * Bufs filled here are the caller's.
 */
#ifndef CB_CHART_H
#define CB_CHART_H

#include <stddef.h>

#include "buf.h"
#include "claim.h"
#include "diag.h"
#include "findings.h"
#include "font.h"
#include "scene.h"
#include "sources.h"

#define CHART_COLUMN_W 483.0
#define CHART_COLUMN_H 290.0

typedef struct ChartPrefs ChartPrefs;
typedef struct Metrics Metrics;

/* What the charts are made from. claims, findings and fonts are required;
 * sources may be NULL (charts then cite document files); prefs may be
 * NULL (every chart, default order and titles). metric_label returns the
 * human label of a metric id (data/metrics.csv) or NULL; when it is NULL
 * or gives NULL/"", the id is used, humanised ("dsr_investment" -> "DSR
 * investment"). metrics (data/metrics.csv; may be NULL: no place is then
 * known to be a country) places each figure where the comparisons do
 * (placed.h): a count of countries a claim places in one country is a
 * World row, as its finding is World's. */
typedef struct ChartInputs {
    const ClaimList *claims;
    const FindingList *findings;
    const SourceList *sources;
    const Fonts *fonts;
    const char *(*metric_label)(const char *metric_id, void *ctx);
    void *label_ctx;
    const ChartPrefs *prefs;
    const Metrics *metrics;
} ChartInputs;

typedef struct ChartPlan ChartPlan;

/* Plan the charts of in (time linear in the claims, up to a sort).
 * Never fails; a corpus without claims still has its coverage chart. */
ChartPlan *chart_plan_make(const ChartInputs *in);
void chart_plan_free(ChartPlan *p);

/* The charts in the presenter's order (data/charts.csv), hidden ones
 * included: chart_shown says which to make by default. */
size_t chart_count(const ChartPlan *p);
const char *chart_name(const ChartPlan *p, size_t i);     /* "metric-internet_users" */
const char *chart_title(const ChartPlan *p, size_t i);
int chart_shown(const ChartPlan *p, size_t i);
/* The figures (or findings, or metrics) chart i shows, all parts together. */
size_t chart_items(const ChartPlan *p, size_t i);
/* Index of the chart named name, or -1. */
int chart_find(const ChartPlan *p, const char *name);

/* The takeaway of chart i (its subtitle): one sentence about all its parts. */
const char *chart_takeaway(const ChartPlan *p, size_t i);
/* The height, at most max_pt, at which chart i at width_pt shows what it
 * shows at max_pt with no room to spare: a chart of few rows is short.
 * (A chart of several parts, or a trend, keeps max_pt.) */
double chart_fit_height(const ChartPlan *p, size_t i, double width_pt, double max_pt);

/* The height at which part k of chart i, paged at width_pt x page_pt,
 * shows its items with no room to spare under them (chart_build_part
 * draws it so): the last part of a long chart, a few rows, is short.
 * page_pt when the part fills its page, or its kind does not say. */
double chart_part_height(const ChartPlan *p, size_t i, size_t k, double width_pt, double page_pt);

/* How many parts chart i has at width_pt x height_pt (>= 1). */
size_t chart_parts(const ChartPlan *p, size_t i, double width_pt, double height_pt);
/* The file stem of part k (0-based): "NAME", then "NAME-2", "NAME-3"... */
void chart_part_name(const ChartPlan *p, size_t i, size_t k, char *out, size_t cap);

/* Lay part k of chart i out at width_pt x height_pt into out
 * (initialised here; free with scene_free even on error). The scene's
 * title and desc (alt text) are set. transparent: background alpha 0.
 * CB_EUSAGE for a size too small to lay out (under 200 x 120 pt) or a
 * part past the last. */
int chart_build(const ChartPlan *p, size_t i, size_t k, double width_pt, double height_pt,
                int transparent, Scene *out, Diag *d);
/* The same for part k of chart i paged at width_pt x page_pt, drawn on a
 * canvas height_pt tall (at most page_pt: chart_part_height). */
int chart_build_part(const ChartPlan *p, size_t i, size_t k, double width_pt, double page_pt,
                     double height_pt, int transparent, Scene *out, Diag *d);

/* The figures part k shows, as CSV with claim / finding ids (NAME.csv),
 * and its alt text (NAME.txt): the same parts as chart_build at that size. */
int chart_data_csv(const ChartPlan *p, size_t i, size_t k, double width_pt, double height_pt,
                   Buf *out, Diag *d);
int chart_alt_text(const ChartPlan *p, size_t i, size_t k, double width_pt, double height_pt,
                   Buf *out, Diag *d);

/* Output formats and sizes for files. */
typedef enum ChartFormat { CHART_PNG, CHART_SVG, CHART_PDF, CHART_NFORMATS } ChartFormat;
const char *chart_format_ext(ChartFormat f);   /* "png", "svg", "pdf" */

typedef struct ChartSize {
    double width_pt, height_pt;
    double px_per_pt;   /* PNG pixels per point: dpi / 72 */
} ChartSize;

/* Parse "slide", "slide43", "column" or "WxH" (pixels) with dpi (PNG
 * resolution, default 144) into out. CB_EUSAGE with a message on error. */
int chart_size_parse(const char *spec, double dpi, ChartSize *out, Diag *d);

/* Render part k of chart i in one format into bytes (out initialised
 * here): what the build calls, one at a time, so it can run them in
 * parallel and skip the unchanged. Safe to call from several threads on
 * the same plan. */
int chart_render(const ChartPlan *p, size_t i, size_t k, ChartFormat fmt, const ChartSize *size,
                 int transparent, Buf *out, Diag *d);
/* Paint a scene built by chart_build in one format. */
int chart_paint(const Scene *s, const Fonts *fonts, ChartFormat fmt, double px_per_pt, Buf *out,
                Diag *d);

#endif
