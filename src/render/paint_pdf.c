/* paint_pdf.c — the PDF writer: Scene in, PDF bytes out (see paint_pdf.h).
 *
 * Three steps: the glyphs each font draws, in order of first use (their
 * order is the subset's glyph ids, so the bytes depend only on the
 * scene); the page's content stream, with the graphics state tracked so
 * that a colour, width or alpha is set only when it changes; then the
 * objects (catalog, page tree, page, content, per font a Type0 font, its
 * CIDFontType2, descriptor, subset and ToUnicode map, the document
 * information) and the cross-reference table.
 */
#include "paint_pdf.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libdeflate.h>

#include "ttsubset.h"
#include "utf8.h"

/* libdeflate's level for every stream. Measured on the 137 PDFs of a
 * 1,500-document project: level 1 takes 48 ms in all for 4.12 MB, level 6
 * 75 ms for 3.99 MB (cairo's were 3.82 MB). */
#define PDF_DEFLATE_LEVEL 1

/* ---- numbers ---- */

/* A coordinate or length: to 1/1000 pt. */
static void num(Buf *b, double v)
{
    buf_fixed(b, v, 3);
}

/* A colour component or an alpha, 0..1: four decimals give every 8-bit
 * level exactly. */
static void unit(Buf *b, double v)
{
    buf_fixed(b, v < 0 ? 0 : v > 1 ? 1 : v, 4);
}

static void hex4(Buf *b, unsigned v)
{
    static const char h[] = "0123456789ABCDEF";
    char t[4] = {h[(v >> 12) & 15], h[(v >> 8) & 15], h[(v >> 4) & 15], h[v & 15]};
    buf_append(b, t, 4);
}

/* ---- the glyphs each font draws ---- */

typedef struct Used {
    unsigned *gid, *cp, *cid;   /* by first use: the font's glyph id, a code point it draws, its id in the subset */
    size_t n, cap;
    uint32_t *slot;             /* open addressing by glyph id: index + 1, 0 empty */
    size_t nslot;
    int obj;                    /* the Type0 font's object number; 0 when unused */
} Used;

/* Index of glyph gid in u, noting it (with cp) when new. */
static size_t used_index(Used *u, unsigned gid, unsigned cp)
{
    if (2 * (u->n + 1) > u->nslot) {
        /* grow the table: rehash every glyph */
        size_t ns = u->nslot ? 2 * u->nslot : 256;
        uint32_t *slot = xcalloc(ns, sizeof *slot);
        for (size_t i = 0; i < u->n; i++) {
            size_t h = (u->gid[i] * 2654435761u) & (ns - 1);
            while (slot[h])
                h = (h + 1) & (ns - 1);
            slot[h] = (uint32_t)i + 1;
        }
        free(u->slot);
        u->slot = slot;
        u->nslot = ns;
    }
    size_t h = (gid * 2654435761u) & (u->nslot - 1);
    while (u->slot[h]) {
        size_t i = u->slot[h] - 1;
        if (u->gid[i] == gid)
            return i;
        h = (h + 1) & (u->nslot - 1);
    }
    if (u->n == u->cap) {
        u->cap = u->cap ? 2 * u->cap : 64;
        u->gid = xrealloc(u->gid, u->cap * sizeof *u->gid);
        u->cp = xrealloc(u->cp, u->cap * sizeof *u->cp);
    }
    u->gid[u->n] = gid;
    u->cp[u->n] = cp;
    u->slot[h] = (uint32_t)u->n + 1;
    return u->n++;
}

static void used_free(Used *u)
{
    free(u->gid);
    free(u->cp);
    free(u->cid);
    free(u->slot);
}

/* ---- the content stream ---- */

/* What the content has set: PDF's graphics state, as far as we use it. */
typedef struct Gs {
    double fill[3], stroke[3];
    double fa, sa;       /* alpha of fills (ca) and strokes (CA) */
    double lw;
    double dash[2];      /* {0, 0}: solid */
    int cap;             /* 0 butt, 1 round */
    int font;            /* FontId of the text font, -1 none */
} Gs;

