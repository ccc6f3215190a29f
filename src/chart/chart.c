/* chart.c — the plan's charts by index, their parts at a size, and
 * rendering one part in one format (see chart.h). The kinds draw
 * themselves: chart_rows.c (money, metric, other), chart_trend.c,
 * chart_consistency.c, chart_coverage.c; the shared look is chart_theme.c.
 */
#include "chart.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart_plan.h"
#include "chart_theme.h"
#include "paint_cairo.h"
#include "paint_pdf.h"
#include "paint_svg.h"
#include "textlayout.h"

/* ORDER ChartKind */
static const KindOps *const kind_ops[CK_NKINDS] = {
    &chart_rows_ops, &chart_rows_ops, &chart_trend_ops, &chart_rows_ops,
    &chart_consistency_ops, &chart_coverage_ops,
};

size_t chart_count(const ChartPlan *p)
{
    return p->n;
}

const char *chart_name(const ChartPlan *p, size_t i)
{
    return i < p->n ? p->v[i].name : NULL;
}

const char *chart_title(const ChartPlan *p, size_t i)
{
    return i < p->n ? p->v[i].title : NULL;
}

int chart_shown(const ChartPlan *p, size_t i)
{
    return i < p->n && p->v[i].shown;
}

size_t chart_items(const ChartPlan *p, size_t i)
{
    if (i >= p->n)
        return 0;
    const ChartSpec *s = &p->v[i];
    return s->kind == CK_CONSISTENCY ? s->nfind : s->kind == CK_COVERAGE ? s->ncover : s->nfig;
}

int chart_find(const ChartPlan *p, const char *name)
{
    for (size_t i = 0; i < p->n; i++)
        if (strcmp(p->v[i].name, name) == 0)
            return (int)i;
    return -1;
}

static int size_ok(double w, double h, Diag *d)
{
    if (!(w >= 200 && h >= 120 && w <= 20000 && h <= 20000))
        return diag_set(d, CB_EUSAGE, NULL, 0,
                        "chart size %gx%g pt is outside 200x120 to 20000x20000 pt", w, h);
    return CB_OK;
}

/* The parts of chart i at w x h that the plan's cache holds, into *pg:
 * 1; 0 when it holds none. Under the plan's lock. */
static int cached_pages(const ChartPlan *p, size_t i, double w, double h, Pages *pg)
{
    for (size_t k = 0; k < p->ncache; k++) {
        const PageCache *c = &p->cache[k];
        if (c->chart == i && c->w == w && c->h == h) {
            *pg = c->pg;
            return 1;
        }
    }
    return 0;
}

/* The parts of chart i at a size: a theme on a scratch scene, then the
 * kind's paging; once per chart and size (the plan keeps it). */
Pages plan_pages(const ChartPlan *p, size_t i, double w, double h)
{
    ChartPlan *mp = (ChartPlan *)p;   /* the cache is the plan's one mutable part */
    Pages pg, kept;
    pthread_mutex_lock(mp->mu);
    int hit = cached_pages(mp, i, w, h, &kept);
    pthread_mutex_unlock(mp->mu);
    if (hit)
        return kept;
    /* Paged outside the lock (threads page different charts at once);
     * a second thread paging the same chart gets the first one's. */
    memset(&pg, 0, sizeof pg);
    Scene s;
    scene_init(&s, w, h);
    Th t;
    th_init(&t, &s, p->in);
    kind_ops[p->v[i].kind]->page(&t, p, &p->v[i], &pg);
    scene_free(&s);
    pthread_mutex_lock(mp->mu);
    if (cached_pages(mp, i, w, h, &kept)) {
        pthread_mutex_unlock(mp->mu);
        pages_free(&pg);
        return kept;
    }
    if (mp->ncache == mp->capcache) {
        mp->capcache = mp->capcache ? 2 * mp->capcache : 64;
        mp->cache = xrealloc(mp->cache, mp->capcache * sizeof *mp->cache);
    }
    mp->cache[mp->ncache++] = (PageCache){i, w, h, pg};
    pthread_mutex_unlock(mp->mu);
    return pg;   /* a copy: its arrays stay the plan's */
}

size_t chart_parts(const ChartPlan *p, size_t i, double width_pt, double height_pt)
{
    if (i >= p->n || size_ok(width_pt, height_pt, NULL) != CB_OK)
        return 1;
    return plan_pages(p, i, width_pt, height_pt).n;
}

