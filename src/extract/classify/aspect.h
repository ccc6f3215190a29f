/* aspect.h — what a figure is beside its metric, place and year.
 *
 * Two figures of one metric, place and year are one quantity only when
 * both measure all of it:
 *   - a figure of a part of a population is not the whole's: "农村地区
 *     互联网普及率66.5%", "94.1% among urban residents", "65% of women"
 *     beside a country's 77.5% (metrics.csv part rows name the parts, for
 *     metrics of people: metrics_is_people);
 *   - an aim is no measure: "sets a joint target of raising internet
 *     penetration in Africa to 50% by 2030", "by 2030 we want ninety per
 *     cent of Africans online" (metrics.csv aim rows: target, goal, want,
 *     目标, 力争...).
 * Each is read in the figure's own clause (between , ; : and their
 * Chinese marks, within its sentence; with the sentence's short opening
 * phrase when that is the one before it: "In urban areas, 81 per cent of
 * people use the Internet"; past an apposition between two dashes, to
 * the predicate: "25% of the population – 287 million people – were
 * using mobile internet") and written into its context as
 * claim.h's clauses ("part: rural areas", "an aim"), which compare reads:
 * a part is compared only with the same part, an aim only with aims.
 *
 * Nothing here allocates.
 */
#ifndef CB_ASPECT_H
#define CB_ASPECT_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* The clause of doc[ss, se) holding claim c: [*cs, *ce). */
void aspect_clause(const char *doc, size_t ss, size_t se, const Claim *c, size_t *cs, size_t *ce);

/* Mark claim c (its metric already chosen; its sentence doc[ss, se)):
 * append "part: NAME" to its context when its metric is of people and
 * its clause names a part row's cue, "an aim" when the clause names an
 * aim row's cue. */
void aspect_mark(const Metrics *m, Claim *c, const char *doc, size_t ss, size_t se);

#endif
