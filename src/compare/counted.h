/* counted.h — a disagreement between documents explained by what each
 * side counts (internal to src/compare: standing.c's rules for an
 * agreement finding).
 *
 * Two figures for one place and year that miss each other are no
 * contradiction when the documents say, elsewhere, that they count
 * different things:
 *   wholes     each document also gives the world's figure of the metric
 *              for that year, and those totals disagree beyond the
 *              margin the same way round (the larger part in the larger
 *              whole): two datasets that count differently ("[8] and
 *              [189] disagree on the world's total too, $79 billion
 *              against $29.2 billion");
 *   programme  figures of metrics of what one programme or firm did
 *              (metrics.csv nature "programme": the households a
 *              programme connected), from two documents crediting
 *              different bodies: counts of different programmes or firms
 *              more often than two counts of one (an agreement's two
 *              figures, or a consistency check's two terms).
 * Each appends its words (", but ...") to s and returns 1, or returns 0
 * and appends nothing.
 */
#ifndef CB_COUNTED_H
#define CB_COUNTED_H

#include "run.h"

int counted_wholes(const Run *R, const Figure *a, const Figure *b, Buf *s);
int counted_programme(const Run *R, const Figure *a, const Figure *b, Buf *s);

#endif
