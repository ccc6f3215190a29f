/* disputed.h — a figure its own sentence disputes (internal to
 * src/compare).
 *
 * "Chinese officials have described the digital components of the BRI as
 * worth more than $200 billion, a total that folds in fiber laid along
 * railways": the document gives the figure only to discount it, as
 * inflated, unsupported, or a total of something wider. Such a figure
 * does not drive a scale comparison ("the DSR investment is 1,200 times
 * a data centre") nor enter a check or a derived figure ("$2.5 billion per
 * country"); it is left out with EX_DISPUTED, and said so. The
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

/* The disputed figures among one term's candidates all[0..nall), read
 * once (each sentence looked at once; a figure found by key in O(log n)). */
typedef struct DisputedSet {
    const Claim **keys;      /* the disputed claims, sorted by figure key */
    size_t nkeys;
    const Figure **nan;      /* disputed figures whose value is no number
                              * (no key: only their own sentence), by address */
    size_t nnan;
} DisputedSet;

void disputed_set(DisputedSet *d, const Figure *const *all, size_t nall);
void disputed_set_free(DisputedSet *d);

/* Drop from side[0..n) (figures of d's candidates) the figures disputed
 * by their own sentence, or equal to one of d's that is (metric, place,
 * unit, qualifier and value), each noted left out (EX_DISPUTED); the
 * others keep their order. Returns how many are kept. */
size_t disputed_drop(Run *R, const Figure **side, size_t n, const DisputedSet *d);

/* The same for the figures of one term of a check or a derived figure in
 * one place and year (side[0..n): its own set). Such a figure is no term
 * of either ("$200 billion, a total that folds in fiber laid alongside
 * railways" over 80 countries is no investment per country). */
size_t disputed_drop_side(Run *R, const Figure **side, size_t n);

#endif