const char *chart_takeaway(const ChartPlan *p, size_t i)
{
    return i < p->n && p->v[i].takeaway ? p->v[i].takeaway : "";
}

/* A page of max_pt with room to spare under its items, shortened by it
 * (less 2pt kept), never lengthened: room under 2pt leaves the page as it
 * is, or the part would not fit the page it was cut for.
 * The frame is laid out from the bottom too, so the plot shrinks by
 * exactly what the page is shortened by, as long as the type scale
 * (min(W/960, H/300)) stays the width's. */
static double fit(double width_pt, double max_pt, double room)
{
    double hmin = fmax(160, 300.0 * width_pt / 960.0);
    double h = fmin(max_pt - room + 2, max_pt);
    return h < hmin ? fmin(hmin, max_pt) : h;
}

double chart_fit_height(const ChartPlan *p, size_t i, double width_pt, double max_pt)
{
    if (i >= p->n || size_ok(width_pt, max_pt, NULL) != CB_OK)
        return max_pt;
    Pages pg = plan_pages(p, i, width_pt, max_pt);
    if (pg.n != 1 || !(pg.slack > 0))
        return max_pt;
    return fit(width_pt, max_pt, pg.slack);
}

double chart_part_height(const ChartPlan *p, size_t i, size_t k, double width_pt, double page_pt)
{
    if (i >= p->n || size_ok(width_pt, page_pt, NULL) != CB_OK)
        return page_pt;
    Pages pg = plan_pages(p, i, width_pt, page_pt);
    if (k >= pg.n || !pg.room || !(pg.room[k] > 0))
        return page_pt;
    return fit(width_pt, page_pt, pg.room[k]);
}

void chart_part_name(const ChartPlan *p, size_t i, size_t k, char *out, size_t cap)
{
    if (k == 0)
        snprintf(out, cap, "%s", chart_name(p, i));
    else
        snprintf(out, cap, "%s-%zu", chart_name(p, i), k + 1);
}

static int check(const ChartPlan *p, size_t i, size_t k, double w, double h, Pages *pg, Diag *d)
{
    memset(pg, 0, sizeof *pg);
    if (i >= p->n)
        return diag_set(d, CB_EUSAGE, NULL, 0, "no chart number %zu", i);
    int rc = size_ok(w, h, d);
    if (rc)
        return rc;
    *pg = plan_pages(p, i, w, h);
    if (k >= pg->n)
        return diag_set(d, CB_EUSAGE, NULL, 0, "chart %s has %zu part%s at this size, not %zu",
                        p->v[i].name, pg->n, pg->n == 1 ? "" : "s", k + 1);
    return CB_OK;
}

int chart_build(const ChartPlan *p, size_t i, size_t k, double width_pt, double height_pt,
                int transparent, Scene *out, Diag *d)
{
    return chart_build_part(p, i, k, width_pt, height_pt, height_pt, transparent, out, d);
}

int chart_build_part(const ChartPlan *p, size_t i, size_t k, double width_pt, double page_pt,
                     double height_pt, int transparent, Scene *out, Diag *d)
{
    scene_init(out, width_pt, height_pt);
    Pages pg;
    int rc = check(p, i, k, width_pt, page_pt, &pg, d);
    if (rc == CB_OK && !(height_pt <= page_pt))
        rc = diag_set(d, CB_EUSAGE, NULL, 0, "a part %gpt tall cannot hold a page of %gpt", height_pt, page_pt);
    if (rc == CB_OK)
        rc = size_ok(width_pt, height_pt, d);
    if (rc)
        return rc;
    if (transparent)
        out->background.a = 0;
    const ChartSpec *cs = &p->v[i];
    Th t;
    th_init(&t, out, p->in);
    kind_ops[cs->kind]->draw(&t, p, cs, k, &pg);
    /* Title and alt text travel with the scene (SVG <title>/<desc>, PDF). */
    Buf alt, title;
    buf_init(&alt, 0);
    buf_init(&title, 0);
    kind_ops[cs->kind]->alt(p, cs, pg.start[k], pg.start[k + 1], &alt);
    while (alt.len && alt.data[alt.len - 1] == '\n')
        alt.data[--alt.len] = '\0';
    plan_frame(cs, k, pg.n, &title);
    scene_set_meta(out, title.data ? title.data : "", alt.data ? alt.data : "");
    buf_free(&alt);
    buf_free(&title);
    return CB_OK;
}

