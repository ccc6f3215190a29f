/* bdraw.c — draw a laid-out brief with libharu (see blay.h): fonts cut to
 * what the brief draws, every page's elements and charts, the running
 * head and footer, page numbers of the contents, links (to claims,
 * sources, sections and URLs), the nested outline, the claims table as
 * an embedded file, and the document information.
 */
#include "blay.h"

#include <errno.h>
#include <fcntl.h>
#include <hpdf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "bsect.h"
#include "hpdf_extra.h"
#include "paint_hpdf.h"
#include "ttsubset.h"
#include "utf8.h"


typedef struct ErrCtx {
    Diag *d;
    const char *what;     /* what was being drawn, for the message */
    int code;             /* code to report: CB_EINPUT while loading fonts */
    int failed;           /* first error's code, or 0 */
} ErrCtx;

static void on_hpdf_error(HPDF_STATUS err, HPDF_STATUS detail, void *user)
{
    ErrCtx *c = user;
    if (c->failed)
        return;
    c->failed = c->code;
    /* ulimit -v: say what ran out (zlib, compressing a stream, reports
     * its Z_MEM_ERROR, -4, as the detail of HPDF_ZLIB_ERROR) */
    if (err == HPDF_FAILD_TO_ALLOC_MEM || (err == HPDF_ZLIB_ERROR && detail == (HPDF_STATUS)-4))
        diag_set(c->d, c->code, NULL, 0, "cannot make the brief: %s (while %s)", strerror(ENOMEM),
                 c->what);
    else
        diag_set(c->d, c->code, NULL, 0, "libharu error 0x%04X (detail %u) while %s",
                 (unsigned)err, (unsigned)detail, c->what);
}

static void furniture(Lay *L, HpdfPainter *hp, HPDF_Page pg, size_t i)
{
    char foot[64];
    snprintf(foot, sizeof foot, "page %zu of %zu", i + 1, L->np);
    Element e = {.kind = EL_TEXT, .font = FONT_REGULAR, .size = 8, .color = BL_GREY};
    e.text = foot;
    double w = fonts_width(L->f, FONT_REGULAR, 8, foot, strlen(foot));
    e.x = L->left + (L->cw - w) / 2;
    e.y = L->ph - 34;
    hpdfpaint_element(hp, pg, &e, 0, 0, 1);
    if (i == 0)
        return;
    /* (the running head is laid out with the page: bset_furniture) */
    const char *sec = L->pages[i].section;
    if (sec && sec[0]) {
        double sw = fonts_width(L->f, FONT_REGULAR, 8, sec, strlen(sec));
        e.text = (char *)sec;
        e.x = L->left + L->cw - sw;
        hpdfpaint_element(hp, pg, &e, 0, 0, 1);
    }
    Element r = {.kind = EL_RECT, .x = L->left, .y = 43, .w = L->cw, .h = 0.4,
                 .style = {.fill = 1, .fill_color = BL_RULE}};
    hpdfpaint_element(hp, pg, &r, 0, 0, 1);
}

/* ---- font subsets ------------------------------------------------------ */

/* The BMP code points one font draws (a bitmap: texts repeat a lot). */
typedef struct CpSet {
    unsigned *v;
    size_t n, cap;
    unsigned char seen[0x10000 / 8];
} CpSet;

static void cp_add(CpSet *c, const char *s)
{
    size_t n = strlen(s), i = 0, l;
    for (; i < n; i += l) {
        unsigned cp = (unsigned)utf8_decode(s + i, n - i, &l);
        if (cp > 0xFFFF || (c->seen[cp >> 3] & (1u << (cp & 7))))
            continue;
        c->seen[cp >> 3] |= (unsigned char)(1u << (cp & 7));
        if (c->n == c->cap) {
            c->cap = c->cap ? 2 * c->cap : 256;
            c->v = xrealloc(c->v, c->cap * sizeof *c->v);
        }
        c->v[c->n++] = cp;
    }
}

/* Every code point each font draws anywhere in the brief. */
static void collect(const Lay *L, CpSet cs[FONT_COUNT])
{
    for (size_t i = 0; i < L->np; i++) {
        const BPage *p = &L->pages[i];
        for (size_t k = 0; k < p->n; k++)
            if (p->el[k].kind == EL_TEXT && p->el[k].font < FONT_COUNT && p->el[k].text)
                cp_add(&cs[p->el[k].font], p->el[k].text);
        for (size_t k = 0; k < p->nsc; k++)
            for (size_t j = 0; j < p->sc[k].s->n; j++) {
                const Element *e = &p->sc[k].s->el[j];
                if (e->kind == EL_TEXT && e->font < FONT_COUNT && e->text)
                    cp_add(&cs[e->font], e->text);
            }
        if (p->section)
            cp_add(&cs[FONT_REGULAR], p->section);
    }
    cp_add(&cs[FONT_REGULAR], "page of 0123456789 ");
}

