/* font.c — the bundled fonts through FreeType (see font.h).
 *
 * Each font is opened by path (never fontconfig) through fsio_open_input,
 * like every other input: no blocking on a FIFO, the size limit checked
 * before a byte is read. The file is mapped read-only and given to
 * FreeType as memory (the mapping goes with the face's last reference:
 * a painter may hold one after fonts_free). At load
 * time the character map and the advance widths (hmtx, font units, no
 * hinting, no kerning) are copied into plain tables, so measuring text
 * afterwards touches no FreeType state: it is fast and safe to do from
 * several threads at once. The FT_Library is one per process and never
 * destroyed, because a painter (cairo-ft) may keep a reference to a face
 * after fonts_free; faces are reference-counted (FT_Reference_Face).
 */
#include "font.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H

#include "fsio.h"
#include "limits.h"
#include "utf8.h"

/* ORDER FontId */
_Static_assert(FONT_COUNT == 4, "fonts_load's message names the four files");
static const char *const font_files[FONT_COUNT] = {
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "LXGWWenKai-Regular.ttf",
};

typedef struct Astral {
    uint32_t cp, gid;
} Astral;

typedef struct FontData {
    char path[1100];
    FT_Face face;
    double upem;
    double ascent, descent;   /* font units, both positive */
    uint16_t *bmp;            /* glyph index per BMP code point; 0 = none */
    Astral *astral;           /* code points above U+FFFF, sorted */
    size_t nastral;
    uint16_t *adv;            /* advance width per glyph, font units */
    long nglyphs;
    const void *data;         /* the file's bytes (the face's mapping) */
    size_t len;
    FontFacts facts;
} FontData;

struct Fonts {
    FontData f[FONT_COUNT];
};

static FT_Library ftlib;
static int ftlib_err;
static pthread_once_t ftlib_once = PTHREAD_ONCE_INIT;
/* FT_New_Face / FT_Done_Face touch the library's lists: one at a time. */
static pthread_mutex_t ftlib_mu = PTHREAD_MUTEX_INITIALIZER;

static void ftlib_init(void)
{
    ftlib_err = FT_Init_FreeType(&ftlib);
}

static int cmp_astral(const void *a, const void *b)
{
    const Astral *x = a, *y = b;
    return x->cp < y->cp ? -1 : x->cp > y->cp;
}

static void fontdata_fini(FontData *fd)
{
    if (fd->face) {
        pthread_mutex_lock(&ftlib_mu);
        FT_Done_Face(fd->face);
        pthread_mutex_unlock(&ftlib_mu);
    }
    free(fd->bmp);
    free(fd->astral);
    free(fd->adv);
    memset(fd, 0, sizeof *fd);
}

static const char *ft_reason(FT_Error e)
{
    const char *s = FT_Error_String(e);
    return s ? s : "FreeType cannot open it";
}

/* The mapping of a face made from memory goes with the face. */
typedef struct Mapping {
    void *p;
    size_t n;
} Mapping;

static void unmap_face(void *object)
{
    FT_Face face = object;
    Mapping *m = face->generic.data;
    if (m) {
        munmap(m->p, m->n);
        free(m);
    }
}

/* What a PDF says of the font (fonts_facts), read once here: FreeType's
 * lazily loaded tables are not for threads. */
static void facts_of(FontData *fd, const char *file)
{
    FT_Face f = fd->face;
    FontFacts *ff = &fd->facts;
    /* a PDF name: the PostScript name's letters, digits, '-' and '_' */
    const char *ps = FT_Get_Postscript_Name(f);
    size_t n = 0;
    for (const char *c = ps ? ps : file; *c && n + 1 < sizeof ff->ps_name; c++) {
        if (!ps && *c == '.')
            break;
        if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') ||
            *c == '-' || *c == '_')
            ff->ps_name[n++] = *c;
    }
    if (n == 0)
        ff->ps_name[n++] = 'F';
    ff->ps_name[n] = '\0';
    ff->upem = fd->upem;
    ff->bbox[0] = f->bbox.xMin, ff->bbox[1] = f->bbox.yMin;
    ff->bbox[2] = f->bbox.xMax, ff->bbox[3] = f->bbox.yMax;
    ff->ascent = fd->ascent;
    ff->descent = fd->descent;
    const TT_OS2 *os2 = FT_Get_Sfnt_Table(f, FT_SFNT_OS2);
    ff->cap_height = os2 && os2->version >= 2 && os2->sCapHeight > 0 ? os2->sCapHeight : fd->ascent;
    const TT_Postscript *post = FT_Get_Sfnt_Table(f, FT_SFNT_POST);
    ff->italic_angle = post ? (double)post->italicAngle / 65536.0 : 0;
    ff->italic = (f->style_flags & FT_STYLE_FLAG_ITALIC) != 0;
    ff->bold = (f->style_flags & FT_STYLE_FLAG_BOLD) != 0;
    ff->fixed = FT_IS_FIXED_WIDTH(f) != 0;
}

