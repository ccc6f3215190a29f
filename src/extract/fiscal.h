/* fiscal.h — fiscal and split years, dated by the year they end in.
 *
 * A government's or a company's year often straddles two calendar years:
 * "FY2023", "FY23", "FY2022/23", "2022/23", "2022/2023", "financial year
 * 2022/2023", "2024-25". A figure of such a year holds at its end, as
 * the annual report that closes it does: FY2022/23 is 2023 (and FY2023,
 * which ends in 2023, is 2023).
 *
 * Nothing here allocates.
 */
#ifndef CB_FISCAL_H
#define CB_FISCAL_H

#include <stddef.h>

/* The year the fiscal or split year written at p[i, e) ends in: "FY"
 * (any case) and two or four digits, or a year, then "/" (or a hyphen or
 * en dash when the years follow each other: "2024-25") and the next year
 * in two or four digits. *end gets where it ends. 0 when p[i] starts no
 * such year (a plain "2023" is none: the caller reads it). */
int fiscal_year(const char *p, size_t i, size_t e, size_t *end);

#endif
