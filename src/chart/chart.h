/* chart.h — the chart set: claims and findings in, Scenes out.
 *
 * Each chart is laid out once as a Scene (scene.h) at the size asked for;
 * the Cairo painter (paint_cairo.c) writes it as PNG/SVG/PDF and the brief
 * paints the same Scene with libharu. Charts come from the data: a new
 * metric, document or finding appears without code changes. A chart with
 * nothing to show is still drawn, with a line saying what is missing.
 *
 * Sizes (points, 1/72 in):
 *   slide   960 x 540   (13.333 x 7.5 in; PNG 1920 x 1080 at 144 dpi)
 *   slide43 720 x 540   (PNG 1440 x 1080 at 144 dpi)
 *   column  CHART_COLUMN_W x CHART_COLUMN_H: the brief's text width (A4,
 *           595 pt minus two 56 pt margins = 483 pt) by 0.6 of that.
 *   WxH     pixels at the PNG resolution (W/2 x H/2 points at 144 dpi).
 *
 * Ownership: ChartInputs only borrows; chart_build fills a Scene the
 * caller frees with scene_free; Bufs are the caller's.
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

/* What a chart is built from. claims, findings and fonts are required;
 * sources may be NULL (source lines then name the document files).
 * metric_label returns the human label of a metric id (data/metrics.csv)
 * or NULL; when it is NULL or gives NULL/"", the id is used, humanised
 * ("dsr_investment" -> "Dsr investment"). */
typedef struct ChartInputs {
    const ClaimList *claims;
    const FindingList *findings;
    const SourceList *sources;
    const Fonts *fonts;
    const char *(*metric_label)(const char *metric_id, void *ctx);
    void *label_ctx;
} ChartInputs;

/* The charts, in a fixed order: "money", "counts", "connectivity",
 * "consistency", "coverage". chart_name returns NULL past the end. */
size_t chart_count(void);
const char *chart_name(size_t i);
/* Index of a chart name, or -1. */
int chart_find(const char *name);

/* Lay chart name out at width_pt x height_pt into out (initialised here;
 * free with scene_free even on error). The scene's title and desc (alt
 * text) are set. transparent: background alpha 0. CB_EUSAGE for an
 * unknown name or a size too small to lay out (under 200 x 120 pt). */
int chart_build(const char *name, const ChartInputs *in, double width_pt, double height_pt,
                int transparent, Scene *out, Diag *d);

/* The numbers a chart shows, as CSV with claim / finding ids (NAME.csv). */
int chart_data_csv(const char *name, const ChartInputs *in, Buf *out, Diag *d);
/* The alt text: two or three sentences with the numbers (NAME.txt). */
int chart_alt_text(const char *name, const ChartInputs *in, Buf *out, Diag *d);

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

/* Render one (chart, format) into bytes (out initialised here): what the
 * build step calls, one at a time, so it can run them in parallel and skip
 * the unchanged. Safe to call from several threads with the same inputs. */
int chart_render(const char *name, ChartFormat fmt, const ChartInputs *in, const ChartSize *size,
                 int transparent, Buf *out, Diag *d);

#endif
