/* rankword.h — a word that ranks what it qualifies among others.
 *
 * "the world's sixth most populous country", "the fastest-growing region
 * in the world", "more time online than anywhere else in the world": the
 * world there is the field a place is ranked in or compared with, not the
 * place a figure is of (roles.h). A rank word is an ordinal ("first" ...
 * "twelfth", "20th"), a word of ranking ("largest", "top", "leading",
 * "ranked"), a superlative ("busiest", "cheapest"), a hyphened word one of
 * whose parts is one ("fastest-growing", "sixth-largest", "most-visited"),
 * or a word of comparison with all others ("anywhere", "else").
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_RANKWORD_H
#define CB_RANKWORD_H

#include <stddef.h>

/* Is w[0, n) (letters, digits and hyphens) a rank word? */
int rankword_is(const char *w, size_t n);

#endif
