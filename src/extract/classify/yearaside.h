/* yearaside.h — a year of a sentence set aside from a claim by what the
 * claim's own words say.
 *
 * "Our target is to reach fifty percent by 2030, and we have set aside
 * RM150 million this year", "to 90 percent by 2026, from 64 percent
 * today", "has brought fibre to 1,011 villages so far, out of 3,375
 * targeted by 2025": a claim whose own clause says it holds now is not of
 * a year another clause names (the document's date dates it). "34%
 * (target 40% by 2026)": a year in brackets after the claim that hold a
 * figure of their own is that figure's.
 *
 * Nothing here allocates.
 */
#ifndef CB_YEARASIDE_H
#define CB_YEARASIDE_H

#include <stddef.h>

/* Does the clause of the sentence p[ss, se) holding the claim p[claim_s,
 * claim_e) say it holds now ("now", "today", "so far", "to date",
 * "currently", "at present", "this year"), and does the year at p[y]
 * stand in another clause? */
int yearaside_now(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e, size_t y);

/* Does the year at p[y], after the claim ending at claim_e, stand in
 * brackets opened after the claim that hold a figure before the year
 * ("34% (target 40% by 2026)")? */
int yearaside_bracket(const char *p, size_t claim_e, size_t y);

/* Is the year at p[y] a deadline: "by" or a target's word a few words
 * before it ("by 2030", "by the end of 2026", "by mid-July 2025",
 * "targeted by 2025")? Only such a year yearaside_now sets aside: "in
 * its 2026 survey" is the year of what a figure said to hold now. */
int yearaside_deadline(const char *p, size_t ss, size_t y);

#endif
