/* camps.h — documents that fall into two groups, each agreeing within
 * itself (internal to src/compare: standing.c's rules for an agreement
 * finding).
 *
 * Indonesia's internet penetration in 2023: three documents give ITU's
 * 69.2% and the statistics office 69.21%, four others 78.2-79.5% (the
 * ISP association's survey). Two estimates each repeated across sources
 * are two definitions or methods far more often than one document's
 * error: the disagreement is a tension that says so, never a
 * contradiction between the two ends. The figures, sorted by value, are
 * cut at their widest gap; each side must hold figures of two documents
 * or more, none of the other side's documents, and agree within the
 * margin (its lowest upper end and highest lower end less than the margin
 * apart).
 */
#ifndef CB_CAMPS_H
#define CB_CAMPS_H

#include <stddef.h>

#include "run.h"

/* When figs[0..n) (two or more documents) fall into two such groups: ",
 * but the documents fall into two groups that each agree: 3 around 69.2%
 * and 4 around 79.5% ..." appended to s, and 1; else 0. */
int camps_words(const Run *R, const Figure *const *figs, size_t n, Buf *s);

#endif
