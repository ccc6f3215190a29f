/* hedgelist.h — a hedge written once before a list of figures.
 *
 * "about 8% and 11%", "some 120,000 people in Myanmar and 100,000 in
 * Cambodia", "about $742 million, $382 million and $583 million", "fines
 * of up to KES 5 million or 1% of turnover", "more than 80 agencies and
 * 5,000 services": the hedge before the first figure qualifies every
 * figure of the list joined to it by "and", "or" or a comma, over at most
 * a few words of the first item (its noun, its place), none a verb, a
 * comparison or another figure. Not "up to 3,500 m and climb past 2,900
 * metres", "about 20,000 in 2017 to 112,000", "about 5%, while 30%".
 *
 * The scanner (scan.c) offers each figure with the one after it, in
 * offset order; offsets are bytes of the document p[0, n).
 */
#ifndef CB_HEDGELIST_H
#define CB_HEDGELIST_H

#include <stddef.h>

#include "scan.h"

/* Does b, the figure after a and exact, take a's hedge? a_shared says a
 * took its own from the figure before it (a list's third item); else a's
 * hedge must stand right before a. Then b's qualifier and bounds become
 * a's kind and 1 is returned; otherwise 0 and b is unchanged. */
int hedge_share(const unsigned char *p, size_t n, const ScanQuantity *a, int a_shared, ScanQuantity *b);

#endif
