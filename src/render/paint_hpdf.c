/* paint_hpdf.c — Scene elements as PDF drawing operators through libharu. */
#include "paint_hpdf.h"

#include <errno.h>
#include <math.h>
#include <string.h>

int hpdfpaint_init(HpdfPainter *p, HPDF_Doc doc, const char *const paths[FONT_COUNT],
                   const char *const names[FONT_COUNT], int *failed, Diag *d)
{
    memset(p, 0, sizeof *p);
    p->doc = doc;
    p->failed = failed;
    if (HPDF_UseUTFEncodings(doc) != HPDF_OK || HPDF_SetCurrentEncoder(doc, "UTF-8") != HPDF_OK)
        return diag_set(d, CB_EWRITE, NULL, 0, "libharu: cannot set the UTF-8 encoder");
    for (int i = 0; i < FONT_COUNT; i++) {
        const char *path = paths[i];
        /* Embedding is on: libharu subsets the glyf table on save. */
        const char *name = HPDF_LoadTTFontFromFile(doc, path, HPDF_TRUE);
        HPDF_Font font = name ? HPDF_GetFont(doc, name, "UTF-8") : NULL;
        if (!font || *failed) {
            /* Out of descriptors or memory is not the font's fault: say
             * what ran out (libharu keeps errno as the detail of a failed
             * open). */
            const char *who = names && names[i] ? names[i] : path;
            HPDF_STATUS err = HPDF_GetError(doc), detail = HPDF_GetErrorDetail(doc);
            if (err == HPDF_FILE_OPEN_ERROR && detail > 0)
                return diag_set(d, CB_EINPUT, who, 0, "cannot read its subset: %s",
                                strerror((int)detail));
            if (err == HPDF_FAILD_TO_ALLOC_MEM)
                return diag_set(d, CB_EINPUT, who, 0, "cannot load: %s", strerror(ENOMEM));
            return diag_set(d, CB_EINPUT, who, 0, "not a usable font (libharu refused it)");
        }
        p->font[i] = font;
    }
    return 0;
}

static HPDF_ExtGState alpha_state(HpdfPainter *p, double a)
{
    for (int i = 0; i < p->nalpha; i++)
        if (p->alpha_v[i] == a)
            return p->alpha_gs[i];
    if (p->nalpha == 16)
        return NULL;   /* more alphas than any chart uses: draw opaque */
    HPDF_ExtGState gs = HPDF_CreateExtGState(p->doc);
    if (!gs)
        return NULL;
    HPDF_ExtGState_SetAlphaFill(gs, (HPDF_REAL)a);
    HPDF_ExtGState_SetAlphaStroke(gs, (HPDF_REAL)a);
    p->alpha_v[p->nalpha] = a;
    p->alpha_gs[p->nalpha++] = gs;
    return gs;
}

/* Set fill/stroke colours, width and dash; wrap in GSave when alpha < 1. */
static void set_style(HpdfPainter *p, HPDF_Page pg, const Style *st, double scale)
{
    double a = st->fill ? st->fill_color.a : st->stroke_color.a;
    if (a < 1) {
        HPDF_ExtGState gs = alpha_state(p, a < 0 ? 0 : a);
        if (gs)
            HPDF_Page_SetExtGState(pg, gs);
    }
    if (st->fill)
        HPDF_Page_SetRGBFill(pg, (HPDF_REAL)st->fill_color.r, (HPDF_REAL)st->fill_color.g,
                             (HPDF_REAL)st->fill_color.b);
    if (st->stroke) {
        HPDF_Page_SetRGBStroke(pg, (HPDF_REAL)st->stroke_color.r, (HPDF_REAL)st->stroke_color.g,
                               (HPDF_REAL)st->stroke_color.b);
        HPDF_Page_SetLineWidth(pg, (HPDF_REAL)(st->line_width > 0 ? st->line_width * scale : 0.5));
        if (st->dash[0] > 0 && st->dash[1] > 0) {
            /* libharu takes whole-point dashes. */
            HPDF_UINT16 ptn[2] = { (HPDF_UINT16)fmax(1, round(st->dash[0] * scale)),
                                   (HPDF_UINT16)fmax(1, round(st->dash[1] * scale)) };
            HPDF_Page_SetDash(pg, ptn, 2, 0);
        }
    }
}

static void finish_path(HPDF_Page pg, const Style *st)
{
    if (st->fill && st->stroke)
        HPDF_Page_FillStroke(pg);
    else if (st->fill)
        HPDF_Page_Fill(pg);
    else if (st->stroke)
        HPDF_Page_Stroke(pg);
    else
        HPDF_Page_EndPath(pg);
}

