/* paint_cairo.c — the Cairo painter: Scene in, PNG bytes out, and the
 * glyph outlines the SVG writer uses.
 *
 * The image surface draws into memory, so the caller writes the file
 * atomically with fsio. PNG is encoded by pngenc.c rather than cairo_surface_write_to_png: at
 * libpng's default zlib level a 1920x1080 chart costs ~38 ms, nearly all
 * of it deflate; pngenc_chart ~1 ms.
 */
#include "paint_cairo.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cairo.h>
#include <cairo-ft.h>

#include "pngenc.h"

#include "utf8.h"

/* ---- cairo-ft faces, one per FreeType face, kept for the process ---- */

/* cairo may keep a font face in its caches after we let go, so each
 * cairo face holds its own reference on the FT_Face (FT_Reference_Face),
 * dropped by cairo's destroy callback: fonts_free can never pull a face
 * out from under cairo. */
enum { FACE_CACHE = 32 };
static struct {
    void *ft;
    cairo_font_face_t *cf;
} faces[FACE_CACHE];
static size_t nfaces, next_evict;
static pthread_mutex_t faces_mu = PTHREAD_MUTEX_INITIALIZER;
static const cairo_user_data_key_t face_key;

static void face_done(void *p)
{
    FT_Done_Face((FT_Face)p);
}

/* A new reference to the cairo face for FT face ft (caller destroys). */
static cairo_font_face_t *face_get(void *ft)
{
    pthread_mutex_lock(&faces_mu);
    for (size_t i = 0; i < nfaces; i++)
        if (faces[i].ft == ft) {
            cairo_font_face_t *cf = cairo_font_face_reference(faces[i].cf);
            pthread_mutex_unlock(&faces_mu);
            return cf;
        }
    FT_Reference_Face((FT_Face)ft);
    cairo_font_face_t *cf =
        cairo_ft_font_face_create_for_ft_face((FT_Face)ft, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP);
    if (cairo_font_face_set_user_data(cf, &face_key, ft, face_done) != CAIRO_STATUS_SUCCESS)
        FT_Done_Face((FT_Face)ft);
    size_t slot = nfaces < FACE_CACHE ? nfaces++ : next_evict++ % FACE_CACHE;
    if (faces[slot].cf)
        cairo_font_face_destroy(faces[slot].cf);
    faces[slot].ft = ft;
    faces[slot].cf = cf;
    cf = cairo_font_face_reference(cf);
    pthread_mutex_unlock(&faces_mu);
    return cf;
}

/* ---- glyph outlines for the SVG writer ----
 * Each glyph's outline is asked of cairo once per process (cairo-ft
 * holds the FT_Face's lock meanwhile, so no thread's rendering races it)
 * and kept as SVG path data, in units of 1/1000 em. */
#define OUTLINE_EM 1000.0
enum { OUTLINE_FACES = 8 };
static struct {
    void *ft;
    size_t nglyphs;
    char **path;   /* by glyph id, NULL until asked for */
} outlines[OUTLINE_FACES];
static size_t noutlines;
static pthread_mutex_t outlines_mu = PTHREAD_MUTEX_INITIALIZER;

/* A number of the path, two decimals at most. */
static void path_num(Buf *b, double v)
{
    long long q = llround(v * 100);
    if (q < 0) {
        buf_putc(b, '-');
        q = -q;
    }
    buf_printf(b, "%lld", q / 100);
    if (q % 100)
        buf_printf(b, q % 10 ? ".%02lld" : ".%lld", q % 10 ? q % 100 : q % 100 / 10);
}

/* The outline as cairo gives it: cubic curves (from a font whose outlines
 * are not quadratic TrueType ones). */
