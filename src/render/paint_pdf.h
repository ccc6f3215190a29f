/* paint_pdf.h — paint a Scene (scene.h) as a one-page PDF document.
 *
 * Written straight from the scene, as the SVG writer is: rectangles,
 * paths and circles as PDF path operators (a dot with a fill is a
 * zero-length line with round caps, 4 numbers where an arc is 26),
 * translucent colours through ExtGStates, clips as clipping paths, and
 * text in the bundled fonts themselves: for each font the scene uses, a
 * TrueType subset of exactly its glyphs (ttsubset.h), embedded as a
 * CIDFontType2 font (Identity-H) with its widths and a ToUnicode map, so
 * the text is vector, searchable and copyable. Glyphs sit at exactly the
 * scene's measured advances (the widths are the fonts' own advance
 * widths, as the scene measured them), so the PDF matches the PNG and
 * SVG to the point. Streams are compressed with libdeflate.
 *
 * Cairo's PDF surface did this before, at about 2 ms a slide (its own
 * subsetting of each font, zlib, every number through printf), the
 * second most costly part of a build's charts; this writer takes about
 * a tenth of that.
 *
 * The document carries the scene's title, "claimbrief" as its creator
 * and producer, and one date for its creation and modification:
 * SOURCE_DATE_EPOCH when set, else 2000-01-01T00:00:00Z (the wall clock
 * would make every file differ). No link annotations. Output is
 * reproducible: the same scene gives the same bytes.
 *
 * Ownership: out is initialised here; the caller frees it with buf_free.
 * Errors: CB_EINPUT naming the font when a bundled font cannot be
 * subset (it is not a TrueType font with the tables a PDF needs);
 * CB_EWRITE when the compressor cannot be made (out of memory).
 * Thread-safe: several scenes may be painted at once.
 */
#ifndef CB_PAINT_PDF_H
#define CB_PAINT_PDF_H

#include "buf.h"
#include "diag.h"
#include "font.h"
#include "scene.h"

int paint_pdf(const Scene *s, const Fonts *f, Buf *out, Diag *d);

#endif
