/* pdflayout.c — character boxes to text in reading order (see
 * pdflayout.h). All lengths are in points; thresholds are fractions of
 * the font size (an "em") so they hold at any scale. */
#include "pdflayout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "diag.h"
#include "limits.h"
#include "utf8.h"

/* ---- tunables (fractions of the font size) ---- */
#define GAP_FRAG 0.8f      /* a wider gap between words starts a new fragment (cell, column) */
#define SUP_SIZE 0.85f     /* a word this much smaller than its line ... */
#define SUP_SHIFT 0.12f    /* ... and raised (lowered) this much is a superscript (subscript) */
#define ROW_TOL 0.4f       /* fragments whose baselines differ less are one row */
#define MARGIN_ZONE 0.12f  /* top and bottom fraction of a page where running heads live */
#define HEAD_TOL 3.0f      /* points: a running head is at the same place within this */
#define MAX_DEPTH 48       /* deepest recursive cut (a hostile page cannot blow the stack) */
#define SMALL_TEXT 0.88f   /* text this much smaller than the page's body is a note */

typedef struct Word {
    uint32_t off, len;        /* text in the pool */
    float x0, y0, x1, y1, size;
    unsigned char bold;
    unsigned char sup;        /* 1 superscript, 2 subscript (set per fragment) */
    int32_t cont;             /* the piece poppler joined to this one across a line break
                               * (it dropped a hyphen there), or -1 */
} Word;

typedef struct Frag {
    uint32_t w0, nw;          /* its words: ws[w0, w0+nw), left to right */
    float x0, y0, x1, y1;
    float size;               /* dominant font size */
    float base;               /* baseline (bottom of its dominant-size words) */
    unsigned char bold;       /* all its words are bold */
    unsigned char drop;       /* a running head or footer */
} Frag;

typedef struct Page {
    float w, h;
    uint32_t f0, nf;          /* its fragments */
    size_t chars;
    float body;               /* the most common font size (by characters) */
} Page;

struct PdfLayout {
    Buf pool;
    Word *w;
    size_t nw, capw;
    uint32_t *ws;             /* fragment word lists */
    size_t nws, capws;
    Frag *f;
    size_t nf, capf;
    Page *pg;
    size_t npg, cappg;
};

#define GROW(p, n, cap)                                              \
    do {                                                             \
        if ((n) == (cap)) {                                          \
            (cap) = (cap) ? 2 * (cap) : 256;                         \
            (p) = xrealloc((p), (cap) * sizeof *(p));                \
        }                                                            \
    } while (0)

PdfLayout *pdflayout_new(void)
{
    PdfLayout *l = xcalloc(1, sizeof *l);
    buf_init(&l->pool, CB_MAX_DOC_BYTES);
    return l;
}

void pdflayout_free(PdfLayout *l)
{
    if (!l)
        return;
    buf_free(&l->pool);
    free(l->w);
    free(l->ws);
    free(l->f);
    free(l->pg);
    free(l);
}

size_t pdflayout_page_chars(const PdfLayout *l, size_t i)
{
    return i < l->npg ? l->pg[i].chars : 0;
}

/* ---- text helpers ---- */

/* A character worth keeping: not a control, not a surrogate, not a
 * noncharacter (the brief's line breaker refuses those). */
static int keep_cp(uint32_t cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF)
        return 0;
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
        return 0;
    return 1;
}

/* Append cp to the pool, ligatures spelled out ("ﬁ" is "fi"). */
static int pool_put(Buf *b, uint32_t cp)
{
    static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    if (cp >= 0xFB00 && cp <= 0xFB06)
        return buf_puts(b, lig[cp - 0xFB00]);
    /* Type 1 fonts name ASCII ^ and ~ "circumflex" and "tilde": poppler
     * gives the spacing accents */
    if (cp == 0x02C6)
        cp = '^';
    else if (cp == 0x02DC)
        cp = '~';
    char o[4];
    return buf_append(b, o, utf8_encode((int32_t)cp, o));   /* keep_cp: a scalar value */
}

static int is_break(uint32_t cp)
{
    return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0 || cp == 0x2028 || cp == 0x2029;
}

static float maxf(float a, float b) { return a > b ? a : b; }
static float minf(float a, float b) { return a < b ? a : b; }

/* ---- 1. words ----
 * A word is a run of characters between poppler's breaks; it is cut
 * where the next character jumps left or to another line (poppler
 * joined a word hyphenated across lines and dropped the hyphen: the two
 * pieces are linked), where the size changes (a footnote marker glued
 * to its word) or where a gap opens. */

typedef struct WordBuild {
    int open;
    float px0, pcy, psize, px1;   /* the previous character */
} WordBuild;

static void word_open(PdfLayout *l, const PdfChar *ch)
{
    GROW(l->w, l->nw, l->capw);
    l->w[l->nw++] = (Word){(uint32_t)l->pool.len, 0, ch->x0, ch->y0, ch->x1, ch->y1, ch->size, ch->bold, 0, -1};
}

static int add_char(PdfLayout *l, WordBuild *wb, const PdfChar *ch)
{
    float cy = (ch->y0 + ch->y1) / 2;
    if (wb->open) {
        float em = maxf(maxf(ch->size, wb->psize), 1.0f);
        int down = cy - wb->pcy > 0.6f * em;
        int jump = ch->x0 < wb->px0 - 0.5f * em || fabsf(cy - wb->pcy) > 0.6f * em;
        int resize = fabsf(ch->size - wb->psize) > 0.15f * em;
        int gap = ch->x0 - wb->px1 > 0.6f * em;
        if (jump || resize || gap) {
            size_t prev = l->nw - 1;
            word_open(l, ch);
            /* poppler joins a word hyphenated at a line end, dropping the
             * hyphen: a letter, then the next line going on with a letter
             * or a digit */
            const Word *pw = &l->w[prev];
            unsigned char last = pw->len ? (unsigned char)l->pool.data[pw->off + pw->len - 1] : 0;
            int goes_on = (ch->cp < 0x80 && ((ch->cp | 0x20) >= 'a' && (ch->cp | 0x20) <= 'z')) ||
                          (ch->cp >= '0' && ch->cp <= '9');
            if (jump && down && ch->x0 < wb->px0 && (((last | 0x20) >= 'a' && (last | 0x20) <= 'z') || last >= 0x80) &&
                goes_on)
                l->w[prev].cont = (int32_t)(l->nw - 1);
        }
    } else {
        word_open(l, ch);
    }
    wb->open = 1;
    wb->px0 = ch->x0;
    wb->px1 = ch->x1;
    wb->pcy = cy;
    wb->psize = ch->size;
    Word *w = &l->w[l->nw - 1];
    w->x0 = minf(w->x0, ch->x0);
    w->x1 = maxf(w->x1, ch->x1);
    w->y0 = minf(w->y0, ch->y0);
    w->y1 = maxf(w->y1, ch->y1);
    w->size = maxf(w->size, ch->size);
    w->bold &= ch->bold;
    if (pool_put(&l->pool, ch->cp))
        return -1;
    w->len = (uint32_t)(l->pool.len - w->off);
    return 0;
}

/* ---- 2. fragments ----
 * Words sorted left to right join the fragment to their left whose band
 * they overlap by half their height, within GAP_FRAG; a fragment per
 * line of a column or cell of a table row. Fragments are found through
 * buckets of their height, so a dense page stays linear. */

typedef struct FragBuild {
    float x0, y0, x1, y1;     /* box so far */
    float by0, by1, bsize;    /* band of its biggest word */
    int32_t head, tail;       /* word list (next[] links) */
} FragBuild;

/* A key to sort by, and the index it belongs to (qsort has no context). */
typedef struct Keyed {
    float k;
    uint32_t i;
} Keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const Keyed *x = a, *y = b;
    if (x->k != y->k)
        return x->k < y->k ? -1 : 1;
    return (x->i > y->i) - (x->i < y->i);
}

/* Mark superscripts and subscripts in a fragment, and find its
 * dominant size, baseline and boldness. */
static void frag_finish(PdfLayout *l, Frag *f)
{
    /* dominant size: the size with most bytes of text */
    float best = 0, bestn = -1;
    for (uint32_t i = 0; i < f->nw; i++) {
        const Word *w = &l->w[l->ws[f->w0 + i]];
        float n = 0;
        for (uint32_t k = 0; k < f->nw; k++) {
            const Word *v = &l->w[l->ws[f->w0 + k]];
            if (fabsf(v->size - w->size) < 0.5f)
                n += (float)v->len;
        }
        if (n > bestn || (n == bestn && w->size > best))
            best = w->size, bestn = n;
        if (f->nw > 64)   /* long fragments: the first word's size will do */
            break;
    }
    f->size = best > 0 ? best : 1;
    f->base = -1e30f;
    f->bold = 1;
    for (uint32_t i = 0; i < f->nw; i++) {
        const Word *w = &l->w[l->ws[f->w0 + i]];
        if (fabsf(w->size - f->size) < 0.5f)
            f->base = maxf(f->base, w->y1);
    }
    for (uint32_t i = 0; i < f->nw; i++) {
        Word *w = &l->w[l->ws[f->w0 + i]];
        if (w->size < SUP_SIZE * f->size) {
            if (w->y1 < f->base - SUP_SHIFT * f->size)
                w->sup = 1;
            else if (w->y1 > f->base + SUP_SHIFT * f->size)
                w->sup = 2;
        }
        if (!w->sup)
            f->bold &= w->bold;
    }
}

