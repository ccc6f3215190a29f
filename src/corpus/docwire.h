/* docwire.h — a converted Document as bytes and back.
 *
 * The PDF and HTML readers run in a child process (sandbox.h); what they
 * made travels to the parent through a pipe in this form. The parent
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
#include "diag.h"

/* Append doc's text, maps, page count, metadata and warnings to out. */
void docwire_encode(const Document *doc, Buf *out);

/* Read them back into doc (whose text, maps, metadata and warnings must
 * be empty). CB_EINPUT naming doc->path, "the document reader returned
 * malformed output", on anything out of place; doc is then emptied. */
int docwire_decode(const char *p, size_t n, Document *doc, Diag *d);

#endif
