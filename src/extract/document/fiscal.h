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

/* The year a short period written at p[i, e) names: an analyst's fiscal
 * year "FY23", "FY24E" (A actual, E estimated, F forecast, P projected)
 * or a half "1H24", "2H2023". *end gets where it ends; 0 when p[i]
 * starts none (inside a word or a number none starts). */
int fiscal_short(const char *p, size_t i, size_t e, size_t *end);

/* The year of the short period (fiscal_short) that dates the claim at
 * p[claim_s, claim_e) of the sentence p[ss, se): the one its clause
 * names, else the one the sentence names (one year, written once or
 * more); not a period a change is measured from ("up 9% on FY23").
 * 0 when none, or when they disagree. */
int fiscal_short_for(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e);

/* The year of the split year ("its 2023/24 fiscal year", "FY2022/23"):
 * the one the claim's clause names, else the one the sentence names; not
 * a year a change is measured from ("up 9% on 2022/23"). 0 when none,
 * or when they disagree. */
int fiscal_split_for(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e);

#endif
