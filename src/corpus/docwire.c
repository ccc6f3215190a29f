/* docwire.c — a Document's wire form (see docwire.h).
 *
 * "CBDW1" NUL, then u64 fields in host order (parent and child are the
 * same program): page count, text (length + bytes), page runs (count,
 * then text offset and page each), spans (count, then text, src, len),
 * the five metadata strings (length, or UINT64_MAX for none, + bytes),
 * warnings (count, then page, length, bytes). */
#include "docwire.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "limits.h"
#include "sandbox.h"

#define MAGIC "CBDW1"
#define MAX_META 65536
#define MAX_MSG 512
#define MAX_WARNINGS 10000

static void put_u64(Buf *b, uint64_t v)
{
    buf_append(b, &v, sizeof v);
}

static void put_str(Buf *b, const char *s)
{
    if (!s) {
        put_u64(b, UINT64_MAX);
        return;
    }
    size_t n = strlen(s);
    put_u64(b, n);
    buf_append(b, s, n);
}

void docwire_encode(const Document *doc, Buf *out)
{
    buf_append(out, MAGIC, sizeof MAGIC);
    put_u64(out, (uint64_t)doc->page_count);
    put_u64(out, doc->text.len);
    buf_append(out, doc->text.data, doc->text.len);
    put_u64(out, doc->npages);
    for (size_t i = 0; i < doc->npages; i++) {
        put_u64(out, doc->pages[i].text);
        put_u64(out, (uint64_t)doc->pages[i].page);
    }
    put_u64(out, doc->nspans);
    for (size_t i = 0; i < doc->nspans; i++) {
        put_u64(out, doc->spans[i].text);
        put_u64(out, doc->spans[i].src);
        put_u64(out, doc->spans[i].len);
    }
    const char *meta[5] = {doc->title, doc->date, doc->authors, doc->publisher, doc->url};
    for (int i = 0; i < 5; i++)
        put_str(out, meta[i]);
    put_u64(out, doc->nwarnings);
    for (size_t i = 0; i < doc->nwarnings; i++) {
        put_u64(out, (uint64_t)doc->warnings[i].page);
        put_str(out, doc->warnings[i].msg);
    }
}

typedef struct Reader {
    const char *p;
    size_t n, at;
    int bad;
} Reader;

static uint64_t get_u64(Reader *r)
{
    uint64_t v = 0;
    if (r->bad || r->n - r->at < sizeof v) {
        r->bad = 1;
        return 0;
    }
    memcpy(&v, r->p + r->at, sizeof v);
    r->at += sizeof v;
    return v;
}

/* A string of at most max bytes without NUL, or NULL (none or bad). */
static char *get_str(Reader *r, size_t max, int may_be_none)
{
    uint64_t len = get_u64(r);
    if (r->bad || (len == UINT64_MAX && may_be_none))
        return NULL;
    if (len > max || len > r->n - r->at || memchr(r->p + r->at, 0, len)) {
        r->bad = 1;
        return NULL;
    }
    char *s = xstrndup(r->p + r->at, len);
    r->at += len;
    return s;
}

/* Counts must fit the bytes left (each entry takes at least per bytes). */
static uint64_t get_count(Reader *r, size_t per)
{
    uint64_t k = get_u64(r);
    if (!r->bad && k > (r->n - r->at) / per)
        r->bad = 1;
    return r->bad ? 0 : k;
}

static int decode(Reader *r, Document *doc)
{
    if (r->n < sizeof MAGIC || memcmp(r->p, MAGIC, sizeof MAGIC))
        return -1;
    r->at = sizeof MAGIC;
    uint64_t pages = get_u64(r), len = get_u64(r);
    if (r->bad || pages > CB_MAX_PDF_PAGES || len > CB_MAX_DOC_BYTES || len > r->n - r->at ||
        memchr(r->p + r->at, 0, len))
        return -1;
    doc->page_count = (int)pages;
    buf_reset(&doc->text);
    doc->text.max = CB_MAX_DOC_BYTES;
    if (buf_append(&doc->text, r->p + r->at, len))
        return -1;
    r->at += len;
    /* page runs: in text order from 0, inside the text, pages in range */
    uint64_t np = get_count(r, 16);
    doc->pages = np ? xmalloc(np * sizeof *doc->pages) : NULL;
    doc->cap_pages = np;
    for (size_t i = 0; i < np; i++) {
        uint64_t at = get_u64(r), pg = get_u64(r);
        if (r->bad || at > len || (i && at < doc->pages[i - 1].text) || pg < 1 || pg > pages)
            return -1;
        doc->pages[doc->npages++] = (DocPage){at, (int)pg};
    }
    /* spans: sorted, inside the text */
    uint64_t ns = get_count(r, 24);
    doc->spans = ns ? xmalloc(ns * sizeof *doc->spans) : NULL;
    doc->cap_spans = ns;
    for (size_t i = 0; i < ns; i++) {
        uint64_t at = get_u64(r), src = get_u64(r), sl = get_u64(r);
        if (r->bad || at > len || sl > len - at || (i && at < doc->spans[i - 1].text) || src > SIZE_MAX - sl)
            return -1;
        doc->spans[doc->nspans++] = (DocSpan){at, src, sl};
    }
    char **meta[5] = {&doc->title, &doc->date, &doc->authors, &doc->publisher, &doc->url};
    for (int i = 0; i < 5; i++)
        *meta[i] = get_str(r, MAX_META, 1);
    uint64_t nw = get_count(r, 16);
    if (r->bad || nw > MAX_WARNINGS)
        return -1;
    for (size_t i = 0; i < nw; i++) {
        uint64_t pg = get_u64(r);
        char *msg = get_str(r, MAX_MSG, 0);
        if (r->bad || !msg || pg > pages) {
            free(msg);
            return -1;
        }
        doc->warnings = xrealloc(doc->warnings, (doc->nwarnings + 1) * sizeof *doc->warnings);
        doc->warnings[doc->nwarnings++] = (DocWarning){(int)pg, msg};
    }
    return r->bad || r->at != r->n ? -1 : 0;
}

