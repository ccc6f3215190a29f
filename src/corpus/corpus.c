/* corpus.c — the documents of a project and how each type is read (see
 * corpus.h). Stage: before extract; input: the corpus folder; output:
 * names in order, and one document's text at a time. */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "doc_html.h"
#include "doc_pdf.h"
#include "docwire.h"
#include "fsio.h"
#include "limits.h"

/* ---- document types ------------------------------------------------------ */

/* A reader turns the file's bytes (taken: it frees or keeps them) into
 * out's text and maps. It names errors by out->path. */
typedef int (*DocReader)(Buf *bytes, Document *out, Diag *d);

/* Plain text is its own text: the bytes are kept as they are (invalid
 * UTF-8 and binary files are extract's to report: it reads stdin too). */
static int read_text(Buf *bytes, Document *out, Diag *d)
{
    (void)d;
    out->text = *bytes;
    buf_init(bytes, 0);
    return 0;
}

typedef struct DocTypeDef {
    const char *name;
    const char *const *exts;   /* with the dot, lower case, NULL-terminated */
    DocReader read;
} DocTypeDef;

/* PDF and HTML: converted in a bounded child process (sandbox.h). */
static int read_pdf(Buf *bytes, Document *out, Diag *d)
{
    return docpdf_read(out->path, bytes->data, bytes->len, out, d);
}

static int read_html(Buf *bytes, Document *out, Diag *d)
{
    return dochtml_read(out->path, bytes->data, bytes->len, out, d);
}

static const char *const text_exts[] = {".txt", NULL};
static const char *const pdf_exts[] = {".pdf", NULL};
static const char *const html_exts[] = {".html", ".htm", NULL};

/* ORDER DocType */
static const DocTypeDef types[DOC_NTYPES] = {
    {"text", text_exts, read_text},
    {"PDF", pdf_exts, read_pdf},
    {"HTML", html_exts, read_html},
};

const char *corpus_type_name(DocType t)
{
    return (unsigned)t < DOC_NTYPES ? types[t].name : "?";
}

int corpus_is_document_name(const char *name, DocType *type)
{
    /* Hidden files are an editor's or a tool's, never the analyst's
     * documents (".#a.txt" is Emacs' lock, "._a.txt" macOS metadata). */
    if (!name[0] || name[0] == '.' || strchr(name, '/'))
        return 0;
    size_t l = strlen(name);
    for (int t = 0; t < DOC_NTYPES; t++)
        for (const char *const *e = types[t].exts; *e; e++) {
            size_t el = strlen(*e);
            /* the extension alone (".txt" is hidden anyway) is no name */
            if (l > el && strcasecmp(name + l - el, *e) == 0) {
                if (type)
                    *type = (DocType)t;
                return 1;
            }
        }
    return 0;
}

/* ---- the listing --------------------------------------------------------- */

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const CorpusEntry *)a)->name, ((const CorpusEntry *)b)->name);
}

static void report(const CorpusOptions *o, const Diag *d, int warning)
{
    if (o && o->report)
        o->report(d, warning, o->report_ctx);
}

int corpus_list(const char *dir, Corpus *out, Diag *d)
{
    return corpus_list_with(dir, NULL, out, d);
}

int corpus_list_with(const char *dir, const CorpusOptions *o, Corpus *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    out->dir = xstrdup(dir);
    struct stat st;
    if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode))
        return diag_set(d, CB_EINPUT, dir, 0, "not a folder");
    DIR *dp = opendir(dir);
    if (!dp)
        return diag_set(d, CB_EINPUT, dir, 0, "cannot read: %s", strerror(errno));
    size_t cap = 0;
    for (struct dirent *e; (e = readdir(dp));) {
        DocType t;
        if (!corpus_is_document_name(e->d_name, &t))
            continue;
        size_t pl = strlen(dir) + strlen(e->d_name) + 2;
        char *path = xmalloc(pl);
        snprintf(path, pl, "%s/%s", dir, e->d_name);
        /* Regular files, or links to them inside the folder: a folder or
         * a FIFO named x.txt is not a document (opening a FIFO could wait
         * forever), and neither is a link to a file elsewhere unless the
         * user asks for it. */
        if (e->d_type != DT_REG) {
            Diag w;
            int found = stat(path, &st) == 0;
            struct stat lst;
            int is_link = e->d_type == DT_LNK ||
                          (e->d_type == DT_UNKNOWN && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode));
            if (found && S_ISREG(st.st_mode) && is_link && !(o && o->follow_links) &&
                !fsio_inside(path, dir)) {
                diag_set(&w, CB_EINPUT, path, 0,
                         "a link that leads outside %s: not read (--follow-links reads it)", dir);
                report(o, &w, 0);
                out->refused++;
                free(path);
                continue;
            }
            if (!found || !S_ISREG(st.st_mode)) {
                if (found && !S_ISDIR(st.st_mode)) {
                    diag_set(&w, CB_OK, path, 0, "not a regular file (%s): skipped",
                             S_ISFIFO(st.st_mode) ? "a FIFO" : "a device or socket");
                    report(o, &w, 1);
                }
                free(path);
                continue;
            }
        }
        if (out->n == cap)
            out->v = xrealloc(out->v, (cap = cap ? 2 * cap : 16) * sizeof *out->v);
        /* (the name is the path's tail: one allocation a document) */
        out->v[out->n++] = (CorpusEntry){path + pl - 1 - strlen(e->d_name), path, t};
    }
    closedir(dp);
    if (out->n > 1)
        qsort(out->v, out->n, sizeof *out->v, cmp_entry);
    return 0;
}

