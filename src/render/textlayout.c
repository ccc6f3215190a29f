/* textlayout.c — greedy word wrap on UAX #14 break points (see textlayout.h).
 *
 * Greedy filling is what readers expect of a report's body text and is
 * linear; Knuth-Plass would buy little at these column widths.
 */
#include "textlayout.h"

#include <linebreak.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

static pthread_once_t lb_once = PTHREAD_ONCE_INIT;
static void lb_init(void) { init_linebreak(); }

typedef struct WCtx {
    const Fonts *f;
    double size, w;
} WCtx;

static void add_width(FontId id, const char *s, size_t n, void *vctx)
{
    WCtx *c = vctx;
    c->w += fonts_width(c->f, id, c->size, s, n);
}

double textlayout_width(const Fonts *f, FontId base, double size, const char *text, size_t n)
{
    WCtx c = { f, size, 0 };
    fonts_runs(f, base, text, n, add_width, &c);
    return c.w;
}

/* Width of a piece that continues a line whose last run is in *cur (see
 * fonts_runs_from); *cur moves to the piece's last run. Measured this
 * way, the pieces of a line add up to the width the line is drawn with. */
static double piece_width(const Fonts *f, FontId base, FontId *cur, double size, const char *text,
                          size_t n)
{
    WCtx c = { f, size, 0 };
    fonts_runs_from(f, base, cur, text, n, add_width, &c);
    return c.w;
}

typedef struct RCtx {
    TextBlock *b;
    const Fonts *f;
    double x;
} RCtx;

static void add_run(FontId id, const char *s, size_t n, void *vctx)
{
    RCtx *c = vctx;
    TextBlock *b = c->b;
    if (b->nruns == b->capruns) {
        b->capruns = b->capruns ? 2 * b->capruns : 16;
        b->runs = xrealloc(b->runs, b->capruns * sizeof *b->runs);
    }
    double w = fonts_width(c->f, id, b->size, s, n);
    b->runs[b->nruns++] = (TextRun){ id, (size_t)(s - b->text), n, c->x, w };
    c->x += w;
}

/* Close a line over text[s..e) (trailing spaces and newlines trimmed). */
static void emit_line(TextBlock *b, const Fonts *f, FontId base, size_t s, size_t e)
{
    while (e > s && (b->text[e - 1] == ' ' || b->text[e - 1] == '\n'))
        e--;
    if (b->nlines == b->caplines) {
        b->caplines = b->caplines ? 2 * b->caplines : 8;
        b->lines = xrealloc(b->lines, b->caplines * sizeof *b->lines);
    }
    TextLine *l = &b->lines[b->nlines++];
    l->run = b->nruns;
    RCtx c = { b, f, 0 };
    if (e > s)
        fonts_runs(f, base, b->text + s, e - s, add_run, &c);
    l->nrun = b->nruns - l->run;
    l->width = c.x;
    if (c.x > b->max_line)
        b->max_line = c.x;
}

char *textlayout_clean(const char *text, size_t n, size_t *len)
{
    /* at most three bytes (U+FFFD) for each byte in */
    char *out = xmalloc(3 * n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t at = i;
        unsigned cp = fonts_decode(text, n, &i);
        if (cp != 0xFFFD || (i - at == 3 && !memcmp(text + at, "\xEF\xBF\xBD", 3))) {
            memcpy(out + o, text + at, i - at);   /* as it was: valid and drawable */
            o += i - at;
        } else {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
        }
    }
    out[o] = '\0';
    if (len)
        *len = o;
    return out;
}

void textlayout_wrap(const Fonts *f, FontId base, double size, const char *text, size_t n,
                     double max_width, TextBlock *b)
{
    memset(b, 0, sizeof *b);
    b->size = size;
    /* Untrusted bytes never reach libunibreak or libharu as they came. */
    b->text = textlayout_clean(text, n, &n);
    b->len = n;
    for (size_t i = 0; i < n; i++)
        if (b->text[i] == '\t' || b->text[i] == '\r')
            b->text[i] = ' ';
    if (n == 0)
        return;
    pthread_once(&lb_once, lb_init);
    char *brk = xmalloc(n);
    set_linebreaks_utf8((const utf8_t *)b->text, n, "en", brk);

    size_t line = 0;       /* start of the current line */
    double lw = 0;         /* its width so far, trailing spaces included */
    FontId lf = base;      /* the font its last run is in */
    size_t seg = 0;        /* start of the current segment */
    for (size_t i = 0; i < n; i++) {
        int must = brk[i] == LINEBREAK_MUSTBREAK && i + 1 < n;
        if (brk[i] != LINEBREAK_ALLOWBREAK && !must && i + 1 < n)
            continue;
        /* Segment [seg, i+1): a word with its trailing spaces, measured
         * as it goes on the line (from the line's last font). */
        size_t e = i + 1, t = e;
        while (t > seg && (b->text[t - 1] == ' ' || b->text[t - 1] == '\n'))
            t--;
        FontId fw = lf, ff;
        double wword = piece_width(f, base, &fw, size, b->text + seg, t - seg);
        ff = fw;
        double wfull = wword + piece_width(f, base, &ff, size, b->text + t, e - t);
        if (lw + wword > max_width && seg > line) {
            emit_line(b, f, base, line, seg);
            line = seg;
            lw = 0;
            lf = fw = base;   /* a new line starts in the base font */
            wword = piece_width(f, base, &fw, size, b->text + seg, t - seg);
            ff = fw;
            wfull = wword + piece_width(f, base, &ff, size, b->text + t, e - t);
        }
        if (wword > max_width) {
            /* A word wider than the box (a URL, a long id): cut it
             * between code points so it never overflows. Here the word
             * starts its line (line == seg, in the base font). */
            size_t p = seg;
            double w = 0;
            FontId cf = lf;
            while (p < t) {
                size_t k;
                utf8_decode(b->text + p, t - p, &k);
                FontId nf = cf;
                double cw = piece_width(f, base, &nf, size, b->text + p, k);
                if (w + cw > max_width && p > line) {
                    emit_line(b, f, base, line, p);
                    line = p;
                    w = 0;
                    nf = base;
                    cw = piece_width(f, base, &nf, size, b->text + p, k);
                }
                w += cw;
                cf = nf;
                p += k;
            }
            lf = cf;
            lw = w + piece_width(f, base, &lf, size, b->text + t, e - t);
        } else {
            lw += wfull;
            lf = ff;
        }
        seg = e;
        if (must) {
            emit_line(b, f, base, line, e);
            line = e;
            lw = 0;
            lf = base;
        }
    }
    if (line < n)
        emit_line(b, f, base, line, n);
    free(brk);
}

void textlayout_free(TextBlock *b)
{
    free(b->text);
    free(b->runs);
    free(b->lines);
    memset(b, 0, sizeof *b);
}
