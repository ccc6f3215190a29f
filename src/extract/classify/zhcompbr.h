/* zhcompbr.h — a Chinese report's comparative bracket: the year of the
 * figure in it, not of the figure before it.
 *
 * A key-figures line gives this period's figure, then last period's in
 * brackets headed by its year: "员工总数：9,350人（2023年：8,120人）",
 * "营业收入12.6亿元（2023年度：10.9亿元）", "(2023年末: 41%)". The year
 * dates the bracket's figure alone; the figure before it takes the year
 * the report gives all its figures, and the paragraph learns nothing
 * from the bracket. (The English form, "(2022: 29.4%)", is classify.c's.)
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHCOMPBR_H
#define CB_ZHCOMPBR_H

#include <stddef.h>

/* Is the year at p[y] (four digits) the head of such a bracket within
 * the sentence p[ss, se): an opening bracket, "(" or "（", just before it,
 * 年 (年度, 年末, 年底) or nothing, then a colon, ":" or "："? The offset
 * of the bracket's close, ")" or "）", within 80 bytes; else 0. */
size_t zhcompbr_close(const char *p, size_t ss, size_t se, size_t y);

/* The year's offset of the bracket holding the claim p[claim_s,
 * claim_e), else 0. */
size_t zhcompbr_holding(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e);

#endif
