/* endnote.h — a "Source:" note closing a document: a profile, a fact
 * sheet or a brief that ends, after a blank line or a rule, with
 * "Source: UN DESA, E-Government Survey 2024 data centre." credits that
 * body with every figure of the document the text credits to no one
 * else (before its publisher: the note says whose data the page gives).
 *
 * The note is the document's last block of text (page numbers alone on
 * their line left out), four lines at most, set off from the text above
 * by a rule ("_____", "-----": a page's foot; a note after a blank line
 * alone may be the last paragraph's or table's), opening with "Source:" or
 * "Sources:" and a capitalised name on the same line (not a list under
 * it, "Sources:" then "1. ...", nor kinds of material, "Sources: company
 * filings, ..."); its body is the first the note names (names.h).
 * Nothing here allocates.
 */
#ifndef CB_ENDNOTE_H
#define CB_ENDNOTE_H

#include <stddef.h>

#include "metrics.h"

/* The body (cap bytes) the note closing doc[0, n) credits, and the
 * offset where the note starts; n and "" when the document ends with no
 * such note. */
size_t endnote_find(const Metrics *m, const char *doc, size_t n, char *body, size_t cap);

#endif
