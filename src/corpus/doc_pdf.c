/* doc_pdf.c — poppler-glib, loaded on demand, run in a sandbox (see
 * doc_pdf.h). The child opens the PDF, feeds each page's characters to
 * pdflayout and sends back the encoded Document (docwire.h); the parent
 * decodes it,
 * checking everything, as it would any untrusted bytes. */
#include "doc_pdf.h"

#include <dlfcn.h>
#include <poppler.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "docwire.h"
#include "limits.h"
#include "pdflayout.h"
#include "sandbox.h"
#include "utf8.h"

#ifndef CB_POPPLER_SONAME
#define CB_POPPLER_SONAME "libpoppler-glib.so.8"
#endif

/* ---- poppler-glib, resolved once ---- */

#define FN(name) __typeof__(name) *name
typedef struct Poppler {
    FN(poppler_document_new_from_bytes);
    FN(poppler_document_get_n_pages);
    FN(poppler_document_get_page);
    FN(poppler_document_get_title);
    FN(poppler_document_get_author);
    FN(poppler_document_get_creation_date);
    FN(poppler_page_get_size);
    FN(poppler_page_get_text);
    FN(poppler_page_get_text_layout);
    FN(poppler_page_get_text_attributes);
    FN(poppler_page_free_text_attributes);
    FN(poppler_page_get_image_mapping);
    FN(poppler_page_free_image_mapping);
    FN(poppler_error_quark);
    FN(g_bytes_new_static);
    FN(g_bytes_unref);
    FN(g_object_unref);
    FN(g_free);
    FN(g_error_free);
} Poppler;
#undef FN

static Poppler pop;
static const char *pop_error;   /* why it could not be loaded, or NULL */
static pthread_once_t pop_once = PTHREAD_ONCE_INIT;

static void pop_open(void)
{
    void *h = dlopen(CB_POPPLER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        pop_error = "cannot read PDFs: " CB_POPPLER_SONAME " is not installed (Debian: libpoppler-glib8)";
        return;
    }
    struct {
        void **slot;
        const char *name;
    } syms[] = {
#define SYM(name) {(void **)&pop.name, #name}
        SYM(poppler_document_new_from_bytes), SYM(poppler_document_get_n_pages),
        SYM(poppler_document_get_page), SYM(poppler_document_get_title),
        SYM(poppler_document_get_author), SYM(poppler_document_get_creation_date),
        SYM(poppler_page_get_size), SYM(poppler_page_get_text),
        SYM(poppler_page_get_text_layout), SYM(poppler_page_get_text_attributes),
        SYM(poppler_page_free_text_attributes), SYM(poppler_page_get_image_mapping),
        SYM(poppler_page_free_image_mapping), SYM(poppler_error_quark),
        SYM(g_bytes_new_static), SYM(g_bytes_unref), SYM(g_object_unref), SYM(g_free),
        SYM(g_error_free),
#undef SYM
    };
    for (size_t i = 0; i < sizeof syms / sizeof *syms; i++) {
        /* POSIX: a data pointer from dlsym converts to a function pointer */
        *syms[i].slot = dlsym(h, syms[i].name);
        if (!*syms[i].slot) {
            pop_error = "cannot read PDFs: " CB_POPPLER_SONAME " lacks a function claimbrief needs";
            return;
        }
    }
}

/* ---- one page's characters ---- */

/* Does s contain w (ASCII, any case)? */
static int contains_ci(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (; *s; s++)
        if (!strncasecmp(s, w, n))
            return 1;
    return 0;
}

static int bold_font(const char *name)
{
    return name && (contains_ci(name, "bold") || contains_ci(name, "black") || contains_ci(name, "heavy") ||
                    contains_ci(name, "demi"));
}

/* Feed page pg's characters to the layout. Returns the number of
 * characters, or -1 when the text passes the limit. */
