/* periodend.h — a period named with "the ... period" dates its figures by
 * its end.
 *
 * "outlays would total $95 million over the 2025-2029 period", "capex of
 * $60bn for the period 2023-2030": a sum over a period of years, as "over
 * 2010-2020" is, is the period's last year's (the year up to which it
 * runs). The period stands in the claim's clause (no semicolon between).
 *
 * Nothing here allocates.
 */
#ifndef CB_PERIODEND_H
#define CB_PERIODEND_H

#include <stddef.h>

/* The last year of a period "the YYYY-YYYY period" or "the period
 * YYYY-YYYY" (a hyphen, an en dash or "to" between) in the clause of the
 * sentence p[ss, se) holding the claim at claim_s, or 0; *first (may be
 * NULL) its first year. */
int periodend_year(const char *p, size_t ss, size_t se, size_t claim_s, int *first);

#endif