typedef struct Pdf {
    const Fonts *f;
    Buf c;               /* the content stream */
    Gs gs;
    Gs *saved;           /* one per open clip */
    size_t depth, cap;
    double *alpha;       /* the alphas used, by first use: ExtGStates /aN (ca) and /AN (CA) */
    size_t nalpha;
    Used used[FONT_COUNT];
} Pdf;

static int alpha_index(Pdf *P, double a)
{
    for (size_t i = 0; i < P->nalpha; i++)
        if (P->alpha[i] == a)
            return (int)i;
    P->alpha = xrealloc(P->alpha, (P->nalpha + 1) * sizeof *P->alpha);
    P->alpha[P->nalpha] = a;
    return (int)P->nalpha++;
}

/* Set the fill (stroke = 0) or stroke colour c, alpha included. */
static void set_colour(Pdf *P, Rgba c, int stroke)
{
    double *now = stroke ? P->gs.stroke : P->gs.fill;
    if (now[0] != c.r || now[1] != c.g || now[2] != c.b) {
        unit(&P->c, c.r);
        buf_putc(&P->c, ' ');
        unit(&P->c, c.g);
        buf_putc(&P->c, ' ');
        unit(&P->c, c.b);
        buf_puts(&P->c, stroke ? " RG\n" : " rg\n");
        now[0] = c.r, now[1] = c.g, now[2] = c.b;
    }
    double a = c.a < 0 ? 0 : c.a > 1 ? 1 : c.a, *at = stroke ? &P->gs.sa : &P->gs.fa;
    if (*at != a) {
        buf_printf(&P->c, "/%c%d gs\n", stroke ? 'A' : 'a', alpha_index(P, a));
        *at = a;
    }
}

/* Stroke colour, width, dash and cap. */
static void set_stroke(Pdf *P, Rgba c, double lw, const double dash[2], int cap)
{
    set_colour(P, c, 1);
    if (P->gs.lw != lw) {
        num(&P->c, lw);
        buf_puts(&P->c, " w\n");
        P->gs.lw = lw;
    }
    double on = dash && dash[0] > 0 ? dash[0] : 0, off = on > 0 ? (dash[1] > 0 ? dash[1] : on) : 0;
    if (P->gs.dash[0] != on || P->gs.dash[1] != off) {
        if (on > 0) {
            buf_putc(&P->c, '[');
            num(&P->c, on);
            buf_putc(&P->c, ' ');
            num(&P->c, off);
            buf_puts(&P->c, "] 0 d\n");
        } else {
            buf_puts(&P->c, "[] 0 d\n");
        }
        P->gs.dash[0] = on, P->gs.dash[1] = off;
    }
    if (P->gs.cap != cap) {
        buf_puts(&P->c, cap ? "1 J\n" : "0 J\n");
        P->gs.cap = cap;
    }
}

static void op2(Buf *b, double x, double y, const char *op)
{
    num(b, x);
    buf_putc(b, ' ');
    num(b, y);
    buf_putc(b, ' ');
    buf_puts(b, op);
    buf_putc(b, '\n');
}