static int build_fragments(PdfLayout *l, Page *pg, size_t w0)
{
    size_t n = l->nw - w0;
    pg->f0 = (uint32_t)l->nf;
    pg->nf = 0;
    if (!n)
        return 0;
    Keyed *ord = xmalloc(n * sizeof *ord);
    for (size_t i = 0; i < n; i++)
        ord[i] = (Keyed){l->w[w0 + i].x0, (uint32_t)(w0 + i)};
    qsort(ord, n, sizeof *ord, cmp_keyed);
    int32_t *next = xmalloc(n * sizeof *next);
    FragBuild *fb = NULL;
    size_t nfb = 0, capfb = 0;
    /* buckets of fragment band centres over the page height */
    float top = 1e30f, bot = -1e30f;
    for (size_t i = w0; i < l->nw; i++)
        top = minf(top, l->w[i].y0), bot = maxf(bot, l->w[i].y1);
    size_t nb = (size_t)((bot - top) / 4) + 1;
    if (nb > 4096 || !(bot > top))
        nb = bot > top ? 4096 : 1;
    float bscale = bot > top ? (float)nb / (bot - top) : 0;
    int32_t **bucket = xcalloc(nb, sizeof *bucket);
    size_t *bn = xcalloc(nb, sizeof *bn), *bcap = xcalloc(nb, sizeof *bcap);
#define BUCKET(y) ((size_t)fminf(fmaxf(((y) - top) * bscale, 0.0f), (float)(nb - 1)))
    for (size_t k = 0; k < n; k++) {
        uint32_t wi = ord[k].i;
        const Word *w = &l->w[wi];
        float h = maxf(w->y1 - w->y0, 0.1f);
        float em = maxf(w->size, 1.0f);
        int32_t best = -1;
        float best_cost = 1e30f;
        size_t b0 = BUCKET(w->y0 - em), b1 = BUCKET(w->y1 + em);
        for (size_t b = b0; b <= b1; b++)
            for (size_t j = 0; j < bn[b]; j++) {
                FragBuild *f = &fb[bucket[b][j]];
                float fem = maxf(maxf(f->bsize, w->size), 1.0f);
                float gap = w->x0 - f->x1;
                if (gap > GAP_FRAG * fem || gap < -0.5f * minf(f->bsize, em))
                    continue;
                float ov = minf(f->by1, w->y1) - maxf(f->by0, w->y0);
                float fh = maxf(f->by1 - f->by0, 0.1f);
                /* a small raised or lowered word (a marker) may sit
                 * inside the band rather than overlap half of it */
                int inside = w->y0 >= f->by0 - 0.3f * fh && w->y1 <= f->by1 + 0.3f * fh;
                if (ov < 0.5f * minf(fh, h) && !inside)
                    continue;
                float cost = fabsf(gap) + fabsf((w->y0 + w->y1) - (f->by0 + f->by1));
                if (cost < best_cost)
                    best_cost = cost, best = bucket[b][j];
            }
        next[wi - w0] = -1;
        if (best < 0) {
            GROW(fb, nfb, capfb);
            fb[nfb] = (FragBuild){w->x0, w->y0, w->x1, w->y1, w->y0, w->y1, w->size, (int32_t)(wi - w0),
                                  (int32_t)(wi - w0)};
            size_t b = BUCKET((w->y0 + w->y1) / 2);
            GROW(bucket[b], bn[b], bcap[b]);
            bucket[b][bn[b]++] = (int32_t)nfb;
            nfb++;
            continue;
        }
        FragBuild *f = &fb[best];
        next[f->tail] = (int32_t)(wi - w0);
        f->tail = (int32_t)(wi - w0);
        f->x1 = maxf(f->x1, w->x1);
        f->y0 = minf(f->y0, w->y0);
        f->y1 = maxf(f->y1, w->y1);
        if (w->size > f->bsize + 0.5f)
            f->by0 = w->y0, f->by1 = w->y1, f->bsize = w->size;
    }
#undef BUCKET
    for (size_t i = 0; i < nfb; i++) {
        GROW(l->f, l->nf, l->capf);
        Frag *f = &l->f[l->nf++];
        *f = (Frag){(uint32_t)l->nws, 0, fb[i].x0, fb[i].y0, fb[i].x1, fb[i].y1, 0, 0, 0, 0};
        for (int32_t k = fb[i].head; k >= 0; k = next[k]) {
            GROW(l->ws, l->nws, l->capws);
            l->ws[l->nws++] = (uint32_t)(w0 + (size_t)k);
            f->nw++;
        }
        frag_finish(l, f);
        pg->nf++;
    }
    for (size_t b = 0; b < nb; b++)
        free(bucket[b]);
    free(bucket);
    free(bn);
    free(bcap);
    free(fb);
    free(next);
    free(ord);
    return 0;
}

/* The page's body size: the font size holding most characters. */
static float body_size(const PdfLayout *l, const Page *pg)
{
    float sizes[32];
    double count[32];
    int ns = 0;
    for (uint32_t i = 0; i < pg->nf; i++) {
        const Frag *f = &l->f[pg->f0 + i];
        int k = 0;
        while (k < ns && fabsf(sizes[k] - f->size) >= 0.5f)
            k++;
        if (k == ns) {
            if (ns == 32)
                continue;
            sizes[ns] = f->size;
            count[ns++] = 0;
        }
        for (uint32_t j = 0; j < f->nw; j++)
            count[k] += l->w[l->ws[f->w0 + j]].len;
    }
    int best = -1;
    for (int k = 0; k < ns; k++)
        if (best < 0 || count[k] > count[best])
            best = k;
    return best >= 0 ? sizes[best] : 10;
}

int pdflayout_add_page(PdfLayout *l, float width, float height, const PdfChar *c, size_t n)
{
    GROW(l->pg, l->npg, l->cappg);
    Page *pg = &l->pg[l->npg++];
    *pg = (Page){width > 0 ? width : 612, height > 0 ? height : 792, 0, 0, 0, 10};
    size_t w0 = l->nw;
    WordBuild wb = {0};
    for (size_t i = 0; i < n; i++) {
        PdfChar ch = c[i];
        if (is_break(ch.cp) || !keep_cp(ch.cp) || !isfinite(ch.x0) || !isfinite(ch.x1) || !isfinite(ch.y0) ||
            !isfinite(ch.y1) || !isfinite(ch.size)) {
            wb.open = 0;
            continue;
        }
        if (ch.x1 < ch.x0) {
            float t = ch.x0;
            ch.x0 = ch.x1, ch.x1 = t;
        }
        if (ch.y1 < ch.y0) {
            float t = ch.y0;
            ch.y0 = ch.y1, ch.y1 = t;
        }
        /* boxes far outside any page are noise (and would blow the buckets) */
        if (fabsf(ch.x0) > 1e5f || fabsf(ch.y0) > 1e5f || fabsf(ch.x1) > 1e5f || fabsf(ch.y1) > 1e5f)
            continue;
        if (ch.size <= 0 || ch.size > 1000)
            ch.size = maxf(minf(ch.y1 - ch.y0, 1000), 1);
        pg->chars++;
        if (add_char(l, &wb, &ch))
            return -1;
    }
    build_fragments(l, pg, w0);
    pg->body = body_size(l, pg);
    return 0;
}

/* ---- 3. running heads and footers ----
 * A fragment in the top or bottom margin zone is furniture when the
 * same text (letters folded to lower case, every run of digits counted
 * as one "#", the rest ignored) stands within HEAD_TOL of the same
 * height on several pages: "Vol. 12 No. 3", "Page 4 of 9", a journal's
 * name on every even page. A lone page number ("12", "- 12 -", "iv",
 * "Page 12") in the zone goes even on its own. */

typedef struct Mark {
    uint64_t key;
    float y;
    uint32_t page, frag;
} Mark;

static int cmp_mark(const void *a, const void *b)
{
    const Mark *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    if (x->y != y->y)
        return x->y < y->y ? -1 : 1;
    return (x->page > y->page) - (x->page < y->page);
}

/* The folded text of a fragment into out[cap] (cut when longer). */
static size_t fold(const PdfLayout *l, const Frag *f, char *out, size_t cap)
{
    size_t n = 0;
    for (uint32_t i = 0; i < f->nw; i++) {
        const Word *w = &l->w[l->ws[f->w0 + i]];
        const unsigned char *p = (const unsigned char *)l->pool.data + w->off;
        for (uint32_t k = 0; k < w->len && n + 1 < cap; k++) {
            unsigned char c = p[k];
            if (c >= '0' && c <= '9') {
                if (!n || out[n - 1] != '#')
                    out[n++] = '#';
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                out[n++] = (char)(c | 0x20);
            } else if (c >= 0x80) {
                out[n++] = (char)c;
            }
        }
    }
    out[n] = '\0';
    return n;
}

