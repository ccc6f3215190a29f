/* zhcount.h — what a Chinese count counts when its own clause does not
 * say it all: the part of a total a breakdown names (其中), and the rate
 * a measure of bits is given per (每秒144太比特).
 *
 * scan_zh.c asks these once it has read a figure and its classifier.
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHCOUNT_H
#define CB_ZHCOUNT_H

#include <stddef.h>

/* Is the count at p[start) a part of the total counted last, which ended
 * at p[last_end)? 其中 ("of which") stands after that total and before
 * the figure, in the figure's sentence, and the total is in the same
 * sentence or the one before it: "员工1,524人，其中研发及技术人员658人",
 * "会员单位2,386家。其中，基础电信企业612家，…企业1,318家". */
int zhc_part_of_total(const unsigned char *p, size_t start, size_t last_end);

/* The unit of a measure of bits given per second: "每秒144太比特" or
 * "144太比特每秒" is Tbps (Tbit → Tbps, Gbit → Gbps, Mbit → Mbps), with
 * 每秒 in the clause before the figure at p[start) or right after the
 * measure word ending at p[end). NULL when the measure is no bits or no
 * rate is stated. */
const char *zhc_bits_per_second(const unsigned char *p, size_t n, size_t start, size_t end, const char *measure);

/* The noun a figure alone on its line counts, p[start, end) being the
 * figure and its classifier: an infographic's panel ("[图4] 基站" /
 * "1162万个" / "年末移动电话基站总数") names it in the caption below
 * (the last noun of its first clause), else in the heading above (its
 * last noun). The English unit, or NULL when the figure shares its line
 * or neither line names a noun. */
const char *zhc_panel_noun(const unsigned char *p, size_t n, size_t start, size_t end);

/* Does a clause opening at p[s) open a part of what was counted before
 * it, with 其中 ("of which")? Its place and figures are the part's. */
int zhc_opens_part(const unsigned char *p, size_t n, size_t s);

/* What a count by the general classifier that names no noun adds to:
 * the noun whose number (数量, 总数) its sentence speaks of before it
 * ("伙伴国数量有望继续增加，预计每年新增3至5个": partner countries).
 * The English unit, or NULL. */
const char *zhc_number_named_before(const unsigned char *p, size_t start);

#endif
