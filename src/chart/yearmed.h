/* yearmed.h — the median a trend chart's line goes through in one year
 * (internal to src/chart).
 *
 * A document that gives, for one place and year, figures whose intervals
 * miss by the comparisons' margin or more (of one month, or one of them
 * of no month: June's and December's are a series) speaks of different
 * groups or dates, not of one
 * quantity (the findings leave them out for that reason: "its document
 * gives several disagreeing figures"): a data export's header counting
 * the 13 countries of its selection beside the tracker's 59. Their dots
 * stay on the chart; the year's median is of the other figures, and a
 * year with none has no point on the line.
 *
 * Nor is the point halfway between two figures that disagree beyond the
 * margin a median: two documents' $30 billion and $79 billion of one year
 * are not $54.5 billion, a figure neither gives. A year whose middle two
 * figures disagree so (an even count) has no point on the line either.
 */
#ifndef CB_YEARMED_H
#define CB_YEARMED_H

#include <stddef.h>

#include "chart_plan.h"

/* The median of figs[0..n) (one place's figures of one year, sorted by
 * value) but those of a document whose own figures of one moment there
 * disagree, into *m: 1, or 0 when no figure is left or the middle two
 * disagree. */
int yearmed(const Fig *figs, size_t n, double *m);

/* Does one of figs[0..n) state a value, not only a bound ("more than 100
 * million")? A year of bounds alone has a median for the line, but no
 * value a takeaway can say ("100 million in 2026"). */
int yearmed_states_value(const Fig *figs, size_t n);

#endif
