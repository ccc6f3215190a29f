/* annualsum.h — an English sum of money named by the year it runs for:
 * the value of an "annual" (or "annualised", "yearly") flow is a year's
 * flow, CODE/year, as FORMAT.md's conventions have it:
 *
 *   "annual sales had reached CN¥610 million"
 *   "an annual turnover of KES 612.4 million for the year ended ..."
 *   "the annual maintenance fee ... increased from US$1.1 million in 2022
 *    to US$1.45 million in 2023"            (both sums)
 *   "US$4 billion annual cross-border e-commerce turnover"
 *   "generated $5 million in annual revenue"
 *
 * The nearest money noun before the sum, in its clause, decides ("annual
 * costs would be lower but total costs would rise by $30 million" is no
 * year's flow); an earlier sum joined to this one by anything but "to",
 * "from", "and", a year or a hedge ends the search.
 *
 * Losses of one stated year are a year's flow too ("Americans lost $3.94
 * billion to investment fraud in 2023", FORMAT.md's "losses this year of
 * $945 billion"); impairment losses and losses over part of a year are
 * not. Other sums for one stated year with no annual word ("revenue of
 * $2bn in 2023", "trade reached $282 billion last year") are left plain:
 * the testers of the development sets disagree on them, most leave them
 * plain.
 *
 * scan.c asks this only when no period follows the sum (quantity.h's
 * qty_rate_after). Offsets are bytes of the document.
 */
#ifndef CB_ANNUALSUM_H
#define CB_ANNUALSUM_H

#include <stddef.h>

/* "/year" when the sum of money at p[start, end) is the value of an
 * annual flow named before or right after it; NULL otherwise. */
const char *annual_sum_rate(const char *p, size_t n, size_t start, size_t end);

#endif
