/* paint_svg.h — paint a Scene (scene.h) as an SVG document.
 *
 * Written straight from the scene, one SVG element per scene element:
 * rectangles, paths and circles as themselves (a dot is a <circle>, not
 * four Bézier curves), clips as <clipPath>, and text as glyph outlines
 * (each glyph used is defined once, as a path at 1000 units per em: the
 * font's own quadratic outline, paint_cairo_glyph_outline) placed at
 * exactly the scene's measured advances, so the SVG needs no font and
 * matches the PNG and PDF to the point. Cairo's own SVG surface printed every coordinate through
 * printf("%f") (about 70 M instructions a slide at 1,500 documents);
 * here numbers are printed by integer arithmetic, to 1/1000 pt.
 *
 * The root element carries role="img" and aria-labelledby naming its
 * <title> (the scene's title) and <desc> (its alt text). Output is
 * reproducible: the same scene gives the same bytes.
 *
 * Ownership: out is initialised here; the caller frees it with buf_free.
 * Errors: none but out of memory (which aborts); returns 0. Thread-safe.
 */
#ifndef CB_PAINT_SVG_H
#define CB_PAINT_SVG_H

#include "buf.h"
#include "diag.h"
#include "font.h"
#include "scene.h"

int paint_svg(const Scene *s, const Fonts *f, Buf *out, Diag *d);

#endif