/* Page k of chart i as text: its data (csv) or its alt text (alt). */
static int page_text(const ChartPlan *p, size_t i, size_t k, double width_pt, double height_pt, int alt,
                     Buf *out, Diag *d)
{
    Pages pg;
    int rc = check(p, i, k, width_pt, height_pt, &pg, d);
    if (rc)
        return rc;
    const ChartSpec *cs = &p->v[i];
    const KindOps *ops = kind_ops[cs->kind];
    (alt ? ops->alt : ops->csv)(p, cs, pg.start[k], pg.start[k + 1], out);
    return CB_OK;
}

int chart_data_csv(const ChartPlan *p, size_t i, size_t k, double width_pt, double height_pt,
                   Buf *out, Diag *d)
{
    return page_text(p, i, k, width_pt, height_pt, 0, out, d);
}

int chart_alt_text(const ChartPlan *p, size_t i, size_t k, double width_pt, double height_pt,
                   Buf *out, Diag *d)
{
    return page_text(p, i, k, width_pt, height_pt, 1, out, d);
}

const char *chart_format_ext(ChartFormat f)
{
    static const char *const ext[] = {"png", "svg", "pdf"};
    return f < CHART_NFORMATS ? ext[f] : "";
}

int chart_size_parse(const char *spec, double dpi, ChartSize *out, Diag *d)
{
    if (!(dpi >= 18 && dpi <= 1200))
        return diag_set(d, CB_EUSAGE, NULL, 0, "--dpi %g is outside 18..1200", dpi);
    out->px_per_pt = dpi / 72.0;
    if (strcmp(spec, "slide") == 0) {
        out->width_pt = 960, out->height_pt = 540;
    } else if (strcmp(spec, "slide43") == 0) {
        out->width_pt = 720, out->height_pt = 540;
    } else if (strcmp(spec, "column") == 0) {
        out->width_pt = CHART_COLUMN_W, out->height_pt = CHART_COLUMN_H;
    } else {
        char *e;
        long w = strtol(spec, &e, 10);
        if (e == spec || (*e != 'x' && *e != 'X'))
            return diag_set(d, CB_EUSAGE, NULL, 0,
                            "--size '%s': expected slide, slide43, column or WxH (pixels)", spec);
        const char *h0 = e + 1;
        long h = strtol(h0, &e, 10);
        if (e == h0 || *e)
            return diag_set(d, CB_EUSAGE, NULL, 0,
                            "--size '%s': expected slide, slide43, column or WxH (pixels)", spec);
        if (w < 1 || h < 1 || w > 20000 || h > 20000)
            return diag_set(d, CB_EUSAGE, NULL, 0, "--size '%s': pixels must be 1..20000", spec);
        out->width_pt = (double)w / out->px_per_pt;
        out->height_pt = (double)h / out->px_per_pt;
    }
    if (out->width_pt < 200 || out->height_pt < 120)
        return diag_set(d, CB_EUSAGE, NULL, 0,
                        "--size '%s' is too small to lay a chart out (at least 200x120 pt, "
                        "%.0fx%.0f px at this dpi)",
                        spec, ceil(200 * out->px_per_pt), ceil(120 * out->px_per_pt));
    return CB_OK;
}

int chart_paint(const Scene *s, const Fonts *fonts, ChartFormat fmt, double px_per_pt, Buf *out,
                Diag *d)
{
    if (fmt == CHART_SVG)
        return paint_svg(s, fonts, out, d);
    if (fmt == CHART_PDF)
        return paint_pdf(s, fonts, out, d);
    return paint_cairo_png(s, fonts, px_per_pt, out, d);
}

int chart_render(const ChartPlan *p, size_t i, size_t k, ChartFormat fmt, const ChartSize *size,
                 int transparent, Buf *out, Diag *d)
{
    buf_init(out, 0);
    Scene s;
    int rc = chart_build(p, i, k, size->width_pt, size->height_pt, transparent, &s, d);
    if (rc == CB_OK)
        rc = chart_paint(&s, p->in->fonts, fmt, size->px_per_pt, out, d);
    scene_free(&s);
    return rc;
}

/* ---- what every kind shares ---- */

/* The most documents a source line names. */
enum { SOURCES_SHOWN = 6 };
static void sources_line(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, size_t show,
                         Buf *out);

