/* ttsubset.c — write a glyph subset of a TrueType font (see ttsubset.h).
 *
 * Table layout follows the OpenType spec: a table directory, then the
 * tables sorted by tag, each 4-byte aligned with its checksum. Glyph
 * outlines are copied byte for byte; composite glyphs get their component
 * ids rewritten to the new numbering. Every offset read from the font is
 * checked against the table it points into. The font is read in memory:
 * a file is mapped read-only (ttsubset_make), or the caller's bytes are
 * used (ttsubset_glyphs: the mapping font.c keeps).
 */
#include "ttsubset.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsio.h"
#include "limits.h"

typedef struct Tab {
    char tag[5];
    uint32_t off, len;
} Tab;

/* The font's bytes (mapped from a file, or the caller's) and its table
 * directory. */
typedef struct Src {
    const char *name;
    const unsigned char *p;
    size_t size;
    Tab *tabs;
    unsigned ntabs;
} Src;

static uint16_t rd16(const unsigned char *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static void wr16(unsigned char *p, unsigned v) { p[0] = (unsigned char)(v >> 8), p[1] = (unsigned char)v; }
static void wr32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

static int bad(const Src *s, Diag *d, const char *why)
{
    return diag_set(d, CB_EINPUT, s->name, 0, "not a usable font (%s)", why);
}

static const Tab *find(const Src *s, const char *tag)
{
    for (unsigned i = 0; i < s->ntabs; i++)
        if (!memcmp(s->tabs[i].tag, tag, 4))
            return &s->tabs[i];
    return NULL;
}

/* The bytes of table tag, in place (NULL with *len 0 when absent and
 * optional; an error when required, or when it runs past the file). */
static const unsigned char *table(const Src *s, const char *tag, uint32_t *len, int required,
                                  Diag *d, int *rc)
{
    const Tab *t = find(s, tag);
    *len = 0;
    if (!t) {
        if (required && !*rc)
            *rc = diag_set(d, CB_EINPUT, s->name, 0, "not a usable font (no '%s' table)", tag);
        return NULL;
    }
    if (t->off > s->size || t->len > s->size - t->off) {
        if (!*rc)
            *rc = bad(s, d, "a table runs past the end of the file");
        return NULL;
    }
    *len = t->len;
    return s->p + t->off;
}

/* The table directory of the font at s->p. */
static int src_open(Src *s, Diag *d)
{
    if (s->size < 12 || rd32(s->p) != 0x00010000u)
        return bad(s, d, "not a TrueType outline font");
    s->ntabs = rd16(s->p + 4);
    if (12u + 16u * s->ntabs > s->size)
        return bad(s, d, "truncated table directory");
    s->tabs = xcalloc(s->ntabs ? s->ntabs : 1, sizeof *s->tabs);
    for (unsigned i = 0; i < s->ntabs; i++) {
        const unsigned char *e = s->p + 12 + 16 * i;
        memcpy(s->tabs[i].tag, e, 4);
        s->tabs[i].off = rd32(e + 8);
        s->tabs[i].len = rd32(e + 12);
    }
    return 0;
}

typedef struct Out {
    char tag[5];
    unsigned char *data;
    uint32_t len;
} Out;

static uint32_t checksum(const unsigned char *p, uint32_t len)
{
    uint32_t sum = 0, i = 0;
    for (; i + 4 <= len; i += 4)
        sum += rd32(p + i);
    if (i < len) {   /* the last word, padded with zeros */
        unsigned char w[4] = { 0, 0, 0, 0 };
        memcpy(w, p + i, len - i);
        sum += rd32(w);
    }
    return sum;
}

static int cmp_out(const void *a, const void *b)
{
    return memcmp(((const Out *)a)->tag, ((const Out *)b)->tag, 4);
}

static int cmp_u(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return x < y ? -1 : x > y;
}

typedef struct Map {
    unsigned cp, gid;   /* code point, new glyph id */
} Map;

static int cmp_map(const void *a, const void *b)
{
    const Map *x = a, *y = b;
    if (x->cp != y->cp)
        return x->cp < y->cp ? -1 : 1;
    return x->gid < y->gid ? -1 : x->gid > y->gid;
}

/* The tables every subset reads, checked. */
typedef struct Tables {
    const unsigned char *head, *hhea, *maxp, *hmtx, *loca, *post;
    uint32_t lhead, lhhea, lmaxp, lhmtx, lloca, lpost;
    const Tab *glyf;
    unsigned nglyphs, nhm;
    int long_loca;
} Tables;

static int tables_load(const Src *s, Tables *t, Diag *d)
{
    int rc = 0;
    t->head = table(s, "head", &t->lhead, 1, d, &rc);
    t->hhea = table(s, "hhea", &t->lhhea, 1, d, &rc);
    t->maxp = table(s, "maxp", &t->lmaxp, 1, d, &rc);
    t->hmtx = table(s, "hmtx", &t->lhmtx, 1, d, &rc);
    t->loca = table(s, "loca", &t->lloca, 1, d, &rc);
    t->post = table(s, "post", &t->lpost, 1, d, &rc);
    uint32_t lglyf;
    table(s, "glyf", &lglyf, 0, d, &rc);
    t->glyf = find(s, "glyf");
    if (rc)
        return rc;
    if (!t->glyf || t->lhead < 54 || t->lhhea < 36 || t->lmaxp < 6 || t->lpost < 32)
        return bad(s, d, "missing or short head/hhea/maxp/post/glyf");
    t->nglyphs = rd16(t->maxp + 4);
    t->nhm = rd16(t->hhea + 34);
    t->long_loca = rd16(t->head + 50) == 1;
    if (t->nglyphs == 0 || t->nhm == 0 || t->nhm > t->nglyphs ||
        t->lhmtx < 4u * t->nhm + 2u * (t->nglyphs - t->nhm) ||
        t->lloca < (t->nglyphs + 1u) * (t->long_loca ? 4u : 2u))
        return bad(s, d, "inconsistent glyph counts");
    return 0;
}

/* Which glyphs go in: old[i] is the old id of new glyph i (0 first),
 * newid[g] the new id of old glyph g or ~0u. */
typedef struct Pick {
    unsigned *old, *newid;
    size_t n, cap;
} Pick;

static void pick_init(Pick *k, unsigned nglyphs, size_t hint)
{
    k->cap = hint + 2;
    k->old = xmalloc(k->cap * sizeof *k->old);
    k->newid = xmalloc((size_t)nglyphs * sizeof *k->newid);
    memset(k->newid, 0xff, (size_t)nglyphs * sizeof *k->newid);
    k->old[0] = 0;   /* .notdef stays glyph 0 */
    k->newid[0] = 0;
    k->n = 1;
}

/* The new id of old glyph g, adding it when new. */
static unsigned pick_add(Pick *k, unsigned g)
{
    if (k->newid[g] == ~0u) {
        if (k->n == k->cap) {
            k->cap *= 2;
            k->old = xrealloc(k->old, k->cap * sizeof *k->old);
        }
        k->newid[g] = (unsigned)k->n;
        k->old[k->n++] = g;
    }
    return k->newid[g];
}

static void pick_free(Pick *k)
{
    free(k->old);
    free(k->newid);
}

/* Old glyph id of cp through the font's (3,1) or (3,10) format 4 cmap
 * (0 when the font has no glyph for it). */
typedef struct Cmap4 {
    const unsigned char *sub, *ends, *starts, *deltas, *ranges;
    uint32_t sublen;
    unsigned segx2;
} Cmap4;

static int cmap4_open(const Src *s, Cmap4 *c, Diag *d)
{
    int rc = 0;
    uint32_t lcmap;
    memset(c, 0, sizeof *c);
    const unsigned char *cmap = table(s, "cmap", &lcmap, 1, d, &rc);
    if (rc)
        return rc;
    for (unsigned i = 0, nt = lcmap >= 4 ? rd16(cmap + 2) : 0; i < nt && 4 + 8 * i + 8 <= lcmap; i++) {
        const unsigned char *e = cmap + 4 + 8 * i;
        uint32_t o = rd32(e + 4);
        if (rd16(e) == 3 && (rd16(e + 2) == 1 || rd16(e + 2) == 10) && o + 4 <= lcmap &&
            rd16(cmap + o) == 4) {
            c->sub = cmap + o;
            c->sublen = lcmap - o;
            if (rd16(c->sub + 2) < c->sublen)
                c->sublen = rd16(c->sub + 2);
            break;
        }
    }
    if (!c->sub || c->sublen < 14)
        return bad(s, d, "no Unicode BMP character map");
    c->segx2 = rd16(c->sub + 6);
    if (c->segx2 == 0 || 16u + 4u * c->segx2 > c->sublen)
        return bad(s, d, "malformed character map");
    c->ends = c->sub + 14;
    c->starts = c->ends + c->segx2 + 2;
    c->deltas = c->starts + c->segx2;
    c->ranges = c->deltas + c->segx2;
    return 0;
}

static unsigned cmap4_glyph(const Cmap4 *c, unsigned cp)
{
    for (unsigned k = 0; k < c->segx2 / 2; k++) {
        unsigned end = rd16(c->ends + 2 * k), start = rd16(c->starts + 2 * k);
        if (cp > end)
            continue;
        if (cp < start)
            return 0;
        unsigned ro = rd16(c->ranges + 2 * k);
        if (ro == 0)
            return (cp + rd16(c->deltas + 2 * k)) & 0xFFFF;
        size_t at = (size_t)(c->ranges + 2 * k - c->sub) + ro + 2 * (cp - start);
        if (at + 2 > c->sublen)
            return 0;
        unsigned g = rd16(c->sub + at);
        return g ? (g + rd16(c->deltas + 2 * k)) & 0xFFFF : 0;
    }
    return 0;
}

static Out *out_add(Out *tabs, int *n, const char *tag, unsigned char *data, uint32_t len)
{
    Out *t = &tabs[(*n)++];
    memcpy(t->tag, tag, 4);
    t->data = data;
    t->len = len;
    return t;
}

static unsigned char *dup_bytes(const unsigned char *p, uint32_t len)
{
    unsigned char *q = xmalloc(len ? len : 1);
    memcpy(q, p, len);
    return q;
}

/* Write the subset of the glyphs picked (composites pull in their
 * components, appended to the pick) with a cmap of map[0..nmap) (sorted
 * by code point, distinct). */
static int subset_write(const Src *s, const Tables *T, Pick *pk, const Map *map, size_t nmap,
                        Buf *out, Diag *d)
{
    int rc = 0;
    Out tabs[16];
    int ntabs_out = 0;
    memset(tabs, 0, sizeof tabs);

    /* Copy the outlines; composites pull in their components (appended,
     * so the loop reaches them too). */
    Buf gb;
    buf_init(&gb, 0);
    uint32_t *offs = NULL;
    size_t cap_offs = 0;
    const unsigned char *loca = T->loca, *glyf = s->p + T->glyf->off;   /* in bounds: tables_load */
    for (size_t ni = 0; ni < pk->n; ni++) {
        unsigned g = pk->old[ni];
        uint32_t a = T->long_loca ? rd32(loca + 4 * g) : 2u * rd16(loca + 2 * g);
        uint32_t b = T->long_loca ? rd32(loca + 4 * g + 4) : 2u * rd16(loca + 2 * g + 2);
        if (ni + 2 > cap_offs) {
            cap_offs = cap_offs ? 2 * cap_offs : 256;
            offs = xrealloc(offs, cap_offs * sizeof *offs);
        }
        offs[ni] = (uint32_t)gb.len;
        if (b < a || b > T->glyf->len) {
            rc = bad(s, d, "glyph outside the glyf table");
            break;
        }
        uint32_t gl = b - a;
        if (gl == 0)
            continue;
        if (gl < 10) {
            rc = bad(s, d, "truncated glyph");
            break;
        }
        size_t at = gb.len;
        buf_append(&gb, glyf + a, gl);
        unsigned char *gp = (unsigned char *)gb.data + at;
        if ((int16_t)rd16(gp) < 0) {
            /* Composite: flags, glyphIndex, arguments, transform; repeat. */
            size_t p = 10;
            for (;;) {
                if (p + 4 > gl) {
                    rc = bad(s, d, "truncated composite glyph");
                    break;
                }
                unsigned flags = rd16(gp + p), cg = rd16(gp + p + 2);
                if (cg >= T->nglyphs) {
                    rc = bad(s, d, "composite glyph names a missing glyph");
                    break;
                }
                wr16(gp + p + 2, pick_add(pk, cg));
                p += 4 + ((flags & 0x1) ? 4 : 2);
                p += (flags & 0x8) ? 2 : (flags & 0x40) ? 4 : (flags & 0x80) ? 8 : 0;
                if (!(flags & 0x20))
                    break;
            }
        }
        while (gb.len % 4)
            buf_putc(&gb, 0);
        if (rc)
            break;
    }
    if (rc) {
        buf_free(&gb);
        free(offs);
        return rc;
    }
    size_t nnew = pk->n;
    if (nnew + 1 > cap_offs)
        offs = xrealloc(offs, (nnew + 1) * sizeof *offs);
    offs[nnew] = (uint32_t)gb.len;

    /* glyf, loca (long), hmtx (a full metric per glyph). */
    size_t glen;
    unsigned char *gdata = (unsigned char *)buf_take(&gb, &glen);
    out_add(tabs, &ntabs_out, "glyf", gdata, (uint32_t)glen);
    Out *t = out_add(tabs, &ntabs_out, "loca", xmalloc(4u * (nnew + 1)), 4u * (uint32_t)(nnew + 1));
    for (size_t i = 0; i <= nnew; i++)
        wr32(t->data + 4 * i, offs[i]);
    free(offs);
    t = out_add(tabs, &ntabs_out, "hmtx", xmalloc(4u * nnew + 1), 4u * (uint32_t)nnew);
    for (size_t i = 0; i < nnew; i++) {
        unsigned g = pk->old[i], nhm = T->nhm;
        unsigned adv = rd16(T->hmtx + 4 * (g < nhm ? g : nhm - 1));
        unsigned lsb = g < nhm ? rd16(T->hmtx + 4 * g + 2) : rd16(T->hmtx + 4 * nhm + 2 * (g - nhm));
        wr16(t->data + 4 * i, adv);
        wr16(t->data + 4 * i + 2, lsb);
    }
    /* head (long loca), hhea and maxp (new counts), post (version 3: no names). */
    t = out_add(tabs, &ntabs_out, "head", dup_bytes(T->head, T->lhead), T->lhead);
    wr32(t->data + 8, 0);
    wr16(t->data + 50, 1);
    t = out_add(tabs, &ntabs_out, "hhea", dup_bytes(T->hhea, T->lhhea), T->lhhea);
    wr16(t->data + 34, (unsigned)nnew);
    t = out_add(tabs, &ntabs_out, "maxp", dup_bytes(T->maxp, T->lmaxp), T->lmaxp);
    wr16(t->data + 4, (unsigned)nnew);
    t = out_add(tabs, &ntabs_out, "post", dup_bytes(T->post, 32), 32);
    wr32(t->data, 0x00030000u);

    /* cmap: one (3,1) format 4 subtable; a segment per run of consecutive
     * code points with consecutive glyph ids (few segments: libharu walks
     * them for every code point it maps). */
    size_t nseg = 0;
    Map *seg = xmalloc((nmap + 1) * 2 * sizeof *seg);   /* pairs: start, end */
    for (size_t i = 0; i < nmap;) {
        size_t j = i;
        while (j + 1 < nmap && map[j + 1].cp == map[j].cp + 1 && map[j + 1].gid == map[j].gid + 1)
            j++;
        seg[2 * nseg] = map[i];
        seg[2 * nseg + 1] = map[j];
        nseg++;
        i = j + 1;
    }
    size_t segs = nseg + 1;   /* + the final 0xFFFF segment */
    uint32_t sublen4 = (uint32_t)(16 + 8 * segs);
    t = out_add(tabs, &ntabs_out, "cmap", xcalloc(12 + sublen4, 1), 12 + sublen4);
    wr16(t->data + 2, 1);
    wr16(t->data + 4, 3);
    wr16(t->data + 6, 1);
    wr32(t->data + 8, 12);
    unsigned char *f4 = t->data + 12;
    unsigned sr = 1, es = 0;
    while (sr * 2 <= segs)
        sr *= 2, es++;
    wr16(f4, 4);
    wr16(f4 + 2, sublen4);
    wr16(f4 + 6, (unsigned)(2 * segs));
    wr16(f4 + 8, 2 * sr);
    wr16(f4 + 10, es);
    wr16(f4 + 12, (unsigned)(2 * segs - 2 * sr));
    unsigned char *e4 = f4 + 14, *s4 = e4 + 2 * segs + 2, *d4 = s4 + 2 * segs;
    for (size_t k = 0; k < nseg; k++) {
        wr16(e4 + 2 * k, seg[2 * k + 1].cp);
        wr16(s4 + 2 * k, seg[2 * k].cp);
        wr16(d4 + 2 * k, (seg[2 * k].gid - seg[2 * k].cp) & 0xFFFF);
    }
    wr16(e4 + 2 * nseg, 0xFFFF);
    wr16(s4 + 2 * nseg, 0xFFFF);
    wr16(d4 + 2 * nseg, 1);
    free(seg);

    /* libharu 2.3.0 rewrites the font on save as 13 tables in a fixed
     * order ending in 'prep', writing a table the font lacks as an empty
     * one placed at the end of its temporary memory stream, then seeks to
     * each table's offset to checksum it. Its memory stream cannot seek to
     * its own end when its size is an exact multiple of its 4096-byte
     * blocks (there is no block there: HPDF_INVALID_OBJECT, "libharu
     * error 0x1033 while saving"). An empty 'prep' sits exactly at the
     * end, so a font without one (LXGW WenKai) failed for the one glyph
     * set in ~1,000 whose tables sum to such a size. An empty table
     * before 'prep' is harmless (a later table lies past it), so a font
     * without 'prep' gets the shortest control-value program there is:
     * SVTCA[1], which sets the vectors to the x-axis they already have. */
    if (!find(s, "prep")) {
        t = out_add(tabs, &ntabs_out, "prep", xmalloc(1), 1);
        t->data[0] = 0x01;   /* SVTCA[1] */
    }

    /* Tables copied as they are: metrics, names, hinting. */
    static const char *const keep[] = { "OS/2", "name", "cvt ", "fpgm", "prep" };
    for (size_t i = 0; i < sizeof keep / sizeof *keep && !rc; i++) {
        uint32_t l;
        const unsigned char *p = table(s, keep[i], &l, i < 2, d, &rc);
        if (!p)
            continue;
        /* libharu reads OS/2's fixed fields and every name record: both
         * must lie inside their tables. */
        int ok = 1;
        if (i == 0)
            ok = l >= 78;
        if (i == 1) {
            unsigned cnt = l >= 6 ? rd16(p + 2) : 0, so = l >= 6 ? rd16(p + 4) : 0;
            ok = l >= 6 && 6u + 12u * cnt <= l && so <= l;
            for (unsigned r = 0; ok && r < cnt; r++)
                ok = (uint32_t)so + rd16(p + 6 + 12 * r + 10) + rd16(p + 6 + 12 * r + 8) <= l;
        }
        if (!ok) {
            rc = bad(s, d, i == 0 ? "short OS/2 table" : "name table out of bounds");
            break;
        }
        out_add(tabs, &ntabs_out, keep[i], dup_bytes(p, l), l);
    }

    /* The file: directory, then the tables sorted by tag, 4-aligned. */
    if (!rc) {
        qsort(tabs, (size_t)ntabs_out, sizeof *tabs, cmp_out);
        unsigned char h[12];
        unsigned nt = (unsigned)ntabs_out, p2 = 1, lg = 0;
        while (p2 * 2 <= nt)
            p2 *= 2, lg++;
        wr32(h, 0x00010000u);
        wr16(h + 4, nt);
        wr16(h + 6, 16 * p2);
        wr16(h + 8, lg);
        wr16(h + 10, 16 * nt - 16 * p2);
        buf_append(out, h, 12);
        uint32_t off = 12 + 16 * nt;
        for (unsigned i = 0; i < nt; i++) {
            unsigned char e[16];
            memcpy(e, tabs[i].tag, 4);
            wr32(e + 4, checksum(tabs[i].data, tabs[i].len));
            wr32(e + 8, off);
            wr32(e + 12, tabs[i].len);
            buf_append(out, e, 16);
            off += (tabs[i].len + 3) & ~3u;
        }
        for (unsigned i = 0; i < nt; i++) {
            static const unsigned char zero[4];
            buf_append(out, tabs[i].data, tabs[i].len);
            buf_append(out, zero, ((tabs[i].len + 3) & ~3u) - tabs[i].len);
        }
        /* head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA. */
        for (unsigned i = 0; i < nt; i++)
            if (!memcmp(tabs[i].tag, "head", 4)) {
                uint32_t adj = 0xB1B0AFBAu - checksum((unsigned char *)out->data, (uint32_t)out->len);
                size_t at = 12 + 16 * nt;
                for (unsigned k = 0; k < i; k++)
                    at += (tabs[k].len + 3) & ~3u;
                wr32((unsigned char *)out->data + at + 8, adj);
            }
    }
    for (int i = 0; i < ntabs_out; i++)
        free(tabs[i].data);
    return rc;
}

/* ---- by code point, from a file ---- */

static int subset_cps(const Src *s, const unsigned *cps_in, size_t ncp, Buf *out, Diag *d)
{
    Tables T;
    Cmap4 cm;
    int rc = tables_load(s, &T, d);
    if (!rc)
        rc = cmap4_open(s, &cm, d);
    if (rc)
        return rc;
    unsigned *cps = xmalloc((ncp + 1) * sizeof *cps);
    size_t nc = 0;
    for (size_t i = 0; i < ncp; i++)
        if (cps_in[i] > 0 && cps_in[i] < 0xFFFF)
            cps[nc++] = cps_in[i];
    qsort(cps, nc, sizeof *cps, cmp_u);
    Map *map = xmalloc((nc + 1) * sizeof *map);
    size_t nmap = 0;
    Pick pk;
    pick_init(&pk, T.nglyphs, nc);
    for (size_t i = 0; i < nc; i++) {
        if (i && cps[i] == cps[i - 1])
            continue;
        unsigned g = cmap4_glyph(&cm, cps[i]);
        if (g == 0 || g >= T.nglyphs)
            continue;
        map[nmap++] = (Map){ cps[i], pick_add(&pk, g) };
    }
    rc = subset_write(s, &T, &pk, map, nmap, out, d);
    pick_free(&pk);
    free(map);
    free(cps);
    return rc;
}

int ttsubset_make(const char *path, const unsigned *cps, size_t ncp, Buf *out, Diag *d)
{
    buf_init(out, 0);
    /* fsio's one way to open an input: no FIFO, the font size limit */
    struct stat st;
    int fd = fsio_open_input(path, CB_MAX_FONT_BYTES, 0, &st, d);
    if (fd < 0)
        return fd;
    Src s = { .name = path, .size = (size_t)st.st_size };
    void *m = s.size ? mmap(NULL, s.size, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
    int e = errno;
    close(fd);
    if (s.size == 0)
        return bad(&s, d, "not a TrueType outline font");
    if (m == MAP_FAILED)
        return diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(e));
    s.p = m;
    int rc = src_open(&s, d);
    if (!rc)
        rc = subset_cps(&s, cps, ncp, out, d);
    free(s.tabs);
    munmap(m, s.size);
    if (rc)
        buf_reset(out);
    return rc;
}

/* ---- by glyph id, from memory ---- */

int ttsubset_glyphs(const char *name, const void *font, size_t len, const unsigned *gids,
                    const unsigned *cps, size_t n, Buf *out, unsigned *newid, Diag *d)
{
    buf_init(out, 0);
    Src s = { .name = name, .p = font, .size = len };
    Tables T;
    int rc = src_open(&s, d);
    if (!rc)
        rc = tables_load(&s, &T, d);
    if (rc) {
        free(s.tabs);
        return rc;
    }
    Pick pk;
    pick_init(&pk, T.nglyphs, n);
    Map *map = xmalloc((n + 1) * sizeof *map);
    size_t nmap = 0;
    for (size_t i = 0; i < n; i++) {
        newid[i] = gids[i] < T.nglyphs ? pick_add(&pk, gids[i]) : 0;
        if (cps && cps[i] > 0 && cps[i] < 0xFFFF && newid[i])
            map[nmap++] = (Map){ cps[i], newid[i] };
    }
    /* the character map: each code point once (its lowest new id) */
    qsort(map, nmap, sizeof *map, cmp_map);
    size_t k = 0;
    for (size_t i = 0; i < nmap; i++)
        if (k == 0 || map[i].cp != map[k - 1].cp)
            map[k++] = map[i];
    rc = subset_write(&s, &T, &pk, map, k, out, d);
    pick_free(&pk);
    free(map);
    free(s.tabs);
    if (rc)
        buf_reset(out);
    return rc;
}
