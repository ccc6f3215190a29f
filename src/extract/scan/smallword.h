/* smallword.h — when a small number ("one", "two", "six", "3") counts a
 * thing rather than speak of one named before.
 *
 * "the two countries", "these three markets", "The three carriers spent"
 * refer back to a set the text has named; "All four mobile network
 * operators", "the first ten satellites", "two of the six fibre pairs"
 * count one. "one" and "two" are mostly discourse, a claim only as the
 * item of a comparison or list ("up from one", "and two in Kenya", "a
 * further three") or before an elided "more" ("has one more under
 * construction").
 *
 * The scanner (scan.c) asks; offsets are bytes of the document p[0, n).
 * Nothing here allocates or keeps state.
 */
#ifndef CB_SMALLWORD_H
#define CB_SMALLWORD_H

#include <stddef.h>

/* Do the words before the number at p[start) make it an item of a
 * comparison ("from", "than", "a further") or, when list, of a list
 * (", two in Egypt", "and two")? */
int smallword_item_anchor(const unsigned char *p, size_t start, int list);
/* "more" after the number ending at p[e), with neither a noun nor
 * "than" after it: more of a thing named before (lists.h). */
int smallword_more_next(const unsigned char *p, size_t n, size_t e);
/* Does the number word of value v, p[.., end), after the determiner
 * p[bs, bs + bl), count a whole set? Not "two" (a pair named before),
 * not after "these" or "those"; after "the" only as the whole a part is
 * of ("two of the six") or before "other". */
int smallword_counted_set(const unsigned char *p, size_t n, double v, size_t end, size_t bs, size_t bl);

/* "two" ending at p[e) as a part of a whole named after it: "of" and
 * then "them", "which", "these", "those", "the", a possessive ("its",
 * "the company's") or a number ("two of 23 systems", "two of them",
 * "Two of the roughly 60"): it counts, where "two" alone is discourse. */
int smallword_partitive(const unsigned char *p, size_t n, size_t e);

#endif
