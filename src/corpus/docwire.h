/* docwire.h — a converted Document as bytes and back.
 *
 * The PDF and HTML readers run in a child process (sandbox.h); what they
 * made travels to the parent through a socket in this form. The parent
 * trusts nothing in it: every length, offset, count and page is checked
 * against the limits and the text, as for any untrusted input.
 *
 * Ownership: docwire_decode fills the caller's Document (its name and
 * path are left alone); the caller frees it with document_free.
 */
#ifndef CB_DOCWIRE_H
#define CB_DOCWIRE_H

#include <stddef.h>

#include "buf.h"
#include "corpus.h"
#include "sandbox.h"
#include "diag.h"

/* Append doc's text, maps, page count, metadata and warnings to out. */
void docwire_encode(const Document *doc, Buf *out);

/* Read them back into doc (whose text, maps, metadata and warnings must
 * be empty). CB_EINPUT naming doc->path, "the document reader returned
 * malformed output", on anything out of place; doc is then emptied. */
int docwire_decode(const char *p, size_t n, Document *doc, Diag *d);

/* A document parser run in the child: fill doc from data[0..n), set
 * *progress as it goes (a page), or return non-zero with err filled. */
typedef int (*DocParseFn)(const char *data, size_t n, Document *doc, volatile unsigned *progress, char *err,
                          size_t cap);

/* A parser as a sandbox job (sandbox.h): define it at file scope,
 *     DOCWIRE_JOB(html_job, "html", parse);
 * and read with &html_job. The child runs docwire_job, which calls the
 * parser and encodes its Document. */
typedef struct DocParser {
    DocParseFn parse;
} DocParser;

int docwire_job(const void *ctx, const char *data, size_t n, Buf *out, volatile unsigned *progress);

#define DOCWIRE_JOB(var, name, parse)                                                                         \
    static const DocParser var##_parser_ = {parse};                                                          \
    static SANDBOX_JOB(var, name, docwire_job, &var##_parser_)

/* Run job's parser on data in a sandbox (sandbox.h: CB_MAX_READ_SECONDS,
 * CB_MAX_READ_MEMORY, twice CB_MAX_DOC_BYTES of output) and decode what
 * it made into out. Errors name `name`; a timeout or crash says where
 * ("page N: ...") when progress_word is given and the child set it. In a
 * batch the reader is the batch's, else one made for this document. */
int docwire_read_sandboxed(const char *name, const char *data, size_t n, const SandboxJob *job,
                           const char *progress_word, Document *out, Diag *d);

/* A batch: between docwire_batch_begin and docwire_batch_end, this
 * thread's sandboxed reads go to reader processes kept across documents,
 * one per parser (so a PDF's reader holds poppler, a web page's gumbo),
 * each made at its parser's first document. A reader that crashed,
 * passed its time or sent too much is gone with that document, which
 * fails as it would alone; the next document gets a fresh reader. A
 * healthy one is replaced after CB_MAX_READER_DOCS documents. Pairs nest;
 * the outermost end kills and reaps the readers, so none outlives the
 * batch. Each thread has its own batch and readers. */
void docwire_batch_begin(void);
void docwire_batch_end(void);

#endif
