/* paint_svg.c — the SVG writer: Scene in, SVG bytes out (see paint_svg.h).
 *
 * Two passes over the scene: the glyphs its text uses (defined once each
 * in <defs>, in order of first use, so the bytes depend only on the
 * scene), then the elements in order.
 */
#include "paint_svg.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "paint_cairo.h"
#include "utf8.h"

/* ---- numbers ---- */

/* A coordinate or length: to 1/1000 pt. */
static void num(Buf *b, double v)
{
    buf_fixed(b, v, 3);
}

/* A scale factor: 1/1000 em at a few points needs six decimals. */
static void scale(Buf *b, double v)
{
    buf_fixed(b, v, 6);
}

static void uint_(Buf *b, unsigned v)
{
    char tmp[16], *p = tmp + sizeof tmp;
    do
        *--p = (char)('0' + v % 10), v /= 10;
    while (v);
    buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

static void attr_num(Buf *b, const char *name, double v)
{
    buf_puts(b, name);
    buf_puts(b, "=\"");
    num(b, v);
    buf_putc(b, '"');
}

static unsigned byte_of(double c)
{
    return c <= 0 ? 0 : c >= 1 ? 255 : (unsigned)lround(c * 255);
}

/* name="rgb(r,g,b)" and, when not opaque, name-opacity="a". */
static void colour(Buf *b, const char *name, Rgba c)
{
    buf_putc(b, ' ');
    buf_puts(b, name);
    buf_puts(b, "=\"rgb(");
    uint_(b, byte_of(c.r));
    buf_putc(b, ',');
    uint_(b, byte_of(c.g));
    buf_putc(b, ',');
    uint_(b, byte_of(c.b));
    buf_puts(b, ")\"");
    if (c.a < 1) {
        buf_putc(b, ' ');
        buf_puts(b, name);
        buf_puts(b, "-opacity=\"");
        num(b, c.a < 0 ? 0 : c.a);
        buf_putc(b, '"');
    }
}

static void xml_escape(Buf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '&': buf_puts(b, "&amp;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        default:
            /* Control characters are not allowed in XML 1.0. */
            buf_putc(b, (unsigned char)*s < 0x20 && *s != '\n' && *s != '\t' ? ' ' : *s);
        }
    }
}

/* ---- shapes ---- */

/* Fill and stroke as the Cairo painter applies them (line width 1 when
 * unset, round joins from the root, butt caps by default). */
static void style(Buf *b, const Style *st)
{
    if (st->fill)
        colour(b, "fill", st->fill_color);
    else
        buf_puts(b, " fill=\"none\"");
    if (!st->stroke)
        return;
    colour(b, "stroke", st->stroke_color);
    buf_putc(b, ' ');
    attr_num(b, "stroke-width", st->line_width > 0 ? st->line_width : 1);
    if (st->dash[0] > 0) {
        buf_puts(b, " stroke-dasharray=\"");
        num(b, st->dash[0]);
        buf_putc(b, ' ');
        num(b, st->dash[1] > 0 ? st->dash[1] : st->dash[0]);
        buf_putc(b, '"');
    }
}

/* ---- text ---- */

/* The glyphs of the scene, once each: (font, glyph id) in order of first
 * use. */
typedef struct Glyphs {
    uint32_t *v;   /* font << 24 | gid */
    size_t n, cap;
    unsigned char *seen[FONT_COUNT];   /* a bit per glyph id (font.c: < 65536) */
} Glyphs;

static void glyph_note(Glyphs *g, FontId font, unsigned gid)
{
    if (gid >= 65536)
        return;
    unsigned char *bits = g->seen[font];
    if (!bits)
        bits = g->seen[font] = xcalloc(65536 / 8, 1);
    if (bits[gid >> 3] & (1u << (gid & 7)))
        return;
    bits[gid >> 3] |= (unsigned char)(1u << (gid & 7));
    if (g->n == g->cap)
        g->v = xrealloc(g->v, (g->cap = g->cap ? 2 * g->cap : 128) * sizeof *g->v);
    g->v[g->n++] = (uint32_t)font << 24 | gid;
}

/* A glyph's id in <defs>: "gFONT-GID". */
static void glyph_id(Buf *b, FontId font, unsigned gid)
{
    buf_putc(b, 'g');
    uint_(b, (unsigned)font);
    buf_putc(b, '-');
    uint_(b, gid);
}

/* A run of text: a group placed at the run's origin, scaled from 1000
 * units per em to its size (and turned when it is vertical), one <use>
 * per glyph at its advance, in glyph units. */
static void text_run(Buf *b, const Fonts *f, const Element *e)
{
    size_t n = strlen(e->text);
    if (n == 0)
        return;
    double k = e->size / 1000.0, a = e->angle * M_PI / 180.0;
    double c = e->angle == 0 ? 1 : cos(a), s = e->angle == 0 ? 0 : sin(a);
    if (e->angle == -90)
        c = 0, s = -1;
    buf_puts(b, "<g transform=\"matrix(");
    scale(b, c * k);
    buf_putc(b, ' ');
    scale(b, s * k);
    buf_putc(b, ' ');
    scale(b, -s * k);
    buf_putc(b, ' ');
    scale(b, c * k);
    buf_putc(b, ' ');
    num(b, e->x);
    buf_putc(b, ' ');
    num(b, e->y);
    buf_puts(b, ")\"");
    colour(b, "fill", e->color);
    buf_puts(b, ">\n");
    double x = 0;
    for (size_t i = 0, l; i < n; i += l) {
        unsigned gid = fonts_glyph(f, e->font, (unsigned)utf8_decode(e->text + i, n - i, &l));
        if (*paint_cairo_glyph_outline(f, e->font, gid)) {
            buf_puts(b, "<use xlink:href=\"#");
            glyph_id(b, e->font, gid);
            buf_puts(b, "\" x=\"");
            num(b, x / k);
            buf_puts(b, "\"/>\n");
        }
        x += fonts_glyph_advance(f, e->font, gid, e->size);
    }
    buf_puts(b, "</g>\n");
}