/* The element's outline as a path (not painted). */
static void outline(Buf *b, const Element *e)
{
    switch (e->kind) {
    case EL_RECT:
    case EL_CLIP:
        num(b, e->x);
        buf_putc(b, ' ');
        num(b, e->y);
        buf_putc(b, ' ');
        num(b, e->w);
        buf_putc(b, ' ');
        num(b, e->h);
        buf_puts(b, " re\n");
        break;
    case EL_PATH:
        op2(b, e->pts[0].x, e->pts[0].y, "m");
        for (size_t k = 1; k < e->npts; k++)
            op2(b, e->pts[k].x, e->pts[k].y, "l");
        if (e->closed)
            buf_puts(b, "h\n");
        break;
    case EL_CIRCLE: {
        /* four cubic Béziers, each a quarter turn */
        static const double K = 0.5522847498307936;
        double x = e->x, y = e->y, r = e->w, k = K * r;
        const double p[4][6] = {
            {x + r, y + k, x + k, y + r, x, y + r},
            {x - k, y + r, x - r, y + k, x - r, y},
            {x - r, y - k, x - k, y - r, x, y - r},
            {x + k, y - r, x + r, y - k, x + r, y},
        };
        op2(b, x + r, y, "m");
        for (int q = 0; q < 4; q++) {
            for (int i = 0; i < 6; i++) {
                num(b, p[q][i]);
                buf_putc(b, ' ');
            }
            buf_puts(b, "c\n");
        }
        buf_puts(b, "h\n");
        break;
    }
    default:
        break;
    }
}

/* Fill and stroke a shape as the Cairo painter does: the fill, then the
 * stroke over it. One B does both when the stroke is opaque; a
 * translucent stroke must be painted on its own (B paints the two as a
 * knockout group: the stroke would show the backdrop, not the fill,
 * through it). */
static void shape(Pdf *P, const Element *e)
{
    const Style *st = &e->style;
    double lw = st->line_width > 0 ? st->line_width : 1;
    if (st->fill)
        set_colour(P, st->fill_color, 0);
    if (st->stroke)
        set_stroke(P, st->stroke_color, lw, st->dash, 0);
    outline(&P->c, e);
    if (st->fill && st->stroke && st->stroke_color.a < 1) {
        buf_puts(&P->c, "f\n");
        outline(&P->c, e);
        buf_puts(&P->c, "S\n");
    } else {
        buf_puts(&P->c, st->fill && st->stroke ? "B\n" : st->fill ? "f\n" : "S\n");
    }
}

/* A dot as a zero-length line with round caps, which PDF paints as a
 * filled circle (ISO 32000-1, 8.5.3.2): 4 numbers where an arc is 26. A
 * dot with an outline is two such discs, the outline's colour under the
 * fill's: the same picture as long as both are opaque and the outline is
 * thinner than the dot. 1 when drawn. */
static int dot(Pdf *P, const Element *e)
{
    const Style *st = &e->style;
    double lw = st->line_width > 0 ? st->line_width : 1;
    if (!st->fill || (st->stroke && (st->fill_color.a < 1 || st->stroke_color.a < 1 ||
                                     lw >= 2 * e->w || st->dash[0] > 0)))
        return 0;
    static const double solid[2] = {0, 0};
    if (st->stroke) {
        set_stroke(P, st->stroke_color, 2 * e->w + lw, solid, 1);
        op2(&P->c, e->x, e->y, "m");
        op2(&P->c, e->x, e->y, "l S");
    }
    set_stroke(P, st->fill_color, st->stroke ? 2 * e->w - lw : 2 * e->w, solid, 1);
    op2(&P->c, e->x, e->y, "m");
    op2(&P->c, e->x, e->y, "l S");
    return 1;
}

/* A run of text: its glyphs as 2-byte subset ids, placed by the font's
 * widths (the scene's advances); the text matrix turns cairo's y-down
 * glyphs upright in the flipped page. */
