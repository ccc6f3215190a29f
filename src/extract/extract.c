/* extract.c — the driver: documents in, classified claims with stable ids
 * out (see extract.h). Holds one document and its claims at a time. */
#include "extract.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <xxhash.h>

#include "buf.h"
#include "corpus.h"
#include "fsio.h"
#include "limits.h"
#include "classify.h"
#include "context.h"
#include "metrics.h"
#include "scan.h"
#include "sentence.h"
#include "curation.h"

void extract_claim_id(const char *doc_name, const char *sentence, const char *span, unsigned index,
                      char id[17])
{
    XXH64_state_t *st = XXH64_createState();
    if (!st)
        diag_oom();
    XXH64_reset(st, 0);
    XXH64_update(st, doc_name, strlen(doc_name) + 1);
    XXH64_update(st, sentence, strlen(sentence) + 1);
    XXH64_update(st, span, strlen(span) + 1);
    char num[24];
    size_t l = sizeof num;
    do
        num[--l] = (char)('0' + index % 10);
    while ((index /= 10) > 0);
    XXH64_update(st, num + l, sizeof num - l);
    unsigned long long h = (unsigned long long)XXH64_digest(st);
    XXH64_freeState(st);
    for (int i = 15; i >= 0; i--, h >>= 4)
        id[i] = "0123456789abcdef"[h & 15];
    id[16] = '\0';
}


