/* density.h — a figure per a round base of a population: "2.1 per 100
 * inhabitants", "8.0 per 100 people", "14 per 1,000 residents".
 *
 * ITU's and the development banks' densities state a rate with no unit
 * of its own before the base: the figure is a claim all the same (a
 * bare number before "per" is otherwise a denominator's or nothing's).
 * Its unit is the base as written, after the counted noun the clause
 * names when it names one ("fixed broadband subscriptions remained at
 * 2.1 per 100 inhabitants": "subscriptions per 100 inhabitants").
 *
 * Nothing here allocates.
 */
#ifndef CB_DENSITY_H
#define CB_DENSITY_H

#include <stddef.h>

/* Does "per", a round base (100, 1,000, 10,000, 100,000, a hundred, a
 * thousand) and a noun follow p[e) past blanks? Its end, and the base as
 * written from "per" ("per 100 inhabitants") in out (when it fits);
 * else 0. */
size_t density_base_after(const char *p, size_t n, size_t e, char *out, size_t cap);

#endif
