/* period.h — the period a document says it reports on.
 *
 * A grant's final report, a dataset's methodology note or a statistical
 * annex states near its top what period its figures cover: "Reporting
 * period: 1 March 2021 - 31 December 2024", "Version 3.1 covers projects
 * announced between January 1, 2013 and December 31, 2023", "Period
 * covered: 2019-2023". Its figures that no text dates are of the period's
 * end: a cumulative count, a dataset's total.
 *
 * Only a statement of coverage counts: a cue ("reporting period", "period
 * covered", "period under review", "covers", "covering", "coverage")
 * followed in its sentence by a span of two years ("X - Y", "X to Y",
 * "between X and Y", "from X through Y"). "Grace period: 7 years" and
 * "covers everything from cables to data centres" state none.
 *
 * So does a survey's statement of its fieldwork ("We surveyed 1,204
 * households between March and May 2024", "Fieldwork: Oct 2023 - Jul
 * 2024", "the survey was conducted in April 2024"): the findings it
 * reports are of the year its last month of fieldwork falls in. A cue
 * ("surveyed", "we interviewed", "fieldwork", "survey was conducted",
 * "interviews were conducted"...) then a month named with its year in the
 * same sentence, or opening it before the cue ("Between March and
 * August 2023, our researchers surveyed 418 workers"); a bare year
 * ("surveyed in 2019") says nothing. In
 * Chinese: 调查 then 于, 在 or 时间 and a month with its year before the
 * sentence's 。 ("该项统计调查于2023年6月至9月期间进行").
 *
 * So does a year named by its end, past: "This bulletin reviews payment
 * activity for the year ended 31 December 2025", "the twelve months
 * ended June 30, 2024" (the first year within a few words after the
 * cue); not "the year ending 31 December 2026" of a deal's terms.
 *
 * So does a body's own fiscal year its opening reports on ("what our
 * teams achieved in our FY2025/26", "our 2023/24 financial year", "our
 * FY24"): the year it ends in. "Our" then a split year or an FY, or "our
 * financial (fiscal) year" and a year; "our 2024 report" names none.
 *
 * Nothing here allocates.
 */
#ifndef CB_PERIOD_H
#define CB_PERIOD_H

#include <stddef.h>

#include "lead.h"

/* How far from the top of a document its statement of coverage may stand. */
#define PERIOD_TOP 3000
_Static_assert(PERIOD_TOP <= LEAD_BYTES, "the statement of coverage is looked for in the Lead");

/* The year the period the document of ld reports on ends in (the first
 * statement of coverage in its first PERIOD_TOP bytes), or 0. */
int period_end_year(Lead *ld);

/* The year a survey's statement of its fieldwork (only that kind) near
 * the top of ld's document ends in, or 0: a news story or a press
 * release on a survey reports findings of its fieldwork's year, not of
 * its own date's. */
int period_fieldwork_year(Lead *ld);

#endif