static long page_chars(PopplerPage *pg, PdfLayout *lay)
{
    double w = 0, h = 0;
    pop.poppler_page_get_size(pg, &w, &h);
    char *text = pop.poppler_page_get_text(pg);
    PopplerRectangle *rects = NULL;
    guint nrects = 0;
    if (!text || !pop.poppler_page_get_text_layout(pg, &rects, &nrects))
        nrects = 0;
    GList *attrs = nrects ? pop.poppler_page_get_text_attributes(pg) : NULL;
    PdfChar *c = xmalloc((nrects ? nrects : 1) * sizeof *c);
    size_t n = 0;
    /* poppler's text is valid UTF-8, one character per rectangle (a bad
     * byte would read as U+FFFD and take one) */
    const char *p = text ? text : "";
    size_t left = strlen(p), l;
    GList *a = attrs;
    for (guint i = 0; i < nrects && left; i++, p += l, left -= l) {
        uint32_t cp = (uint32_t)utf8_decode(p, left, &l);
        /* attribute ranges are in character order, ends inclusive */
        while (a && ((PopplerTextAttributes *)a->data)->end_index < (int)i)
            a = a->next;
        const PopplerTextAttributes *at =
            a && ((PopplerTextAttributes *)a->data)->start_index <= (int)i ? a->data : NULL;
        const PopplerRectangle *r = &rects[i];
        c[n++] = (PdfChar){cp, (float)r->x1, (float)r->y1, (float)r->x2, (float)r->y2,
                           at ? (float)at->font_size : 0, (unsigned char)(at && bold_font(at->font_name))};
    }
    int rc = pdflayout_add_page(lay, (float)w, (float)h, c, n);
    free(c);
    if (attrs)
        pop.poppler_page_free_text_attributes(attrs);
    pop.g_free(rects);
    pop.g_free(text);
    return rc ? -1 : (long)n;
}

static int page_has_images(PopplerPage *pg)
{
    GList *im = pop.poppler_page_get_image_mapping(pg);
    int has = im != NULL;
    if (im)
        pop.poppler_page_free_image_mapping(im);
    return has;
}

/* "3", "3, 5", "3, 5 and 4 more" into buf. */
static void page_list(const int *v, size_t n, char *buf, size_t cap)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && i < 5 && len < cap; i++)
        len += (size_t)snprintf(buf + len, cap - len, "%s%d", i ? ", " : "", v[i]);
    if (n > 5 && len < cap)
        snprintf(buf + len, cap - len, " and %zu more", n - 5);
}

static char *dup_meta(char *s)
{
    char *r = NULL;
    if (s && *s)
        r = xstrdup(s);
    if (s)
        pop.g_free(s);
    return r;
}

/* A title from the information dictionary a reader would take for one:
 * not empty, not a file name an authoring tool left there
 * ("Microsoft Word - draft3.docx", "report.indd", "Untitled-1"). */
static int title_usable(const char *t)
{
    static const char *const tools[] = {"Microsoft Word - ", "Microsoft PowerPoint - ", "Microsoft Excel - "};
    static const char *const ends[] = {".doc", ".docx", ".pdf", ".indd", ".tex", ".dvi", ".odt", ".rtf", ".ppt", ".pptx"};
    if (!t || !*t || !strncasecmp(t, "untitled", 8))
        return 0;
    for (size_t i = 0; i < sizeof tools / sizeof *tools; i++)
        if (!strncmp(t, tools[i], strlen(tools[i])))
            return 0;
    size_t n = strlen(t);
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t k = strlen(ends[i]);
        if (n > k && !strcasecmp(t + n - k, ends[i]))
            return 0;
    }
    for (const char *p = t; *p; p++)
        if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')
            return 1;
    return (unsigned char)*t >= 0x80;   /* a title in another script */
}

/* ---- the whole document (runs in the child) ---- */