static int load_one(FontData *fd, const char *dir, const char *name, Diag *d)
{
    snprintf(fd->path, sizeof fd->path, "%s/%s", dir, name);
    /* The error names the file as the user knows it: fonts/X.ttf. A FIFO,
     * a device or a file over CB_MAX_FONT_BYTES is refused here, before
     * FreeType (or libharu) sees a byte of it. */
    struct stat st;
    int fdesc = fsio_open_input(fd->path, CB_MAX_FONT_BYTES, 0, &st, d);
    if (fdesc < 0)
        return fdesc;
    if (st.st_size == 0) {
        close(fdesc);
        return diag_set(d, CB_EINPUT, fd->path, 0, "not a usable font (empty file)");
    }
    Mapping *m = xmalloc(sizeof *m);
    m->n = (size_t)st.st_size;
    m->p = mmap(NULL, m->n, PROT_READ, MAP_PRIVATE, fdesc, 0);
    int e = errno;
    close(fdesc);
    if (m->p == MAP_FAILED) {
        free(m);
        /* out of address space (ulimit -v) is not the font's fault */
        return diag_set(d, CB_EINPUT, fd->path, 0, "cannot read: %s", strerror(e));
    }
    pthread_mutex_lock(&ftlib_mu);
    FT_Error fe = FT_New_Memory_Face(ftlib, m->p, (FT_Long)m->n, 0, &fd->face);
    pthread_mutex_unlock(&ftlib_mu);
    if (fe) {
        munmap(m->p, m->n);
        free(m);
        fd->face = NULL;
        if (fe == FT_Err_Out_Of_Memory)
            return diag_set(d, CB_EINPUT, fd->path, 0, "cannot load: %s", strerror(ENOMEM));
        return diag_set(d, CB_EINPUT, fd->path, 0, "not a usable font (%s)", ft_reason(fe));
    }
    fd->face->generic.data = m;
    fd->face->generic.finalizer = unmap_face;
    FT_Face f = fd->face;
    if (!FT_IS_SCALABLE(f) || f->units_per_EM == 0 || f->num_glyphs <= 0 || f->num_glyphs > 65535)
        return diag_set(d, CB_EINPUT, fd->path, 0, "not a usable font (not a scalable TrueType font)");
    if (FT_Select_Charmap(f, FT_ENCODING_UNICODE) != 0)
        return diag_set(d, CB_EINPUT, fd->path, 0, "not a usable font (no Unicode character map)");
    fd->upem = f->units_per_EM;
    fd->ascent = f->ascender > 0 ? f->ascender : 0.8 * fd->upem;
    fd->descent = f->descender < 0 ? -(double)f->descender : 0.2 * fd->upem;
    fd->nglyphs = f->num_glyphs;
    fd->data = m->p;
    fd->len = m->n;
    facts_of(fd, name);

    /* Advances straight from hmtx: FT_LOAD_NO_SCALE reads the table as is. */
    FT_Fixed *tmp = xmalloc(sizeof *tmp * (size_t)fd->nglyphs);
    fe = FT_Get_Advances(f, 0, (FT_UInt)fd->nglyphs, FT_LOAD_NO_SCALE, tmp);
    if (fe) {
        free(tmp);
        if (fe == FT_Err_Out_Of_Memory)
            return diag_set(d, CB_EINPUT, fd->path, 0, "cannot load: %s", strerror(ENOMEM));
        return diag_set(d, CB_EINPUT, fd->path, 0, "not a usable font (%s)", ft_reason(fe));
    }
    fd->adv = xmalloc(sizeof *fd->adv * (size_t)fd->nglyphs);
    for (long i = 0; i < fd->nglyphs; i++)
        fd->adv[i] = tmp[i] < 0 ? 0 : tmp[i] > 65535 ? 65535 : (uint16_t)tmp[i];
    free(tmp);

    fd->bmp = xcalloc(65536, sizeof *fd->bmp);
    size_t acap = 0;
    FT_UInt gid;
    FT_ULong cp = FT_Get_First_Char(f, &gid);
    while (gid != 0) {
        if ((long)gid < fd->nglyphs) {
            if (cp < 65536) {
                fd->bmp[cp] = (uint16_t)gid;
            } else if (cp <= 0x10FFFF) {
                if (fd->nastral == acap) {
                    acap = acap ? 2 * acap : 256;
                    fd->astral = xrealloc(fd->astral, sizeof *fd->astral * acap);
                }
                fd->astral[fd->nastral++] = (Astral){(uint32_t)cp, gid};
            }
        }
        cp = FT_Get_Next_Char(f, cp, &gid);
    }
    if (fd->nastral)
        qsort(fd->astral, fd->nastral, sizeof *fd->astral, cmp_astral);
    return CB_OK;
}