static void text(Pdf *P, const Element *e)
{
    size_t n = strlen(e->text);
    if (n == 0 || e->font >= FONT_COUNT)
        return;
    set_colour(P, e->color, 0);
    buf_puts(&P->c, "BT\n");
    if (P->gs.font != (int)e->font) {
        buf_printf(&P->c, "/F%d 1 Tf\n", (int)e->font);
        P->gs.font = (int)e->font;
    }
    double a = e->angle * M_PI / 180.0, c = cos(a), s = sin(a);
    if (e->angle == 0)
        c = 1, s = 0;
    else if (e->angle == -90)
        c = 0, s = -1;
    double m[6] = {e->size * c, e->size * s, e->size * s, -e->size * c, e->x, e->y};
    for (int i = 0; i < 6; i++) {
        num(&P->c, m[i]);
        buf_putc(&P->c, ' ');
    }
    buf_puts(&P->c, "Tm\n<");
    Used *u = &P->used[e->font];
    for (size_t i = 0, l; i < n; i += l) {
        unsigned cp = (unsigned)utf8_decode(e->text + i, n - i, &l);
        unsigned gid = fonts_glyph(P->f, e->font, cp);
        hex4(&P->c, u->cid[used_index(u, gid, cp)]);
    }
    buf_puts(&P->c, "> Tj\nET\n");
}

static void push(Pdf *P)
{
    if (P->depth == P->cap)
        P->saved = xrealloc(P->saved, (P->cap = P->cap ? 2 * P->cap : 8) * sizeof *P->saved);
    P->saved[P->depth++] = P->gs;
    buf_puts(&P->c, "q\n");
}

static void pop(Pdf *P)
{
    P->gs = P->saved[--P->depth];
    buf_puts(&P->c, "Q\n");
}

static void content(Pdf *P, const Scene *s)
{
    Buf *b = &P->c;
    /* y down, as the scene; round joins, as the Cairo painter */
    buf_puts(b, "1 0 0 -1 0 ");
    num(b, s->height);
    buf_puts(b, " cm\n1 j\n");
    if (s->background.a > 0) {
        Element bg = {.kind = EL_RECT, .w = s->width, .h = s->height,
                      .style = {.fill = 1, .fill_color = s->background}};
        shape(P, &bg);
    }
    for (size_t i = 0; i < s->n; i++) {
        const Element *e = &s->el[i];
        switch (e->kind) {
        case EL_RECT:
        case EL_PATH:
        case EL_CIRCLE:
            if (!e->style.fill && !e->style.stroke)
                break;
            if (e->kind == EL_PATH && e->npts < 2)
                break;
            if (e->kind == EL_CIRCLE && dot(P, e))
                break;
            shape(P, e);
            break;
        case EL_TEXT:
            if (e->text)
                text(P, e);
            break;
        case EL_CLIP:
            push(P);
            outline(b, e);
            buf_puts(b, "W n\n");
            break;
        case EL_UNCLIP:
            if (P->depth > 0)
                pop(P);
            break;
        }
    }
    while (P->depth > 0)
        pop(P);
}

/* ---- the objects ---- */

typedef struct Doc {
    Buf *out;
    size_t *off;   /* by object number */
    int n;
    struct libdeflate_compressor *z;
} Doc;

static void obj_begin(Doc *D, int k)
{
    D->off[k] = D->out->len;
    buf_printf(D->out, "%d 0 obj\n", k);
}

/* Object k: a stream of data[0..len), compressed, with extra dictionary
 * entries (each starting with '/'). */
static void stream(Doc *D, int k, const char *extra, const void *data, size_t len)
{
    size_t bound = libdeflate_zlib_compress_bound(D->z, len);
    unsigned char *z = xmalloc(bound + 1);
    size_t zl = libdeflate_zlib_compress(D->z, data, len, z, bound);
    obj_begin(D, k);
    buf_printf(D->out, "<< /Length %zu /Filter /FlateDecode%s >>\nstream\n", zl, extra);
    buf_append(D->out, z, zl);
    buf_puts(D->out, "\nendstream\nendobj\n");
    free(z);
}

/* A PDF text string: literal when printable ASCII, else UTF-16BE with a
 * byte order mark, in hex. */
