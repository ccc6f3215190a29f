/* ttsubset.h — a small TrueType font holding only the glyphs a document uses.
 *
 * Why: libharu 2.3.0 loads a TrueType font by walking its whole cmap for
 * every BMP code point and embeds every loca/hmtx entry; for LXGW WenKai
 * (15 MB, tens of thousands of glyphs) that alone costs ~50 ms and 0.26 MB
 * per brief. The brief therefore hands libharu a subset cut from the
 * project's own (FreeType-validated) font: the glyphs of the code points
 * it draws plus their composite components, renumbered densely from 0 in
 * the font's order (which also keeps component ids under libharu's 32768
 * limit), a (3,1) format 4 cmap, and the font's own metrics, hinting and
 * name tables. The PDF writer (paint_pdf.h) embeds such subsets too, cut
 * by glyph id.
 *
 * HarfBuzz's subsetter (hb-subset) does the cutting; this module asks it
 * for what libharu reads and checks the result has it.
 *
 * Input: a TrueType (glyf) font's bytes in memory, as fonts_data gives
 * them (read only; no shared state, so safe beside threads that draw with
 * the same font). Output: the subset's bytes in a Buf.
 *
 * Ownership: out is initialised here; the caller frees it with buf_free.
 */
#ifndef CB_TTSUBSET_H
#define CB_TTSUBSET_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

/* Subset the font font[0..len) (name for messages) to the code points
 * cps[0..n) (BMP only; others and code points the font lacks are
 * ignored; duplicates are fine). Errors: CB_EINPUT naming name ("not a
 * usable font (...)") for bytes that are not a TrueType font with the
 * tables libharu needs. Thread-safe. */
int ttsubset_chars(const char *name, const void *font, size_t len, const unsigned *cps, size_t n,
                   Buf *out, Diag *d);

/* Subset the font font[0..len) to glyph ids gids[0..n) of that font:
 * glyph gids[i] becomes glyph newid[i] of the subset (the caller's array
 * of n; a duplicate gets the same id). Glyph 0 (.notdef) stays 0; the
 * others keep the font's order, numbered densely from 1, with the
 * components of composite glyphs among them; a gid past the font's last
 * glyph becomes 0. The subset's character map maps cps[i] (the code
 * point glyph gids[i] draws: 0 for none; cps may be NULL) to newid[i]
 * when cps[i] is in the BMP and gids[i] is the font's glyph for it.
 * Errors as ttsubset_chars. Thread-safe. */
int ttsubset_glyphs(const char *name, const void *font, size_t len, const unsigned *gids,
                    const unsigned *cps, size_t n, Buf *out, unsigned *newid, Diag *d);

#endif
