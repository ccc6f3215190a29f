/* textlayout.h — measured word wrap for the brief (and anything libharu draws).
 *
 * Break opportunities come from libunibreak (UAX #14), widths from the
 * fonts' advance widths (font.h), and every line is split into runs that
 * one font can draw (base font for what it has, LXGW WenKai for the rest:
 * libharu has no fallback of its own). A word wider than the box is cut
 * between code points, so no line is ever wider than max_width. Tabs and
 * carriage returns are drawn as spaces; "\n" ends a line; the text is
 * cleaned first (textlayout_clean).
 *
 * Ownership: a TextBlock owns a copy of the text and its runs and lines;
 * textlayout_free releases them.
 */
#ifndef CB_TEXTLAYOUT_H
#define CB_TEXTLAYOUT_H

#include <stddef.h>

#include "font.h"

typedef struct TextRun {
    FontId font;
    size_t off, len;     /* bytes of TextBlock.text */
    double x, width;     /* from the line's left edge, points */
} TextRun;

typedef struct TextLine {
    size_t run, nrun;    /* runs[run .. run+nrun) */
    double width;        /* without trailing spaces */
} TextLine;

typedef struct TextBlock {
    char *text;          /* NUL-terminated cleaned copy (tabs, CR as spaces) */
    size_t len;
    double size;         /* points */
    TextRun *runs;
    size_t nruns, capruns;
    TextLine *lines;
    size_t nlines, caplines;
    double max_line;     /* widest line */
} TextBlock;

/* Text safe to hand to libunibreak, libharu and XML, as a new string
 * (caller frees; *len, when not NULL, gets its length): every code point
 * as fonts_decode reads it, so invalid UTF-8, surrogates, noncharacters
 * (one U+FFFF aborted the process in libunibreak's set_linebreaks), the
 * regional indicators of flag emoji (which abort it too) and control
 * characters other than tab, line feed and carriage return each become
 * U+FFFD. Text from documents and tables is untrusted: the layout
 * and the scenes take it only through here. */
char *textlayout_clean(const char *text, size_t n, size_t *len);

/* Wrap text[0..n) set in base (falling back per run) at size into lines
 * no wider than max_width points. Always succeeds; empty text gives zero
 * lines. out is initialised here. */
void textlayout_wrap(const Fonts *f, FontId base, double size, const char *text, size_t n,
                     double max_width, TextBlock *out);
void textlayout_free(TextBlock *b);

/* Width of text[0..n) in base with per-run fallback, points. */
double textlayout_width(const Fonts *f, FontId base, double size, const char *text, size_t n);

#endif
