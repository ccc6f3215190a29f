/* zhinvest.h — a Chinese sum told as an investment takes the money
 * metric its paragraph named before it.
 *
 * "截至2023年底，中国企业在“数字丝绸之路”框架下参与的项目共计约410个，分布在
 * 72个国家。按金额计，项目总投资约790亿美元": the second sentence prices the
 * projects the first one counted; its sum is their investment though its
 * own words name no metric. A sum of money (not a yearly flow) that no
 * cue gave a metric, whose clause calls it an investment (投资, 投融资,
 * 融资), takes the metric the paragraph's text before its sentence (its
 * last bytes, as many as a heading line holds) with that clause names as
 * a heading would (names_heading_metric: cues, requires and forbids),
 * when that is an aggregate sum of money (a
 * metric in USD that prices no one item: one data centre's cost is not
 * the next sum's). Not a table's cell (its column says what it is), nor
 * an investment needed ("需要投资约1000亿美元", "资金缺口").
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_ZHINVEST_H
#define CB_ZHINVEST_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* Give claim c of the Chinese sentence opening at doc[ss], in the paragraph
 * opening at para_s, the metric its paragraph named: 1 when it took one. */
int zhinvest_metric(const Metrics *m, Claim *c, const char *doc, size_t para_s, size_t ss);

#endif
