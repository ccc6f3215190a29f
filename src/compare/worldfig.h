/* worldfig.h — a world figure placed in one country or region (internal
 * to src/compare: standing.c).
 *
 * A course's notes on China's cyber security that say "cybercrime costs
 * $8 trillion a year" are placed in China by what surrounds the figure;
 * a post on Africa's connectivity that repeats "2.6 billion people are
 * offline" is placed in Africa. A count or a sum of one country or region
 * cannot equal the world's unless the world's lies all in it: when the
 * figure meets the world's figure of its metric, unit and year that two
 * or more other documents give, the disagreement it opens is no
 * contradiction about that place. A share (%) is left alone: a country's
 * share online may well equal the world's.
 *
 * Nothing here allocates beyond the Buf it appends to.
 */
#ifndef CB_WORLDFIG_H
#define CB_WORLDFIG_H

#include "buf.h"
#include "run.h"

/* How many documents the world's figure takes to be known. */
#define WORLDFIG_DOCS 2

/* When a or b, of a place not the world's and in a unit not "%", meets
 * the world's figure of its metric, unit and year as WORLDFIG_DOCS or more
 * other documents give it: its words (", but the $8 trillion of [245]
 * for China is the world's figure 12 other documents give for 2023:
 * likely the world's, placed there by its context") and 1. */
int worldfig_words(const Run *R, const Figure *a, const Figure *b, Buf *s);

#endif