static int page_number_text(const char *s)
{
    static const char *const forms[] = {"#", "page#", "p#", "page#of#", "#of#", "pg#", NULL};
    for (int i = 0; forms[i]; i++)
        if (!strcmp(s, forms[i]))
            return 1;
    size_t n = strlen(s);
    return n > 0 && n <= 6 && strspn(s, "ivxlc") == n;
}

static uint64_t hash_str(const char *s, int zone)
{
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)zone;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static void drop_furniture(PdfLayout *l)
{
    Mark *m = NULL;
    size_t nm = 0, capm = 0;
    char txt[256];
    for (uint32_t p = 0; p < l->npg; p++) {
        const Page *pg = &l->pg[p];
        for (uint32_t i = 0; i < pg->nf; i++) {
            Frag *f = &l->f[pg->f0 + i];
            int zone = f->y1 < pg->h * MARGIN_ZONE ? 1 : f->y0 > pg->h * (1 - MARGIN_ZONE) ? 2 : 0;
            if (!zone)
                continue;
            fold(l, f, txt, sizeof txt);
            if (page_number_text(txt)) {
                f->drop = 1;
                continue;
            }
            if (!txt[0])
                continue;
            GROW(m, nm, capm);
            m[nm++] = (Mark){hash_str(txt, zone), f->y0, p, pg->f0 + i};
        }
    }
    if (nm > 1)
        qsort(m, nm, sizeof *m, cmp_mark);
    size_t need = l->npg >= 5 ? 3 : 2;
    for (size_t i = 0; i < nm;) {
        size_t j = i + 1, pages = 1;
        while (j < nm && m[j].key == m[i].key && m[j].y - m[i].y <= HEAD_TOL) {
            pages += m[j].page != m[j - 1].page;
            j++;
        }
        if (pages >= need && l->npg >= 2)
            for (size_t k = i; k < j; k++)
                l->f[m[k].frag].drop = 1;
        i = j;
    }
    free(m);
}

/* ---- the document's own spelling, for hyphens at line ends ----
 * A set of the words the document writes whole (lower case, letters and
 * inner hyphens), as hashes. "fibre-\noptic" keeps its hyphen when the
 * document writes "fibre-optic" elsewhere and never "fibreoptic". */

typedef struct Vocab {
    uint64_t *h;
    size_t cap;   /* power of two */
} Vocab;

static uint64_t hash_bytes(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211ULL;
    return h | 1;
}

static void vocab_add(Vocab *v, uint64_t h)
{
    size_t i = (size_t)h & (v->cap - 1);
    while (v->h[i] && v->h[i] != h)
        i = (i + 1) & (v->cap - 1);
    v->h[i] = h;
}

static int vocab_has(const Vocab *v, uint64_t h)
{
    size_t i = (size_t)h & (v->cap - 1);
    while (v->h[i]) {
        if (v->h[i] == h)
            return 1;
        i = (i + 1) & (v->cap - 1);
    }
    return 0;
}

/* Fold p[0,n) to lower-case letters and hyphens into out (cap 64). */
static size_t fold_word(const char *p, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < 63; i++) {
        unsigned char c = (unsigned char)p[i];
        if (ascii_isalpha(c))
            out[k++] = (char)(c | 0x20);
        else if (c == '-' && k)
            out[k++] = '-';
        else if (k)
            break;
    }
    while (k && out[k - 1] == '-')
        k--;
    return k;
}

/* The words standing inside lines (the first and last word of a line
 * may be half of a word broken across lines). */
static void vocab_build(const PdfLayout *l, Vocab *v)
{
    v->cap = 1024;
    while (v->cap < 2 * l->nw + 2)
        v->cap *= 2;
    v->h = xcalloc(v->cap, sizeof *v->h);
    for (size_t fi = 0; fi < l->nf; fi++) {
        const Frag *f = &l->f[fi];
        for (uint32_t k = 1; k + 1 < f->nw; k++) {
            const Word *w = &l->w[l->ws[f->w0 + k]];
            const char *p = l->pool.data + w->off;
            size_t s = 0;
            while (s < w->len && !ascii_isalpha((unsigned char)p[s]))
                s++;
            char fw[64];
            size_t n = fold_word(p + s, w->len - s, fw);
            if (n)
                vocab_add(v, hash_bytes(fw, n));
        }
    }
}

/* Words of spelled-out numbers: "fifty-two", "two-thirds" keep their
 * hyphen whatever the rest of the document says. */
static int number_word(const char *w, size_t n)
{
    static const char *const words[] = {"one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
                                        "seventy", "eighty", "ninety", "hundred", "thousand", "third",
                                        "thirds", "quarter", "quarters", "half", "fold", NULL};
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == n && !memcmp(words[i], w, n))
            return 1;
    return 0;
}

/* Should a word broken at a line end as a- / b keep its hyphen? Yes when
 * the document writes "a-b" and never "ab"; no when it writes "ab"; yes
 * for spelled-out numbers ("fifty-two") and for two words the document
 * uses on their own ("state-owned"); else no: a hyphen a typesetter put
 * in ("offi-cials"). */
static int keep_hyphen(const Vocab *v, const char *a, size_t na, const char *b, size_t nb)
{
    /* the letters ending a and starting b */
    size_t s = na;
    while (s > 0 && (ascii_isalpha((unsigned char)a[s - 1]) || a[s - 1] == '-'))
        s--;
    if (!na || !nb)
        return 1;
    unsigned char last = (unsigned char)a[na - 1], first = (unsigned char)b[0];
    if (!ascii_isalpha(last) || !ascii_islower(first))
        return 1;   /* "$79-" "million", "Sino-" "African" */
    char pa[64], pb[64], both[130];
    size_t ka = fold_word(a + s, na - s, pa), kb = fold_word(b, nb, pb);
    if (!ka || !kb)
        return 0;
    memcpy(both, pa, ka);
    both[ka] = '-';
    memcpy(both + ka + 1, pb, kb);
    int hyphened = vocab_has(v, hash_bytes(both, ka + 1 + kb));
    memmove(both + ka, both + ka + 1, kb);
    int joined = vocab_has(v, hash_bytes(both, ka + kb));
    if (hyphened || joined)
        return hyphened && !joined;
    if (number_word(pa, ka) && number_word(pb, kb))
        return 1;
    return ka >= 4 && kb >= 4 && vocab_has(v, hash_bytes(pa, ka)) && vocab_has(v, hash_bytes(pb, kb));
}

/* ---- 4. reading order: recursive cuts ----
 * A region (a set of fragments) is cut at a column gutter: a strip no
 * fragment crosses, with text beside it on both sides (side by side,
 * not one above the other). A region of short fragments is a table and
 * stays whole. When no gutter is clean but one is crossed by a few
 * fragments only (a full-width title or table row over two columns),
 * the region is cut into bands above, at and below each of them. What
 * cannot be cut is a leaf, read top to bottom. */

typedef struct Leaves {
    uint32_t *v;              /* fragment ids, UINT32_MAX ends a leaf */
    size_t n, cap;
} Leaves;

static void leaf_push(Leaves *o, const uint32_t *ids, size_t n)
{
    for (size_t i = 0; i <= n; i++) {
        GROW(o->v, o->n, o->cap);
        o->v[o->n++] = i < n ? ids[i] : UINT32_MAX;
    }
}

typedef struct Region {
    float x0, y0, x1, y1, em;
} Region;

static Region region_of(const PdfLayout *l, const uint32_t *ids, size_t n)
{
    Region r = {1e30f, 1e30f, -1e30f, -1e30f, 0};
    for (size_t i = 0; i < n; i++) {
        const Frag *f = &l->f[ids[i]];
        r.x0 = minf(r.x0, f->x0), r.y0 = minf(r.y0, f->y0);
        r.x1 = maxf(r.x1, f->x1), r.y1 = maxf(r.y1, f->y1);
        r.em += f->size;
    }
    r.em = n ? maxf(r.em / (float)n, 1.0f) : 10;
    return r;
}

/* Do the fragments left of x and right of it stand side by side
 * (their heights overlap by at least frac of the shorter)? Counts each
 * side; crossing fragments go to *nc. */
static int side_by_side(const PdfLayout *l, const uint32_t *ids, size_t n, float x, float frac, size_t *nl,
                        size_t *nr, size_t *nc)
{
    float ly0 = 1e30f, ly1 = -1e30f, ry0 = 1e30f, ry1 = -1e30f;
    *nl = *nr = *nc = 0;
    for (size_t i = 0; i < n; i++) {
        const Frag *f = &l->f[ids[i]];
        if (f->x1 <= x)
            (*nl)++, ly0 = minf(ly0, f->y0), ly1 = maxf(ly1, f->y1);
        else if (f->x0 >= x)
            (*nr)++, ry0 = minf(ry0, f->y0), ry1 = maxf(ry1, f->y1);
        else
            (*nc)++;
    }
    if (!*nl || !*nr)
        return 0;
    float ov = minf(ly1, ry1) - maxf(ly0, ry0);
    return ov > frac * minf(ly1 - ly0, ry1 - ry0) && ov > 0;
}

