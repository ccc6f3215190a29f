/* zhratio.h — a share of persons said as so many out of so many: "十个人
 * 里头不到四个人上网" (fewer than four in ten: at most 40%), "每10个人中就有7
 * 个人网购" (70%). The base (十个人里头) counts nobody: it is no claim;
 * the part after it is a share of it.
 *
 * scan_zh.c asks these once it has read a figure and its classifier.
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHRATIO_H
#define CB_ZHRATIO_H

#include <stddef.h>

/* Is the count of persons whose classifier ends at p[cl_end) the base of
 * a share: (个)人 and then 里头, 里面, 当中, 之中, 里 or 中? */
int zhr_base_after(const unsigned char *p, size_t n, size_t cl_end);

/* The base of the share whose part starts at p[start): the count of
 * persons before it in its clause, closed by 里头 (…), with at most a few
 * words of hedging or having between ("就有", "不到"). 0 when none. */
double zhr_base_before(const unsigned char *p, size_t start);

#endif
