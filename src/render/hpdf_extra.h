/* hpdf_extra.h — two PDF pieces libharu 2.3.0's public API lacks, built
 * with the object API it installs (hpdf_objects.h, hpdf_font.h): an
 * embedded file from bytes in memory, and a correct ToUnicode map.
 *
 * Why: HPDF_AttachFile only reads a file by path and names the
 * attachment after that path (a temporary's name would end up in the
 * PDF); and for a TrueType font with the UTF-8 encoder libharu writes
 * its encoding CMap (a "begincidrange" CID map) as the font's ToUnicode,
 * which readers reject ("Invalid 'begincidrange' operator in ToUnicode
 * CMap", poppler) and then guess. Both are made here from the bytes and
 * code points the brief knows.
 *
 * Ownership: everything made belongs to the HPDF_Doc (freed with it).
 */
#ifndef CB_HPDF_EXTRA_H
#define CB_HPDF_EXTRA_H

#include <hpdf.h>
#include <stddef.h>

/* Attach data[0..n) to doc as the embedded file name (shown by viewers'
 * attachment panels), of MIME type mime ("text/csv"), compressed.
 * Returns 0, or -1 when libharu failed (its error handler has the
 * detail). */
int hpdfx_attach(HPDF_Doc doc, const char *name, const char *mime, const char *desc,
                 const void *data, size_t n);

/* Replace font's ToUnicode stream by a bfrange map of the code points
 * cps[0..n) (BMP, any order, duplicates fine): with libharu's UTF-8
 * encoder a glyph's code is its code point, so each maps to itself.
 * font must come from HPDF_GetFont(doc, ttf, "UTF-8"). Returns 0, or -1
 * when the font has no ToUnicode stream to replace. */
int hpdfx_tounicode(HPDF_Font font, const unsigned *cps, size_t n);

#endif
