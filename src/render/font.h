/* font.h — the project's bundled fonts, measured through FreeType.
 *
 * Fonts come only from the project's fonts/ folder, loaded by path
 * (never through fontconfig), so every machine lays text out the same.
 * Widths are the fonts' advance widths (hmtx) without kerning: the Cairo
 * painter places glyphs at exactly these advances and libharu measures
 * with the same table, so both painters agree to the point.
 *
 * Ownership: fonts_load returns a Fonts the caller frees with fonts_free.
 */
#ifndef CB_FONT_H
#define CB_FONT_H

#include <stddef.h>

#include "diag.h"

/* ORDER FontId: font_files[] in font.c. */
typedef enum FontId {
    FONT_REGULAR,   /* NotoSans-Regular.ttf */
    FONT_BOLD,      /* NotoSans-Bold.ttf */
    FONT_ITALIC,    /* NotoSans-Italic.ttf */
    FONT_CJK,       /* LXGWWenKai-Regular.ttf: Chinese, and any glyph Noto lacks */
    FONT_COUNT
} FontId;

typedef struct Fonts Fonts;

/* Load every bundled font from dir (e.g. "fonts"). CB_EINPUT naming the
 * file when one is missing, unreadable, too large or not a font. */
int fonts_load(const char *dir, Fonts **out, Diag *d);
void fonts_free(Fonts *f);

/* Path of a font's file (owned by f). */
const char *fonts_path(const Fonts *f, FontId id);
/* The FreeType face (an FT_Face, as void* so this header names no
 * FreeType type); owned by f. */
void *fonts_face(const Fonts *f, FontId id);

/* The font file's bytes, as loaded (owned by f, valid until fonts_free):
 * for the PDF writer's subsets (ttsubset.h). */
const void *fonts_data(const Fonts *f, FontId id, size_t *len);

/* What a PDF's font descriptor says of a font, read at load time. */
typedef struct FontFacts {
    char ps_name[64];       /* PostScript name (only A-Z a-z 0-9 - _), else the file's stem */
    double upem;            /* font units per em */
    double bbox[4];         /* font units: x min, y min, x max, y max */
    double ascent, descent; /* font units, both positive */
    double cap_height;      /* font units (the ascent when OS/2 does not say) */
    double italic_angle;    /* degrees from the vertical, counterclockwise (negative: leans right) */
    int italic, bold, fixed;
} FontFacts;
const FontFacts *fonts_facts(const Fonts *f, FontId id);

/* Width in points of text[0..n) set in font id at size points. Invalid
 * UTF-8 bytes count as U+FFFD. */
double fonts_width(const Fonts *f, FontId id, double size, const char *text, size_t n);
/* Ascent and descent (positive, points) of font id at size. */
double fonts_ascent(const Fonts *f, FontId id, double size);
double fonts_descent(const Fonts *f, FontId id, double size);
/* 1 when font id has a glyph for code point cp. */
int fonts_has(const Fonts *f, FontId id, unsigned cp);

/* Split text into runs that one font can draw: calls fn for each maximal
 * run, with base for code points base has and FONT_CJK for the others. */
typedef void (*FontRunFn)(FontId id, const char *s, size_t n, void *ctx);
void fonts_runs(const Fonts *f, FontId base, const char *text, size_t n, FontRunFn fn, void *ctx);
/* The same for text that goes on a line whose last run is in font *cur
 * (a space stays in the current run's font, so a piece measured alone may
 * differ from the same piece within its line); *cur gets the font of the
 * last run. */
void fonts_runs_from(const Fonts *f, FontId base, FontId *cur, const char *text, size_t n,
                     FontRunFn fn, void *ctx);

/* Decode one UTF-8 code point at s[*i] (n bytes in all), advancing *i,
 * as utf8_decode does (invalid bytes give U+FFFD and advance by one); a
 * code point no text should hold (fonts_drawable) gives U+FFFD too, so
 * measuring raw text and drawing its cleaned copy (textlayout_clean)
 * agree to the point. */
unsigned fonts_decode(const char *s, size_t n, size_t *i);
/* 0 for noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF: U+FFFF is
 * libunibreak's end-of-text marker), control characters other than tab,
 * line feed and carriage return, and the regional indicators of flag
 * emoji (U+1F1E6..U+1F1FF: libunibreak 1.1 aborts on them); else 1. */
int fonts_drawable(unsigned cp);
/* Glyph index of cp in font id, 0 when the font lacks it. */
unsigned fonts_glyph(const Fonts *f, FontId id, unsigned cp);
/* Advance width in points of glyph gid of font id at size. */
double fonts_glyph_advance(const Fonts *f, FontId id, unsigned gid, double size);

#endif