static void text_string(Buf *b, const char *s)
{
    int ascii = 1;
    for (const char *p = s; *p; p++)
        ascii &= (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f;
    if (ascii) {
        buf_putc(b, '(');
        for (const char *p = s; *p; p++) {
            if (*p == '(' || *p == ')' || *p == '\\')
                buf_putc(b, '\\');
            buf_putc(b, *p);
        }
        buf_putc(b, ')');
        return;
    }
    buf_puts(b, "<FEFF");
    size_t n = strlen(s);
    for (size_t i = 0, l; i < n; i += l) {
        unsigned cp = (unsigned)utf8_decode(s + i, n - i, &l);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            hex4(b, 0xD800 + (cp >> 10));
            hex4(b, 0xDC00 + (cp & 0x3FF));
        } else {
            hex4(b, cp);
        }
    }
    buf_putc(b, '>');
}

/* "D:YYYYMMDDHHmmSSZ": SOURCE_DATE_EPOCH when set, else 2000-01-01. */
static void pdf_date(char *out, size_t n)
{
    time_t t = 946684800; /* 2000-01-01T00:00:00Z */
    const char *e = getenv("SOURCE_DATE_EPOCH");
    if (e && *e) {
        char *endp;
        long long v = strtoll(e, &endp, 10);
        if (*endp == '\0' && v >= 0 && v < 253402300800LL)
            t = (time_t)v;
    }
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, n, "D:%Y%m%d%H%M%SZ", &tm);
}

/* The ToUnicode map of u: each subset glyph id to the code point it
 * draws, as UTF-16BE. */
/* The indexes of u's glyphs in the order of their subset ids (the
 * caller frees). */
typedef struct CidAt {
    unsigned cid;
    size_t i;
} CidAt;

