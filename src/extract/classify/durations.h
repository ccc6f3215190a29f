/* durations.h — when a duration is the quantity measured.
 *
 * "five years" mostly frames time ("over the past five years", "a decade
 * ago"): no claim. It is a claim when it is what the sentence measures
 * (FORMAT.md, Conventions): an outage that "averaged 11 hours", repairs
 * that "could take up to five weeks", "delayed ... by about five months",
 * "2.6 hours per site", "41 outage hours", a field "Maturity: 20 years"
 * or "Design life ...... 15 years", "a 15-year loan", "a seven-year ban",
 * "cut ... for more than two years", "for sixteen days", "the mean time
 * to restore an outage was 4.6 hours", "built in 24 months", "restored
 * within 48 hours", "paid over five years", "18 months in orbit".
 *
 * Offsets are bytes of the document; nothing here allocates or keeps
 * state.
 */
#ifndef CB_DURATIONS_H
#define CB_DURATIONS_H

#include <stddef.h>

/* Is the duration whose number starts at p[start] and whose unit word is
 * p[ws, we) ("hours", "years") measured? DUR_NO when it frames time
 * ("over the past five years", "two years later", "in two years",
 * "Within two years, ..."); else DUR_MEASURED, a duration being what
 * its sentence measures unless it frames time (FORMAT.md,
 * Conventions); DUR_WITHIN when it is a bound of work done ("restored
 * within 48 hours", "within 30 days of the order": at most); DUR_OVER when the "over" before
 * it is a term's, not a hedge ("repayable over 20 years": exactly). */
enum { DUR_NO = 0, DUR_MEASURED = 1, DUR_WITHIN = 2, DUR_OVER = 3 };
int durations_measured(const char *p, size_t n, size_t start, size_t ws, size_t we);

/* Do the words before p[start) (past hedges and "the") frame time: "over
 * the next", "in the past", "within"? */
int durations_framed(const char *p, size_t start);

/* Is the duration hyphenated to its number ("15-year", "seven-year",
 * "67-day"), whose compound ends at p[e), the term of the thing named
 * after it ("loan", "grace period", "maturity", "repair", "contract")? */
int durations_term_after(const char *p, size_t n, size_t e);

/* The canonical unit of a duration word ("year", "yrs" -> "years"), or
 * NULL when w[0, l) is none. */
const char *durations_unit(const char *w, size_t l);

#endif
