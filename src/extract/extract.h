/* extract.h — documents in, claims out: the driver around the scanner.
 *
 * For each document: refuse binaries, note invalid UTF-8, scan
 * (scan.h), cut the sentence around each span (sentence.h), classify (metrics.h),
 * give each claim its stable id, apply the analyst's curation
 * (curation.h) and hand the claims, in offset order, to a sink. One
 * document is in memory at a time, so memory does not grow with the
 * corpus; the builder may call extract_document itself to cache results
 * per document.
 *
 * Stable id: 16 lowercase hex digits of XXH64 (seed 0) over the document
 * basename, '\0', the sentence (whitespace collapsed), '\0', the span
 * text, '\0', and the decimal index of this span text's occurrence in
 * that sentence. It survives edits elsewhere in the document.
 *
 * Modules never print: problems with one document (unreadable, binary,
 * invalid UTF-8) go to the options' report callback as a Diag.
 */
#ifndef CB_EXTRACT_H
#define CB_EXTRACT_H

#include <stddef.h>

#include "claim.h"
#include "diag.h"

typedef struct Metrics Metrics;
typedef struct Curation Curation;
typedef struct Document Document;
typedef struct SourceList SourceList;

/* Receives each claim of a document in offset order. The claim is
 * borrowed: copy what you keep. Return 0, or a CB_E* code to stop. */
typedef int (*ClaimSink)(const Claim *c, void *ctx);

typedef struct ExtractOptions {
    const Metrics *metrics;   /* NULL: no metric/scope/year/source */
    Curation *curation;       /* NULL: no curation */
    /* Called for each problem with a document: warning 1 means the
     * document was still read (invalid UTF-8). May be NULL. */
    void (*report)(const Diag *d, int warning, void *ctx);
    void *report_ctx;
    /* Read a folder's links that lead outside it (--follow-links). */
    int follow_links;
    /* The bibliography (sources.csv: title, date, publisher, authors)
     * that gives a document its context: the place its title names, its
     * year, its date for "this year", the body that publishes it. NULL:
     * extract_paths reads the sources.csv beside each document when there
     * is one (unless no_sources), extract_document uses none. */
    const SourceList *sources;
    int no_sources;
    /* Called with each converted document (PDF, HTML) before its claims,
     * so its text can be kept (document_save_text). May be NULL. Returns
     * 0, or a CB_E* code to stop. */
    int (*on_text)(const Document *doc, void *ctx);
    void *text_ctx;
} ExtractOptions;

/* The stable id of a span (see above) into id[17]. */
void extract_claim_id(const char *doc_name, const char *sentence, const char *span, unsigned index,
                      char id[17]);

/* Extract one document held in memory; name is its basename. Claims go
 * to sink in offset order. Errors: CB_EINPUT when the bytes are not a
 * text document or give more than CB_MAX_CLAIMS_PER_DOC claims (nothing
 * is sunk then); a sink's code is passed through. *nclaims (may be NULL)
 * gets the number sunk. */
int extract_document(const ExtractOptions *o, const char *name, const char *data, size_t n,
                     ClaimSink sink, void *ctx, size_t *nclaims, Diag *d);

/* The same for a document read through the corpus (corpus.h): its name,
 * its text, and the page of each claim from the document's page map. */
int extract_doc(const ExtractOptions *o, const Document *doc, ClaimSink sink, void *ctx,
                size_t *nclaims, Diag *d);

/* Extract a document given as bytes (stdin), named name: a name ending
 * in .pdf, .html or .htm says its type (corpus.h), anything else is text.
 * Takes the bytes. Problems go to the report callback. Returns 0,
 * CB_EINPUT when the document is bad (reported), or the sink's code. */
int extract_bytes(const ExtractOptions *o, const char *name, Buf *bytes, ClaimSink sink, void *ctx, Diag *d);

/* Extract every document of paths: files, or folders whose documents
 * (corpus.h: the one rule of what a document is; a link leading outside
 * the folder is refused unless o->follow_links) are taken in name order.
 * A file named in paths may be a pipe. A bad document is reported and
 * skipped; the others go on. Without o->sources, each document's row is
 * looked up in the sources.csv of its own folder (a malformed one is
 * reported as a warning and not used). Returns 0, CB_EINPUT when any
 * document was bad (after doing the rest), or the sink's code (then d
 * says why). */
int extract_paths(const ExtractOptions *o, char *const *paths, size_t npaths, ClaimSink sink,
                  void *ctx, Diag *d);

/* Curation for extract: load data/curation.csv (a missing file is an
 * empty curation), report rows whose claim no longer exists after a run,
 * free. Wrappers over curation.h. */
int extract_curation_load(const char *path, Curation **out, Diag *d);
void extract_curation_finish(Curation *cu);
void extract_curation_free(Curation *cu);

#endif