/* Find a gutter: 1 clean (*x its middle), 2 crossed by few, 0 none. */
static int find_gutter(const PdfLayout *l, const uint32_t *ids, size_t n, const Region *r, float *x)
{
    float width = r->x1 - r->x0;
    if (!(width > 1))
        return 0;
    size_t nb = (size_t)width + 1;
    if (nb > 4096)
        nb = 4096;
    float scale = (float)nb / width;
    int *cov = xcalloc(nb + 1, sizeof *cov);
    for (size_t i = 0; i < n; i++) {
        const Frag *f = &l->f[ids[i]];
        size_t a = (size_t)fmaxf((f->x0 - r->x0) * scale, 0);
        size_t b = (size_t)ceilf(fminf((f->x1 - r->x0) * scale, (float)nb));
        if (a > nb)
            a = nb;
        cov[a]++;
        cov[b < a ? a : b]--;
    }
    for (size_t i = 1; i <= nb; i++)
        cov[i] += cov[i - 1];
    /* clean gutters: the widest run of empty bins with text both sides */
    int kind = 0;
    float best = 0;
    for (size_t i = 1; i < nb;) {
        if (cov[i]) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < nb && !cov[j])
            j++;
        float w = (float)(j - i) / scale, mid = r->x0 + (float)(i + j) / 2 / scale;
        size_t nl, nr, nc;
        if (j < nb && w >= 0.5f * r->em && w > best && side_by_side(l, ids, n, mid, 0.05f, &nl, &nr, &nc))
            best = w, *x = mid, kind = 1;
        i = j;
    }
    if (!kind) {
        /* crossed gutters: the fewest crossings in the middle 70% */
        size_t a = nb * 15 / 100, b = nb * 85 / 100;
        int m = -1;
        for (size_t i = a; i < b; i++)
            if (cov[i] > 0 && (m < 0 || cov[i] < m))
                m = cov[i];
        if (m > 0 && (size_t)m * 4 <= n) {
            size_t bi = 0, bj = 0;
            for (size_t i = a; i < b;) {
                if (cov[i] != m) {
                    i++;
                    continue;
                }
                size_t j = i;
                while (j < b && cov[j] == m)
                    j++;
                if (j - i > bj - bi)
                    bi = i, bj = j;
                i = j;
            }
            float mid = r->x0 + (float)(bi + bj) / 2 / scale;
            size_t nl, nr, nc;
            if ((float)(bj - bi) / scale >= 0.5f * r->em && side_by_side(l, ids, n, mid, 0.5f, &nl, &nr, &nc) &&
                nl >= 3 && nr >= 3)
                *x = mid, kind = 2;
        }
    }
    free(cov);
    return kind;
}

/* A fragment that is one list marker ("•", "1.", "(a)"). */
static int lone_marker(const PdfLayout *l, const Frag *f)
{
    static const char *const marks[] = {"\xe2\x80\xa2", "\xe2\x97\xa6", "\xe2\x96\xaa", "\xc2\xb7", "-",
                                        "\xe2\x80\x93", "*", NULL};
    if (f->nw != 1)
        return 0;
    const Word *w = &l->w[l->ws[f->w0]];
    const char *p = l->pool.data + w->off;
    for (int i = 0; marks[i]; i++)
        if (w->len == strlen(marks[i]) && !memcmp(p, marks[i], w->len))
            return 1;
    return w->len <= 4 && w->len >= 2 && (p[w->len - 1] == '.' || p[w->len - 1] == ')') &&
           ((p[0] >= '0' && p[0] <= '9') || p[0] == '(');
}

/* A table: most fragments (list markers aside) are short: a few words,
 * or narrow. */
static int tabular(const PdfLayout *l, const uint32_t *ids, size_t n)
{
    size_t shortf = 0, counted = 0;
    for (size_t i = 0; i < n; i++) {
        const Frag *f = &l->f[ids[i]];
        if (lone_marker(l, f))
            continue;
        counted++;
        shortf += f->nw <= 3 || f->x1 - f->x0 < 8 * f->size;
    }
    return counted && shortf * 10 >= counted * 6;
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

static void cut(const PdfLayout *l, uint32_t *ids, size_t n, int depth, Leaves *out)
{
    float x = 0;
    Region r = region_of(l, ids, n);
    int kind = n > 1 && depth < MAX_DEPTH ? find_gutter(l, ids, n, &r, &x) : 0;
    if (kind == 1 && tabular(l, ids, n))
        kind = 0;
    if (!kind) {
        leaf_push(out, ids, n);
        return;
    }
    uint32_t *tmp = xmalloc(n * sizeof *tmp);
    if (kind == 1) {
        /* left of the gutter, then right */
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (l->f[ids[i]].x1 <= x)
                tmp[k++] = ids[i];
        size_t nl = k;
        for (size_t i = 0; i < n; i++)
            if (l->f[ids[i]].x1 > x)
                tmp[k++] = ids[i];
        cut(l, tmp, nl, depth + 1, out);
        cut(l, tmp + nl, n - nl, depth + 1, out);
        free(tmp);
        return;
    }
    /* bands around the fragments crossing the gutter, top to bottom */
    Keyed *cross = xmalloc(n * sizeof *cross);
    size_t nc = 0;
    for (size_t i = 0; i < n; i++) {
        const Frag *f = &l->f[ids[i]];
        if (f->x0 < x && f->x1 > x)
            cross[nc++] = (Keyed){(f->y0 + f->y1) / 2, ids[i]};
    }
    if (nc > 1)
        qsort(cross, nc, sizeof *cross, cmp_keyed);
    Keyed *rest = xmalloc(n * sizeof *rest);
    size_t nrest = 0;
    for (size_t i = 0; i < n; i++) {
        const Frag *f = &l->f[ids[i]];
        if (!(f->x0 < x && f->x1 > x))
            rest[nrest++] = (Keyed){(f->y0 + f->y1) / 2, ids[i]};
    }
    if (nrest > 1)
        qsort(rest, nrest, sizeof *rest, cmp_keyed);
    size_t ri = 0;
    for (size_t c = 0; c <= nc; c++) {
        size_t k = 0;
        while (ri < nrest && (c == nc || rest[ri].k < cross[c].k))
            tmp[k++] = rest[ri++].i;
        if (k)
            cut(l, tmp, k, depth + 1, out);
        /* crossing fragments with nothing between them read as one leaf */
        if (c < nc) {
            size_t e = c;
            while (e + 1 < nc && !(ri < nrest && rest[ri].k < cross[e + 1].k))
                e++;
            for (size_t q = c; q <= e; q++)
                tmp[q - c] = cross[q].i;
            leaf_push(out, tmp, e - c + 1);
            c = e;
        }
    }
    free(rest);
    free(cross);
    free(tmp);
}

/* ---- 5. writing: lines, paragraphs, tables, footnotes ----
 * Lines of a paragraph are joined with a space, the last word of each
 * line held back until the next line shows whether a hyphenated word
 * goes on there. A paragraph ends at a gap, a change of style, an
 * indent, a short line ending a sentence, a heading or a list item; it
 * goes on across a column or a page when it stopped mid-sentence and the
 * next column starts in lower case. Footnotes (small text under the
 * body of a column) are held until the paragraph they interrupt ends. */

typedef struct Emit {
    Document *t;
    const PdfLayout *l;
    const Vocab *v;
    int page;                 /* page being written, 1-based */
    int open;                 /* a paragraph is open */
    int heading;              /* ... and it is a heading */
    int list;                 /* ... and it is a list item */
    int32_t pend;             /* its last word, not yet written, or -1 */
    int pend_page;
    float psize;              /* size and boldness of its last line */
    int pbold;
    struct Emit *notes;       /* where footnotes wait (NULL: this is it) */
    int err;
    Buf tmp;
} Emit;

static void put(Emit *e, const char *p, size_t n, int page)
{
    if (n && document_append(e->t, p, n, 0, 0, page))
        e->err = -1;
}

static void puts_(Emit *e, const char *s)
{
    put(e, s, strlen(s), e->page);
}

static const char *word_ptr(const Emit *e, int32_t w)
{
    return e->l->pool.data + e->l->w[w].off;
}

/* A word's text into out, a superscript's or subscript's digits as such
 * ("¹"), without a final hyphen when strip_hyphen. */
static void word_text(const Emit *e, int32_t wi, int strip_hyphen, Buf *out)
{
    static const char *const sup[10] = {"\xe2\x81\xb0", "\xc2\xb9", "\xc2\xb2", "\xc2\xb3", "\xe2\x81\xb4",
                                        "\xe2\x81\xb5", "\xe2\x81\xb6", "\xe2\x81\xb7", "\xe2\x81\xb8", "\xe2\x81\xb9"};
    const Word *w = &e->l->w[wi];
    const char *p = word_ptr(e, wi);
    size_t n = w->len;
    if (strip_hyphen && n && p[n - 1] == '-')
        n--;
    if (!w->sup) {
        buf_append(out, p, n);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= '0' && c <= '9' && w->sup == 1) {
            buf_puts(out, sup[c - '0']);
        } else if (c >= '0' && c <= '9') {
            char s[3] = {'\xe2', '\x82', (char)(0x80 + c - '0')};
            buf_append(out, s, 3);
        } else {
            buf_putc(out, (char)c);
        }
    }
}

