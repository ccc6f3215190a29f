/* chart_theme.h — what every chart shares: palette, type scale, frame
 * (title, takeaway, notes, source line), measured text, axes and human
 * number labels. Internal to chart*.c.
 *
 * The type scale follows the canvas: sizes are set for a 960 x 540 pt
 * slide and scaled by min(W/960, H/300) (the width, unless the canvas is
 * very flat), never below a floor readable in print (6 pt). Palette:
 * Okabe-Ito (colour-blind safe).
 *
 * Ownership: Th borrows the Scene and Fonts; strings passed in are copied
 * by the scene.
 */
#ifndef CB_CHART_THEME_H
#define CB_CHART_THEME_H

#include <stddef.h>

#include "buf.h"
#include "chart.h"
#include "phrase.h"
#include "unit.h"
#include "scene.h"

/* Okabe-Ito */
extern const Rgba TH_BLUE, TH_ORANGE, TH_GREEN, TH_VERMILLION, TH_SKY, TH_PURPLE, TH_YELLOW;
extern const Rgba TH_INK, TH_MUTED, TH_GRID, TH_TRACK;   /* on white */

typedef struct Th {
    Scene *s;
    const Fonts *f;
    const ChartInputs *in;
    Rgba ink, muted, grid, track;   /* text and rules: dark on paper, light when transparent */
    Rgba paper;                     /* what dots are outlined with */
    Rgba accent;                    /* the data colour: Okabe-Ito blue, sky blue on dark */
    double k;                    /* scale against the slide */
    double title, sub, label, tick, note;   /* font sizes, points */
    double m;                    /* outer margin */
    double px0, py0, px1, py1;   /* plot area left, top, right, bottom */
} Th;

typedef struct Frame {
    const char *title;
    const char *subtitle;   /* the takeaway */
    const char *notes;      /* hedges; may be "" */
    const char *source;     /* "Source: ..."; may be "" */
    int source_lines;       /* lines kept for the source (0: as it wraps, up to 2) */
} Frame;

void th_init(Th *t, Scene *s, const ChartInputs *in);
/* Draw title, subtitle, notes and source; set the plot area between them. */
void th_frame(Th *t, const Frame *fr);
/* Only set the plot area th_frame would leave (for paging). */
void th_frame_measure(Th *t, const Frame *fr);

/* Width of text in base (with CJK fallback) at size. */
double th_width(const Th *t, FontId base, double size, const char *s);
/* Draw one line at x (align 0 left, 0.5 centre, 1 right), baseline y;
 * returns its width. angle 0 or -90 (then x,y is the baseline's start). */
double th_line(Th *t, double x, double y, double align, FontId base, double size, Rgba c,
               const char *s, double angle, const char *role);
/* Wrap into at most maxlines lines of maxw (the last one ends with "…"
 * when cut), drawn from baseline y down; returns the number of lines.
 * When draw is 0 only counts. */
int th_wrap(Th *t, double x, double y, double maxw, int maxlines, double align, FontId base,
            double size, Rgba c, const char *s, const char *role, int draw);
/* Line height for size. */
double th_lh(const Th *t, FontId base, double size);
/* Copy s into out (cap bytes), cut to fit maxw with "…". */
void th_fit(const Th *t, FontId base, double size, const char *s, double maxw, char *out,
            size_t cap);

Style th_fill(Rgba c);
Style th_stroke(Rgba c, double w);
void th_hline(Th *t, double x0, double x1, double y, Rgba c, double w);
void th_vline(Th *t, double x, double y0, double y1, Rgba c, double w);
/* A filled triangle arrowhead at (x, y) pointing dir (+1 right, -1 left). */
void th_arrow(Th *t, double x, double y, int dir, double size, Rgba c);

/* The human label of a metric (metric_label or the id humanised). */
void th_metric_label(const ChartInputs *in, const char *metric, char *out, size_t cap);
/* Short name of a document for source lines and headers. */
void th_doc_short(const ChartInputs *in, const char *doc, char *out, size_t cap);
/* "Sources: A (2025); B" for the distinct docs (array of names). */
void th_sources_line(const ChartInputs *in, const char *const *docs, size_t n, Buf *out);

/* snprintf that may truncate on purpose (labels are cut later anyway). */
void th_fmt(char *out, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* A horizontal axis: data range [lo, hi] (log10 of the values when log)
 * mapped onto x0..x1 points. th_ax maps a value to x. */
typedef struct Axis {
    double lo, hi;     /* data range (log10 for log axes) */
    int log;
    double x0, x1;     /* pixels (points) */
} Axis;
double th_ax(const Axis *a, double v);
/* A log axis over values mn..mx (both > 0), padded by lo_pad/hi_pad
 * decades and rounded out to whole decades. Decades are clamped to
 * +-TH_MAX_DECADE so inf, subnormals or a 600-decade spread still give a
 * finite axis (values outside it are drawn at its edge). */
#define TH_MAX_DECADE 300
Axis th_log_axis(double mn, double mx, double lo_pad, double hi_pad);
/* Draw grid lines and tick labels under y (baseline), formatting with
 * unit (money / counts / "%"), "x" for ratio axes, "#" for whole numbers
 * (no fractional ticks). */
void th_axis_draw(Th *t, const Axis *a, const char *unit, double ytop, double ybot);

/* A background-coloured patch behind a label at (x, baseline y), width w. */
void th_halo(Th *t, double x, double y, double w, FontId font, double size);

/* Where a row's value words (bold, tick size) go on its line at baseline
 * y, drawn with their halo: after the marks [xl, xr] when they fit before
 * the plot's end, else before them (from lo on); else in the widest gap
 * between the dots (centres m[0..n), sorted, each hw wide either side),
 * beside its dot, cut to the gap when it is narrower. Never over a dot,
 * whatever the size. */
/* 1 when th_value_words would draw s whole (not cut to a gap). */
int th_value_words_fit(const Th *t, const char *s, double xl, double xr, double lo, const double *m, size_t n,
                       double hw);
void th_value_words(Th *t, const char *s, double y, double xl, double xr, double lo, const double *m,
                    size_t n, double hw, Rgba c);

/* Draw the "nothing to show" message in the plot area. */
void th_empty(Th *t, const char *msg);

#endif
