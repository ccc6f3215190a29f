/* asof.h — the month within its year a figure is as of.
 *
 * Statistics come more than once a year: CNNIC counts China's internet
 * users in June and in December, DataReportal "at the start of 2024",
 * companies by quarter. 1.079 billion users in June 2023 and 1.092 billion
 * in December 2023 are two moments of one year, not two sources that
 * disagree, so a claim keeps the month its text gives with its year
 * (claim.h: month, 1-12, 0 when none). The month is read only where the
 * text writes it, never guessed:
 *   - attached to the claim's year: "in June 2023", "as of June 30,
 *     2023", "30 June 2023", "at the end of 2023", "end-2023", "year-end
 *     2023", "at the start of 2024", "in early 2024" (1), "the first half
 *     of 2023", "H1 2023" (6), "the third quarter of 2023", "Q3 2023" (9),
 *     "2023-06-30", "2023年6月", "截至2023年12月", "2023年上半年" (6),
 *     "2023年下半年", "2023年底", "2023年末" (12), "2024年初" (1),
 *     "2023年第三季度", "2023年三季度" (9);
 *   - standing alone in the claim's clause, its year said elsewhere:
 *     "at year-end", "at the end of the year" (12), "in the third
 *     quarter" (9), "in the first half" (6), "年底", "年末" (12), "上半年"
 *     (6), "三季度" (9);
 *   - in a column's header or a caption, also as tables write dates:
 *     "Mar-24", "2018.12", "Dec 31, 2023", "Q4 2023".
 * A year written as the base or the start of something ("since June
 * 2023", "up 3% from June 2023", "较2022年12月") gives no month. When the
 * text gives two months for the claim's year and its clause does not
 * choose one, there is none.
 *
 * Pure functions over the text; nothing here allocates.
 */
#ifndef CB_ASOF_H
#define CB_ASOF_H

#include <stddef.h>

/* The month (1-12) the sentence p[ss, se) gives the claim p[cs, ce) of
 * the year year, or 0. */
int asof_sentence(const char *p, size_t ss, size_t se, size_t cs, size_t ce, int year);

/* The month (1-12) a label p[s, e) gives with the year year (a column's
 * header, a caption, a heading, a Chinese sentence's opening phrase
 * "截至2023年12月"), or 0. */
int asof_label(const char *p, size_t s, size_t e, int year);

#endif