static char *outline_cubic(void *ft, unsigned gid)
{
    cairo_surface_t *sf = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1);
    cairo_t *cr = cairo_create(sf);
    cairo_font_face_t *cf = face_get(ft);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_set_font_face(cr, cf);
    cairo_set_font_size(cr, OUTLINE_EM);
    cairo_set_font_options(cr, fo);
    cairo_glyph_t g = {gid, 0, 0};
    cairo_glyph_path(cr, &g, 1);
    cairo_path_t *p = cairo_copy_path(cr);
    Buf b;
    buf_init(&b, 0);
    static const char op[] = {'M', 'L', 'C', 'Z'};
    for (int i = 0; p->status == CAIRO_STATUS_SUCCESS && i < p->num_data; i += p->data[i].header.length) {
        const cairo_path_data_t *e = &p->data[i];
        buf_putc(&b, op[e->header.type]);
        for (int k = 1; k < e->header.length; k++) {
            path_num(&b, e[k].point.x);
            buf_putc(&b, ' ');
            path_num(&b, e[k].point.y);
            if (k + 1 < e->header.length)
                buf_putc(&b, ' ');
        }
    }
    cairo_path_destroy(p);
    cairo_font_options_destroy(fo);
    cairo_font_face_destroy(cf);
    cairo_destroy(cr);
    cairo_surface_destroy(sf);
    char *r = xstrdup(b.data ? b.data : "");
    buf_free(&b);
    return r;
}

/* ---- quadratic outlines ----
 * A TrueType glyph is lines and quadratic curves on integer points, 1000
 * units to the em in the bundled fonts: written as SVG's own quadratic
 * curves (Q) it is the exact outline, in half as many numbers as the
 * cubic curves cairo turns it into, and nearly all of them small
 * integers (each point relative to the last). The implied on-curve point
 * between two control points is the midpoint, so coordinates are kept
 * doubled (exact) and printed halved: "x" or "x.5". */

typedef struct QPath {
    Buf *b;
    long cx, cy, sx, sy;   /* current point and subpath start, doubled */
    int started;
} QPath;

/* v / 2, where v is a doubled coordinate; a space first unless the
 * number starts with '-' or follows a command letter. */
static void q_num(Buf *b, long v, int sep)
{
    if (sep && v >= 0)
        buf_putc(b, ' ');
    if (v < 0) {
        buf_putc(b, '-');
        v = -v;
    }
    char d[24];
    size_t k = sizeof d;
    long w = v / 2;
    do
        d[--k] = (char)('0' + w % 10);
    while ((w /= 10) > 0);
    buf_append(b, d + k, sizeof d - k);
    if (v % 2)
        buf_append(b, ".5", 2);
}

/* One command, its points relative to the current point (the first
 * moveto absolute). */
static void q_cmd(QPath *q, char c, const long *pt, int npts)
{
    int rel = !(c == 'm' && !q->started);
    buf_putc(q->b, rel ? c : 'M');
    for (int i = 0; i < npts; i++) {
        q_num(q->b, pt[2 * i] - (rel ? q->cx : 0), i > 0);
        q_num(q->b, pt[2 * i + 1] - (rel ? q->cy : 0), 1);
    }
    q->cx = pt[2 * npts - 2], q->cy = pt[2 * npts - 1];
    if (c == 'm')
        q->sx = q->cx, q->sy = q->cy, q->started = 1;
}

/* Glyph gid's TrueType outline as SVG path data (y down), into b; 0, or
 * -1 when it has cubic points (then cairo's cubic outline is used). */
