/* ttsubset.c — write a glyph subset of a TrueType font (see ttsubset.h).
 *
 * Table layout follows the OpenType spec: a table directory, then the
 * tables sorted by tag, each 4-byte aligned with its checksum. Glyph
 * outlines are copied byte for byte; composite glyphs get their component
 * ids rewritten to the new numbering. Every offset read from the file is
 * checked against the table it points into.
 */
#include "ttsubset.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsio.h"
#include "limits.h"

typedef struct Tab {
    char tag[5];
    uint32_t off, len;
} Tab;

typedef struct Src {
    const char *path;
    int fd;
    uint64_t size;
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
    return diag_set(d, CB_EINPUT, s->path, 0, "not a usable font (%s)", why);
}

/* Read len bytes at off into p, all or nothing. */
static int pread_all(const Src *s, void *p, size_t len, uint64_t off)
{
    if (off > s->size || len > s->size - off)
        return -1;
    size_t got = 0;
    while (got < len) {
        ssize_t r = pread(s->fd, (char *)p + got, len - got, (off_t)(off + got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return 0;
}

static const Tab *find(const Src *s, const char *tag)
{
    for (unsigned i = 0; i < s->ntabs; i++)
        if (!memcmp(s->tabs[i].tag, tag, 4))
            return &s->tabs[i];
    return NULL;
}

/* The whole table tag (NULL with *len 0 when absent and optional). */
static unsigned char *load(const Src *s, const char *tag, uint32_t *len, int required, Diag *d,
                           int *rc)
{
    const Tab *t = find(s, tag);
    *len = 0;
    if (!t) {
        if (required)
            *rc = diag_set(d, CB_EINPUT, s->path, 0, "not a usable font (no '%s' table)", tag);
        return NULL;
    }
    unsigned char *p = xmalloc(t->len ? t->len : 1);
    if (pread_all(s, p, t->len, t->off)) {
        free(p);
        *rc = bad(s, d, "a table runs past the end of the file");
        return NULL;
    }
    *len = t->len;
    return p;
}

typedef struct Out {
    char tag[5];
    unsigned char *data;
    uint32_t len;
} Out;

static uint32_t checksum(const unsigned char *p, uint32_t len)
{
    uint32_t sum = 0;
    for (uint32_t i = 0; i < len; i += 4) {
        unsigned char w[4] = { 0, 0, 0, 0 };
        memcpy(w, p + i, len - i < 4 ? len - i : 4);
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

int ttsubset_make(const char *path, const unsigned *cps_in, size_t ncp, Buf *out, Diag *d)
{
    buf_init(out, 0);
    Src s = { .path = path, .fd = -1 };
    int rc = 0;
    unsigned char *head = NULL, *hhea = NULL, *maxp = NULL, *hmtx = NULL, *loca = NULL,
                  *cmap = NULL, *post = NULL;
    unsigned char *glyf_out = NULL;
    unsigned *cps = NULL, *old = NULL, *newid = NULL;
    Map *map = NULL;
    Out tabs[16];
    int ntabs_out = 0;
    memset(tabs, 0, sizeof tabs);

    /* fsio's one way to open an input: no FIFO, the font size limit */
    struct stat st;
    s.fd = fsio_open_input(path, CB_MAX_FONT_BYTES, 0, &st, d);
    if (s.fd < 0) {
        rc = s.fd;
        s.fd = -1;
        goto done;
    }
    s.size = (uint64_t)st.st_size;
    unsigned char hdr[12];
    if (pread_all(&s, hdr, 12, 0) || rd32(hdr) != 0x00010000u) {
        rc = bad(&s, d, "not a TrueType outline font");
        goto done;
    }
    s.ntabs = rd16(hdr + 4);
    s.tabs = xcalloc(s.ntabs ? s.ntabs : 1, sizeof *s.tabs);
    unsigned char *dir = xmalloc(16u * s.ntabs + 1);
    if (pread_all(&s, dir, 16u * s.ntabs, 12)) {
        free(dir);
        rc = bad(&s, d, "truncated table directory");
        goto done;
    }
    for (unsigned i = 0; i < s.ntabs; i++) {
        memcpy(s.tabs[i].tag, dir + 16 * i, 4);
        s.tabs[i].off = rd32(dir + 16 * i + 8);
        s.tabs[i].len = rd32(dir + 16 * i + 12);
    }
    free(dir);

    uint32_t lhead, lhhea, lmaxp, lhmtx, lloca, lcmap, lpost;
    head = load(&s, "head", &lhead, 1, d, &rc);
    hhea = load(&s, "hhea", &lhhea, 1, d, &rc);
    maxp = load(&s, "maxp", &lmaxp, 1, d, &rc);
    hmtx = load(&s, "hmtx", &lhmtx, 1, d, &rc);
    loca = load(&s, "loca", &lloca, 1, d, &rc);
    cmap = load(&s, "cmap", &lcmap, 1, d, &rc);
    post = load(&s, "post", &lpost, 1, d, &rc);
    const Tab *glyf = find(&s, "glyf");
    if (rc)
        goto done;
    if (!glyf || lhead < 54 || lhhea < 36 || lmaxp < 6 || lpost < 32) {
        rc = bad(&s, d, "missing or short head/hhea/maxp/post/glyf");
        goto done;
    }
    unsigned nglyphs = rd16(maxp + 4), nhm = rd16(hhea + 34);
    int long_loca = rd16(head + 50) == 1;
    if (nglyphs == 0 || nhm == 0 || nhm > nglyphs || lhmtx < 4u * nhm + 2u * (nglyphs - nhm) ||
        lloca < (nglyphs + 1u) * (long_loca ? 4u : 2u)) {
        rc = bad(&s, d, "inconsistent glyph counts");
        goto done;
    }

    /* Code point -> old glyph id, through the font's (3,1) format 4 cmap. */
    const unsigned char *sub = NULL;
    uint32_t sublen = 0;
    for (unsigned i = 0, nt = lcmap >= 4 ? rd16(cmap + 2) : 0; i < nt && 4 + 8 * i + 8 <= lcmap; i++) {
        const unsigned char *e = cmap + 4 + 8 * i;
        uint32_t o = rd32(e + 4);
        if (rd16(e) == 3 && (rd16(e + 2) == 1 || rd16(e + 2) == 10) && o + 4 <= lcmap &&
            rd16(cmap + o) == 4) {
            sub = cmap + o;
            sublen = lcmap - o;
            if (rd16(sub + 2) < sublen)
                sublen = rd16(sub + 2);
            break;
        }
    }
    if (!sub || sublen < 14) {
        rc = bad(&s, d, "no Unicode BMP character map");
        goto done;
    }
    unsigned segx2 = rd16(sub + 6);
    if (segx2 == 0 || 16u + 4u * segx2 > sublen) {
        rc = bad(&s, d, "malformed character map");
        goto done;
    }
    const unsigned char *ends = sub + 14, *starts = ends + segx2 + 2, *deltas = starts + segx2,
                        *ranges = deltas + segx2;

    cps = xmalloc((ncp + 1) * sizeof *cps);
    size_t nc = 0;
    for (size_t i = 0; i < ncp; i++)
        if (cps_in[i] > 0 && cps_in[i] < 0xFFFF)
            cps[nc++] = cps_in[i];
    qsort(cps, nc, sizeof *cps, cmp_u);
    map = xmalloc((nc + 1) * sizeof *map);
    old = xmalloc((nc + 2) * sizeof *old);   /* new id -> old id; grows for components */
    size_t cap_old = nc + 2, nnew = 0, nmap = 0;
    newid = xmalloc(nglyphs * sizeof *newid);  /* old id -> new id, or UINT_MAX */
    for (unsigned g = 0; g < nglyphs; g++)
        newid[g] = ~0u;
    old[nnew++] = 0;   /* .notdef stays glyph 0 */
    newid[0] = 0;
    for (size_t i = 0; i < nc; i++) {
        if (i && cps[i] == cps[i - 1])
            continue;
        unsigned cp = cps[i], g = 0;
        for (unsigned k = 0; k < segx2 / 2; k++) {
            unsigned end = rd16(ends + 2 * k), start = rd16(starts + 2 * k);
            if (cp > end)
                continue;
            if (cp >= start) {
                unsigned ro = rd16(ranges + 2 * k);
                if (ro == 0) {
                    g = (cp + rd16(deltas + 2 * k)) & 0xFFFF;
                } else {
                    size_t at = (size_t)(ranges + 2 * k - sub) + ro + 2 * (cp - start);
                    if (at + 2 <= sublen) {
                        g = rd16(sub + at);
                        if (g)
                            g = (g + rd16(deltas + 2 * k)) & 0xFFFF;
                    }
                }
            }
            break;
        }
        if (g == 0 || g >= nglyphs)
            continue;
        if (newid[g] == ~0u) {
            newid[g] = (unsigned)nnew;
            old[nnew++] = g;
        }
        map[nmap++] = (Map){ cp, newid[g] };
    }

    /* Copy the outlines; composites pull in their components (appended,
     * so the loop reaches them too). */
    Buf gb;
    buf_init(&gb, 0);
    uint32_t *offs = NULL;
    size_t cap_offs = 0;
    for (size_t ni = 0; ni < nnew; ni++) {
        unsigned g = old[ni];
        uint32_t a = long_loca ? rd32(loca + 4 * g) : 2u * rd16(loca + 2 * g);
        uint32_t b = long_loca ? rd32(loca + 4 * g + 4) : 2u * rd16(loca + 2 * g + 2);
        if (ni + 2 > cap_offs) {
            cap_offs = cap_offs ? 2 * cap_offs : 256;
            offs = xrealloc(offs, cap_offs * sizeof *offs);
        }
        offs[ni] = (uint32_t)gb.len;
        if (b < a || b > glyf->len) {
            rc = bad(&s, d, "glyph outside the glyf table");
            break;
        }
        uint32_t gl = b - a;
        if (gl == 0)
            continue;
        unsigned char *gp = xmalloc(gl);
        if (pread_all(&s, gp, gl, (uint64_t)glyf->off + a) || gl < 10) {
            free(gp);
            rc = bad(&s, d, "truncated glyph");
            break;
        }
        if ((int16_t)rd16(gp) < 0) {
            /* Composite: flags, glyphIndex, arguments, transform; repeat. */
            size_t p = 10;
            for (;;) {
                if (p + 4 > gl) {
                    rc = bad(&s, d, "truncated composite glyph");
                    break;
                }
                unsigned flags = rd16(gp + p), cg = rd16(gp + p + 2);
                if (cg >= nglyphs) {
                    rc = bad(&s, d, "composite glyph names a missing glyph");
                    break;
                }
                if (newid[cg] == ~0u) {
                    if (nnew == cap_old) {
                        cap_old *= 2;
                        old = xrealloc(old, cap_old * sizeof *old);
                    }
                    newid[cg] = (unsigned)nnew;
                    old[nnew++] = cg;
                }
                wr16(gp + p + 2, newid[cg]);
                p += 4 + ((flags & 0x1) ? 4 : 2);
                p += (flags & 0x8) ? 2 : (flags & 0x40) ? 4 : (flags & 0x80) ? 8 : 0;
                if (!(flags & 0x20))
                    break;
            }
        }
        buf_append(&gb, gp, gl);
        while (gb.len % 4)
            buf_putc(&gb, 0);
        free(gp);
        if (rc)
            break;
    }
    if (rc) {
        buf_free(&gb);
        free(offs);
        goto done;
    }
    if (nnew + 1 > cap_offs)
        offs = xrealloc(offs, (nnew + 1) * sizeof *offs);
    offs[nnew] = (uint32_t)gb.len;

    /* glyf, loca (long), hmtx (a full metric per glyph). */
    Out *t;
    t = &tabs[ntabs_out++];
    memcpy(t->tag, "glyf", 4);
    t->len = (uint32_t)gb.len;
    t->data = (unsigned char *)buf_take(&gb, NULL);
    t = &tabs[ntabs_out++];
    memcpy(t->tag, "loca", 4);
    t->len = 4u * (uint32_t)(nnew + 1);
    t->data = xmalloc(t->len);
    for (size_t i = 0; i <= nnew; i++)
        wr32(t->data + 4 * i, offs[i]);
    free(offs);
    t = &tabs[ntabs_out++];
    memcpy(t->tag, "hmtx", 4);
    t->len = 4u * (uint32_t)nnew;
    t->data = xmalloc(t->len);
    for (size_t i = 0; i < nnew; i++) {
        unsigned g = old[i];
        unsigned adv = rd16(hmtx + 4 * (g < nhm ? g : nhm - 1));
        unsigned lsb = g < nhm ? rd16(hmtx + 4 * g + 2) : rd16(hmtx + 4 * nhm + 2 * (g - nhm));
        wr16(t->data + 4 * i, adv);
        wr16(t->data + 4 * i + 2, lsb);
    }
    /* head (long loca), hhea and maxp (new counts), post (version 3: no names). */
    t = &tabs[ntabs_out++];
    memcpy(t->tag, "head", 4);
    t->len = lhead;
    t->data = head;
    head = NULL;
    wr32(t->data + 8, 0);
    wr16(t->data + 50, 1);
    t = &tabs[ntabs_out++];
    memcpy(t->tag, "hhea", 4);
    t->len = lhhea;
    t->data = hhea;
    hhea = NULL;
    wr16(t->data + 34, (unsigned)nnew);
    t = &tabs[ntabs_out++];
    memcpy(t->tag, "maxp", 4);
    t->len = lmaxp;
    t->data = maxp;
    maxp = NULL;
    wr16(t->data + 4, (unsigned)nnew);
    t = &tabs[ntabs_out++];
    memcpy(t->tag, "post", 4);
    t->len = 32;
    t->data = post;
    post = NULL;
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
    t = &tabs[ntabs_out++];
    memcpy(t->tag, "cmap", 4);
    uint32_t sublen4 = (uint32_t)(16 + 8 * segs);
    t->len = 12 + sublen4;
    t->data = xcalloc(t->len, 1);
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
    if (!find(&s, "prep")) {
        t = &tabs[ntabs_out++];
        memcpy(t->tag, "prep", 4);
        t->len = 1;
        t->data = xmalloc(1);
        t->data[0] = 0x01;   /* SVTCA[1] */
    }

    /* Tables copied as they are: metrics, names, hinting. */
    static const char *const keep[] = { "OS/2", "name", "cvt ", "fpgm", "prep" };
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) {
        uint32_t l;
        unsigned char *p = load(&s, keep[i], &l, i < 2, d, &rc);
        if (rc)
            goto done;
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
            free(p);
            rc = bad(&s, d, i == 0 ? "short OS/2 table" : "name table out of bounds");
            goto done;
        }
        t = &tabs[ntabs_out++];
        memcpy(t->tag, keep[i], 4);
        t->data = p;
        t->len = l;
    }

    /* The file: directory, then the tables sorted by tag, 4-aligned. */
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

done:
    for (int i = 0; i < ntabs_out; i++)
        free(tabs[i].data);
    free(head);
    free(hhea);
    free(maxp);
    free(hmtx);
    free(loca);
    free(cmap);
    free(post);
    free(glyf_out);
    free(cps);
    free(old);
    free(newid);
    free(map);
    free(s.tabs);
    if (s.fd >= 0)
        close(s.fd);
    if (rc)
        buf_reset(out);
    return rc;
}