int fonts_load(const char *dir, Fonts **out, Diag *d)
{
    *out = NULL;
    pthread_once(&ftlib_once, ftlib_init);
    if (ftlib_err)
        return diag_set(d, CB_EINPUT, dir, 0, "cannot start FreeType (error %d)", ftlib_err);
    Fonts *f = xcalloc(1, sizeof *f);
    for (int i = 0; i < FONT_COUNT; i++) {
        int rc = load_one(&f->f[i], dir, font_files[i], d);
        struct stat st;
        if (rc && lstat(f->f[i].path, &st) != 0 && errno == ENOENT)
            /* a fonts/ folder of one's own is taken whole (the build
             * follows its files): say what it must hold */
            rc = diag_set(d, CB_EINPUT, f->f[i].path, 0,
                          "missing: a fonts/ folder holds all of %s, %s, %s and %s (remove the "
                          "folder to use the default fonts)",
                          font_files[0], font_files[1], font_files[2], font_files[3]);
        if (rc) {
            fonts_free(f);
            return rc;
        }
    }
    *out = f;
    return CB_OK;
}

void fonts_free(Fonts *f)
{
    if (!f)
        return;
    for (int i = 0; i < FONT_COUNT; i++)
        fontdata_fini(&f->f[i]);
    free(f);
}

const char *fonts_path(const Fonts *f, FontId id)
{
    return f->f[id].path;
}

void *fonts_face(const Fonts *f, FontId id)
{
    return f->f[id].face;
}

const void *fonts_data(const Fonts *f, FontId id, size_t *len)
{
    *len = f->f[id].len;
    return f->f[id].data;
}

const FontFacts *fonts_facts(const Fonts *f, FontId id)
{
    return &f->f[id].facts;
}

int fonts_drawable(unsigned cp)
{
    /* noncharacters: U+FDD0..U+FDEF and the last two of every plane */
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
        return 0;
    /* controls: C0 but tab, line feed and carriage return; DEL; C1 */
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp < 0xA0))
        return 0;
    /* regional indicators, the letters of flag emoji: libunibreak 1.1 has
     * no line-break class for them and aborts */
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF)
        return 0;
    return 1;
}

unsigned fonts_decode(const char *s, size_t n, size_t *i)
{
    size_t l;
    unsigned cp = (unsigned)utf8_decode(s + *i, n - *i, &l);
    *i += l;
    return fonts_drawable(cp) ? cp : UTF8_REPLACEMENT;
}

unsigned fonts_glyph(const Fonts *f, FontId id, unsigned cp)
{
    const FontData *fd = &f->f[id];
    if (cp < 65536)
        return fd->bmp[cp];
    size_t lo = 0, hi = fd->nastral;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (fd->astral[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < fd->nastral && fd->astral[lo].cp == cp ? fd->astral[lo].gid : 0;
}

double fonts_glyph_advance(const Fonts *f, FontId id, unsigned gid, double size)
{
    const FontData *fd = &f->f[id];
    if ((long)gid >= fd->nglyphs)
        gid = 0;
    return fd->adv[gid] * size / fd->upem;
}

double fonts_width(const Fonts *f, FontId id, double size, const char *text, size_t n)
{
    const FontData *fd = &f->f[id];
    unsigned long units = 0;
    for (size_t i = 0; i < n;) {
        unsigned gid = fonts_glyph(f, id, fonts_decode(text, n, &i));
        units += fd->adv[(long)gid < fd->nglyphs ? gid : 0];
    }
    return (double)units * size / fd->upem;
}

double fonts_ascent(const Fonts *f, FontId id, double size)
{
    return f->f[id].ascent * size / f->f[id].upem;
}

double fonts_descent(const Fonts *f, FontId id, double size)
{
    return f->f[id].descent * size / f->f[id].upem;
}

int fonts_has(const Fonts *f, FontId id, unsigned cp)
{
    return fonts_glyph(f, id, cp) != 0;
}

void fonts_runs(const Fonts *f, FontId base, const char *text, size_t n, FontRunFn fn, void *ctx)
{
    FontId cur = base;
    fonts_runs_from(f, base, &cur, text, n, fn, ctx);
}

void fonts_runs_from(const Fonts *f, FontId base, FontId *from, const char *text, size_t n,
                     FontRunFn fn, void *ctx)
{
    size_t start = 0;
    FontId cur = *from;
    for (size_t i = 0; i < n;) {
        size_t at = i;
        unsigned cp = fonts_decode(text, n, &i);
        /* Spaces and marks the base font has stay in the current run. */
        FontId want = fonts_has(f, base, cp) ? base : FONT_CJK;
        if ((cp == ' ' || cp == 0xA0) && fonts_has(f, cur, cp))
            want = cur;
        if (want != cur) {
            if (at > start)
                fn(cur, text + start, at - start, ctx);
            start = at;
            cur = want;
        }
    }
    if (n > start)
        fn(cur, text + start, n - start, ctx);
    *from = cur;
}
