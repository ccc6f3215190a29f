/* blay.c — the brief's page model and layout primitives (see blay.h). */
#define _GNU_SOURCE   /* qsort_r */
#include "blay.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"

const Rgba BL_INK = {0.10, 0.10, 0.12, 1};
const Rgba BL_GREY = {0.38, 0.38, 0.42, 1};
const Rgba BL_RULE = {0.75, 0.75, 0.78, 1};
const Rgba BL_BAND = {0.93, 0.94, 0.96, 1};
const Rgba BL_ACCENT = {0.09, 0.29, 0.55, 1};
const Rgba BL_WHITE = {1, 1, 1, 1};

static int cmp_byid(const void *a, const void *b, void *ctx)
{
    const ClaimList *cl = ctx;
    return strcmp(cl->v[*(const size_t *)a].id, cl->v[*(const size_t *)b].id);
}

void blay_init(Lay *L, const BriefInputs *in)
{
    memset(L, 0, sizeof *L);
    L->in = in;
    L->f = in->fonts;
    if (in->letter)
        L->pw = 612, L->ph = 792;
    else
        L->pw = 595.276, L->ph = 841.89;
    L->left = 56;
    L->cw = L->pw - 2 * L->left;
    L->top = 64;
    L->bottom = L->ph - 56;
    size_t nc = in->claims->n + 1, ns = (in->sources ? in->sources->n : 0) + 1;
    L->claim_page = xmalloc(nc * sizeof *L->claim_page);
    L->claim_y = xcalloc(nc, sizeof *L->claim_y);
    for (size_t i = 0; i < nc; i++)
        L->claim_page[i] = SIZE_MAX;
    L->src_page = xmalloc(ns * sizeof *L->src_page);
    L->src_y = xcalloc(ns, sizeof *L->src_y);
    for (size_t i = 0; i < ns; i++)
        L->src_page[i] = SIZE_MAX;
    L->cited = xcalloc(ns, 1);
    L->claim_cited = xcalloc(nc, 1);
    for (size_t i = 0; i < sizeof L->sec_mark / sizeof *L->sec_mark; i++)
        L->sec_mark[i] = SIZE_MAX;
    L->byid = xmalloc(nc * sizeof *L->byid);
    for (size_t i = 0; i < in->claims->n; i++)
        L->byid[i] = i;
    qsort_r(L->byid, in->claims->n, sizeof *L->byid, cmp_byid, (void *)in->claims);
    L->section = "";
}

size_t blay_claim(const Lay *L, const char *id, size_t n)
{
    const ClaimList *cl = L->in->claims;
    size_t lo = 0, hi = cl->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *m = cl->v[L->byid[mid]].id;
        int c = strncmp(m, id, n);
        if (c == 0 && m[n] != '\0')
            c = 1;
        if (c == 0)
            return L->byid[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return SIZE_MAX;
}

void blay_free(Lay *L)
{
    for (size_t i = 0; i < L->np; i++) {
        BPage *p = &L->pages[i];
        for (size_t k = 0; k < p->n; k++)
            free(p->el[k].text);
        free(p->el);
        for (size_t k = 0; k < p->nsc; k++) {
            scene_free(p->sc[k].s);
            free(p->sc[k].s);
        }
        free(p->sc);
        for (size_t k = 0; k < p->nln; k++)
            free(p->ln[k].uri);
        free(p->ln);
        free(p->pr);
    }
    free(L->pages);
    for (size_t i = 0; i < L->nmarks; i++)
        free(L->marks[i].title);
    free(L->marks);
    free(L->claim_page);
    free(L->claim_y);
    free(L->src_page);
    free(L->src_y);
    free(L->cited);
    free(L->claim_cited);
    free(L->byid);
    memset(L, 0, sizeof *L);
}

BPage *blay_page(Lay *L)
{
    return &L->pages[L->np - 1];
}

void blay_new_page(Lay *L)
{
    if (L->np == L->capp) {
        L->capp = L->capp ? 2 * L->capp : 16;
        L->pages = xrealloc(L->pages, L->capp * sizeof *L->pages);
    }
    memset(&L->pages[L->np], 0, sizeof(BPage));
    L->pages[L->np++].section = L->section;
    L->y = L->top;
}

void blay_ensure(Lay *L, double h)
{
    if (L->y + h > L->bottom && L->y > L->top)
        blay_new_page(L);
}

double blay_lead(double size)
{
    return size * 1.32;
}

static Element *add_el_to(BPage *p)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 64;
        p->el = xrealloc(p->el, p->cap * sizeof *p->el);
    }
    Element *e = &p->el[p->n++];
    memset(e, 0, sizeof *e);
    return e;
}

static Element *add_el(Lay *L)
{
    return add_el_to(blay_page(L));
}

void blay_text_on(Lay *L, size_t page, double x, double base, FontId font, double size,
                  Rgba color, const char *s, size_t n)
{
    Element *e = add_el_to(&L->pages[page]);
    e->kind = EL_TEXT;
    e->x = x;
    e->y = base;
    e->font = font;
    e->size = size;
    e->color = color;
    e->text = xstrndup(s, n);
    e->role = "text";
}

void blay_text(Lay *L, double x, double base, FontId font, double size, Rgba color,
               const char *s, size_t n)
{
    blay_text_on(L, L->np - 1, x, base, font, size, color, s, n);
}

void blay_rect(Lay *L, double x, double y, double w, double h, Rgba fill)
{
    Element *e = add_el(L);
    e->kind = EL_RECT;
    e->x = x, e->y = y, e->w = w, e->h = h;
    e->style.fill = 1;
    e->style.fill_color = fill;
}

