/* selfacr.h — the acronym a document calls its publishing body by: a
 * report of the "U.S. Government Accountability Office" that calls
 * itself "GAO" throughout, a regulator's paper that defines its name
 * once, "Communications Authority of Kenya (CA)", and writes "the CA"
 * after. Its body is then written with it, "U.S. Government
 * Accountability Office (GAO)", so that either name credits it.
 *
 * The acronym is the one the text defines in brackets right after the
 * body's name, else the initials of the name's capitalised words (past a
 * leading "U.S.", "US", "UK" or "The"; "of", "and", "for", "the" left
 * out) when the text writes them as a word twice at least, in its first
 * 32 KB (a document names its publisher so from its opening pages).
 * Nothing here allocates.
 */
#ifndef CB_SELFACR_H
#define CB_SELFACR_H

#include <stddef.h>

/* body (cap bytes) with " (ACRONYM)" added when doc[0, n) calls it so;
 * left as it is when it has a bracket already, when the text uses no
 * acronym for it, or when there is no room. */
void selfacr_apply(const char *doc, size_t n, char *body, size_t cap);

#endif
