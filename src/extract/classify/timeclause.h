/* timeclause.h — the time word of a figure's own clause.
 *
 * A sentence may hold several time words ("this year", "last year", "in
 * February", "currently": docinfo_times) and years, each dating the clause
 * it stands in. The nearest one is not always the figure's: "more than 300
 * systems had been migrated since January, up from 96 systems at the end
 * of last year" dates 96 by "last year", after it in its own clause, not by
 * "January", nearer but across the comma; "exports grew by 15.4 per cent
 * last year, and in the first ten months of 2024 farmers shipped nearly
 * 3,000 tonnes" dates 15.4 per cent by "last year", not by the other
 * clause's 2024.
 *
 * The clause is aspect_clause's (a short opening phrase with no figure,
 * "In March, ...", speaks for the clause after it). Nothing here
 * allocates.
 */
#ifndef CB_TIMECLAUSE_H
#define CB_TIMECLAUSE_H

#include <stddef.h>

#include "claim.h"
#include "docinfo.h"

/* The year of the time word of t nearest claim c within c's clause of the
 * sentence doc[ss, se), or 0 when its clause holds none (or t holds more
 * words than it kept). Not a change's base ("24% from last year", "7%
 * more than last year"). With own (the sentence wrote a year, in another
 * clause), only a word naming a year of its own counts ("last year",
 * "this year", "next year"): a month, "so far" or "currently" is of the
 * sentence's year ("By the end of 2023, ... 13% of the total committed
 * so far"). */
int timeclause_year(const DocTimes *t, const char *doc, size_t ss, size_t se, const Claim *c, int own);

/* Does the sentence doc[ss, se) write the year y (its four digits
 * standing alone) only outside c's clause? */
int timeclause_elsewhere(const char *doc, size_t ss, size_t se, const Claim *c, int y);

/* Is the time word of t nearest offset at a month's name with no year
 * ("In December, China and seven partners ..."), whose year the section
 * gives when its heading or its paragraph's opening names one ("2017",
 * "In 2017, ...")? */
int timeclause_month_nearest(const DocTimes *t, const char *doc, size_t at);

#endif
