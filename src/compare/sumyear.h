/* sumyear.h — the year a restated sum is converted at (internal to
 * src/compare).
 *
 * A text that restates a sum set years before ("the Sh17.5 billion Konza
 * National Data Centre is now running at 60 percent") takes its year from
 * around it: its document's date, its paragraph, heading, title or
 * reporting period. Converted at that year's rate, the sum becomes another
 * dollar amount: 17.5 billion KES is $130 million at 2024's rate, $173
 * million at 2018's, the year of the contract.
 *
 * So a figure in another currency whose year is not its own (the claim's
 * year_from is one of those) is converted at the rate of the earliest
 * earlier year another claim gives, with a year of its own (its sentence,
 * its table row, its record...), to the same sum: the same metric, place,
 * area, currency and value. Its year, and so the comparisons it joins,
 * stay; only the rate changes, and the figure names the claim whose year
 * picked it (Figure.rate_by). With no such claim, or no rate for that
 * year, nothing changes.
 */
#ifndef CB_SUMYEAR_H
#define CB_SUMYEAR_H

#include "run.h"

/* 1 when c's year is its own: said with it (sentence, table row, column,
 * caption, record, a "respectively" list, a compared figure's), or none. */
int sumyear_own(const Claim *c);

/* Re-make, at the year of an earlier statement of the same sum, every
 * figure of R whose year is not its own (run_init calls it once). */
void sumyear_rates(Run *R);

#endif
