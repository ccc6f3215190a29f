/* figaspect.h — a figure of a part of a population, or an aim, in the
 * comparisons (claim.h's context clauses "part: rural areas", "an aim",
 * which the extractor's aspect.h writes). Internal to src/compare.
 *
 * Two documents disagree on a fact only when both measure all of one
 * quantity. So:
 *   - a figure of a part of a population (rural areas, women, an age
 *     group) is compared only with other documents' figures of the same
 *     part, in an agreement of its own ("Internet penetration ..., China,
 *     2023, rural areas only: ..."), never with the whole's, nor in a
 *     relation; alone, it is counted as left out, saying so ("is of a part
 *     of the population (rural areas), compared only with the same part");
 *   - an aim (a target, a goal, a wish) is no measure: documents' aims of
 *     one metric, place and year are listed (an `items` finding, `info`:
 *     "aims, not measures: different aims are no disagreement on a
 *     fact"), never judged; nor does an aim enter a relation.
 *
 * Nothing here allocates beyond the findings it pushes.
 */
#ifndef CB_FIGASPECT_H
#define CB_FIGASPECT_H

#include <stddef.h>

#include "run.h"

/* What c is grouped by beside its metric, place and year: "" (the whole,
 * measured), "aim", or "part:NAME". */
void figaspect_key(const Claim *c, char *out, size_t cap);

/* The name of a finding on c's metric for its ids: the metric, or
 * "METRIC/rural-areas" for a part. */
void figaspect_name(const Claim *c, char *out, size_t cap);

/* What a statement says after the place and year: ", rural areas only"
 * for a part, else "". */
void figaspect_words(const Claim *c, char *out, size_t cap);

/* Note row as left out for being of a part or an aim; 1 when it is one,
 * 0 (nothing noted) when it is a measure of the whole. */
int figaspect_left_out(Run *R, size_t row);

/* The aims figs[0..n) of one metric, place and year from two or more
 * documents: listed, never judged. */
void figaspect_aims(Run *R, const Figure *const *figs, size_t n);

#endif
