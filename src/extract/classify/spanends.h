/* spanends.h — the two ends of a change across a period.
 *
 * "Between 2019 and 2023 the average price of a link dropped from about
 * US$5,200 to US$3,100", "receivables grew from RMB4.1 billion to
 * RMB11.8 billion between FY2020 and FY2023", "fell from NRs1,100 in 2018
 * to NRs540 in 2024, or from 4.9% to 1.8% of income": the figure after
 * "from" is of the period's first year, the one after "to" of its last.
 * The sentence's period is its one span of two years ("between X and Y",
 * "from X to Y", "X-Y", "X–Y"), or the two years another from-to pair of
 * it writes at its ends ("from A in X to B in Y"); a sentence writing any
 * other year, or a pair holding a year between its ends, says nothing.
 *
 * Nothing here allocates.
 */
#ifndef CB_SPANENDS_H
#define CB_SPANENDS_H

#include <stddef.h>

/* The year of the end of the period the claim p[claim_s, claim_e) of
 * the sentence p[ss, se) stands at, or 0. */
int spanends_year(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e);

#endif