/* ---- the document ---- */

/* n attributes name[i]="v[i]", a blank between. */
static void attrs(Buf *b, size_t n, const char *const *name, const double *v)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_putc(b, ' ');
        attr_num(b, name[i], v[i]);
    }
}

/* x="" y="" width="" height="" of a rectangle or a clip. */
static void rect_attrs(Buf *b, const Element *e)
{
    static const char *const name[4] = {"x", "y", "width", "height"};
    attrs(b, 4, name, (const double[4]){e->x, e->y, e->w, e->h});
}

/* The glyphs of the scene's text, once each, in order of first use. */
static void glyphs_used(const Scene *s, const Fonts *f, Glyphs *g)
{
    for (size_t i = 0; i < s->n; i++) {
        const Element *e = &s->el[i];
        if (e->kind != EL_TEXT || !e->text)
            continue;
        size_t n = strlen(e->text);
        for (size_t k = 0, l; k < n; k += l)
            glyph_note(g, e->font, fonts_glyph(f, e->font, (unsigned)utf8_decode(e->text + k, n - k, &l)));
    }
}

/* The header, title and alt text, the glyphs' outlines, the root group
 * and the background. */
static void svg_head(Buf *out, const Scene *s, const Fonts *f, const Glyphs *g)
{
    buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg role=\"img\" "
                  "aria-labelledby=\"cb-title cb-desc\" xmlns=\"http://www.w3.org/2000/svg\" "
                  "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"");
    num(out, s->width);
    buf_puts(out, "pt\" height=\"");
    num(out, s->height);
    buf_puts(out, "pt\" viewBox=\"0 0 ");
    num(out, s->width);
    buf_putc(out, ' ');
    num(out, s->height);
    buf_puts(out, "\" version=\"1.1\">\n<title id=\"cb-title\">");
    xml_escape(out, s->title);
    buf_puts(out, "</title>\n<desc id=\"cb-desc\">");
    xml_escape(out, s->desc);
    buf_puts(out, "</desc>\n<defs>\n");
    for (size_t i = 0; i < g->n; i++) {
        FontId font = (FontId)(g->v[i] >> 24);
        unsigned gid = g->v[i] & 0xffffff;
        const char *path = paint_cairo_glyph_outline(f, font, gid);
        if (!*path)
            continue;
        buf_puts(out, "<path id=\"");
        glyph_id(out, font, gid);
        buf_puts(out, "\" d=\"");
        buf_puts(out, path);
        buf_puts(out, "\"/>\n");
    }
    buf_puts(out, "</defs>\n<g stroke-linejoin=\"round\">\n");
    if (s->background.a > 0) {
        buf_puts(out, "<rect ");
        attrs(out, 2, (const char *const[2]){"width", "height"}, (const double[2]){s->width, s->height});
        colour(out, "fill", s->background);
        buf_puts(out, "/>\n");
    }
}

/* A rectangle, a path or a circle, with its style. */
static void shape(Buf *out, const Element *e)
{
    if (e->kind == EL_RECT) {
        buf_puts(out, "<rect ");
        rect_attrs(out, e);
    } else if (e->kind == EL_PATH) {
        buf_puts(out, "<path d=\"");
        for (size_t k = 0; k < e->npts; k++) {
            buf_putc(out, k ? 'L' : 'M');
            num(out, e->pts[k].x);
            buf_putc(out, ' ');
            num(out, e->pts[k].y);
        }
        if (e->closed)
            buf_putc(out, 'Z');
        buf_putc(out, '"');
    } else {
        buf_puts(out, "<circle ");
        attrs(out, 3, (const char *const[3]){"cx", "cy", "r"}, (const double[3]){e->x, e->y, e->w});
    }
    style(out, &e->style);
    buf_puts(out, "/>\n");
}

/* The elements in order: a clip opens a group (numbered c1, c2, ...)
 * that its unclip, or the end, closes. */
static void elements(Buf *out, const Scene *s, const Fonts *f)
{
    unsigned clips = 0, depth = 0;
    for (size_t i = 0; i < s->n; i++) {
        const Element *e = &s->el[i];
        switch (e->kind) {
        case EL_RECT: case EL_PATH: case EL_CIRCLE:
            shape(out, e);
            break;
        case EL_TEXT:
            text_run(out, f, e);
            break;
        case EL_CLIP:
            clips++;
            buf_puts(out, "<clipPath id=\"c");
            uint_(out, clips);
            buf_puts(out, "\"><rect ");
            rect_attrs(out, e);
            buf_puts(out, "/></clipPath>\n<g clip-path=\"url(#c");
            uint_(out, clips);
            buf_puts(out, ")\">\n");
            depth++;
            break;
        case EL_UNCLIP:
            if (depth > 0) {
                buf_puts(out, "</g>\n");
                depth--;
            }
            break;
        }
    }
    while (depth-- > 0)
        buf_puts(out, "</g>\n");
}

int paint_svg(const Scene *s, const Fonts *f, Buf *out, Diag *d)
{
    (void)d;
    buf_init(out, 0);
    Glyphs g;
    memset(&g, 0, sizeof g);
    glyphs_used(s, f, &g);
    svg_head(out, s, f, &g);
    elements(out, s, f);
    buf_puts(out, "</g>\n</svg>\n");
    for (int i = 0; i < FONT_COUNT; i++)
        free(g.seen[i]);
    free(g.v);
    return 0;
}