void corpus_free(Corpus *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->v[i].path);   /* (name points into it) */
    free(c->v);
    free(c->dir);
    memset(c, 0, sizeof *c);
}

const CorpusEntry *corpus_find(const Corpus *c, const char *name)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int k = strcmp(c->v[mid].name, name);
        if (k == 0)
            return &c->v[mid];
        if (k < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* ---- reading one document ------------------------------------------------ */

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

int corpus_read_mem(const char *name, DocType t, Buf *bytes, Document *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    out->name = xstrdup(base_name(name));
    out->path = xstrdup(name);
    out->type = (unsigned)t < DOC_NTYPES ? t : DOC_TEXT;
    buf_init(&out->text, 0);
    int rc = types[out->type].read(bytes, out, d);
    buf_free(bytes);
    if (rc == 0 && !out->text.data)
        buf_append(&out->text, "", 0);   /* text.data is never NULL */
    return rc;
}

static int read_doc(const char *path, unsigned flags, Document *out, Diag *d)
{
    DocType t = DOC_TEXT;
    corpus_is_document_name(base_name(path), &t);
    Buf b;
    int rc = fsio_read_input(path, CB_MAX_DOC_BYTES, flags, &b, d);
    if (rc < 0) {
        memset(out, 0, sizeof *out);
        buf_init(&out->text, 0);
        return rc;
    }
    return corpus_read_mem(path, t, &b, out, d);
}

int corpus_read(const char *path, Document *out, Diag *d)
{
    return read_doc(path, 0, out, d);
}

int corpus_read_named(const char *path, Document *out, Diag *d)
{
    return read_doc(path, FSIO_STREAM, out, d);
}

void corpus_batch_begin(void)
{
    docwire_batch_begin();
}

void corpus_batch_end(void)
{
    docwire_batch_end();
}

void document_free(Document *doc)
{
    free(doc->name);
    free(doc->path);
    buf_free(&doc->text);
    free(doc->pages);
    free(doc->spans);
    free(doc->title);
    free(doc->date);
    free(doc->authors);
    free(doc->publisher);
    free(doc->url);
    for (size_t i = 0; i < doc->nwarnings; i++)
        free(doc->warnings[i].msg);
    free(doc->warnings);
    memset(doc, 0, sizeof *doc);
}

int document_page_at(const Document *doc, size_t off)
{
    if (!doc->npages)
        return 0;
    /* the last run starting at or before off */
    size_t lo = 0, hi = doc->npages;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->pages[mid].text <= off)
            lo = mid;
        else
            hi = mid;
    }
    return doc->pages[lo].page;
}

size_t document_source_offset(const Document *doc, size_t off)
{
    if (!doc->nspans)
        return off;
    size_t lo = 0, hi = doc->nspans;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->spans[mid].text <= off)
            lo = mid;
        else
            hi = mid;
    }
    const DocSpan *s = &doc->spans[lo];
    if (off < s->text)
        return s->src;
    /* past the span's end (text the reader made up, such as a line
     * break between blocks): the end of the span */
    return s->src + (off - s->text < s->len ? off - s->text : s->len);
}

void document_source_span(const Document *doc, size_t start, size_t end, size_t *src, size_t *src_end)
{
    *src = document_source_offset(doc, start);
    *src_end = end > start ? document_source_offset(doc, end - 1) + 1 : *src;
    if (*src_end < *src)
        *src_end = *src;
}

/* ---- building a document (the readers) ----------------------------------- */

