/* zhhedge.h — the hedges of a Chinese figure: what bounds or softens it
 * before (约, 超过, 不足, across a copula, a currency's name and the base
 * of a share or a multiple: 约为2020年的3.9倍, 不足高收入国家的四成; 最高可
 * 被处以…), after (以上, 左右, 以下), and the figures a list or an
 * alternative joins to it (分别约为310亿美元和220亿美元, …或全球年营业额4%).
 *
 * scan_zh.c asks these once it has read a figure. Offsets are bytes of
 * the document; the words are quantity_zh's; nothing here allocates.
 */
#ifndef CB_ZHHEDGE_H
#define CB_ZHHEDGE_H

#include <stddef.h>

#include "claim.h"

/* The hedge stated before the figure at p[start); Q_EXACT when none. */
Qualifier zhh_before(const unsigned char *p, size_t start);

/* The hedge written after a figure ending at p[j] (blanks skipped): 以上,
 * 左右, 以下 (上下 not in 上下游); Q_EXACT when none. */
Qualifier zhh_after(const unsigned char *p, size_t n, size_t j);

/* The start of the figure a list joins to the one at p[start) (310亿美元
 * 和220亿美元, 2万个、1.5万个), or start when none. */
size_t zhh_list_before(const unsigned char *p, size_t start);

/* The start of the figure an alternative joins to the one at p[start)
 * across 或 and a noun phrase, or start when none. */
size_t zhh_alternative_before(const unsigned char *p, size_t start);

/* 1 when a verb of growth stands just before p[start) (提高了一倍,
 * 增长近一倍), a hedge and 了 between. */
int zhh_grew_before(const unsigned char *p, size_t start);

#endif
