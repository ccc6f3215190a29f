/* change.h — is a figure stated as a change from an earlier one?
 *
 * "subscriptions grew by 3.4 per cent", "301.5 billion GB, up 15.2%",
 * "an increase of 45 per cent since 2018", "13.8% higher than in 2022",
 * "比上年增长15.2%": the
 * percentage is how much a quantity moved, not a share of anything. A
 * metric that is a share (metrics.csv nature "share": internet
 * penetration, the share offline) is a level, and never takes such a
 * figure. ("Malware made up 61 percent" is a share: "made up" is no move.)
 * The same words make "N times" a multiplier ("jumped 3.2 times", "an
 * increase of 3.5 times": multipliers.h).
 *
 * Offsets are bytes of the document. Nothing here allocates or keeps
 * state.
 */
#ifndef CB_CHANGE_H
#define CB_CHANGE_H

#include <stddef.h>

/* 1 when the words just before p[start) state a change: a verb of change
 * ("rose", "up", "fell by", "grew more than"), a noun of one with "of"
 * ("an increase of", "a decline of nearly") or its Chinese forms (增长,
 * 同比下降, 增幅为, 提高约); hedges and "by" between are passed over. */
int change_before(const char *p, size_t start);

/* 1 when the word right after p[..end) (a figure ending there; n the
 * text's length) makes it a change: "13.8% higher than in 2022", "a 12%
 * increase", "4% year-on-year", "20% more than". */
int change_after(const char *p, size_t n, size_t end);

#endif