static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static int cmp_claim(const void *a, const void *b)
{
    const Claim *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

/* Count the claims of a document, scanner only: a document over the
 * limit is refused before any of its rows is written. */
static size_t count_claims(const char *data, size_t n, size_t stop)
{
    Scanner sc;
    ScanQuantity q;
    size_t k = 0;
    scan_init(&sc, data, n);
    while (k <= stop && scan_next(&sc, &q))
        k++;
    return k;
}

/* An analyst-added claim goes out as curation gives it (its sentence
 * stays empty: the row is the analyst's word, not the document's). */
static int sink_added(const Claim *a, const char *data, size_t n, ClaimSink sink, void *ctx)
{
    (void)data;
    (void)n;
    return sink(a, ctx);
}

/* Extract the text data[0..n) named name; dm (may be NULL) maps its
 * offsets to pages. */
static int extract_text(const ExtractOptions *o, const char *name, const char *data, size_t n,
                        const Document *dm, ClaimSink sink, void *ctx, size_t *nclaims, Diag *d)
{
    if (nclaims)
        *nclaims = 0;
    if (scan_is_binary(data, n))
        return diag_set(d, CB_EINPUT, name, 0, "not a text document");
    /* a claim takes at least two bytes: only big documents can pass the limit */
    if (n / 2 > CB_MAX_CLAIMS_PER_DOC && count_claims(data, n, CB_MAX_CLAIMS_PER_DOC) > CB_MAX_CLAIMS_PER_DOC)
        return diag_set(d, CB_EINPUT, name, 0, "more than %d claims in one document", CB_MAX_CLAIMS_PER_DOC);
    const char *doc = base_name(name);
    /* the analyst's added claims are merged in offset order as rows stream out */
    const Claim *added = NULL;
    size_t na = 0, ai = 0;
    if (o && o->curation)
        na = curation_added(o->curation, doc, &added);
    Scanner sc;
    ScanQuantity q;
    scan_init(&sc, data, n);
    /* occurrence index of a span text within its sentence */
    size_t cur_ss = (size_t)-1;
    char **seen = NULL;
    size_t nseen = 0, capseen = 0;
    char *sent = NULL;
    size_t sent_ss = 0, sent_se = 0, sent_len = 0;
    Context *cx = o && o->metrics ? context_new(o->metrics, data, n) : NULL;
    int rc = 0;
    while (!rc && scan_next(&sc, &q)) {
        Claim c;
        claim_init(&c);
        strcut(c.doc, sizeof c.doc, doc);
        c.start = q.start;
        c.end = q.end;
        c.page = dm ? document_page_at(dm, q.start) : 0;
        c.text = sentence_clean(data, q.start, q.end, 0, 0);
        c.value = q.value;
        c.low = q.low;
        c.high = q.high;
        c.qual = q.qual;
        strcut(c.unit, sizeof c.unit, q.unit);
        size_t ss, se;
        sentence_bounds(data, n, q.start, q.end, &ss, &se);
        /* Claims of one sentence share its cleaned text: clean it once. */
        if (!sent || ss != sent_ss || se != sent_se) {
            free(sent);
            sent = sentence_text(data, ss, se);
            sent_len = strlen(sent);
            sent_ss = ss;
            sent_se = se;
        }
        c.sentence = xmalloc(sent_len + 1);
        memcpy(c.sentence, sent, sent_len + 1);
        if (ss != cur_ss) {
            for (size_t k = 0; k < nseen; k++)
                free(seen[k]);
            nseen = 0;
            cur_ss = ss;
        }
        unsigned idx = 0;
        for (size_t k = 0; k < nseen; k++)
            idx += !strcmp(seen[k], c.text);
        if (nseen == capseen) {
            capseen = capseen ? 2 * capseen : 8;
            seen = xrealloc(seen, capseen * sizeof *seen);
        }
        seen[nseen++] = xstrdup(c.text);
        extract_claim_id(doc, c.sentence, c.text, idx, c.id);
        if (cx)
            classify_claim(o->metrics, cx, &c, &q, data, n, ss, se);
        int keep = 1;
        if (o && o->curation && (keep = curation_apply(o->curation, &c, d)) < 0)
            rc = keep;
        while (!rc && ai < na && cmp_claim(&added[ai], &c) < 0) {
            rc = sink_added(&added[ai++], data, n, sink, ctx);
            if (!rc && nclaims)
                (*nclaims)++;
        }
        if (!rc && keep) {
            rc = sink(&c, ctx);
            if (!rc && nclaims)
                (*nclaims)++;
        }
        claim_fini(&c);
    }
    while (!rc && ai < na) {
        rc = sink_added(&added[ai++], data, n, sink, ctx);
        if (!rc && nclaims)
            (*nclaims)++;
    }
    for (size_t k = 0; k < nseen; k++)
        free(seen[k]);
    free(seen);
    free(sent);
    context_free(cx);
    if (!rc && o && o->curation)
        curation_mark_seen_doc(o->curation, doc);
    return rc;
}

int extract_document(const ExtractOptions *o, const char *name, const char *data, size_t n,
                     ClaimSink sink, void *ctx, size_t *nclaims, Diag *d)
{
    return extract_text(o, name, data, n, NULL, sink, ctx, nclaims, d);
}

int extract_doc(const ExtractOptions *o, const Document *doc, ClaimSink sink, void *ctx,
                size_t *nclaims, Diag *d)
{
    return extract_text(o, doc->path, doc->text.data, doc->text.len, doc, sink, ctx, nclaims, d);
}

static void report(const ExtractOptions *o, const Diag *d, int warning)
{
    if (o && o->report)
        o->report(d, warning, o->report_ctx);
}

/* Read, check and extract one document file (a file the user named may
 * be a pipe: "extract <(curl ...)"; a folder's documents may not). */
static int extract_file(const ExtractOptions *o, const char *path, int named, ClaimSink sink,
                        void *ctx, int *bad)
{
    Diag d;
    diag_clear(&d);
    Document doc;
    if ((named ? corpus_read_named(path, &doc, &d) : corpus_read(path, &doc, &d))) {
        document_free(&doc);
        report(o, &d, 0);
        *bad = 1;
        return 0;
    }
    const Buf *b = &doc.text;
    size_t first;
    size_t nbad = scan_utf8_check(b->data, b->len, &first);
    if (nbad && !memchr(b->data, 0, b->len) && !scan_is_binary(b->data, b->len)) {
        Diag w;
        diag_set(&w, CB_OK, path, 0, "invalid UTF-8 at byte %zu (%zu invalid sequence%s; the rest was read)",
                 first, nbad, nbad == 1 ? "" : "s");
        report(o, &w, 1);
    }
    int rc = extract_doc(o, &doc, sink, ctx, NULL, &d);
    document_free(&doc);
    if (rc == CB_EINPUT) {
        report(o, &d, 0);
        *bad = 1;
        return 0;
    }
    return rc;
}

int extract_paths(const ExtractOptions *o, char *const *paths, size_t npaths, ClaimSink sink,
                  void *ctx, Diag *d)
{
    int bad = 0, rc = 0;
    for (size_t i = 0; !rc && i < npaths; i++) {
        struct stat st;
        if (!stat(paths[i], &st) && S_ISDIR(st.st_mode)) {
            /* a folder: its documents, by the corpus' one rule (a link
             * leading outside it is refused, and counts as bad) */
            Corpus cp;
            Diag e;
            diag_clear(&e);
            CorpusOptions co = {o ? o->follow_links : 0, o ? o->report : NULL,
                                o ? o->report_ctx : NULL};
            if (corpus_list_with(paths[i], &co, &cp, &e) == 0 && cp.n == 0 && !cp.refused)
                diag_set(&e, CB_EINPUT, paths[i], 0, "no documents in this folder (documents are .txt files)");
            bad |= cp.refused > 0;
            if (e.code) {
                corpus_free(&cp);
                report(o, &e, 0);
                bad = 1;
                continue;
            }
            for (size_t k = 0; k < cp.n && !rc; k++)
                rc = extract_file(o, cp.v[k].path, 0, sink, ctx, &bad);
            corpus_free(&cp);
        } else {
            rc = extract_file(o, paths[i], 1, sink, ctx, &bad);
        }
    }
    if (rc)
        return diag_set(d, rc, NULL, 0, "cannot write the claims");
    return bad ? CB_EINPUT : 0;
}

int extract_curation_load(const char *path, Curation **out, Diag *d)
{
    *out = NULL;
    return curation_load(path, out, d);
}

void extract_curation_finish(Curation *cu)
{
    if (cu)
        curation_report_unused(cu);
}

void extract_curation_free(Curation *cu)
{
    if (cu)
        curation_free(cu);
}
