/* scores.h — figures on a score's scale (unit "points").
 *
 * Indexes and ratings score countries: "Singapore kept first place with
 * 92.4 points", "The median overall score rose to 48.7", "improved by
 * 3.2 points", "a 6.9-point rise", a margin "of roughly 3 points", a
 * table under a "Score" header or a caption "overall score (0-100)",
 * Freedom House's "27 /100". Elsewhere "points" is a word of discourse
 * ("three points", "the following points"): a number of points is a score
 * only when a score, a change or a margin governs it.
 *
 * The scanner (scan.c) and the table reader (tables.c) ask; offsets are
 * bytes of the document, nothing here allocates or keeps state.
 */
#ifndef CB_SCORES_H
#define CB_SCORES_H

#include <stddef.h>

/* Is "points" at p[ws, ...), after the number starting at p[start], a
 * score's: a change ("rose by 4.1 points", "gained 12 points", "a drop
 * of 3 points"), a margin ("a margin of error of 3 points"), or points
 * a score word governs ("scored 61 points", "a score of 74 points")? */
int scores_points(const char *p, size_t n, size_t start, size_t ws);

/* The unit of a score's points at the number p[start]: "pp" when a
 * share stands earlier in its sentence ("54 per cent of the sample ...
 * were 9 points more likely", "to 4.4 percentage points from 7.9
 * points": points of a difference of shares are percentage points),
 * else "points". */
const char *scores_points_unit(const char *p, size_t start);

/* "-point" glued to a number and ending at p[e), the compound a change
 * or a lead ("a 6.9-point rise", "an 11-point lead"): 1, else 0 ("a
 * 10-point plan" names a thing). */
int scores_point_compound(const char *p, size_t n, size_t e);

/* Does the text p[s, e) (a header cell, a row label, a caption) name a
 * score: "Score", "Overall score (0-100)", "GCI score", "Index value"? */
int scores_named(const char *p, size_t s, size_t e);

/* A score the clause before the bare number at p[start] reports on,
 * joined by a verb of change, a copula or a preposition, over hedges and
 * at most one earlier figure: "score rose to 48.7, from 45.9", "a score
 * of 61.3", "scored 92.4". 1, else 0. */
int scores_before(const char *p, size_t start);

/* A score's scale written after its figure ending at p[e): " /100",
 * " /25" (Freedom House: a blank before the slash, none after, where a
 * fraction or a thread's "1/12" has none). The end of the scale's
 * number, or 0; the figure must not exceed the scale. */
size_t scores_out_of(const char *p, size_t n, size_t e, double figure);

/* The unit of the bare number p[start, e) of value figure that names
 * no noun, when it is a score's: "points" for a scale after it ("27
 * /100"), a list closed by points ("4.1 and 1.3 points, respectively")
 * or a score reported before it (scores_before); else NULL. */
const char *scores_bare(const char *p, size_t n, size_t start, size_t e, double figure);

#endif