static int cmp_cid(const void *a, const void *b)
{
    const CidAt *x = a, *y = b;
    if (x->cid != y->cid)
        return x->cid < y->cid ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static size_t *by_cid(const Used *u)
{
    CidAt *c = xmalloc((u->n ? u->n : 1) * sizeof *c);
    for (size_t i = 0; i < u->n; i++)
        c[i] = (CidAt){ u->cid[i], i };
    qsort(c, u->n, sizeof *c, cmp_cid);
    size_t *by = xmalloc((u->n ? u->n : 1) * sizeof *by);
    for (size_t i = 0; i < u->n; i++)
        by[i] = c[i].i;
    free(c);
    return by;
}

/* The ToUnicode CMap of u's glyphs, taken in the order by. */
static void tounicode(const Used *u, const size_t *by, Buf *b)
{
    buf_puts(b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    size_t n = 0;
    for (size_t i = 0; i < u->n; i++)
        n += u->cid[i] && u->cp[i];
    /* at most 100 mappings a block (the CMap syntax's limit) */
    for (size_t i = 0, done = 0; i < u->n;) {
        size_t k = n - done < 100 ? n - done : 100;
        if (k == 0)
            break;
        buf_printf(b, "%zu beginbfchar\n", k);
        for (size_t m = 0; m < k; i++) {
            size_t g = by[i];
            if (!u->cid[g] || !u->cp[g])
                continue;
            buf_putc(b, '<');
            hex4(b, u->cid[g]);
            buf_puts(b, "> <");
            unsigned cp = u->cp[g];
            if (cp >= 0x10000) {
                hex4(b, 0xD800 + ((cp - 0x10000) >> 10));
                hex4(b, 0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                hex4(b, cp);
            }
            buf_puts(b, ">\n");
            m++;
        }
        buf_puts(b, "endbfchar\n");
        done += k;
    }
    buf_puts(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
}

/* A subset's name tag: six capitals from its glyphs (ISO 32000-1, 9.6.4). */
static void subset_tag(const Used *u, FontId id, char tag[7])
{
    uint64_t h = 1469598103934665603ull ^ (uint64_t)id;
    for (size_t i = 0; i < u->n; i++) {
        h ^= u->gid[i];
        h *= 1099511628211ull;
    }
    for (int i = 0; i < 6; i++, h /= 26)
        tag[i] = (char)('A' + h % 26);
    tag[6] = '\0';
}

/* Objects k..k+4 of font id: Type0, CIDFontType2, descriptor, subset,
 * ToUnicode. */
static void font_objects(Doc *D, const Fonts *f, FontId id, const Used *u, const Buf *sub, int k)
{
    const FontFacts *ff = fonts_facts(f, id);
    double em = 1000.0 / ff->upem;
    char tag[7];
    subset_tag(u, id, tag);
    Buf *o = D->out;
    obj_begin(D, k);
    buf_printf(o, "<< /Type /Font /Subtype /Type0 /BaseFont /%s+%s /Encoding /Identity-H "
                  "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>\nendobj\n",
               tag, ff->ps_name, k + 1, k + 4);
    obj_begin(D, k + 1);
    buf_printf(o, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s+%s /CIDSystemInfo "
                  "<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
                  "%d 0 R /CIDToGIDMap /Identity /DW ",
               tag, ff->ps_name, k + 2);
    num(o, fonts_glyph_advance(f, id, 0, 1000));
    /* widths of the glyphs drawn, in the order of their ids (the
     * subset's, which follow the font's, not first use): runs of
     * consecutive ids */
    size_t *by = by_cid(u);
    buf_puts(o, " /W [");
    for (size_t i = 0; i < u->n;) {
        if (!u->cid[by[i]]) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < u->n && u->cid[by[j]] == u->cid[by[j - 1]] + 1)
            j++;
        buf_printf(o, "%u [", u->cid[by[i]]);
        for (size_t m = i; m < j; m++) {
            if (m > i)
                buf_putc(o, ' ');
            num(o, fonts_glyph_advance(f, id, u->gid[by[m]], 1000));
        }
        buf_puts(o, "] ");
        i = j;
    }
    buf_puts(o, "] >>\nendobj\n");
    obj_begin(D, k + 2);
    unsigned flags = 4u | (ff->italic ? 64u : 0) | (ff->fixed ? 1u : 0);
    buf_printf(o, "<< /Type /FontDescriptor /FontName /%s+%s /Flags %u /FontBBox [", tag,
               ff->ps_name, flags);
    for (int i = 0; i < 4; i++) {
        if (i)
            buf_putc(o, ' ');
        num(o, ff->bbox[i] * em);
    }
    buf_puts(o, "] /ItalicAngle ");
    num(o, ff->italic_angle);
    buf_puts(o, " /Ascent ");
    num(o, ff->ascent * em);
    buf_puts(o, " /Descent ");
    num(o, -ff->descent * em);
    buf_puts(o, " /CapHeight ");
    num(o, ff->cap_height * em);
    buf_printf(o, " /StemV %d /FontFile2 %d 0 R >>\nendobj\n", ff->bold ? 140 : 80, k + 3);
    char extra[64];
    snprintf(extra, sizeof extra, " /Length1 %zu", sub->len);
    stream(D, k + 3, extra, sub->data, sub->len);
    Buf cm;
    buf_init(&cm, 0);
    tounicode(u, by, &cm);
    free(by);
    stream(D, k + 4, "", cm.data, cm.len);
    buf_free(&cm);
}

int paint_pdf(const Scene *s, const Fonts *f, Buf *out, Diag *d)
{
    buf_init(out, 0);
    Pdf P;
    memset(&P, 0, sizeof P);
    P.f = f;
    buf_init(&P.c, 0);
    /* PDF's initial state: black, width 1, solid, butt caps, no font */
    P.gs.lw = 1;
    P.gs.fa = P.gs.sa = 1;
    P.gs.font = -1;

    /* 1. The glyphs each font draws, by first use: their subset ids. */
    for (size_t i = 0; i < s->n; i++) {
        const Element *e = &s->el[i];
        if (e->kind != EL_TEXT || !e->text || e->font >= FONT_COUNT)
            continue;
        size_t n = strlen(e->text);
        for (size_t k = 0, l; k < n; k += l) {
            unsigned cp = (unsigned)utf8_decode(e->text + k, n - k, &l);
            used_index(&P.used[e->font], fonts_glyph(f, e->font, cp), cp);
        }
    }
    Buf sub[FONT_COUNT];
    int rc = 0, nobj = 5;   /* 1 catalog, 2 pages, 3 page, 4 content, 5 information */
    for (int i = 0; i < FONT_COUNT; i++) {
        buf_init(&sub[i], 0);
        Used *u = &P.used[i];
        if (!u->n || rc)
            continue;
        size_t len;
        const void *data = fonts_data(f, (FontId)i, &len);
        u->cid = xmalloc(u->n * sizeof *u->cid);
        rc = ttsubset_glyphs(fonts_path(f, (FontId)i), data, len, u->gid, u->cp, u->n, &sub[i],
                             u->cid, d);
        u->obj = nobj + 1;
        nobj += 5;
    }

    /* 2. The page's content. */
    struct libdeflate_compressor *z = rc ? NULL : libdeflate_alloc_compressor(PDF_DEFLATE_LEVEL);
    if (!rc && !z)
        rc = diag_set(d, CB_EWRITE, NULL, 0, "cannot compress the PDF (out of memory)");
    if (!rc)
        content(&P, s);

    /* 3. The objects, then the cross-reference table. */
    if (!rc) {
        Doc D = {out, xcalloc((size_t)nobj + 1, sizeof *D.off), nobj, z};
        buf_puts(out, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
        obj_begin(&D, 1);
        buf_puts(out, "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        obj_begin(&D, 2);
        buf_puts(out, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        obj_begin(&D, 3);
        buf_puts(out, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ");
        num(out, s->width);
        buf_putc(out, ' ');
        num(out, s->height);
        buf_puts(out, "] /Contents 4 0 R /Group << /Type /Group /S /Transparency /I true /CS "
                      "/DeviceRGB >> /Resources << /ExtGState <<");
        for (size_t i = 0; i < P.nalpha; i++) {
            buf_printf(out, " /a%zu << /ca ", i);
            unit(out, P.alpha[i]);
            buf_printf(out, " >> /A%zu << /CA ", i);
            unit(out, P.alpha[i]);
            buf_puts(out, " >>");
        }
        buf_puts(out, " >> /Font <<");
        for (int i = 0; i < FONT_COUNT; i++)
            if (P.used[i].obj)
                buf_printf(out, " /F%d %d 0 R", i, P.used[i].obj);
        buf_puts(out, " >> >> >>\nendobj\n");
        stream(&D, 4, "", P.c.data ? P.c.data : "", P.c.len);
        char date[32];
        pdf_date(date, sizeof date);
        obj_begin(&D, 5);
        buf_puts(out, "<< /Title ");
        text_string(out, s->title ? s->title : "");
        buf_printf(out, " /Creator (claimbrief) /Producer (claimbrief) /CreationDate (%s) "
                        "/ModDate (%s) >>\nendobj\n",
                   date, date);
        for (int i = 0; i < FONT_COUNT; i++)
            if (P.used[i].obj)
                font_objects(&D, f, (FontId)i, &P.used[i], &sub[i], P.used[i].obj);
        size_t xref = out->len;
        buf_printf(out, "xref\n0 %d\n0000000000 65535 f \n", nobj + 1);
        for (int k = 1; k <= nobj; k++)
            buf_printf(out, "%010zu 00000 n \n", D.off[k]);
        buf_printf(out, "trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%zu\n%%%%EOF\n",
                   nobj + 1, xref);
        free(D.off);
    }
    if (z)
        libdeflate_free_compressor(z);
    for (int i = 0; i < FONT_COUNT; i++) {
        buf_free(&sub[i]);
        used_free(&P.used[i]);
    }
    free(P.alpha);
    free(P.saved);
    buf_free(&P.c);
    if (rc)
        buf_reset(out);
    return rc;
}