/* A file libharu can open by name holding bytes the program made: an
 * anonymous memory file (Linux), else an unlinked-after-use temporary. */
typedef struct MemFile {
    int fd;
    char path[1100];
    int unlink_me;
} MemFile;

/* Errors name the font the subset is of (not /proc/self/fd/N). */
static int memfile_make(MemFile *m, const char *font, const Buf *b, Diag *d)
{
    m->unlink_me = 0;
#ifdef SYS_memfd_create
    m->fd = (int)syscall(SYS_memfd_create, "claimbrief-font", 1u /* MFD_CLOEXEC */);
    if (m->fd >= 0)
        snprintf(m->path, sizeof m->path, "/proc/self/fd/%d", m->fd);
    if (m->fd >= 0 && access(m->path, R_OK) != 0) {
        close(m->fd);
        m->fd = -1;
    }
#else
    m->fd = -1;
#endif
    if (m->fd < 0) {
        const char *tmp = getenv("TMPDIR");
        snprintf(m->path, sizeof m->path, "%s/claimbrief-font-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        m->fd = mkstemp(m->path);
        if (m->fd < 0)
            return diag_set(d, CB_EWRITE, font, 0, "cannot create a temporary copy of its subset: %s",
                            strerror(errno));
        m->unlink_me = 1;
    }
    size_t put = 0;
    while (put < b->len) {
        ssize_t w = write(m->fd, b->data + put, b->len - put);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            int e = errno;
            close(m->fd);
            if (m->unlink_me)
                unlink(m->path);
            m->fd = -1;
            return diag_set(d, CB_EWRITE, font, 0, "cannot write a temporary copy of its subset: %s",
                            strerror(w < 0 ? e : ENOSPC));
        }
        put += (size_t)w;
    }
    return 0;
}

static void memfile_drop(MemFile *m)
{
    if (m->fd >= 0)
        close(m->fd);
    if (m->unlink_me)
        unlink(m->path);
    m->fd = -1;
    m->unlink_me = 0;
}

/* Subsets of the fonts with what the brief draws, loaded into doc; each
 * font's ToUnicode made right. */
static int load_fonts(Lay *L, HPDF_Doc doc, HpdfPainter *hp, ErrCtx *ec, Diag *d)
{
    /* libharu gets subsets cut from the fonts' bytes FreeType validated
     * (never the files again): loading and embedding a whole 15 MB CJK
     * font costs ~50 ms. */
    CpSet *cs = xcalloc(FONT_COUNT, sizeof *cs);
    collect(L, cs);
    MemFile mf[FONT_COUNT];
    const char *paths[FONT_COUNT], *names[FONT_COUNT];
    int rc = 0, nmf = 0;
    for (int i = 0; i < FONT_COUNT && !rc; i++) {
        Buf sub;
        size_t len;
        const void *data = fonts_data(L->f, (FontId)i, &len);
        names[i] = fonts_path(L->f, (FontId)i);
        rc = ttsubset_chars(names[i], data, len, cs[i].v, cs[i].n, &sub, d);
        if (!rc)
            rc = memfile_make(&mf[i], names[i], &sub, d);
        if (!rc)
            nmf++;
        paths[i] = mf[i].path;
        buf_free(&sub);
    }
    ec->code = CB_EINPUT;
    if (!rc)
        rc = hpdfpaint_init(hp, doc, paths, names, &ec->failed, d);
    ec->code = CB_EWRITE;
    /* libharu keeps its own handle on each file: ours can go now. */
    for (int i = 0; i < nmf; i++)
        memfile_drop(&mf[i]);
    for (int i = 0; i < FONT_COUNT && !rc && !ec->failed; i++)
        hpdfx_tounicode(hp->font[i], cs[i].v, cs[i].n);
    for (int i = 0; i < FONT_COUNT; i++)
        free(cs[i].v);
    free(cs);
    return rc;
}

