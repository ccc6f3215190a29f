/* interval.h — intervals with open (unbounded) ends, and the arithmetic
 * that carries them through the comparisons.
 *
 * An Interval is [lo, hi] where either side may be open: "more than 900
 * million" is [900e6, open), "under 40%" is (open, 40]. An open side has
 * no value (lo/hi are then 0 and meaningless). Arithmetic keeps open sides
 * open, never produces NaN or inf, and fails (returns -1) instead of
 * guessing: a division by an interval that holds 0, or a finite bound
 * that overflows a double.
 *
 * From a claim's qualifier (interval_from_claim):
 *   exact  the precision of its written digits: half a unit of the last
 *          written digit, times the scale word. "5.4 billion" is
 *          5.35-5.45 billion, "$79 billion" 78.5-79.5 billion, "67%"
 *          66.5-67.5%. A whole number without a scale word counting
 *          things ("17 countries") is exact: a count of countries is a
 *          count. Money, percentages and rates are not counts.
 *   approx a band of INTERVAL_APPROX_BAND (5%) of the value. The hedge
 *          word is read from the sentence just before the span: "nearly",
 *          "almost", "close to", "just under" say the true figure is at
 *          most the value, so the band lies on the zero side of it only
 *          ([0.95x, x] for positive x); "about", "approximately",
 *          "around", "roughly", "some" (and any other or unknown hedge)
 *          give +-5%.
 *   min    [low, open) (low = the claim's low, else its value).
 *   max    (open, high].
 *   range  [low, high].
 * All ownership is by value; nothing here allocates.
 */
#ifndef CB_INTERVAL_H
#define CB_INTERVAL_H

#include "claim.h"
#include "findings.h"

/* Relative half-width of an "about" band, and the width of a "nearly"
 * band below the value. */
#define INTERVAL_APPROX_BAND 0.05

typedef struct Interval {
    double lo, hi;            /* finite bounds; ignored on an open side */
    unsigned char lo_open;    /* 1: no lower bound */
    unsigned char hi_open;    /* 1: no upper bound */
} Interval;

Interval interval_point(double x);
/* [lo, hi]; the caller orders them. */
Interval interval_closed(double lo, double hi);
Interval interval_at_least(double lo);
Interval interval_at_most(double hi);

/* The interval a claim states (see above). Returns 0, or -1 when the
 * claim carries no finite number to build one from. */
int interval_from_claim(const Claim *c, Interval *out);

/* r = a op b. Return 0, or -1 (r untouched) on a NaN/inf input bound,
 * an overflow of a finite bound, or for div a divisor that holds 0
 * (closed at 0, or open on the side that reaches it). */
int interval_add(Interval a, Interval b, Interval *r);
int interval_sub(Interval a, Interval b, Interval *r);
int interval_mul(Interval a, Interval b, Interval *r);
int interval_div(Interval a, Interval b, Interval *r);
int interval_scale(Interval a, double k, Interval *r);
int interval_neg(Interval a, Interval *r);

/* 1 when a and b share at least one point (touching counts). */
int interval_meets(Interval a, Interval b);
/* The relative gap between two intervals that do not meet: the distance
 * between the facing ends over the larger of their magnitudes (so in
 * (0, 2]); 0 when they meet. */
double interval_gap(Interval a, Interval b);
/* consistent when a and b meet; tension when their relative gap is
 * below margin; inconsistent when it is margin or more. */
Verdict interval_verdict(Interval a, Interval b, double margin);

/* 1 when x lies in a. */
int interval_contains(Interval a, double x);

#endif