static void word_put(Emit *e, int32_t wi, int page, int strip_hyphen)
{
    buf_reset(&e->tmp);
    word_text(e, wi, strip_hyphen, &e->tmp);
    put(e, e->tmp.data, e->tmp.len, page);
}

static int is_hyphen_end(const char *p, size_t n)
{
    return n >= 2 && p[n - 1] == '-' && ascii_isalpha((unsigned char)p[n - 2]);
}

/* Write the held word; restore the hyphen poppler dropped if its other
 * half does not follow. */
static void flush_pend(Emit *e)
{
    if (e->pend < 0)
        return;
    word_put(e, e->pend, e->pend_page, 0);
    if (e->l->w[e->pend].cont >= 0)
        put(e, "-", 1, e->pend_page);
    e->pend = -1;
}

static void flush_notes(Emit *e);

static void close_para(Emit *e)
{
    if (!e->open)
        return;
    flush_pend(e);
    e->open = e->heading = e->list = 0;
    flush_notes(e);
}

/* Start a block: a blank line after what is there (a new line between
 * list items). */
static void start_block(Emit *e, int list)
{
    close_para(e);
    if (e->t->text.len)
        puts_(e, list ? "\n" : "\n\n");
}

/* Footnotes waiting in e->notes go out after a blank line, with their
 * own pages. */
static void flush_notes(Emit *e)
{
    Emit *n = e->notes;
    if (!n)
        return;
    close_para(n);
    Document *nt = n->t;
    if (!nt->text.len)
        return;
    if (e->t->text.len)
        puts_(e, "\n\n");
    for (size_t i = 0; i < nt->npages; i++) {
        size_t a = nt->pages[i].text, b = i + 1 < nt->npages ? nt->pages[i + 1].text : nt->text.len;
        put(e, nt->text.data + a, b - a, nt->pages[i].page);
    }
    buf_reset(&nt->text);
    nt->npages = 0;
}

/* ---- lines ---- */

typedef struct Line {
    const uint32_t *f;        /* its fragments, left to right */
    size_t nf;
    float x0, x1, base, size;
    int bold;
    int table;                /* index of its table, or -1 */
} Line;

static int32_t line_first(const Emit *e, const Line *ln)
{
    const Frag *f = &e->l->f[ln->f[0]];
    return (int32_t)e->l->ws[f->w0];
}

static int32_t line_last(const Emit *e, const Line *ln)
{
    const Frag *f = &e->l->f[ln->f[ln->nf - 1]];
    return (int32_t)e->l->ws[f->w0 + f->nw - 1];
}

static size_t line_words(const Emit *e, const Line *ln)
{
    size_t n = 0;
    for (size_t i = 0; i < ln->nf; i++)
        n += e->l->f[ln->f[i]].nw;
    return n;
}

/* Write a line's words but the last (held), with spaces between;
 * a superscript touching the word before it is glued to it. */
static void line_put(Emit *e, const Line *ln, int hold_last)
{
    int32_t last = line_last(e, ln);
    int first = 1;
    const Word *prev = NULL;
    for (size_t i = 0; i < ln->nf; i++) {
        const Frag *f = &e->l->f[ln->f[i]];
        for (uint32_t k = 0; k < f->nw; k++) {
            int32_t wi = (int32_t)e->l->ws[f->w0 + k];
            const Word *w = &e->l->w[wi];
            if (!first) {
                int glue = w->sup && prev && w->x0 - prev->x1 < 0.3f * f->size;
                if (!glue)
                    puts_(e, " ");
            }
            first = 0;
            prev = w;
            if (hold_last && wi == last) {
                e->pend = wi;
                e->pend_page = e->page;
            } else {
                word_put(e, wi, e->page, 0);
                if (w->cont >= 0)
                    puts_(e, "-");
            }
        }
    }
}

/* Does the open paragraph stop mid-sentence, so that a line starting
 * with next_first may go on with it? */
static int goes_on(const Emit *e, int32_t next_first)
{
    if (!e->open || e->heading || e->pend < 0)
        return 0;
    const Word *w = &e->l->w[e->pend];
    if (w->cont == next_first)
        return 1;
    const char *p = word_ptr(e, e->pend);
    size_t n = w->len;
    while (n && (p[n - 1] == '"' || p[n - 1] == '\'' || p[n - 1] == ')'))
        n--;
    if (n >= 3 && (unsigned char)p[n - 1] == 0x9D && (unsigned char)p[n - 3] == 0xE2)   /* ” */
        n -= 3;
    if (!n || p[n - 1] == '.' || p[n - 1] == '!' || p[n - 1] == '?' || p[n - 1] == ':')
        return 0;
    unsigned char c = (unsigned char)word_ptr(e, next_first)[0];
    return ascii_islower(c) || (((c >= '0' && c <= '9') || c == '$' || c == '(') && ascii_isalpha((unsigned char)p[n - 1]));
}

/* Go on with the open paragraph: join the held word to the line. */
static void join_line(Emit *e, const Line *ln)
{
    int32_t fw = line_first(e, ln);
    const Word *pw = &e->l->w[e->pend];
    const char *a = word_ptr(e, e->pend), *b = word_ptr(e, fw);
    size_t na = pw->len, nb = e->l->w[fw].len;
    if (pw->cont == fw) {
        word_put(e, e->pend, e->pend_page, 0);
        if (keep_hyphen(e->v, a, na, b, nb))
            put(e, "-", 1, e->pend_page);
    } else if (is_hyphen_end(a, na) && ascii_islower((unsigned char)b[0])) {
        word_put(e, e->pend, e->pend_page, !keep_hyphen(e->v, a, na - 1, b, nb));
    } else {
        word_put(e, e->pend, e->pend_page, 0);
        puts_(e, " ");
    }
    e->pend = -1;
    line_put(e, ln, 1);
}

static int bullet_start(const char *p, size_t n)
{
    static const char *const marks[] = {"\xe2\x80\xa2", "\xe2\x97\xa6", "\xe2\x96\xaa", "\xe2\x80\xa3",
                                        "\xe2\x97\x8f", "\xe2\x96\xa0", "\xc2\xb7", "-", "\xe2\x80\x93",
                                        "\xe2\x80\x94", "*", NULL};
    for (int i = 0; marks[i]; i++)
        if (n == strlen(marks[i]) && !memcmp(p, marks[i], n))
            return 1;
    /* "1." "2)" "a." "(iv)" */
    size_t i = p[0] == '(' ? 1 : 0, k = i;
    while (k < n && k - i < 3 && ((p[k] >= '0' && p[k] <= '9') || ascii_islower((unsigned char)p[k])))
        k++;
    return k > i && k + 1 == n && (p[k] == '.' || p[k] == ')') && (i == 0 || p[k] == ')') &&
           !(k - i > 2 && p[i] >= '0' && p[i] <= '9');
}

/* Write one line of running text: start a paragraph, a list item or a
 * heading, or go on with the open paragraph. */
static void text_line(Emit *e, const Line *ln, int new_para, int heading)
{
    int32_t fw = line_first(e, ln);
    const Word *w = &e->l->w[fw];
    int item = bullet_start(word_ptr(e, fw), w->len) && line_words(e, ln) > 1;
    if (e->open && !new_para && !heading && !item && !e->heading) {
        join_line(e, ln);
    } else if (e->open && e->heading && heading && !new_para && !item && fabsf(ln->size - e->psize) < 0.5f &&
               ln->bold == e->pbold) {
        join_line(e, ln);   /* a heading on two lines */
    } else {
        start_block(e, item && e->list);
        e->open = 1;
        e->heading = heading;
        e->list = item;
        line_put(e, ln, 1);
    }
    e->psize = ln->size;
    e->pbold = ln->bold;
}

/* ---- tables ----
 * Columns come from the row with the most cells; every cell goes to the
 * column it overlaps most (or the nearest). Rows before the first data
 * row (a label and a figure) are the header: a header row with an empty
 * first cell goes on the row above (a header cell wrapped over lines).
 * Rows are written as aligned columns three blanks apart, as a table is
 * typed in a text file: the scanner reads a figure's unit in the header
 * cell above it or in the caption. */

