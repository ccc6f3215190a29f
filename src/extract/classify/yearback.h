/* yearback.h — a figure dated by the years back its clause counts.
 *
 * "up from 1.1 billion a year earlier", "283 in 39 countries the previous
 * year", "down from K15 five years ago", "the 4.1 million we had two years
 * ago": the figure is of a year before another. "Earlier", "before",
 * "previous" and "prior" count back from the year of the figure it is
 * compared with (lists.h); "ago" counts back from the telling, the
 * document's date. A phrase may be wrapped over lines ("a year\nearlier").
 * Comparison bases ("an increase of 38% on the previous year") are the
 * reader's to leave out: a phrase after "on", "over", "than", "with",
 * "against" or "from" names what the figure is compared with, not its
 * time. Pure functions of the text; nothing allocates.
 */
#ifndef CB_YEARBACK_H
#define CB_YEARBACK_H

#include <stddef.h>

/* The years back a phrase right at p[e) (past blanks) counts before se:
 * 1 for "a year earlier", "a year ago", "the previous year", "the year
 * before", "the prior year"; 2..20 for "two years earlier", "five years
 * ago", "3 years before", "a decade earlier" (10); 0 when none. *ago is
 * set to 1 when the phrase counts from the telling ("ago"), else 0; *pe
 * (may be NULL) to the phrase's end. */
int yearback_at(const char *p, size_t e, size_t se, int *ago, size_t *pe);

/* The same phrase within the clause after a figure ending at e, a few
 * words on ("283 in 39 countries the previous year", "4.1 million we had
 * two years ago"): up to max_words words without a figure's year, a
 * comma, a semicolon, a bracket or a comparison's preposition before it.
 * Returns the years back (0: none) and its start in *ps. */
int yearback_in_clause(const char *p, size_t e, size_t se, int max_words, int *ago, size_t *ps);

#endif