static HPDF_Destination dest(Lay *L, HPDF_Page *pg, size_t page, double y)
{
    HPDF_Destination dst = HPDF_Page_CreateDestination(pg[page]);
    if (dst)
        HPDF_Destination_SetFitH(dst, (HPDF_REAL)(L->ph - y + 14));
    return dst;
}

static void draw_links(Lay *L, HPDF_Page *pg, size_t i)
{
    const BPage *p = &L->pages[i];
    for (size_t k = 0; k < p->nln; k++) {
        const Link *ln = &p->ln[k];
        HPDF_Rect r = {(HPDF_REAL)ln->x, (HPDF_REAL)(L->ph - ln->y - ln->h),
                       (HPDF_REAL)(ln->x + ln->w), (HPDF_REAL)(L->ph - ln->y)};
        HPDF_Annotation a = NULL;
        if (ln->kind == LINK_URI && ln->uri) {
            a = HPDF_Page_CreateURILinkAnnot(pg[i], r, ln->uri);
        } else {
            size_t page = SIZE_MAX;
            double y = 0;
            if (ln->kind == LINK_CLAIM && ln->target < L->in->claims->n)
                page = L->claim_page[ln->target], y = L->claim_y[ln->target];
            else if (ln->kind == LINK_SOURCE && L->in->sources && ln->target < L->in->sources->n)
                page = L->src_page[ln->target], y = L->src_y[ln->target];
            else if (ln->kind == LINK_MARK && ln->target < L->nmarks)
                page = L->marks[ln->target].page, y = L->marks[ln->target].y;
            else if (ln->kind == LINK_SECTION && ln->target < 16 &&
                     L->sec_mark[ln->target] < L->nmarks)
                page = L->marks[L->sec_mark[ln->target]].page,
                y = L->marks[L->sec_mark[ln->target]].y;
            if (page == SIZE_MAX)
                continue;   /* a target not in the brief: no link */
            HPDF_Destination dst = dest(L, pg, page, y);
            if (dst)
                a = HPDF_Page_CreateLinkAnnot(pg[i], r, dst);
        }
        if (a)
            HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
    }
}

static void draw_pagerefs(Lay *L, HpdfPainter *hp, HPDF_Page pg, size_t i)
{
    const BPage *p = &L->pages[i];
    for (size_t k = 0; k < p->npr; k++) {
        const PageRef *r = &p->pr[k];
        if (r->section >= 16 || L->sec_mark[r->section] >= L->nmarks)
            continue;
        char num[32];
        snprintf(num, sizeof num, "%zu", L->marks[L->sec_mark[r->section]].page + 1);
        double w = fonts_width(L->f, FONT_REGULAR, r->size, num, strlen(num));
        Element e = {.kind = EL_TEXT, .font = FONT_REGULAR, .size = r->size, .color = BL_INK};
        e.text = num;
        e.x = r->x - w;
        e.y = r->y;
        hpdfpaint_element(hp, pg, &e, 0, 0, 1);
    }
}

/* The outline: sections, their subsections under them. */
static void outline(Lay *L, HPDF_Doc doc, HPDF_Page *pg)
{
    HPDF_Encoder enc = HPDF_GetEncoder(doc, "UTF-8");
    HPDF_Outline parent = NULL;
    for (size_t i = 0; i < L->nmarks; i++) {
        const Mark *m = &L->marks[i];
        HPDF_Outline o = HPDF_CreateOutline(doc, m->level > 0 ? parent : NULL, m->title, enc);
        HPDF_Destination dst = dest(L, pg, m->page, m->y - 4);
        if (o && dst)
            HPDF_Outline_SetDestination(o, dst);
        if (m->level == 0) {
            parent = o;
            if (o)
                HPDF_Outline_SetOpened(o, HPDF_FALSE);
        }
    }
}

