/* workyear.h — a year that names a work's edition.
 *
 * "The Cyber Security Breaches Survey 2024, published by the Department,
 * found that 50% of businesses ...", "Under the Finance Act 2023, the tax
 * rate was raised from 1.5% to 3%", "the Global Cybersecurity Index 2024,
 * 5th edn, finding that 46 countries ...", "penetration of 38% per ITU
 * 2024": a year right after a named survey, index, report or law (or a
 * body's acronym) is the year of what that work reports or sets, even
 * where a comma follows it (a bare year before a comma is often a base or
 * a start, "higher than in 2022,": classify.c reads those apart). Not a
 * report's, a review's or a yearbook's year, which is when it came out:
 * "see the Authority's Annual Report 2024" after "commissioned in 2023
 * with 1,000 racks".
 *
 * Nothing here allocates.
 */
#ifndef CB_WORKYEAR_H
#define CB_WORKYEAR_H

#include <stddef.h>

/* Does the year at p[i] (i > ss) follow a work's name: a capitalised
 * "Survey", "Index", "Act", "Census", "Barometer", "Monitor", "Plan",
 * "Budget" or "Statistics", or a body's acronym of two to six capitals
 * ("ITU", "IGF")? */
int workyear_named(const char *p, size_t ss, size_t i);

#endif