static int parse(const char *data, size_t n, Document *out, volatile unsigned *progress, char *err, size_t cap)
{
    pthread_once(&pop_once, pop_open);
    if (pop_error) {
        snprintf(err, cap, "%s", pop_error);
        return -1;
    }
    GBytes *bytes = pop.g_bytes_new_static(data, n);
    GError *ge = NULL;
    PopplerDocument *doc = pop.poppler_document_new_from_bytes(bytes, NULL, &ge);
    if (!doc) {
        if (ge && ge->domain == pop.poppler_error_quark() && ge->code == POPPLER_ERROR_ENCRYPTED)
            snprintf(err, cap, "encrypted PDF: needs a password");
        else
            snprintf(err, cap, "not a PDF that can be read (%s)", ge && ge->message ? ge->message : "damaged");
        if (ge)
            pop.g_error_free(ge);
        pop.g_bytes_unref(bytes);
        return -1;
    }
    int pages = pop.poppler_document_get_n_pages(doc), rc = 0;
    if (pages > CB_MAX_PDF_PAGES) {
        snprintf(err, cap, "%d pages, over the limit of %d", pages, CB_MAX_PDF_PAGES);
        rc = -1;
    }
    out->page_count = pages > 0 && !rc ? pages : 0;
    out->title = dup_meta(pop.poppler_document_get_title(doc));
    out->authors = dup_meta(pop.poppler_document_get_author(doc));
    time_t made = pop.poppler_document_get_creation_date(doc);
    if (made > 0) {
        struct tm tm;
        char day[16];
        if (gmtime_r(&made, &tm) && strftime(day, sizeof day, "%Y-%m-%d", &tm))
            out->date = xstrdup(day);
    }
    PdfLayout *lay = pdflayout_new();
    int *blank = xmalloc((size_t)(pages > 0 ? pages : 1) * sizeof *blank);
    size_t nblank = 0, total = 0;
    for (int i = 0; i < out->page_count && !rc; i++) {
        if (progress)
            *progress = (unsigned)i + 1;
        PopplerPage *pg = pop.poppler_document_get_page(doc, i);
        long k = pg ? page_chars(pg, lay) : 0;
        if (k < 0) {
            snprintf(err, cap, "page %d: the text is over the limit of %u bytes", i + 1, CB_MAX_DOC_BYTES);
            rc = -1;
        }
        if (!rc && pg && !pdflayout_page_chars(lay, (size_t)i) && page_has_images(pg))
            blank[nblank++] = i + 1;
        total += pg ? pdflayout_page_chars(lay, (size_t)i) : 0;
        if (pg)
            pop.g_object_unref(pg);
    }
    if (progress)
        *progress = 0;
    if (!rc && pdflayout_finish(lay, out)) {
        snprintf(err, cap, "the text is over the limit of %u bytes", CB_MAX_DOC_BYTES);
        rc = -1;
    }
    /* no title a reader would use: the one the first page sets apart */
    char title[512];
    if (!rc && !title_usable(out->title) && pdflayout_title(lay, title, sizeof title)) {
        free(out->title);
        out->title = xstrdup(title);
    }
    /* scanned pages: say so, and which */
    if (!rc && !total && out->page_count) {
        document_warn(out, 0, "no text layer: needs OCR");
    } else if (!rc && nblank) {
        char list[128];
        page_list(blank, nblank, list, sizeof list);
        document_warn(out, blank[0], "no text layer on page%s %s: %s OCR (the other pages were read)",
                     nblank == 1 ? "" : "s", list, nblank == 1 ? "it needs" : "they need");
    }
    free(blank);
    pdflayout_free(lay);
    pop.g_object_unref(doc);
    pop.g_bytes_unref(bytes);
    return rc;
}

int docpdf_parse(const char *name, const char *data, size_t n, Document *out, Diag *d)
{
    char err[512];
    pthread_once(&pop_once, pop_open);
    int rc = parse(data, n, out, NULL, err, sizeof err);
    return rc ? diag_set(d, CB_EINPUT, name, 0, "%s", err) : 0;
}

/* ---- in a sandbox ---- */

DOCWIRE_JOB(pdf_job, "pdf", parse);

/* Only the child loads poppler: this process never maps it, nor glib and
 * the libraries it pulls in. A missing poppler is said by the child's
 * parse, in the same words. */
int docpdf_read(const char *name, const char *data, size_t n, Document *out, Diag *d)
{
    return docwire_read_sandboxed(name, data, n, &pdf_job, "page", out, d);
}