int document_append(Document *doc, const char *p, size_t n, size_t src, size_t srclen, int page)
{
    size_t at = doc->text.len;
    if (!n)
        return 0;
    if (!doc->text.max)
        doc->text.max = CB_MAX_DOC_BYTES;
    if (buf_append(&doc->text, p, n))
        return -1;
    if (page > 0 && (!doc->npages || doc->pages[doc->npages - 1].page != page)) {
        if (doc->npages == doc->cap_pages)
            doc->pages = xrealloc(doc->pages, (doc->cap_pages = doc->cap_pages ? 2 * doc->cap_pages : 16) *
                                                  sizeof *doc->pages);
        doc->pages[doc->npages++] = (DocPage){at, page};
    }
    if (srclen) {
        size_t len = n < srclen ? n : srclen;
        DocSpan *last = doc->nspans ? &doc->spans[doc->nspans - 1] : NULL;
        /* a piece that goes on from the last one byte for byte extends it */
        if (last && last->text + last->len == at && last->src + last->len == src && n == srclen) {
            last->len += n;
            return 0;
        }
        if (doc->nspans == doc->cap_spans)
            doc->spans = xrealloc(doc->spans, (doc->cap_spans = doc->cap_spans ? 2 * doc->cap_spans : 64) *
                                                  sizeof *doc->spans);
        doc->spans[doc->nspans++] = (DocSpan){at, src, len};
    }
    return 0;
}

void document_warn(Document *doc, int page, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    doc->warnings = xrealloc(doc->warnings, (doc->nwarnings + 1) * sizeof *doc->warnings);
    doc->warnings[doc->nwarnings++] = (DocWarning){page, xstrdup(msg)};
}

void document_write_map(const Document *doc, Buf *out)
{
    buf_puts(out, "kind\ttext_start\ttext_end\tpage_or_src_start\tsrc_end\n");
    for (size_t i = 0; i < doc->npages; i++) {
        size_t end = i + 1 < doc->npages ? doc->pages[i + 1].text : doc->text.len;
        buf_printf(out, "page\t%zu\t%zu\t%d\t\n", doc->pages[i].text, end, doc->pages[i].page);
    }
    for (size_t i = 0; i < doc->nspans; i++) {
        const DocSpan *s = &doc->spans[i];
        buf_printf(out, "span\t%zu\t%zu\t%zu\t%zu\n", s->text, s->text + s->len, s->src, s->src + s->len);
    }
}

/* ORDER meta_keys: the fields of document_load_meta */
static const char *const meta_keys[5] = {"title", "authors", "publisher", "date", "url"};

/* Write p[0,n) to path unless it holds those bytes already. */
static int save_if_changed(const char *path, const char *p, size_t n, Diag *d)
{
    Buf old;
    Diag ignore;
    if (fsio_read(path, n + 1, &old, &ignore) == 0) {
        int same = old.len == n && !memcmp(old.data, p, n);
        buf_free(&old);
        if (same)
            return 0;
    }
    return fsio_write_atomic(path, p, n, d);
}

int document_save_text(const Document *doc, const char *dir, Diag *d)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s.map", dir, doc->name) >= (int)sizeof path)
        return diag_set(d, CB_EWRITE, dir, 0, "path too long");
    int rc = fsio_mkdirs(dir, d);
    Buf map;
    buf_init(&map, 0);
    document_write_map(doc, &map);
    if (!rc)
        rc = save_if_changed(path, map.data, map.len, d);
    buf_free(&map);
    snprintf(path, sizeof path, "%s/%s.txt", dir, doc->name);
    if (!rc)
        rc = save_if_changed(path, doc->text.data, doc->text.len, d);
    /* the metadata, one "key\tvalue" line each, blanks in values made spaces */
    Buf meta;
    buf_init(&meta, 0);
    const char *vals[5] = {doc->title, doc->authors, doc->publisher, doc->date, doc->url};
    for (int i = 0; i < 5; i++) {
        if (!vals[i])
            continue;
        buf_printf(&meta, "%s\t", meta_keys[i]);
        for (const char *v = vals[i]; *v; v++)
            buf_putc(&meta, *v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v);
        buf_putc(&meta, '\n');
    }
    snprintf(path, sizeof path, "%s/%s.meta", dir, doc->name);
    if (!rc)
        rc = save_if_changed(path, meta.data ? meta.data : "", meta.len, d);
    buf_free(&meta);
    return rc;
}

int document_load_meta(const char *dir, const char *name, char *meta[5])
{
    for (int i = 0; i < 5; i++)
        meta[i] = NULL;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.meta", dir, name);
    Buf b;
    Diag ignore;
    if (fsio_read(path, 1u << 20, &b, &ignore))
        return -1;
    for (char *line = b.data, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        for (int i = 0; i < 5; i++)
            if (!strcmp(line, meta_keys[i]) && !meta[i])
                meta[i] = xstrdup(tab + 1);
    }
    buf_free(&b);
    return 0;
}
