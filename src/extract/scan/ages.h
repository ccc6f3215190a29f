/* ages.h — a person's age, or a group's median age, is a measured
 * duration (FORMAT.md, Conventions: unit years).
 *
 * "died at 74", "retired in 2014 at the age of 63", "He was 74.", "You
 * are 29.", "a median age of about 27", a field "Median participant age
 * 24". Not a cohort's bound: "people aged 15 and over", "aged 15-24"
 * (no "aged" here), nor "age 65+" in a heading.
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_AGES_H
#define CB_AGES_H

#include <stddef.h>

/* Is the bare number at p[start, end) an age? 1, else 0. */
int ages_at(const char *p, size_t n, size_t start, size_t end);

#endif