void blay_hline(Lay *L, double x, double y, double w, Rgba c, double lw)
{
    blay_rect(L, x, y - lw / 2, w, lw, c);
}

void blay_link(Lay *L, double x, double y, double w, double h, LinkKind kind, size_t target,
               const char *uri)
{
    BPage *p = blay_page(L);
    if (p->nln == p->capln) {
        p->capln = p->capln ? 2 * p->capln : 8;
        p->ln = xrealloc(p->ln, p->capln * sizeof *p->ln);
    }
    p->ln[p->nln++] = (Link){x, y, w, h, kind, target, uri ? xstrdup(uri) : NULL};
}

void blay_pageref(Lay *L, double x, double y, double size, size_t section)
{
    BPage *p = blay_page(L);
    if (p->npr == p->cappr) {
        p->cappr = p->cappr ? 2 * p->cappr : 8;
        p->pr = xrealloc(p->pr, p->cappr * sizeof *p->pr);
    }
    p->pr[p->npr++] = (PageRef){x, y, size, section};
}

void blay_place_scene(Lay *L, Scene *s, double x, double y, double scale)
{
    BPage *p = blay_page(L);
    if (p->nsc == p->capsc) {
        p->capsc = p->capsc ? 2 * p->capsc : 4;
        p->sc = xrealloc(p->sc, p->capsc * sizeof *p->sc);
    }
    p->sc[p->nsc++] = (Placed){s, x, y, scale};
}

/* "[12]" at s: the number, and the bracket's length; 0 when not one. */
static size_t cite_at(const char *s, size_t n, size_t *num)
{
    if (n < 3 || s[0] != '[' || !ascii_isdigit(s[1]))
        return 0;
    size_t k = 1, v = 0;
    while (k < n && ascii_isdigit(s[k]) && k < 8)
        v = v * 10 + (size_t)(s[k++] - '0');
    if (k >= n || s[k] != ']')
        return 0;
    *num = v;
    return k + 1;
}

void blay_line(Lay *L, const TextBlock *b, size_t i, double x, double y, Rgba color, int cite)
{
    const TextLine *ln = &b->lines[i];
    double base = y + b->size * 0.93;   /* Noto's cap height sits inside the line box */
    size_t nsrc = L->in->sources ? L->in->sources->n : 0;
    for (size_t r = ln->run; r < ln->run + ln->nrun; r++) {
        const TextRun *run = &b->runs[r];
        const char *t = b->text + run->off;
        blay_text(L, x + run->x, base, run->font, b->size, color, t, run->len);
        /* A citation of the bibliography ("[12]") links to its entry. */
        for (size_t k = 0; cite && k < run->len; k++) {
            size_t num, len = cite_at(t + k, run->len - k, &num);
            if (!len || num < 1 || num > nsrc)
                continue;
            double x0 = fonts_width(L->f, run->font, b->size, t, k);
            double w = fonts_width(L->f, run->font, b->size, t + k, len);
            blay_link(L, x + run->x + x0, y, w, blay_lead(b->size), LINK_SOURCE, num - 1, NULL);
            L->cited[num - 1] = 1;
            k += len - 1;
        }
    }
}

double blay_block(Lay *L, const TextBlock *b, double x, double y, Rgba color, int cite)
{
    double lead = blay_lead(b->size);
    for (size_t i = 0; i < b->nlines; i++)
        blay_line(L, b, i, x, y + (double)i * lead, color, cite);
    return (double)b->nlines * lead;
}

double blay_block_h(const TextBlock *b)
{
    return (double)b->nlines * blay_lead(b->size);
}

void blay_para(Lay *L, const char *s, FontId font, double size, Rgba color, double x, double w,
               double after, int cite)
{
    TextBlock b;
    textlayout_wrap(L->f, font, size, s, strlen(s), w, &b);
    double lead = blay_lead(size);
    for (size_t i = 0; i < b.nlines; i++) {
        blay_ensure(L, lead);
        blay_line(L, &b, i, x, L->y, color, cite);
        L->y += lead;
    }
    L->y += after;
    textlayout_free(&b);
}

size_t blay_heading(Lay *L, int level, const char *num, const char *title, double keep,
                    int fresh_page)
{
    char full[600];
    snprintf(full, sizeof full, "%s%s%s", num, *num ? " " : "", title);
    if (fresh_page && L->y > L->top)
        blay_new_page(L);
    double size = level == 0 ? 17 : 12.5;
    blay_ensure(L, (level == 0 ? 34 : 24) + keep);
    if (L->nmarks == L->capmarks)
        L->marks = xrealloc(L->marks, (L->capmarks = L->capmarks ? 2 * L->capmarks : 32) *
                                          sizeof *L->marks);
    if (level > 0)
        L->y += 6;
    L->marks[L->nmarks] = (Mark){xstrdup(full), level, L->np - 1, L->y};
    if (level == 0) {
        L->section = L->marks[L->nmarks].title;
        if (L->y == L->top)
            blay_page(L)->section = L->section;
    }
    TextBlock b;
    textlayout_wrap(L->f, FONT_BOLD, size, full, strlen(full), L->cw, &b);
    L->y += blay_block(L, &b, L->left, L->y, level == 0 ? BL_ACCENT : BL_INK, 0);
    textlayout_free(&b);
    if (level == 0) {
        blay_hline(L, L->left, L->y + 3, L->cw, BL_ACCENT, 0.8);
        L->y += 14;
    } else {
        L->y += 5;
    }
    return L->nmarks++;
}