static void frag_put(Emit *e, const Frag *f, Buf *out)
{
    const Word *prev = NULL;
    for (uint32_t k = 0; k < f->nw; k++) {
        int32_t wi = (int32_t)e->l->ws[f->w0 + k];
        const Word *w = &e->l->w[wi];
        if (prev && !(w->sup && w->x0 - prev->x1 < 0.3f * f->size))
            buf_putc(out, ' ');
        prev = w;
        word_text(e, wi, 0, out);
        if (w->cont >= 0)
            buf_putc(out, '-');
    }
}

static int has_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* A word broken over two lines of a cell ("mil- lions") joined again. */
static void cell_join(const Emit *e, Buf *b)
{
    if (!b->len || !memchr(b->data, '-', b->len))
        return;
    Buf o;
    buf_init(&o, 0);
    size_t ws = 0;   /* start of the word being written, in o */
    for (size_t i = 0; i < b->len; i++) {
        char c = b->data[i];
        if (c == '-' && i > 0 && i + 2 < b->len && b->data[i + 1] == ' ' && ascii_isalpha((unsigned char)b->data[i - 1]) &&
            ascii_islower((unsigned char)b->data[i + 2])) {
            size_t we = i + 2;
            while (we < b->len && b->data[we] != ' ')
                we++;
            if (keep_hyphen(e->v, o.data + ws, o.len - ws, b->data + i + 2, we - i - 2))
                buf_putc(&o, '-');
            i++;   /* the blank: the word goes on */
            continue;
        }
        buf_putc(&o, c);
        if (c == ' ')
            ws = o.len;
    }
    buf_free(b);
    *b = o;
}

/* The skeleton: the first row with the most cells that two rows at
 * least have, starting at the table's left edge (one header cell may
 * break into two fragments; a wrapped label's lines have fewer). */
static size_t table_skeleton(const Line *rows, size_t nrows)
{
    float left = 1e30f;
    for (size_t i = 0; i < nrows; i++)
        left = minf(left, rows[i].x0);
    size_t sk = 0;
    int found = 0;
    for (size_t i = 0; i < nrows; i++) {
        if (rows[i].x0 > left + rows[i].size || rows[i].nf < 2 || (found && rows[i].nf <= rows[sk].nf))
            continue;
        size_t same = 0;
        for (size_t k = 0; k < nrows; k++)
            same += rows[k].nf == rows[i].nf;
        if (same >= 2 || nrows < 2)
            sk = i, found = 1;
    }
    if (!found)
        for (size_t i = 1; i < nrows; i++)
            if (rows[i].nf > rows[sk].nf)
                sk = i;
    return sk;
}

/* Column bounds (bound[c]: the right edge of column c): midway between
 * the rightmost end of a column's cells and the leftmost start of the
 * next one's, in the rows shaped like the skeleton sk. */
static void table_bounds(const Emit *e, const Line *rows, size_t nrows, size_t sk, float *bound)
{
    size_t ncol = rows[sk].nf;
    float *lo = xmalloc(ncol * sizeof *lo), *hi = xmalloc(ncol * sizeof *hi);
    for (size_t c = 0; c < ncol; c++)
        lo[c] = 1e30f, hi[c] = -1e30f;
    for (size_t r = 0; r < nrows; r++)
        if (rows[r].nf == ncol)
            for (size_t c = 0; c < ncol; c++) {
                lo[c] = minf(lo[c], e->l->f[rows[r].f[c]].x0);
                hi[c] = maxf(hi[c], e->l->f[rows[r].f[c]].x1);
            }
    for (size_t c = 0; c + 1 < ncol; c++) {
        const Frag *a = &e->l->f[rows[sk].f[c]], *b = &e->l->f[rows[sk].f[c + 1]];
        bound[c] = hi[c] < lo[c + 1] ? (hi[c] + lo[c + 1]) / 2 : (a->x1 + b->x0) / 2;
    }
    bound[ncol - 1] = 1e30f;
    free(lo);
    free(hi);
}

/* Row r's cells into grid row cell: a fragment goes to the column its
 * left edge falls in. */
static void row_cells(Emit *e, const Line *row, const float *bound, size_t ncol, Buf *cell)
{
    for (size_t i = 0; i < row->nf; i++) {
        const Frag *f = &e->l->f[row->f[i]];
        size_t c = 0;
        while (c + 1 < ncol && f->x0 + 0.25f * f->size >= bound[c])
            c++;
        if (cell[c].len)
            buf_putc(&cell[c], ' ');
        frag_put(e, f, &cell[c]);
    }
}

/* The grid of the table's cells, ncol a row; returns its rows. The rest
 * of a cell wrapped over lines goes on the row above: a header cell, or
 * a label (not a bold section label). */
static size_t table_grid(Emit *e, const Line *rows, size_t nrows, const float *bound, size_t ncol, Buf *grid)
{
    size_t nout = 0;
    int header = 1;
    for (size_t r = 0; r < nrows; r++) {
        Buf *cell = &grid[nout * ncol];
        row_cells(e, &rows[r], bound, ncol, cell);
        int figures = 0, only_label = cell[0].len > 0;
        for (size_t c = 1; c < ncol; c++) {
            figures |= has_digit(cell[c].data, cell[c].len);
            only_label &= !cell[c].len;
        }
        if ((header && nout && !cell[0].len) || (nout && only_label && !rows[r].bold)) {
            Buf *up = &grid[(nout - 1) * ncol];
            for (size_t c = 0; c < ncol; c++) {
                if (cell[c].len) {
                    if (up[c].len)
                        buf_putc(&up[c], ' ');
                    buf_append(&up[c], cell[c].data, cell[c].len);
                }
                buf_reset(&cell[c]);
            }
            continue;
        }
        if (cell[0].len && figures)
            header = 0;
        nout++;
    }
    for (size_t i = 0; i < nout * ncol; i++)
        cell_join(e, &grid[i]);
    return nout;
}

/* The grid's rows in aligned columns, three blanks apart. */
static void grid_put(Emit *e, const Buf *grid, size_t nout, size_t ncol)
{
    size_t *w = xcalloc(ncol, sizeof *w);
    for (size_t r = 0; r < nout; r++)
        for (size_t c = 0; c < ncol; c++) {
            size_t k = utf8_count(grid[r * ncol + c].data, grid[r * ncol + c].len);
            if (k > w[c])
                w[c] = k;
        }
    start_block(e, 0);
    for (size_t r = 0; r < nout; r++) {
        const Buf *cell = &grid[r * ncol];
        size_t last = ncol;
        while (last > 1 && !cell[last - 1].len)
            last--;
        for (size_t c = 0; c < last; c++) {
            put(e, cell[c].data, cell[c].len, e->page);
            if (c + 1 < last)
                for (size_t k = utf8_count(cell[c].data, cell[c].len); k < w[c] + 3; k++)
                    puts_(e, " ");
        }
        if (r + 1 < nout)
            puts_(e, "\n");
    }
    free(w);
}

/* Write rows found to be a table: its skeleton, columns and cells. */
static void table_put(Emit *e, const Line *rows, size_t nrows)
{
    size_t sk = table_skeleton(rows, nrows), ncol = rows[sk].nf;
    float *bound = xmalloc(ncol * sizeof *bound);
    table_bounds(e, rows, nrows, sk, bound);
    Buf *grid = xcalloc(nrows * ncol, sizeof *grid);
    size_t nout = table_grid(e, rows, nrows, bound, ncol, grid);
    grid_put(e, grid, nout, ncol);
    for (size_t i = 0; i < nrows * ncol; i++)
        buf_free(&grid[i]);
    free(grid);
    free(bound);
    e->open = 0;
}

/* ---- a leaf: rows, tables, lines and footnotes ---- */

/* The last word of a line that is not a superscript marker. */
static int32_t line_last_text(const Emit *e, const Line *ln)
{
    for (size_t i = ln->nf; i-- > 0;) {
        const Frag *f = &e->l->f[ln->f[i]];
        for (uint32_t k = f->nw; k-- > 0;) {
            int32_t wi = (int32_t)e->l->ws[f->w0 + k];
            if (!e->l->w[wi].sup)
                return wi;
        }
    }
    return line_last(e, ln);
}

static int ends_sentence(const Emit *e, const Line *ln)
{
    int32_t wi = line_last_text(e, ln);
    const char *p = word_ptr(e, wi);
    size_t n = e->l->w[wi].len;
    while (n && (p[n - 1] == '"' || p[n - 1] == '\'' || p[n - 1] == ')' || (unsigned char)p[n - 1] >= 0x80))
        n--;
    return n && (p[n - 1] == '.' || p[n - 1] == '!' || p[n - 1] == '?' || p[n - 1] == ':');
}

/* Letters of the line all capitals ("THIRD QUARTER HIGHLIGHTS")? */
static int all_caps(const Emit *e, const Line *ln)
{
    int letters = 0;
    for (size_t i = 0; i < ln->nf; i++) {
        const Frag *f = &e->l->f[ln->f[i]];
        for (uint32_t k = 0; k < f->nw; k++) {
            const Word *w = &e->l->w[e->l->ws[f->w0 + k]];
            const char *p = e->l->pool.data + w->off;
            for (uint32_t j = 0; j < w->len; j++) {
                if (ascii_islower((unsigned char)p[j]))
                    return 0;
                letters += ascii_isupper((unsigned char)p[j]);
            }
        }
    }
    return letters >= 3;
}

