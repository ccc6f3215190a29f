/* disputed.h — a figure its own sentence disputes (internal to
 * src/compare).
 *
 * "Chinese officials have described the digital components of the BRI as
 * worth more than $200 billion, a total that folds in fiber laid along
 * railways": the document gives the figure only to discount it, as
 * inflated, unsupported, or a total of something wider. Such a figure
 * does not drive a scale comparison ("the DSR investment is 1,200 times
 * a data centre"); it is left out with EX_DISPUTED, and said so. The
 * same figure (metric, place, unit, qualifier and value) restated by
 * another document is the same contested number, left out too.
 *
 * The markers are words of the language (a list in disputed.c), looked
 * for in the figure's own clause: from the number before it (or the
 * sentence's start) to the number after it (or the sentence's end).
 */
#ifndef CB_DISPUTED_H
#define CB_DISPUTED_H

#include <stddef.h>

#include "run.h"

/* Does c's own sentence dispute it? */
int disputed_claim(const Claim *c);

/* Drop from side[0..n) the figures disputed by their own sentence, or
 * equal to a figure of all[0..nall) that is (one term's candidates),
 * each noted left out (EX_DISPUTED); the others keep their order.
 * Returns how many are kept. */
size_t disputed_drop(Run *R, const Figure **side, size_t n, const Figure *const *all, size_t nall);

#endif