int docwire_decode(const char *p, size_t n, Document *doc, Diag *d)
{
    Reader r = {p, n, 0, 0};
    if (decode(&r, doc) == 0)
        return 0;
    /* nothing half-read survives */
    char *name = doc->name, *path = doc->path;
    DocType type = doc->type;
    doc->name = doc->path = NULL;
    document_free(doc);
    doc->name = name;
    doc->path = path;
    doc->type = type;
    buf_init(&doc->text, 0);
    return diag_set(d, CB_EINPUT, path, 0, "the document reader returned malformed output");
}

/* ---- the sandboxed read: the PDF and HTML readers' shared half ---- */

/* A reader: a worker whose children run one parser's job. */
typedef struct DocReader {
    const SandboxJob *job;
    SandboxWorker *w;
} DocReader;

int docwire_job(const void *ctx, const char *data, size_t n, Buf *out, volatile unsigned *progress)
{
    const DocParser *p = ctx;
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, CB_MAX_DOC_BYTES);
    char err[512];
    int rc = p->parse(data, n, &doc, progress, err, sizeof err);
    if (rc)
        buf_puts(out, err);
    else
        docwire_encode(&doc, out);
    document_free(&doc);
    return rc;
}

/* This thread's batch: how deep, and its readers (one per parser). */
#define MAX_READERS 4
static _Thread_local struct {
    unsigned depth;
    DocReader *r[MAX_READERS];
} batch;

void docwire_batch_begin(void)
{
    batch.depth++;
}

void docwire_batch_end(void)
{
    if (!batch.depth || --batch.depth)
        return;
    for (int i = 0; i < MAX_READERS && batch.r[i]; i++) {
        sandbox_worker_free(batch.r[i]->w);
        free(batch.r[i]);
        batch.r[i] = NULL;
    }
}

static DocReader *reader_new(const SandboxJob *job, unsigned recycle)
{
    DocReader *r = xmalloc(sizeof *r);
    r->job = job;
    r->w = sandbox_worker_new(job, recycle);
    return r;
}

/* The batch's reader for job, made on first use; NULL outside a batch
 * (or past MAX_READERS parsers): the caller makes one of its own. */
static DocReader *batch_reader(const SandboxJob *job)
{
    if (!batch.depth)
        return NULL;
    for (int i = 0; i < MAX_READERS; i++) {
        if (!batch.r[i])
            return batch.r[i] = reader_new(job, CB_MAX_READER_DOCS);
        if (batch.r[i]->job == job)
            return batch.r[i];
    }
    return NULL;
}

int docwire_read_sandboxed(const char *name, const char *data, size_t n, const SandboxJob *job,
                           const char *progress_word, Document *out, Diag *d)
{
    /* the encoded text is a little over the text itself */
    SandboxLimits lim = {sandbox_seconds(CB_MAX_READ_SECONDS), CB_MAX_READ_MEMORY, (size_t)CB_MAX_DOC_BYTES * 2};
    DocReader *own = NULL, *r = batch_reader(job);
    if (!r)
        r = own = reader_new(job, 1);
    Buf res;
    buf_init(&res, 0);
    int sig = 0;
    unsigned where = 0;
    SandboxStatus st = sandbox_worker_run(r->w, data, n, &lim, &res, &sig, &where);
    if (own) {
        sandbox_worker_free(own->w);
        free(own);
    }
    int rc = 0;
    if (st == SANDBOX_OK) {
        rc = docwire_decode(res.data, res.len, out, d);
    } else if (st == SANDBOX_FAILED) {
        /* the child's message, made printable and cut to fit */
        char msg[320];
        size_t k = 0;
        for (size_t i = 0; i < res.len && k < 300; i++) {
            unsigned char c = (unsigned char)res.data[i];
            msg[k++] = c < 0x20 || c == 0x7F ? ' ' : (char)c;
        }
        msg[k] = '\0';
        rc = diag_set(d, CB_EINPUT, name, 0, "%s", k ? msg : "could not be read");
    } else {
        char why[256];
        sandbox_status_text(st, sig, &lim, why, sizeof why);
        if (progress_word && where)
            rc = diag_set(d, CB_EINPUT, name, 0, "%s %u: %s", progress_word, where, why);
        else
            rc = diag_set(d, CB_EINPUT, name, 0, "%s", why);
    }
    buf_free(&res);
    return rc;
}