static int is_heading(const Emit *e, const Line *ln, const Page *pg)
{
    if (line_words(e, ln) > 16 || ends_sentence(e, ln))
        return 0;
    return ln->bold || ln->size > 1.15f * pg->body || (all_caps(e, ln) && ln->size >= pg->body - 0.5f);
}

/* Does line L (after P in the same leaf, N after it) start a paragraph? */
static int para_break(const Emit *e, const Line *P, const Line *L, const Line *N, float pitch, float lx0,
                      float lx1)
{
    float gap = L->base - P->base, em = maxf(L->size, 1);
    if (gap > pitch * 1.35f + 0.5f || gap < -0.5f * em)
        return 1;
    if (fabsf(L->size - P->size) > 0.8f || L->bold != P->bold)
        return 1;
    int p_ind = P->x0 > lx0 + 0.8f * em, l_ind = L->x0 > lx0 + 0.8f * em;
    int n_ind = N && N->table < 0 && N->x0 > lx0 + 0.8f * em;
    if (l_ind && !p_ind && !n_ind && !e->list)
        return 1;   /* an indented first line */
    if (e->list) {
        /* a line left of the list item's text (past its marker): the
         * list ended */
        float text_x = P->x0;
        int32_t pf = line_first(e, P);
        if (bullet_start(word_ptr(e, pf), e->l->w[pf].len) && line_words(e, P) > 1) {
            const Frag *f = &e->l->f[P->f[0]];
            text_x = f->nw > 1 ? e->l->w[e->l->ws[f->w0 + 1]].x0 : e->l->f[P->f[1 < P->nf ? 1 : 0]].x0;
        }
        if (L->x0 < text_x - 0.8f * em)
            return 1;
    }
    unsigned char c = (unsigned char)word_ptr(e, line_first(e, L))[0];
    if (P->x1 < lx1 - 2.0f * em && ends_sentence(e, P))
        return 1;   /* the short last line of a paragraph */
    const char *pe = word_ptr(e, line_last_text(e, P));
    char last = pe[e->l->w[line_last_text(e, P)].len - 1];
    if (P->x1 < lx1 - 0.35f * (lx1 - lx0) && ascii_isupper(c) && last != ',' && last != '-' && last != '(')
        return 1;   /* a short line that is not prose: a title, an address */
    return all_caps(e, P) && !all_caps(e, L);
}

/* A footnote starts with its marker: a superscript, or a number or a
 * dagger standing alone before the text. */
static int note_start(const Emit *e, const Line *ln)
{
    int32_t fw = line_first(e, ln);
    const Word *w = &e->l->w[fw];
    const char *p = word_ptr(e, fw);
    if (w->sup == 1)
        return 1;
    size_t k = 0;
    while (k < w->len && p[k] >= '0' && p[k] <= '9')
        k++;
    if (k && k <= 3 && (k == w->len || (k + 1 == w->len && p[k] == '.')))
        return line_words(e, ln) > 1;
    return (w->len == 1 && p[0] == '*') || (w->len == 3 && !memcmp(p, "\xe2\x80\xa0", 3));
}

/* Is fragment f only a list marker ("•", "1.", "(a)")? */
static int marker_frag(const Emit *e, uint32_t fi)
{
    const Frag *f = &e->l->f[fi];
    if (f->nw != 1)
        return 0;
    int32_t wi = (int32_t)e->l->ws[f->w0];
    return bullet_start(word_ptr(e, wi), e->l->w[wi].len);
}

/* The cells of a row: its fragments, a list marker joined to its text. */
static size_t cells(const Emit *e, const Line *ln)
{
    return ln->nf - (ln->nf > 1 && marker_frag(e, ln->f[0]));
}

/* Do a gap between cells of a and one of b overlap by half an em? */
static int gaps_meet(const Emit *e, const Line *a, const Line *b)
{
    const Frag *f = e->l->f;
    float em = 0.5f * maxf(a->size, b->size);
    for (size_t i = 1; i < a->nf; i++)
        for (size_t j = 1; j < b->nf; j++) {
            float lo = maxf(f[a->f[i - 1]].x1, f[b->f[j - 1]].x1), hi = minf(f[a->f[i]].x0, f[b->f[j]].x0);
            if (hi - lo >= em)
                return 1;
        }
    return 0;
}

/* Does row b stand under the columns of row a but its first (the rest
 * of header cells wrapped over lines, justified or not)? */
static int under_column(const Emit *e, const Line *a, const Line *b)
{
    const Frag *f = e->l->f;
    if (a->nf < 2 || b->x0 < f[a->f[1]].x0 - a->size)
        return 0;
    /* each fragment starts inside a column: from the column's left edge
     * to the next column's */
    for (size_t k = 0; k < b->nf; k++) {
        const Frag *g = &f[b->f[k]];
        int in = 0;
        for (size_t i = 1; i < a->nf && !in; i++)
            in = g->x0 >= f[a->f[i]].x0 - a->size && (i + 1 == a->nf || g->x0 < f[a->f[i + 1]].x0 - a->size);
        if (!in)
            return 0;
    }
    return 1;
}

/* Does row b stand in the first column of row a, left of its second
 * (a label wrapped over lines)? */
static int in_first_column(const Emit *e, const Line *a, const Line *b)
{
    const Frag *f = e->l->f;
    return a->nf >= 2 && b->x0 >= f[a->f[0]].x0 - a->size && b->x1 <= f[a->f[1]].x0 + 0.5f * a->size;
}

/* Does row b stand under a cell of row a, wrapped over lines? */
static int wraps_under(const Emit *e, const Line *a, const Line *b)
{
    return under_column(e, a, b) || in_first_column(e, a, b);
}

/* Is row b close enough under row a to be a row of its table? */
static int close_under(const Line *a, const Line *b)
{
    return b->base - a->base <= 2.5f * a->size;
}

/* A leaf's rows, and what its phases tell each other: where its
 * footnotes start (nr: none), the pitch of its lines and its margins. */
typedef struct Leaf {
    Line *rows;
    size_t nr;
    size_t note;
    float pitch, lx0, lx1;
} Leaf;

/* The rows: fragments on one baseline, left to right (fs: the fragments
 * in that order, k: by baseline). */
static void leaf_rows(const PdfLayout *l, Keyed *k, size_t n, uint32_t *fs, Leaf *lf)
{
    qsort(k, n, sizeof *k, cmp_keyed);
    for (size_t i = 0; i < n;) {
        float size0 = l->f[k[i].i].size;
        size_t j = i + 1;
        while (j < n && k[j].k - k[i].k <= ROW_TOL * maxf(size0, l->f[k[j].i].size))
            j++;
        Keyed *kx = xmalloc((j - i) * sizeof *kx);
        for (size_t q = i; q < j; q++)
            kx[q - i] = (Keyed){l->f[k[q].i].x0, k[q].i};
        qsort(kx, j - i, sizeof *kx, cmp_keyed);
        Line *r = &lf->rows[lf->nr++];
        *r = (Line){fs + i, j - i, 1e30f, -1e30f, -1e30f, 0, 1, -1};
        for (size_t q = i; q < j; q++) {
            const Frag *f = &l->f[kx[q - i].i];
            fs[q] = kx[q - i].i;
            r->x0 = minf(r->x0, f->x0), r->x1 = maxf(r->x1, f->x1);
            r->base = maxf(r->base, f->base), r->size = maxf(r->size, f->size);
            r->bold &= f->bold;
        }
        free(kx);
        i = j;
    }
}

/* Tables: two rows of several cells or more, close together (one row
 * of a single cell may stand between them), whose gaps line up: a
 * gutter between two cells of one row overlaps one of the next by half
 * an em (the wide blanks of a justified line fall anywhere). A list
 * marker and its text are one cell. */
static void leaf_tables(const Emit *e, Leaf *lf)
{
    Line *rows = lf->rows;
    size_t nr = lf->nr;
    int ntab = 0;
    for (size_t i = 0; i < nr;) {
        if (cells(e, &rows[i]) < 2) {
            i++;
            continue;
        }
        size_t last = i, multi = 1;
        for (size_t j = i + 1; j < nr && close_under(&rows[j - 1], &rows[j]); j++) {
            if (j - last <= 16 && wraps_under(e, &rows[last], &rows[j]))
                continue;   /* a cell wrapped under its column */
            if (cells(e, &rows[j]) >= 2) {
                if (!gaps_meet(e, &rows[last], &rows[j]))
                    break;
                multi++, last = j;
            } else if (j - last > 1) {
                break;   /* one line may stand between rows */
            }
        }
        /* wrapped cells under the last row belong to it */
        for (size_t top = last; last + 1 < nr && close_under(&rows[last], &rows[last + 1]) &&
                                wraps_under(e, &rows[top], &rows[last + 1]) &&
                                cells(e, &rows[last + 1]) < cells(e, &rows[top]);)
            last++;
        if (multi >= 2) {
            for (size_t j = i; j <= last; j++)
                rows[j].table = ntab;
            ntab++;
        }
        i = last + 1;
    }
}