static int outline_quadratic(FT_Face face, unsigned gid, Buf *b)
{
    if (FT_Load_Glyph(face, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0 ||
        face->glyph->format != FT_GLYPH_FORMAT_OUTLINE || face->units_per_EM != OUTLINE_EM)
        return -1;
    const FT_Outline *o = &face->glyph->outline;
    for (int i = 0; i < o->n_points; i++)
        if (FT_CURVE_TAG(o->tags[i]) == FT_CURVE_TAG_CUBIC)
            return -1;
    QPath q = {b, 0, 0, 0, 0, 0};
    int first = 0;
    for (int c = 0; c < o->n_contours; c++) {
        int last = o->contours[c];
        if (last < first || last >= o->n_points)
            return -1;
#define X2(i) (2 * (long)o->points[i].x)
#define Y2(i) (-2 * (long)o->points[i].y)
#define ON(i) (FT_CURVE_TAG(o->tags[i]) == FT_CURVE_TAG_ON)
        /* where the contour starts: an on-curve point, or the midpoint of
         * its first and last control points */
        long st[2];
        int from = first, to = last;
        if (ON(first)) {
            st[0] = X2(first), st[1] = Y2(first);
            from = first + 1;
        } else if (ON(last)) {
            st[0] = X2(last), st[1] = Y2(last);
            to = last - 1;
        } else {
            st[0] = (X2(first) + X2(last)) / 2, st[1] = (Y2(first) + Y2(last)) / 2;
        }
        q_cmd(&q, 'm', st, 1);
        int ctrl = 0;
        long cp[2] = {0, 0};
        for (int i = from; i <= to; i++) {
            long pt[4] = {X2(i), Y2(i), 0, 0};
            if (ON(i)) {
                if (ctrl) {
                    long seg[4] = {cp[0], cp[1], pt[0], pt[1]};
                    q_cmd(&q, 'q', seg, 2);
                    ctrl = 0;
                } else {
                    q_cmd(&q, 'l', pt, 1);
                }
            } else {
                if (ctrl) {
                    long seg[4] = {cp[0], cp[1], (cp[0] + pt[0]) / 2, (cp[1] + pt[1]) / 2};
                    q_cmd(&q, 'q', seg, 2);
                }
                cp[0] = pt[0], cp[1] = pt[1];
                ctrl = 1;
            }
        }
        if (ctrl) {   /* the last curve ends at the start */
            long seg[4] = {cp[0], cp[1], st[0], st[1]};
            q_cmd(&q, 'q', seg, 2);
        }
        buf_putc(b, 'z');
        q.cx = q.sx, q.cy = q.sy;
        first = last + 1;
#undef X2
#undef Y2
#undef ON
    }
    return 0;
}

/* Glyph gid of ft as SVG path data, a new string: its quadratic outline
 * when it has one, read through cairo's lock on the face (a thread
 * rendering with it meanwhile waits), else cairo's cubic one. */
static char *outline_of(void *ft, unsigned gid)
{
    cairo_font_face_t *cf = face_get(ft);
    cairo_matrix_t fm, ctm;
    cairo_matrix_init_scale(&fm, OUTLINE_EM, OUTLINE_EM);
    cairo_matrix_init_identity(&ctm);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_scaled_font_t *sf = cairo_scaled_font_create(cf, &fm, &ctm, fo);
    FT_Face face = cairo_ft_scaled_font_lock_face(sf);
    Buf b;
    buf_init(&b, 0);
    int rc = face ? outline_quadratic(face, gid, &b) : -1;
    if (face)
        cairo_ft_scaled_font_unlock_face(sf);
    cairo_scaled_font_destroy(sf);
    cairo_font_options_destroy(fo);
    cairo_font_face_destroy(cf);
    if (rc < 0) {
        buf_free(&b);
        return outline_cubic(ft, gid);
    }
    char *r = xstrdup(b.data ? b.data : "");
    buf_free(&b);
    return r;
}

const char *paint_cairo_glyph_outline(const Fonts *f, FontId id, unsigned gid)
{
    FT_Face ft = (FT_Face)fonts_face(f, id);
    pthread_mutex_lock(&outlines_mu);
    size_t k = 0;
    while (k < noutlines && outlines[k].ft != ft)
        k++;
    if (k == noutlines) {
        if (noutlines == OUTLINE_FACES) {   /* full: start again */
            for (size_t i = 0; i < noutlines; i++) {
                for (size_t j = 0; j < outlines[i].nglyphs; j++)
                    free(outlines[i].path[j]);
                free(outlines[i].path);
                FT_Done_Face((FT_Face)outlines[i].ft);
            }
            noutlines = k = 0;
        }
        /* our own reference: the address cannot be reused by another face
         * while its outlines are kept */
        FT_Reference_Face(ft);
        outlines[k].ft = ft;
        outlines[k].nglyphs = (size_t)ft->num_glyphs;
        outlines[k].path = xcalloc(outlines[k].nglyphs + 1, sizeof *outlines[k].path);
        noutlines++;
    }
    const char *r = "";
    if (gid < outlines[k].nglyphs) {
        if (!outlines[k].path[gid])
            outlines[k].path[gid] = outline_of(ft, gid);
        r = outlines[k].path[gid];
    }
    pthread_mutex_unlock(&outlines_mu);
    return r;
}

/* ---- reused pixel buffers ----
 * A 1080p image surface is ~8 MB; fresh mmap'd memory for each costs page
 * faults that, measured in bench_chart, took a fifth of the chart set's
 * time. Buffers are kept in a small pool (mutex-guarded, so parallel
 * renders each take their own) and stay allocated for the process. */
enum { POOL = 6 };
static struct {
    void *p;
    size_t cap;
} bufpool[POOL];
static pthread_mutex_t pool_mu = PTHREAD_MUTEX_INITIALIZER;

static void *pool_take(size_t n)
{
    void *p = NULL;
    pthread_mutex_lock(&pool_mu);
    for (int i = 0; i < POOL; i++)
        if (bufpool[i].p && bufpool[i].cap >= n) {
            p = bufpool[i].p;
            bufpool[i].p = NULL;
            break;
        }
    pthread_mutex_unlock(&pool_mu);
    if (p)
        return p;
    /* a header word keeps the capacity for pool_give */
    size_t *h = malloc(n + 16);
    if (!h)
        diag_oom();
    h[0] = n;
    return (char *)h + 16;
}

static void pool_give(void *p)
{
    if (!p)
        return;
    size_t cap = *(size_t *)(void *)((char *)p - 16);
    pthread_mutex_lock(&pool_mu);
    int slot = -1;
    for (int i = 0; i < POOL && slot < 0; i++)
        if (!bufpool[i].p)
            slot = i;
    if (slot < 0) {   /* full: replace the smallest if this one is bigger */
        slot = 0;
        for (int i = 1; i < POOL; i++)
            if (bufpool[i].cap < bufpool[slot].cap)
                slot = i;
        if (bufpool[slot].cap >= cap) {
            pthread_mutex_unlock(&pool_mu);
            free((char *)p - 16);
            return;
        }
        free((char *)bufpool[slot].p - 16);
    }
    bufpool[slot].p = p;
    bufpool[slot].cap = cap;
    pthread_mutex_unlock(&pool_mu);
}

/* ---- painting ---- */

static void set_rgba(cairo_t *cr, Rgba c)
{
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

static void apply_style(cairo_t *cr, const Style *st)
{
    if (st->fill) {
        set_rgba(cr, st->fill_color);
        if (st->stroke)
            cairo_fill_preserve(cr);
        else
            cairo_fill(cr);
    }
    if (st->stroke) {
        set_rgba(cr, st->stroke_color);
        cairo_set_line_width(cr, st->line_width > 0 ? st->line_width : 1);
        if (st->dash[0] > 0) {
            double dash[2] = {st->dash[0], st->dash[1] > 0 ? st->dash[1] : st->dash[0]};
            cairo_set_dash(cr, dash, 2, 0);
        } else {
            cairo_set_dash(cr, NULL, 0, 0);
        }
        cairo_stroke(cr);
    }
    cairo_new_path(cr);
}

static void paint_text(cairo_t *cr, const Fonts *f, const Element *e, cairo_font_options_t *fo)
{
    size_t n = strlen(e->text);
    if (n == 0)
        return;
    cairo_glyph_t stackg[128];
    cairo_glyph_t *g = n <= 128 ? stackg : malloc(sizeof *g * n);
    if (!g)
        diag_oom();
    size_t ng = 0;
    double x = 0;
    for (size_t i = 0, l; i < n; i += l) {
        /* glyph placement at exactly the measured advances (utf8.h decodes
         * as fonts_width does) */
        unsigned gid = fonts_glyph(f, e->font, (unsigned)utf8_decode(e->text + i, n - i, &l));
        g[ng].index = gid;
        g[ng].x = x;
        g[ng].y = 0;
        ng++;
        x += fonts_glyph_advance(f, e->font, gid, e->size);
    }
    cairo_font_face_t *cf = face_get(fonts_face(f, e->font));
    cairo_save(cr);
    cairo_translate(cr, e->x, e->y);
    if (e->angle != 0)
        cairo_rotate(cr, e->angle * M_PI / 180.0);
    cairo_set_font_face(cr, cf);
    cairo_set_font_size(cr, e->size);
    cairo_set_font_options(cr, fo);
    set_rgba(cr, e->color);
    cairo_show_glyphs(cr, g, (int)ng);
    cairo_restore(cr);
    cairo_font_face_destroy(cf);
    if (g != stackg)
        free(g);
}

/* ---- dots from sprites ----
 * A strip of a thousand figures is a thousand dots of one style, and
 * cairo works out each arc's coverage afresh (about 8 us a dot). Instead
 * each style is drawn once for each position of the centre within a
 * pixel, to a quarter pixel, into a small image, and each of its dots is
 * that image composited in place: the same coverage, the centre moved by
 * at most an eighth of a pixel, the composite rounded to 8 bits once
 * more (a level or two on an edge pixel). A build paints a hundred slides
 * with a handful of dot styles, so each thread keeps the images it drew
 * for the next painting (what an image shows depends only on its style,
 * radius, scale and position: the same bytes whichever thread drew it). */
#define SPRITE_PHASES 4     /* positions of the centre per pixel, each axis */
#define SPRITE_STYLES 64    /* styles a thread keeps; past them it starts again */

/* One image of a dot: premultiplied ARGB32, size x size, and where
 * each row's opaque part starts and ends (the rest is transparent). */
typedef struct Sprite {
    uint32_t *px;
    int *from, *to;
} Sprite;

typedef struct DotStyle {
    Style st;
    double r, k;           /* radius (points), device pixels per point */
    Sprite img[SPRITE_PHASES * SPRITE_PHASES];
    int pad;               /* device pixels from an image's corner to its centre's pixel */
} DotStyle;

typedef struct SpriteCache {
    DotStyle v[SPRITE_STYLES];
    int n;
} SpriteCache;

static pthread_key_t sprite_key;
static pthread_once_t sprite_once = PTHREAD_ONCE_INIT;

static void sprites_clear(SpriteCache *c)
{
    for (int i = 0; i < c->n; i++)
        for (int k = 0; k < SPRITE_PHASES * SPRITE_PHASES; k++) {
            free(c->v[i].img[k].px);
            free(c->v[i].img[k].from);
            free(c->v[i].img[k].to);
        }
    c->n = 0;
}

static void sprites_free(void *p)
{
    sprites_clear(p);
    free(p);
}

static void sprites_init(void)
{
    if (pthread_key_create(&sprite_key, sprites_free) != 0)
        diag_oom();
}

/* This thread's images. */
static SpriteCache *sprites_of_thread(void)
{
    pthread_once(&sprite_once, sprites_init);
    SpriteCache *c = pthread_getspecific(sprite_key);
    if (!c) {
        c = xcalloc(1, sizeof *c);
        if (pthread_setspecific(sprite_key, c) != 0)
            diag_oom();
    }
    return c;
}

/* What a painting needs to draw its dots. */
typedef struct Dots {
    SpriteCache *cache;
    double k;              /* device pixels per point */
    /* the image drawn on: dots are composited straight into its pixels
     * (outside clips) */
    cairo_surface_t *target;
    uint32_t *px;
    int w, h, stride;      /* stride in pixels */
} Dots;

static int same_rgba(Rgba a, Rgba b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

static int same_dot(const DotStyle *ds, const Element *e, double k)
{
    const Style *x = &ds->st, *y = &e->style;
    return ds->r == e->w && ds->k == k && x->fill == y->fill && x->stroke == y->stroke &&
           (!x->fill || same_rgba(x->fill_color, y->fill_color)) &&
           (!x->stroke || (same_rgba(x->stroke_color, y->stroke_color) &&
                           x->line_width == y->line_width && x->dash[0] == y->dash[0] &&
                           x->dash[1] == y->dash[1]));
}

static DotStyle *dot_style(Dots *d, const Element *e)
{
    SpriteCache *c = d->cache;
    for (int i = 0; i < c->n; i++)
        if (same_dot(&c->v[i], e, d->k))
            return &c->v[i];
    if (c->n == SPRITE_STYLES)
        sprites_clear(c);
    DotStyle *ds = &c->v[c->n++];
    memset(ds, 0, sizeof *ds);
    ds->st = e->style;
    ds->r = e->w;
    ds->k = d->k;
    const Style *st = &e->style;
    double lw = st->stroke ? (st->line_width > 0 ? st->line_width : 1) : 0;
    ds->pad = (int)ceil((e->w + lw / 2) * d->k) + 2;
    return ds;
}

/* x * a / 255 for each of the two 8-bit channels in the low bytes of
 * each half of x (0x00XX00XX), rounded as pixman rounds. */
static inline uint32_t mul_2x8(uint32_t x, uint32_t a)
{
    uint32_t t = (x & 0x00ff00ffu) * a + 0x00800080u;
    return ((t + ((t >> 8) & 0x00ff00ffu)) >> 8) & 0x00ff00ffu;
}

/* OVER: s + d * (1 - alpha of s), premultiplied ARGB32, as pixman's
 * combine_over (each channel saturated at 255). */
static inline uint32_t over(uint32_t s, uint32_t d)
{
    uint32_t ia = 255 - (s >> 24);
    uint32_t lo = mul_2x8(d, ia) + (s & 0x00ff00ffu);
    uint32_t hi = mul_2x8(d >> 8, ia) + ((s >> 8) & 0x00ff00ffu);
    lo |= 0x01000100u - ((lo >> 8) & 0x00010001u);   /* saturate */
    hi |= 0x01000100u - ((hi >> 8) & 0x00010001u);
    return (lo & 0x00ff00ffu) | (hi & 0x00ff00ffu) << 8;
}

/* Composite sprite sp (size x size) with its corner at device (x0, y0). */
static void sprite_blit(Dots *d, const Sprite *sp, int size, int x0, int y0)
{
    int ya = y0 < 0 ? -y0 : 0, yb = y0 + size > d->h ? d->h - y0 : size;
    if (ya >= yb || x0 >= d->w || x0 + size <= 0)
        return;
    cairo_surface_flush(d->target);
    for (int y = ya; y < yb; y++) {
        int a = sp->from[y], b = sp->to[y];
        if (x0 + a < 0)
            a = -x0;
        if (x0 + b > d->w)
            b = d->w - x0;
        const uint32_t *src = sp->px + (size_t)y * (size_t)size;
        uint32_t *dst = d->px + (size_t)(y0 + y) * (size_t)d->stride + x0;
        for (int x = a; x < b; x++) {
            uint32_t sv = src[x];
            if (sv >= 0xff000000u)
                dst[x] = sv;
            else if (sv)
                dst[x] = over(sv, dst[x]);
        }
    }
    cairo_surface_mark_dirty_rectangle(d->target, x0, y0 + ya, size, yb - ya);
}

static void apply_style(cairo_t *cr, const Style *st);

/* Draw dot e from its style's image; 0 when it must be drawn as an arc
 * (a centre off any image, or a radius no image can hold). */
static int dot_sprite(cairo_t *cr, Dots *d, const Element *e, int clipped)
{
    if (!(e->w > 0 && e->w * d->k < 200))
        return 0;
    DotStyle *ds = dot_style(d, e);
    double X = e->x * d->k, Y = e->y * d->k;
    if (!(fabs(X) < 1e6 && fabs(Y) < 1e6))
        return 0;
    double fx = floor(X), fy = floor(Y);
    int qx = (int)lround((X - fx) * SPRITE_PHASES), qy = (int)lround((Y - fy) * SPRITE_PHASES);
    if (qx == SPRITE_PHASES)
        qx = 0, fx += 1;
    if (qy == SPRITE_PHASES)
        qy = 0, fy += 1;
    Sprite *img = &ds->img[qy * SPRITE_PHASES + qx];
    int size = 2 * ds->pad + 1;
    if (!img->px) {
        int stride = size * 4;
        img->px = xcalloc((size_t)size * (size_t)size, 4);
        cairo_surface_t *is = cairo_image_surface_create_for_data((unsigned char *)img->px,
                                                                  CAIRO_FORMAT_ARGB32, size, size, stride);
        cairo_t *sp = cairo_create(is);
        cairo_scale(sp, d->k, d->k);
        cairo_set_line_join(sp, CAIRO_LINE_JOIN_ROUND);
        cairo_set_line_cap(sp, CAIRO_LINE_CAP_BUTT);
        cairo_new_sub_path(sp);
        cairo_arc(sp, (ds->pad + (double)qx / SPRITE_PHASES) / d->k,
                  (ds->pad + (double)qy / SPRITE_PHASES) / d->k, e->w, 0, 2 * M_PI);
        apply_style(sp, &e->style);
        cairo_destroy(sp);
        cairo_surface_finish(is);
        cairo_surface_destroy(is);
        img->from = xmalloc((size_t)size * sizeof *img->from);
        img->to = xmalloc((size_t)size * sizeof *img->to);
        for (int y = 0; y < size; y++) {
            const uint32_t *row = img->px + (size_t)y * (size_t)size;
            int a = 0, b = size;
            while (a < b && !row[a])
                a++;
            while (b > a && !row[b - 1])
                b--;
            img->from[y] = a, img->to[y] = b;
        }
    }
    int x0 = (int)fx - ds->pad, y0 = (int)fy - ds->pad;
    if (clipped || !d->px) {
        cairo_surface_t *is = cairo_image_surface_create_for_data(
            (unsigned char *)img->px, CAIRO_FORMAT_ARGB32, size, size, size * 4);
        cairo_save(cr);
        cairo_identity_matrix(cr);
        cairo_set_source_surface(cr, is, x0, y0);
        cairo_rectangle(cr, x0, y0, size, size);
        cairo_fill(cr);
        cairo_restore(cr);
        cairo_surface_destroy(is);
    } else {
        sprite_blit(d, img, size, x0, y0);
    }
    return 1;
}

static void paint_scene(cairo_t *cr, const Scene *s, const Fonts *f, double px_per_pt)
{
    Dots dots = {.cache = sprites_of_thread(), .k = px_per_pt, .target = cairo_get_target(cr)};
    if (cairo_surface_get_type(dots.target) == CAIRO_SURFACE_TYPE_IMAGE &&
        cairo_image_surface_get_format(dots.target) == CAIRO_FORMAT_ARGB32) {
        dots.px = (uint32_t *)(void *)cairo_image_surface_get_data(dots.target);
        dots.w = cairo_image_surface_get_width(dots.target);
        dots.h = cairo_image_surface_get_height(dots.target);
        dots.stride = cairo_image_surface_get_stride(dots.target) / 4;
    }
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    if (s->background.a > 0) {
        /* every pixel, edges included (the PNG buffer is reused) */
        cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
        set_rgba(cr, s->background);
        cairo_paint(cr);
        cairo_set_operator(cr, CAIRO_OPERATOR_OVER);
    }
    int depth = 0;
    for (size_t i = 0; i < s->n; i++) {
        const Element *e = &s->el[i];
        switch (e->kind) {
        case EL_RECT:
            cairo_rectangle(cr, e->x, e->y, e->w, e->h);
            apply_style(cr, &e->style);
            break;
        case EL_PATH:
            cairo_move_to(cr, e->pts[0].x, e->pts[0].y);
            for (size_t k = 1; k < e->npts; k++)
                cairo_line_to(cr, e->pts[k].x, e->pts[k].y);
            if (e->closed)
                cairo_close_path(cr);
            if (e->npts == 2 && !e->closed) {
                /* One segment has no join to draw: with mitre joins cairo
                 * strokes a level or upright one as boxes, faster than
                 * through its general stroker. */
                cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
                apply_style(cr, &e->style);
                cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
            } else {
                apply_style(cr, &e->style);
            }
            break;
        case EL_CIRCLE:
            if (dot_sprite(cr, &dots, e, depth > 0))
                break;
            cairo_new_sub_path(cr);
            cairo_arc(cr, e->x, e->y, e->w, 0, 2 * M_PI);
            apply_style(cr, &e->style);
            break;
        case EL_TEXT:
            paint_text(cr, f, e, fo);
            break;
        case EL_CLIP:
            cairo_save(cr);
            cairo_rectangle(cr, e->x, e->y, e->w, e->h);
            cairo_clip(cr);
            depth++;
            break;
        case EL_UNCLIP:
            if (depth > 0) {
                cairo_restore(cr);
                depth--;
            }
            break;
        }
    }
    while (depth-- > 0)
        cairo_restore(cr);
    cairo_font_options_destroy(fo);
}

int paint_cairo_png(const Scene *s, const Fonts *f, double px_per_pt, Buf *out, Diag *d)
{
    buf_init(out, 0);
    if (!(px_per_pt > 0) || px_per_pt > 50)
        return diag_set(d, CB_EUSAGE, NULL, 0, "PNG resolution out of range");
    int w = (int)lround(s->width * px_per_pt), h = (int)lround(s->height * px_per_pt);
    if (w < 1 || h < 1 || w > 20000 || h > 20000)
        return diag_set(d, CB_EUSAGE, NULL, 0, "PNG size %dx%d out of range (1..20000)", w, h);
    int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, w);
    unsigned char *pixels = pool_take((size_t)stride * (size_t)h);
    if (s->background.a < 1)
        memset(pixels, 0, (size_t)stride * (size_t)h);
    cairo_surface_t *sf = cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_ARGB32, w, h, stride);
    if (cairo_surface_status(sf) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(sf);
        pool_give(pixels);
        return diag_set(d, CB_EWRITE, NULL, 0, "cairo cannot create the surface");
    }
    cairo_t *cr = cairo_create(sf);
    cairo_scale(cr, px_per_pt, px_per_pt);
    paint_scene(cr, s, f, px_per_pt);
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_flush(sf);
    int rc = CB_OK;
    if (st != CAIRO_STATUS_SUCCESS)
        rc = diag_set(d, CB_EWRITE, NULL, 0, "cairo: %s", cairo_status_to_string(st));
    else if (pngenc_chart(pixels, w, h, stride, s->background.a < 1, out) != 0)
        rc = diag_set(d, CB_EWRITE, NULL, 0, "cannot encode the PNG");
    cairo_surface_destroy(sf);
    pool_give(pixels);
    return rc;
}
