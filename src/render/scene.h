/* scene.h — a chart laid out once, as a backend-neutral drawing list.
 *
 * A chart builder (chart_*.c) measures text with font.h and appends
 * shapes and text runs to a Scene; a painter then draws the list: Cairo
 * (paint_cairo.c) for PNG/SVG/PDF files, libharu (paint_hpdf.c) inside the
 * brief. This header names no Cairo, FreeType or libharu type.
 *
 * Coordinates are points (1/72 in), origin top-left, y down. Text
 * positions are the left end of the baseline; every text run uses one
 * font (the builder splits mixed scripts with fonts_runs) and carries its
 * measured width, so painters never re-measure. angle is 0 or -90
 * (vertical axis titles, reading bottom to top).
 *
 * Ownership: the Scene owns every element and string; scene_free frees
 * them all. Strings passed to scene_* are copied.
 */
#ifndef CB_SCENE_H
#define CB_SCENE_H

#include <stddef.h>

#include "font.h"

typedef struct Rgba {
    double r, g, b, a;   /* 0..1 */
} Rgba;

typedef enum ElKind {
    EL_RECT,     /* x, y, w, h */
    EL_PATH,     /* pts[0..npts): polyline; closed when closed */
    EL_CIRCLE,   /* centre x, y; radius w */
    EL_TEXT,     /* text run at x, y (baseline) */
    EL_CLIP,     /* clip to rect x, y, w, h until the matching EL_UNCLIP */
    EL_UNCLIP,
} ElKind;

typedef struct Pt {
    double x, y;
} Pt;

typedef struct Style {
    int fill;            /* fill the shape with fill_color */
    Rgba fill_color;
    int stroke;          /* stroke the outline */
    Rgba stroke_color;
    double line_width;   /* points */
    double dash[2];      /* on, off lengths; {0,0} = solid */
} Style;

typedef struct Element {
    ElKind kind;
    double x, y, w, h;
    Pt *pts;
    size_t npts;
    int closed;
    Style style;
    /* text */
    char *text;          /* UTF-8 */
    FontId font;
    double size;         /* points */
    double width;        /* measured advance width, points */
    double ascent, descent;
    double angle;        /* 0 or -90 */
    Rgba color;
    const char *role;    /* static tag for tests: "title", "tick", "label"... */
} Element;

typedef struct Scene {
    double width, height;        /* points */
    Rgba background;             /* a == 0: transparent */
    char *title;                 /* for SVG <title> and PDF metadata */
    char *desc;                  /* alt text: SVG <desc> */
    Element *el;
    size_t n, cap;
} Scene;

void scene_init(Scene *s, double width, double height);
void scene_free(Scene *s);
void scene_set_meta(Scene *s, const char *title, const char *desc);

void scene_rect(Scene *s, double x, double y, double w, double h, const Style *st);
void scene_path(Scene *s, const Pt *pts, size_t n, int closed, const Style *st);
void scene_circle(Scene *s, double cx, double cy, double r, const Style *st);
/* Append one text run (single font, already measured by the caller). */
void scene_text(Scene *s, double x, double y, FontId font, double size, Rgba color,
                const char *text, size_t n, double width, double ascent, double descent,
                double angle, const char *role);
void scene_clip(Scene *s, double x, double y, double w, double h);
void scene_unclip(Scene *s);

/* Box of a text element on the page: left, top, right, bottom. */
void scene_text_box(const Element *e, double box[4]);

#endif
