/* paint_cairo.h — paint a Scene (scene.h) with Cairo into PNG bytes.
 *
 * Glyphs are placed one by one at exactly the scene's measured advances
 * (font.h), through cairo-ft faces made from the bundled FreeType faces,
 * hinting off, so every format matches the layout to the point. Dots are
 * composited from small images of their style drawn once per quarter-pixel
 * position (cairo's own arcs, within an eighth of a pixel). The PNG is
 * encoded from the image surface by pngenc_chart (pngenc.h): RGB when the
 * background is opaque, else straight (un-premultiplied) RGBA. Output is
 * reproducible: the same scene gives the same bytes, in any thread, first
 * painting or not. (PDF and SVG have writers of their own: paint_pdf.h,
 * paint_svg.h.)
 *
 * Ownership: out is initialised here; the caller frees it with buf_free.
 * The painter keeps, for the process, cairo faces, glyph outlines and
 * pixel buffers, and per thread the dots' images (freed when the thread
 * ends).
 * Errors: CB_EWRITE when Cairo or the PNG encoder fails (out of memory, bad size).
 * Thread-safe: several scenes may be painted at once.
 */
#ifndef CB_PAINT_CAIRO_H
#define CB_PAINT_CAIRO_H

#include "buf.h"
#include "diag.h"
#include "font.h"
#include "scene.h"

/* Paint s as a PNG. px_per_pt: pixels per point (2 = 144 dpi); the
 * image is round(width*px_per_pt) x round(height*px_per_pt) pixels. */
int paint_cairo_png(const Scene *s, const Fonts *f, double px_per_pt, Buf *out, Diag *d);

/* The outline of glyph gid of font id as SVG path data at 1000 units per
 * em, y down, origin on the baseline: for the SVG writer (paint_svg.h).
 * A TrueType outline is written as it is in the font, lines and
 * quadratic curves (M, then m l q z relative, "x" or "x.5"), read under
 * cairo's lock on the face; any other as cairo gives it (M L C Z, two
 * decimals). Made once per process and kept (owned here, valid for the
 * process); "" for a glyph without an outline. */
const char *paint_cairo_glyph_outline(const Fonts *f, FontId id, unsigned gid);

#endif
