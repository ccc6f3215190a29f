/* scan_zh.h — Chinese figures for the scanner: 10.79亿, 5.4万亿元,
 * 百分之三十, 近四成, 1～2个百分点, 两千五百余个数字化车间.
 *
 * Stage 1 of the pipeline, beside the English scanner (scan.c), which
 * hands over two kinds of place: a digit run (ASCII or full-width) that
 * stands in Chinese text, and a Han character, where a Chinese numeral
 * may start. The reader follows what a Chinese reader does: digits or a
 * numeral (两千五百, 十亿七千九百万), scales (万, 亿, 万亿), shares (%,
 * 三成, 四分之一, 百分之三十, 个百分点), multipliers (倍), currencies (元,
 * 美元, 人民币), ranges (至, 到, ～, -), hedges (约, 近, 超过, 逾, 以上,
 * 多, 余, 不足, 左右), and what is counted: the noun after the classifier
 * (17个国家, 34条跨境陆缆), else the noun the clause names before the
 * figure (基站总数达1162万个), else the classifier's own (8000多人). Dates
 * (2023年, 1—7月), ordinals (第53次), names (5G, 十四五, 二十大) and
 * vague amounts (数十, 十几) are not claims. The lexicon is quantity_zh.h.
 *
 * Offsets are bytes of the document; nothing is allocated. The Scanner's
 * memory of the last counted noun is shared with the English reader, so
 * that "全年净增79.3万个" after "基站总数达1162万个" counts base stations.
 */
#ifndef CB_SCAN_ZH_H
#define CB_SCAN_ZH_H

#include <stddef.h>

#include "scan.h"

/* 1 when the digit run p[i, e) may stand in Chinese text: a non-ASCII
 * byte right before it or right after it (across one blank, or after a
 * "%"). A cheap sieve: scan_zh_next looks closer. */
int scan_zh_near(const char *p, size_t n, size_t i, size_t e);

/* Read the figure at p[i], a digit run or a Han character. 1: a claim,
 * *q filled. 0: no claim starts at i (a date, an ordinal, a name, a Han
 * character that is no numeral); *resume is past what was read. -1: the
 * digits at i do not stand in Chinese text (the English reader takes
 * them); *resume is untouched. */
int scan_zh_next(Scanner *s, size_t i, ScanQuantity *q, size_t *resume);

/* The Chinese hedge written right after a figure ending at p[j]: 以上
 * (min), 以下 (max), 左右 (approx); Q_EXACT when none. */
Qualifier scan_zh_hedge_after(const char *p, size_t n, size_t j);

/* The unit a Chinese table header or caption p[s, e) states: in its
 * last bracket a scale ("用户规模（万）"), a currency ("（亿元）"), a
 * share ("（%）") or a classifier ("（个）"); before it, the noun counted
 * ("用户" people, "基站" base stations). 1 when one was found: *scale (1
 * when none), *cur (an ISO code or NULL), *pct, and noun (cap bytes,
 * "" when none) filled. */
int scan_zh_unit_spec(const char *p, size_t s, size_t e, double *scale, const char **cur, int *pct, char *noun,
                      size_t cap);

/* The unit a Chinese unit line's words p[s, e) state, with no bracket
 * ("亿元" after "单位：", "万户", "人民币亿元"): as scan_zh_unit_spec reads
 * the inside of a bracket. 1 when one was found. */
int scan_zh_unit_words(const char *p, size_t s, size_t e, double *scale, const char **cur, int *pct, char *noun,
                       size_t cap);

/* 1 when what the words p[s, e) count comes only from a classifier's
 * default ("万件" items, "万个"): a noun that a table's row label names
 * ("快递业务量": parcels) says better what the row counts. A strong
 * classifier ("万户" subscribers) and a named noun ("万公里") are not. */
int scan_zh_unit_weak(const char *p, size_t s, size_t e);

/* A table's count in 户's own unit (subscribers, from "单位：万户" or a
 * "万户" column) whose row label p[ls, le) names what 户 counts: as in
 * prose, the label's last noun says it ("家庭宽带客户": customers,
 * "农村居民": households; "移动电话用户" stays subscribers). Rewrites noun
 * (cap bytes); 1 when it did. */
int scan_zh_strong_label(const char *p, size_t ls, size_t le, char *noun, size_t cap);

/* A row label p[ls, le) that names a count ("新签约项目数", "企业数量"): a
 * noun, then 数 or 数量 closing the label. The noun's unit to noun and 1;
 * else 0. A table in money (单位：亿元) counts such a row, it does not
 * price it. */
int scan_zh_count_label(const char *p, size_t ls, size_t le, char *noun, size_t cap);

#endif