int blay_draw(Lay *L, Buf *out, Diag *d)
{
    buf_init(out, 0);
    ErrCtx ec = {d, "creating the document", CB_EWRITE, 0};
    HPDF_Doc doc = HPDF_New(on_hpdf_error, &ec);
    if (!doc)
        return diag_set(d, CB_EWRITE, NULL, 0, "libharu: cannot create a document");
    HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
    HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
    ec.what = "loading the fonts";
    HpdfPainter hp;
    int rc = load_fonts(L, doc, &hp, &ec, d);
    if (rc || ec.failed)
        goto fail;
    ec.what = "writing the document information";
    /* the analyst's settings (bsettings.c) */
    char author[300];
    bset_pdf_author(L, author, sizeof author);
    HPDF_SetInfoAttr(doc, HPDF_INFO_TITLE, bset_title(L));
    HPDF_SetInfoAttr(doc, HPDF_INFO_AUTHOR, author);
    HPDF_SetInfoAttr(doc, HPDF_INFO_SUBJECT, bset_subtitle(L));
    HPDF_SetInfoAttr(doc, HPDF_INFO_KEYWORDS, "numeric claims; sources; consistency; brief");
    HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "claimbrief " CB_VERSION);
    if (L->in->date_is_fixed) {
        struct tm tm;
        gmtime_r(&L->in->date, &tm);
        HPDF_Date dt = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                        tm.tm_sec, 'Z', 0, 0};
        HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, dt);
        HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, dt);
    }
    /* The whole claims table, attached: the appendix shows what fits. */
    ec.what = "attaching the claims table";
    Buf csv;
    buf_init(&csv, 0);
    claims_write_header(&csv);
    for (size_t i = 0; i < L->in->claims->n; i++)
        claims_write_row(&csv, &L->in->claims->v[i]);
    if (hpdfx_attach(doc, "claims.csv", "text/csv", "Every claim of the corpus (data/claims.csv)",
                     csv.data, csv.len) != 0 && !ec.failed)
        diag_set(d, CB_EWRITE, NULL, 0, "libharu: cannot attach the claims table");
    buf_free(&csv);
    if (ec.failed || d->code)
        goto fail;
    HPDF_Page *pg = xcalloc(L->np, sizeof *pg);
    ec.what = "adding pages";
    for (size_t i = 0; i < L->np && !ec.failed; i++) {
        pg[i] = HPDF_AddPage(doc);
        if (pg[i]) {
            HPDF_Page_SetWidth(pg[i], (HPDF_REAL)L->pw);
            HPDF_Page_SetHeight(pg[i], (HPDF_REAL)L->ph);
        }
    }
    char what[200];
    ec.what = what;
    for (size_t i = 0; i < L->np && !ec.failed; i++) {
        BPage *p = &L->pages[i];
        snprintf(what, sizeof what, "drawing page %zu (%.120s)", i + 1, p->section ? p->section : "");
        for (size_t k = 0; k < p->n && !ec.failed; k++)
            hpdfpaint_element(&hp, pg[i], &p->el[k], 0, 0, 1);
        for (size_t k = 0; k < p->nsc && !ec.failed; k++) {
            snprintf(what, sizeof what, "drawing chart \"%.100s\" on page %zu",
                     p->sc[k].s->title ? p->sc[k].s->title : "", i + 1);
            hpdfpaint_scene(&hp, pg[i], p->sc[k].s, p->sc[k].x, p->sc[k].y, p->sc[k].scale);
        }
        snprintf(what, sizeof what, "drawing the header and footer of page %zu", i + 1);
        furniture(L, &hp, pg[i], i);
        draw_pagerefs(L, &hp, pg[i], i);
        snprintf(what, sizeof what, "linking page %zu", i + 1);
        draw_links(L, pg, i);
    }
    ec.what = "adding the outline";
    if (!ec.failed)
        outline(L, doc, pg);
    free(pg);
    if (ec.failed)
        goto fail;
    ec.what = "saving the document";
    if (HPDF_SaveToStream(doc) != HPDF_OK || ec.failed)
        goto fail;
    HPDF_UINT32 size = HPDF_GetStreamSize(doc);
    char *tmp = xmalloc(size ? size : 1);
    HPDF_UINT32 got = size;
    /* Reading exactly the stream's size: an end-of-stream status here is
     * not an error as long as every byte arrived. */
    ec.what = "reading the saved document";
    HPDF_STATUS st = size ? HPDF_ReadFromStream(doc, (HPDF_BYTE *)tmp, &got) : HPDF_OK;
    if ((st != HPDF_OK && st != HPDF_STREAM_EOF) || got != size) {
        free(tmp);
        if (!ec.failed)
            diag_set(d, CB_EWRITE, NULL, 0, "libharu: short read of the saved document");
        goto fail;
    }
    ec.failed = 0;
    buf_append(out, tmp, size);
    free(tmp);
    HPDF_ResetError(doc);
    HPDF_Free(doc);
    return 0;
fail:
    HPDF_ResetError(doc);
    HPDF_Free(doc);
    return d->code ? d->code : (ec.failed ? ec.failed : CB_EWRITE);
}
