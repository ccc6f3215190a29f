/* zhprior.h — a Chinese figure of the year before its sentence's.
 *
 * A statistical bulletin compares a figure with its value a year before
 * by naming that value after 上年的 (上一年的, 上年同期的): "在电信业务收入中
 * 占比由上年的19.4%提升至21.2%", "户均用量由上年的12.5GB增至15.1GB", or
 * after 为 or a colon, "员工1.2万人，上年为1.05万人", "（上年同期：31.2亿元）". The
 * figure after 上年的 is of the year before the sentence's other figures,
 * whatever dates them (their own year, the paragraph's, the heading's):
 * 19.4% above is of 2022 in the bulletin of 2023. "比上年增长19.1%" names
 * no value of the year before (19.1% is the change, of the bulletin's
 * year), nor does a ratio to it ("是上年的5倍", "为上年同期的120%": this
 * year's); 去年 is dated by the document's date already (zhtime.h).
 *
 * Nothing here allocates.
 */
#ifndef CB_ZHPRIOR_H
#define CB_ZHPRIOR_H

#include <stddef.h>

#include "lists.h"

/* Date the claims of v[0, k) in the sentence opening at p[ss) that follow
 * 上年的 (over a hedge, 约 or 近) by the year before the nearest other
 * claim of the sentence that has a year and follows no such words. */
void zhprior_years(const char *p, size_t ss, ListClaim *v, size_t k);

/* Does the table's column header p[hs, he) name the period before the one
 * the table reports, with no word of a change: "上年同期数", "上年数",
 * "上期数", "上年末", "上年同期金额" (a financial report's column beside
 * "本期数")? Its cells are of the year before the report's; not "本年比上
 * 年增减", "比上年末增长（%）" (this year's change). */
int zhprior_column(const char *p, size_t hs, size_t he);

#endif
