/* shortref.h — a body named short by its article and last word: "The
 * Post reports" after "The Jakarta Post, 16 Feb", "The Meeting noted"
 * in the statement of "The Fifth ASEAN Digital Ministers' Meeting
 * (ADGMIN)": the name the text gave in full before, the nearest one
 * whose capitalised words end with that word (its bracketed acronym
 * with it), as a reader takes it.
 *
 * Only a source that is "The" or "the" and one capitalised word is
 * read; the full name has a capitalised word at least before that word
 * (its own "The" left out), in the 32 KB before the claim. Nothing here
 * allocates.
 */
#ifndef CB_SHORTREF_H
#define CB_SHORTREF_H

#include <stddef.h>

/* source (cap bytes) rewritten to the full name doc[0, before) gave
 * earlier, and 1; else 0 and source untouched. */
int shortref_resolve(const char *doc, size_t before, char *source, size_t cap);

#endif