/* Footnotes: small rows under the body, from a marker to the end; small
 * print high on the page is no footnote. */
static void leaf_notes(const Emit *e, const Page *pg, Leaf *lf)
{
    const Line *rows = lf->rows;
    size_t nr = lf->nr, note = nr;
    for (size_t i = nr; i-- > 0;) {
        if (rows[i].table >= 0 || rows[i].size > SMALL_TEXT * pg->body)
            break;
        if (note_start(e, &rows[i]))
            note = i;
    }
    int body_above = 0;
    for (size_t i = 0; i < note; i++)
        body_above |= rows[i].size > SMALL_TEXT * pg->body;
    if (!body_above && note < nr && rows[note].base < pg->h * 0.55f)
        note = nr;
    lf->note = note;
}

/* The pitch of lines, and the leaf's left and right margins: the 10th
 * and 90th percentiles of its lines' ends (a centred title or a wide
 * table must not set them). */
static void leaf_measure(const Page *pg, Leaf *lf)
{
    const Line *rows = lf->rows;
    size_t nr = lf->nr;
    float *gaps = xmalloc((nr + 1) * sizeof *gaps), *xs0 = xmalloc((nr + 1) * sizeof *xs0),
          *xs1 = xmalloc((nr + 1) * sizeof *xs1);
    size_t ng = 0, nx = 0;
    for (size_t i = 0; i < nr; i++) {
        if (rows[i].table >= 0)
            continue;
        xs0[nx] = rows[i].x0, xs1[nx++] = rows[i].x1;
        if (i && rows[i - 1].table < 0 && fabsf(rows[i].size - rows[i - 1].size) < 0.5f &&
            rows[i].base > rows[i - 1].base)
            gaps[ng++] = rows[i].base - rows[i - 1].base;
    }
    lf->pitch = 1.2f * pg->body, lf->lx0 = 0, lf->lx1 = 0;
    if (ng) {
        qsort(gaps, ng, sizeof *gaps, cmp_float);
        lf->pitch = gaps[ng / 2];
    }
    if (nx) {
        qsort(xs0, nx, sizeof *xs0, cmp_float);
        qsort(xs1, nx, sizeof *xs1, cmp_float);
        lf->lx0 = xs0[nx / 10];
        lf->lx1 = xs1[nx - 1 - nx / 10];
    }
    free(gaps);
    free(xs0);
    free(xs1);
}

/* The body, then the footnotes aside: tables, headings, paragraphs. */
static void leaf_write(Emit *e, const Page *pg, const Leaf *lf)
{
    Line *rows = lf->rows;
    size_t nr = lf->nr;
    Emit *out = e;
    const Line *prev = NULL;
    for (size_t i = 0; i < nr && !e->err; i++) {
        if (i == lf->note) {
            out = e->notes;
            out->page = e->page;
            close_para(out);
            prev = NULL;
        }
        Line *ln = &rows[i];
        if (ln->table >= 0) {
            size_t j = i;
            while (j < nr && rows[j].table == ln->table)
                j++;
            table_put(out, rows + i, j - i);
            i = j - 1;
            prev = NULL;
            continue;
        }
        int heading = is_heading(out, ln, pg);
        int new_para = prev ? para_break(out, prev, ln, i + 1 < nr ? &rows[i + 1] : NULL, lf->pitch,
                                         lf->lx0, lf->lx1)
                            : !goes_on(out, line_first(out, ln));
        text_line(out, ln, new_para, heading);
        prev = ln;
    }
    if (lf->note < nr) {
        close_para(e->notes);
        if (!e->open)
            flush_notes(e);
    }
}

/* Write one leaf of the page as cut (the fragments ids): its rows, which
 * of them are tables and footnotes, then the text. */
static void emit_leaf(Emit *e, const Page *pg, const uint32_t *ids, size_t n)
{
    const PdfLayout *l = e->l;
    Keyed *k = xmalloc(n * sizeof *k);
    for (size_t i = 0; i < n; i++)
        k[i] = (Keyed){l->f[ids[i]].base, ids[i]};
    uint32_t *fs = xmalloc(n * sizeof *fs);
    Leaf lf = {xmalloc(n * sizeof *lf.rows), 0, 0, 0, 0, 0};
    leaf_rows(l, k, n, fs, &lf);
    leaf_tables(e, &lf);
    leaf_notes(e, pg, &lf);
    leaf_measure(pg, &lf);
    leaf_write(e, pg, &lf);
    free(lf.rows);
    free(fs);
    free(k);
}

int pdflayout_finish(PdfLayout *l, Document *t)
{
    drop_furniture(l);
    Vocab v;
    vocab_build(l, &v);
    Document nt;
    memset(&nt, 0, sizeof nt);
    buf_init(&nt.text, CB_MAX_DOC_BYTES);
    Emit notes = {.t = &nt, .l = l, .v = &v, .pend = -1};
    Emit e = {.t = t, .l = l, .v = &v, .pend = -1, .notes = &notes};
    buf_init(&e.tmp, 0);
    buf_init(&notes.tmp, 0);
    Leaves lv = {0};
    uint32_t *ids = NULL;
    size_t capids = 0;
    for (size_t p = 0; p < l->npg && !e.err && !notes.err; p++) {
        const Page *pg = &l->pg[p];
        e.page = notes.page = (int)p + 1;
        size_t k = 0;
        for (uint32_t i = 0; i < pg->nf; i++) {
            if (l->f[pg->f0 + i].drop)
                continue;
            GROW(ids, k, capids);
            ids[k++] = pg->f0 + i;
        }
        if (!k)
            continue;
        lv.n = 0;
        cut(l, ids, k, 0, &lv);
        for (size_t a = 0; a < lv.n;) {
            size_t b = a;
            while (lv.v[b] != UINT32_MAX)
                b++;
            if (b > a)
                emit_leaf(&e, pg, lv.v + a, b - a);
            a = b + 1;
        }
    }
    close_para(&e);
    flush_notes(&e);
    if (t->text.len)
        puts_(&e, "\n");
    int rc = e.err || notes.err ? -1 : 0;
    free(ids);
    free(lv.v);
    free(v.h);
    buf_free(&e.tmp);
    buf_free(&notes.tmp);
    document_free(&nt);
    return rc;
}

/* ---- the title on the first page ----
 * The lines set largest in the upper part of the first page with text,
 * at least TITLE_SIZE times its body size, top to bottom until a gap of
 * more than two lines: what a reader takes for the title when the
 * document's information dictionary gives none. */

#define TITLE_SIZE 1.25f   /* a title is this much larger than the body */
#define TITLE_ZONE 0.6f    /* and starts in this top fraction of the page */

static int cmp_frag_pos(const void *a, const void *b)
{
    const Frag *x = *(const Frag *const *)a, *y = *(const Frag *const *)b;
    if (fabsf(x->base - y->base) > 1.0f)
        return x->base < y->base ? -1 : 1;
    return (x->x0 > y->x0) - (x->x0 < y->x0);
}

size_t pdflayout_title(const PdfLayout *l, char *out, size_t cap)
{
    out[0] = '\0';
    const Page *pg = NULL;
    for (size_t p = 0; p < l->npg && p < 2 && !pg; p++)
        if (l->pg[p].chars)
            pg = &l->pg[p];
    if (!pg || cap < 2)
        return 0;
    /* the largest size among the page's upper lines that hold a letter */
    float big = 0;
    for (uint32_t i = 0; i < pg->nf; i++) {
        const Frag *f = &l->f[pg->f0 + i];
        if (!f->drop && f->y0 < TITLE_ZONE * pg->h && f->size > big)
            big = f->size;
    }
    if (big < TITLE_SIZE * pg->body)
        return 0;
    const Frag **v = xmalloc(pg->nf * sizeof *v);
    size_t nv = 0;
    for (uint32_t i = 0; i < pg->nf; i++) {
        const Frag *f = &l->f[pg->f0 + i];
        if (!f->drop && fabsf(f->size - big) < 0.5f)
            v[nv++] = f;
    }
    qsort(v, nv, sizeof *v, cmp_frag_pos);
    /* from the first such line down, words joined by single blanks */
    size_t n = 0;
    for (size_t i = 0; i < nv; i++) {
        if (i && v[i]->base - v[i - 1]->base > 2.5f * big)
            break;
        for (uint32_t j = 0; j < v[i]->nw; j++) {
            /* whole words only: the text never ends inside a character */
            const Word *w = &l->w[l->ws[v[i]->w0 + j]];
            if (n + (n > 0) + w->len >= cap) {
                i = nv - 1;
                break;
            }
            if (n)
                out[n++] = ' ';
            memcpy(out + n, l->pool.data + w->off, w->len);
            n += w->len;
        }
    }
    free(v);
    out[n] = '\0';
    return n;
}
