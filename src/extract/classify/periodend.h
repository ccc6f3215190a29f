/* periodend.h — a period named with "the ... period", or a growth's
 * horizon "to 2030", dates its figures by its end.
 *
 * "outlays would total $95 million over the 2025-2029 period", "capex of
 * $60bn for the period 2023-2030": a sum over a period of years, as "over
 * 2010-2020" is, is the period's last year's (the year up to which it
 * runs). The period stands in the claim's clause (no semicolon between).
 *
 * Nothing here allocates; the last clause's period is kept per thread
 * (a clause's claims share it).
 */
#ifndef CB_PERIODEND_H
#define CB_PERIODEND_H

#include <stddef.h>

/* The last year of a period "the YYYY-YYYY period" or "the period
 * YYYY-YYYY" (a hyphen, an en dash or "to" between) in the clause of the
 * sentence p[ss, se) holding the claim at claim_s, or 0; *first (may be
 * NULL) its first year. */
int periodend_year(const char *p, size_t ss, size_t se, size_t claim_s, int *first);

/* Does "to" before the year at p[i] end a growth's horizon ("grow at
 * 11.6 per cent a year to 2030.", "the increase to 2030,")? A word of
 * growth in the 80 bytes before "to" and no year between (not a span,
 * "from 2020 to 2030"), not "compared to 2022": the year is one though
 * a comma or a stop follows it. */
int periodend_growth_to(const char *p, size_t ss, size_t i);

#endif
