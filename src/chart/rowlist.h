/* rowlist.h — rows of a row chart that no scale or median can serve
 * (internal to src/chart).
 *
 * On a chart of figures without a metric, every unit has its own scale.
 * A unit with one figure would be a dot alone on an axis of its own: it
 * sits where every such dot sits and shows nothing. Such a figure is
 * listed instead: its value with its unit in bold, then its place, year,
 * source and words, on one line, with no axis.
 *
 * A strip's figures have a median only when one metric ties them
 * together: the countries of a cable, of a forum and of an agreement are
 * no one quantity, and their median is a figure nobody could defend. A
 * strip of figures without a metric shows every figure and its range.
 */
#ifndef CB_ROWLIST_H
#define CB_ROWLIST_H

#include "chart_plan.h"

/* 1 when row of cs is listed in words: a lone figure of a unit drawn on
 * its own scale, on a chart of figures without a metric. */
int rowlist_listed(const ChartSpec *cs, const PRow *row);

/* 1 when row of cs is a strip whose median means something: more than
 * two figures, all of one metric. */
int rowlist_median(const ChartSpec *cs, const PRow *row);

/* The value column of the listed rows [a, b) of cs: the widest of their
 * values (bold, label size), at most 40% of the plot; 0 when none. */
double rowlist_value_width(Th *t, const ChartSpec *cs, size_t a, size_t b);

/* Draw listed row `row` centred on cy: its value in a column vw wide
 * from the plot's left, then its label cut to one line. */
void rowlist_draw(Th *t, const ChartSpec *cs, const PRow *row, double cy, double vw);

#endif
