/* zhspoken.h — the spoken forms of Chinese numbers: two neighbouring
 * digits for an estimate between them (两三个, 七八十人, 五六百家, 三四千万),
 * 来 after a round number for about it (十来个, 二十来家, 百来人), 小
 * before a round one for nearly it (小一万, 小两千).
 *
 * scan_zh.c reads the figure; these say what its spoken words add.
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHSPOKEN_H
#define CB_ZHSPOKEN_H

#include <stddef.h>

/* Two neighbouring Chinese digits at p[i] (the second one more: 一两,
 * 两三, 七八) and the units after them, which both share: 七八十 is 70 to
 * 80, 五六百 500 to 600, 三四千万 30 to 40 million. 1 with *lo, *hi and
 * *end (past the units) filled; 0 when p[i] holds no such pair (二〇二三,
 * 四十五, 三十). */
int zhs_pair(const unsigned char *p, size_t n, size_t i, double *lo, double *hi, size_t *end);

/* 来 at p[j] after a round number v (a multiple of ten) and before what
 * it counts (a classifier, a noun, a unit: 十来个, 二十来家企业, 百来人):
 * about v. Its length (3), or 0. what_follows says whether what stands at
 * p[j + 3] goes on with the figure. */
size_t zhs_about_after(const unsigned char *p, size_t n, size_t j, double v, int what_follows);

/* 小 right before a round Chinese numeral at p[start] (小一万, 小两千):
 * nearly that much. Not the 小 of a verb or a comparison (缩小, 较小,
 * 最小, 大小). */
int zhs_nearly_before(const unsigned char *p, size_t n, size_t start);

/* A sum said in 亿 with no currency after the trade or income it
 * measures ("广西去年跨境电商进出口463.7亿", "出口是两万亿出头", "跨境电商
 * 进出口，二点六三万亿"): yuan, as a Chinese speaker means it. Does the
 * clause before the figure at p[start) (or, when the figure opens its
 * clause, the clause before that) end with such a noun, a few characters
 * at most before it? */
int zhs_yuan_sum_before(const unsigned char *p, size_t start);

#endif