void plan_frame(const ChartSpec *cs, size_t part, size_t nparts, Buf *title)
{
    buf_puts(title, cs->title);
    if (nparts > 1)
        buf_printf(title, " (%zu of %zu)", part + 1, nparts);
}

/* Every kind's frame: the part's title and source line around the
 * chart's takeaway and notes, the source kept to two lines so that every
 * part has the same plot area. */
static Frame part_frame(const ChartSpec *cs, const char *title, const char *source)
{
    Frame fr = {title, cs->takeaway ? cs->takeaway : "", cs->notes ? cs->notes : "", source, 2};
    return fr;
}

void plan_page_begin(Th *t, const ChartSpec *cs)
{
    Buf title;
    buf_init(&title, 0);
    plan_frame(cs, 98, 99, &title);
    Frame fr = part_frame(cs, title.data, "Sources:");
    th_frame_measure(t, &fr);
    buf_free(&title);
}

PartItems plan_part_begin(Th *t, const ChartPlan *p, const ChartSpec *cs, size_t part,
                          const Pages *pg)
{
    PartItems r = {pg->start[part], pg->start[part + 1]};
    Buf title, src;
    buf_init(&title, 0);
    buf_init(&src, 0);
    plan_frame(cs, part, pg->n, &title);
    /* the line names fewer documents rather than be cut ("Compiled by
     * claim…") when it runs past its two lines at this width */
    double w = t->s->width - 2 * t->m;
    for (size_t show = SOURCES_SHOWN; show >= 1; show--) {
        buf_reset(&src);
        sources_line(p, cs, r.a, r.b, show, &src);
        TextBlock tb;
        textlayout_wrap(t->f, FONT_REGULAR, t->note, src.data, src.len, w, &tb);
        size_t nl = tb.nlines;
        textlayout_free(&tb);
        if (nl <= 2)
            break;
    }
    Frame fr = part_frame(cs, title.data, src.data);
    th_frame(t, &fr);   /* the scene keeps copies of the strings */
    buf_free(&title);
    buf_free(&src);
    return r;
}

void plan_sources_line(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, Buf *out)
{
    sources_line(p, cs, a, b, SOURCES_SHOWN, out);
}

/* The source line naming up to show documents (at most SOURCES_SHOWN),
 * the others counted. */
static void sources_line(const ChartPlan *p, const ChartSpec *cs, size_t a, size_t b, size_t show,
                         Buf *out)
{
    /* The documents of the part's figures, first seen first. */
    size_t shown[SOURCES_SHOWN], ns = 0, total = 0;
    if (show > SOURCES_SHOWN)
        show = SOURCES_SHOWN;
    unsigned char *seen = xcalloc(p->ndocs / 8 + 1, 1);
    size_t fa = 0, fb = 0;
    if (cs->kind == CK_TREND && a < b) {
        fa = cs->ser[a].fig;
        fb = cs->ser[b - 1].fig + cs->ser[b - 1].nfig;
    } else if (cs->nrows && a < b) {
        fa = cs->rows[a].fig;
        fb = cs->rows[b - 1].fig + cs->rows[b - 1].nfig;
    }
    for (size_t i = fa; i < fb; i++) {
        unsigned d = cs->figs[i].doc;
        if (seen[d >> 3] & (1u << (d & 7)))
            continue;
        seen[d >> 3] |= (unsigned char)(1u << (d & 7));
        if (ns < show)
            shown[ns++] = d;
        total++;
    }
    free(seen);
    if (cs->kind == CK_COVERAGE) {
        buf_printf(out, "Sources: the %zu documents of data/corpus with claims.", p->ndocs);
    } else if (cs->kind == CK_CONSISTENCY) {
        buf_puts(out, "Sources: the claims and references each check names (the CSV lists "
                      "them); references from data/reference.csv.");
    } else {
        buf_puts(out, total > 1 ? "Sources: " : "Source: ");
        for (size_t i = 0; i < ns; i++)
            buf_printf(out, "%s%s", i ? "; " : "", p->docs[shown[i]].cite);
        if (total > ns)
            buf_printf(out, "; and %zu more documents (%s)", total - ns,
                       cs->kind == CK_TREND ? "the CSV names each figure\xe2\x80\x99s"
                                            : "each row or the CSV names its own");
        if (total == 0)
            buf_puts(out, "none");
        buf_puts(out, ".");
    }
    buf_puts(out, " Compiled by claimbrief.");
}
