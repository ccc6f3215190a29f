/* rowunit.h — a figure's words at its row's end when the row's label does
 * not name what it counts (internal to src/chart).
 *
 * A figure no metric describes, alone of its unit, is labelled by its
 * sentence's words ("“16.85GB/户·月…”", "“２４个”"), not by its unit as a
 * strip of its unit's figures is ("Racks · 2 figures"): the short
 * register's bare count ("16.9 a month", "24") would lose what is
 * counted. Its words carry the unit instead: "16.9 GB/user a month",
 * "9.4 Mbit/s", "24 base stations per 10,000 people", "1 lender".
 */
#ifndef CB_ROWUNIT_H
#define CB_ROWUNIT_H

#include <stddef.h>

#include "claim.h"

/* c's value briefly (phrase_short_claim) with its unit's words when the
 * unit names what is counted or measured (unit_kind UNIT_COUNT), before
 * its period ("a month"); a sum, a share or a bare number as the short
 * register says it. */
void rowunit_value(char *out, size_t cap, const Claim *c);

#endif
