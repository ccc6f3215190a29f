/* paint_hpdf.h — paint a Scene (scene.h) onto a libharu page, vector only.
 *
 * The brief draws the same chart scenes the Cairo painter writes to files,
 * so its figures are vector and match the slides. Text runs use the
 * scene's FontId mapped to the same TTF files (loaded by the caller into
 * an HpdfPainter); positions and widths come from the scene, never
 * re-measured. Coordinates: the scene's top-left lands at (x, y) on the
 * page, y measured down from the page's top edge, and every length is
 * multiplied by scale.
 *
 * libharu must only ever see the project's own fonts: hpdfpaint_init
 * loads files fonts_load (FreeType) has already accepted, or subsets the
 * program cut from them.
 *
 * Ownership: the painter borrows the HPDF_Doc; it owns only its small
 * alpha-state cache. Errors: libharu errors reach the document's error
 * handler (which the caller installs and which records a Diag); these
 * functions return 0 or the negative code HpdfPainter.fail returns.
 */
#ifndef CB_PAINT_HPDF_H
#define CB_PAINT_HPDF_H

#include <hpdf.h>

#include "diag.h"
#include "font.h"
#include "scene.h"

typedef struct HpdfPainter {
    HPDF_Doc doc;
    HPDF_Font font[FONT_COUNT];
    /* private: ExtGStates for translucent fills/strokes, by alpha */
    HPDF_ExtGState alpha_gs[16];
    double alpha_v[16];
    int nalpha;
    /* the caller's record of the first libharu error: 0 or CB_E* */
    int *failed;
} HpdfPainter;

/* Load the TrueType file paths[id] for each FontId into doc (embedded,
 * subset by libharu on save) with the UTF-8 encoder. The files must be
 * the project's fonts, already accepted by FreeType, or subsets the
 * program made of them (ttsubset.h). names[id] (may be NULL) names each
 * font in messages. failed points at the caller's error flag that its
 * HPDF error handler sets. Returns 0 or CB_EINPUT naming the font. */
int hpdfpaint_init(HpdfPainter *p, HPDF_Doc doc, const char *const paths[FONT_COUNT],
                   const char *const names[FONT_COUNT], int *failed, Diag *d);

/* Paint every element of s with its top-left at (x, y) (points from the
 * page's top-left, y down), scaled by scale. */
int hpdfpaint_scene(HpdfPainter *p, HPDF_Page page, const Scene *s, double x, double y,
                    double scale);
/* Paint one element the same way (the brief lays its own pages out as
 * Elements). */
int hpdfpaint_element(HpdfPainter *p, HPDF_Page page, const Element *e, double x, double y,
                      double scale);

#endif
