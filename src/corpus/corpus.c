/* corpus.c — the documents of a project and how each type is read (see
 * corpus.h). Stage: before extract; input: the corpus folder; output:
 * names in order, and one document's text at a time. */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

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

static const char *const text_exts[] = {".txt", NULL};

/* ORDER DocType */
static const DocTypeDef types[DOC_NTYPES] = {
    {"text", text_exts, read_text},
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
        out->v[out->n++] = (CorpusEntry){xstrdup(e->d_name), path, t};
    }
    closedir(dp);
    if (out->n > 1)
        qsort(out->v, out->n, sizeof *out->v, cmp_entry);
    return 0;
}

void corpus_free(Corpus *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->v[i].name);
        free(c->v[i].path);
    }
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

void document_free(Document *doc)
{
    free(doc->name);
    free(doc->path);
    buf_free(&doc->text);
    free(doc->pages);
    free(doc->spans);
    memset(doc, 0, sizeof *doc);
}

int document_page_at(const Document *doc, size_t off)
{
    if (!doc->npages)
        return 0;
    /* the last page starting at or before off */
    size_t lo = 0, hi = doc->npages;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->pages[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (int)lo + 1;
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
