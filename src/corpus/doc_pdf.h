/* doc_pdf.h — a PDF in, its text with a page for every byte out.
 *
 * poppler (libpoppler-glib) gives each page's characters with their
 * boxes and font sizes; pdflayout.h turns them into text in reading
 * order. poppler runs on untrusted bytes, so docpdf_read runs it in a
 * child process (sandbox.h) bounded by CB_MAX_READ_SECONDS and
 * CB_MAX_READ_MEMORY; a crash, a loop or a memory blow-up there is an
 * error naming the file and the page being read, never the parent's.
 *
 * poppler-glib is loaded on first use (dlopen), not linked, and only
 * in the child: it pulls in some fifty libraries, which would cost every
 * claimbrief run several milliseconds of start-up whether or not the
 * corpus holds a PDF, and the parent never needs them.
 *
 * Ownership: out is the caller's Document, empty but for its name and
 * path (corpus_read_mem makes it); the reader fills its text, page runs,
 * page count, metadata and warnings. The caller frees it
 * (document_free), also on error.
 */
#ifndef CB_DOC_PDF_H
#define CB_DOC_PDF_H

#include <stddef.h>

#include "diag.h"
#include "corpus.h"

/* Read the PDF data[0,n) named name into out. Errors, CB_EINPUT naming the file
 * (and the page when there is one): not a PDF poppler can open,
 * encrypted with a password, more than CB_MAX_PDF_PAGES pages, the time
 * or memory bound passed, the reader crashed, the text over
 * CB_MAX_DOC_BYTES, poppler-glib missing. A PDF without a text layer is
 * no error: out holds no text and the warning "no text layer: needs
 * OCR". */
int docpdf_read(const char *name, const char *data, size_t n, Document *out, Diag *d);

/* The same in this process, without bounds (tests and fuzzing). */
int docpdf_parse(const char *name, const char *data, size_t n, Document *out, Diag *d);

#endif