int hpdfpaint_element(HpdfPainter *p, HPDF_Page pg, const Element *e, double ox, double oy,
                      double scale)
{
    double H = HPDF_Page_GetHeight(pg);
#define PX(v) ((HPDF_REAL)(ox + (v) * scale))
#define PY(v) ((HPDF_REAL)(H - (oy + (v) * scale)))
    switch (e->kind) {
    case EL_RECT:
    case EL_PATH:
    case EL_CIRCLE:
        if (!e->style.fill && !e->style.stroke)
            break;
        HPDF_Page_GSave(pg);
        set_style(p, pg, &e->style, scale);
        if (e->kind == EL_RECT) {
            HPDF_Page_Rectangle(pg, PX(e->x), PY(e->y + e->h), (HPDF_REAL)(e->w * scale),
                                (HPDF_REAL)(e->h * scale));
        } else if (e->kind == EL_CIRCLE) {
            HPDF_Page_Circle(pg, PX(e->x), PY(e->y), (HPDF_REAL)(e->w * scale));
        } else {
            if (e->npts < 2) {
                HPDF_Page_GRestore(pg);
                break;
            }
            HPDF_Page_MoveTo(pg, PX(e->pts[0].x), PY(e->pts[0].y));
            for (size_t i = 1; i < e->npts; i++)
                HPDF_Page_LineTo(pg, PX(e->pts[i].x), PY(e->pts[i].y));
            if (e->closed)
                HPDF_Page_ClosePath(pg);
        }
        finish_path(pg, &e->style);
        HPDF_Page_GRestore(pg);
        break;
    case EL_TEXT: {
        if (!e->text || !e->text[0] || e->font >= FONT_COUNT)
            break;
        HPDF_Page_GSave(pg);
        if (e->color.a < 1) {
            HPDF_ExtGState gs = alpha_state(p, e->color.a < 0 ? 0 : e->color.a);
            if (gs)
                HPDF_Page_SetExtGState(pg, gs);
        }
        HPDF_Page_BeginText(pg);
        HPDF_Page_SetFontAndSize(pg, p->font[e->font], (HPDF_REAL)(e->size * scale));
        HPDF_Page_SetRGBFill(pg, (HPDF_REAL)e->color.r, (HPDF_REAL)e->color.g,
                             (HPDF_REAL)e->color.b);
        if (e->angle == -90)   /* reads bottom to top: +90 degrees in PDF's y-up space */
            HPDF_Page_SetTextMatrix(pg, 0, 1, -1, 0, PX(e->x), PY(e->y));
        else
            HPDF_Page_SetTextMatrix(pg, 1, 0, 0, 1, PX(e->x), PY(e->y));
        HPDF_Page_ShowText(pg, e->text);
        HPDF_Page_EndText(pg);
        HPDF_Page_GRestore(pg);
        break;
    }
    case EL_CLIP:
        HPDF_Page_GSave(pg);
        HPDF_Page_Rectangle(pg, PX(e->x), PY(e->y + e->h), (HPDF_REAL)(e->w * scale),
                            (HPDF_REAL)(e->h * scale));
        HPDF_Page_Clip(pg);
        HPDF_Page_EndPath(pg);
        break;
    case EL_UNCLIP:
        HPDF_Page_GRestore(pg);
        break;
    }
#undef PX
#undef PY
    return *p->failed ? *p->failed : 0;
}

int hpdfpaint_scene(HpdfPainter *p, HPDF_Page pg, const Scene *s, double x, double y,
                    double scale)
{
    int depth = 0;
    if (s->background.a > 0) {
        Element bg = { .kind = EL_RECT, .w = s->width, .h = s->height,
                       .style = { .fill = 1, .fill_color = s->background } };
        if (hpdfpaint_element(p, pg, &bg, x, y, scale))
            return *p->failed;
    }
    for (size_t i = 0; i < s->n; i++) {
        const Element *e = &s->el[i];
        if (e->kind == EL_UNCLIP && depth == 0)
            continue;   /* unbalanced: never pop the caller's state */
        depth += e->kind == EL_CLIP ? 1 : e->kind == EL_UNCLIP ? -1 : 0;
        int rc = hpdfpaint_element(p, pg, e, x, y, scale);
        if (rc)
            return rc;
    }
    for (; depth > 0; depth--)
        HPDF_Page_GRestore(pg);
    return *p->failed ? *p->failed : 0;
}
