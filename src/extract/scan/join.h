/* join.h — two figures the scanner read apart that are one claim.
 *
 * - A duration in two units: "7 years and 6 months" is 7.5 years, "2
 *   hours and 30 minutes" 2.5 hours (FORMAT.md: the measured duration).
 * - A range whose first end is written in words, or whose second end is
 *   hedged or carries its own currency: "five to 10 years", "three
 *   hundred to five hundred million dollars" (the first end takes the
 *   second's scale), "$17 billion to as much as $79 billion", "between K2
 *   million and K4 million". Not a change ("from 5 to 10", "rose 2% to
 *   9%").
 * - A spoken range of two whole numbers in words, the second at most
 *   twice the first: "four or five percent".
 * - A figure restated in brackets, as contracts write: "eighty-five per
 *   cent (85%)", "RMB 840,000,000 (Renminbi Eight Hundred and Forty
 *   Million)"; the numeral's value stands when the words were misread.
 *
 * The scanner (scan.c) offers each pair of figures next to each other, in
 * offset order; offsets are bytes of the document p[0, n).
 */
#ifndef CB_JOIN_H
#define CB_JOIN_H

#include <stddef.h>

#include "scan.h"

/* Are a and b, b the figure after a, one claim? Then a becomes it and 1
 * is returned; otherwise 0 and a is unchanged. */
int join_pair(const unsigned char *p, size_t n, ScanQuantity *a, const ScanQuantity *b);

#endif
