/* moment.h — figures of one year at different moments. Internal to
 * src/compare.
 *
 * A stock (internet users, base stations, MoUs signed so far) counted in
 * June and again in December of one year has two values that year: CNNIC's
 * 1.079 billion users in June 2023 and 1.092 billion in December 2023 are
 * a short series, not two documents that disagree. A figure's moment is
 * its claim's month (claim.h), read where the text gives it.
 *
 * The rules (agreement.c, and the contexts of the relations in
 * compare.c):
 *   - figures of one place and year whose months are both known and
 *     differ are never combined into one quantity nor held against each
 *     other: each month is compared on its own, and the months are listed
 *     in order (a `series` finding, `info`);
 *   - a figure without a month still combines with any other of its year,
 *     as before months were read (it joins each month's comparison);
 *   - a yearly flow (a unit per year, "USD/year": the cost of cybercrime a
 *     year; or a metric whose unit is one) is one value per year whatever
 *     month dates it: its month does not count;
 *   - months whose figures lie more than MOMENT_SPREAD times apart (80
 *     countries in February, 17 in June; a share online of 58.9% in June
 *     and 33.1% in December) are no moments of one quantity: no quantity
 *     the documents count grows or shrinks by half within one year, so
 *     such figures are held against each other as one year's, and their
 *     disagreement is shown, not listed as a series (moment_one_quantity).
 *
 * Ownership: nothing here allocates what it returns.
 */
#ifndef CB_MOMENT_H
#define CB_MOMENT_H

#include <stddef.h>

#include "run.h"

/* The month that counts for f (1-12), or 0: none stated, or a yearly
 * flow. */
int moment_of(const Run *R, const Figure *f);

/* The distinct months (moment_of, not 0) of figs[0..n), ascending, into
 * months: how many (at most 12). */
int moment_months(const Run *R, const Figure *const *figs, size_t n, int months[12]);

/* How far apart, highest over lowest, the figures standing for the
 * months of one year may lie and still be moments of one quantity. */
#define MOMENT_SPREAD 1.5

/* 1 when best[0..n), the figure standing for each month of one year,
 * lie within MOMENT_SPREAD of each other (their values; a bound's
 * value is its end): moments of one quantity. */
int moment_one_quantity(const Figure *const *best, size_t n);

/* The figures of figs[0..n) of the month (moment_of), in their order,
 * into out (it holds n) and their number into *nout, documents giving
 * several that disagree set aside when drop_several (several_drop, which
 * lists them as left out); returns the best-supported of them
 * (figure_best), the figure standing for the month, or NULL when the
 * month has none. */
const Figure *moment_best(Run *R, const Figure *const *figs, size_t n, int month, int drop_several,
                          const Figure **out, size_t *nout);

/* Whether the months[0..nm) of figs[0..n) are moments of one quantity:
 * moment_one_quantity of each month's moment_best. */
int moment_months_one(Run *R, const Figure *const *figs, size_t n, const int *months, int nm, int drop_several);

/* The figures of figs[0..n) of month or of no month, in their order, into
 * out: how many. */
size_t moment_keep(const Run *R, const Figure *const *figs, size_t n, int month, const Figure **out);

/* The figures of a relation's terms in one context, side[t][0..nside[t])
 * (a reference term's none), when they are of two or more known months:
 * for each month, ascending, fn gets each claim term's figures of that
 * month or of none (all non-empty); a month some term has no figure of
 * leaves its own figures out (no partner: the terms missing). Returns
 * the number of months (fn is not called when below 2); 0 when some
 * term's figures of the months are no moments of one quantity
 * (moment_one_quantity of each month's best-supported own figure), or
 * when each term's figures of known months all agree (no moments to tell
 * apart): the context is then compared once, as one year's. */
typedef void (*MomentFn)(Run *R, int month, const Figure **const *sub, const size_t *nsub, void *ctx);
int moment_each(Run *R, const Relation *rel, const Figure **const *side, const size_t *nside, MomentFn fn,
                void *ctx);

/* Give f's id its month: "agreement:internet_users@china:2023" becomes
 * "...:2023-06" (an id cut and hashed takes the month into its hash). No
 * change for month 0. */
void moment_id(Finding *f, int month);

/* The series of one quantity in one place and year: best[0..n) the
 * figure standing for each month (n >= 2, months ascending), all[0..nall)
 * every figure of a known month they stand for. An `info` finding
 * "Internet users, China, 2023: 1.079 billion people in June [9], 1.092
 * billion people in December [7] (...)". */
void moment_series(Run *R, const Figure *const *best, size_t n, const Figure *const *all, size_t nall);

#endif
