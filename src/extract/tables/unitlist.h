/* unitlist.h — a Chinese table's unit line that lists one unit for each
 * column of figures, in the columns' order: "单位：个，亿美元，%" over
 * "项目数  投资额  占投资总额比重" gives the first column its count, the
 * second its money and the third its shares. The convention of Chinese
 * statistical tables (a line of units in turn, as "单位：亿元人民币；%"
 * lists an amount and its change).
 *
 * Offsets are bytes of the document; nothing here allocates or keeps
 * state. Part of the table reader (tables.h).
 */
#ifndef CB_UNITLIST_H
#define CB_UNITLIST_H

#include <stddef.h>

#include "tables.h"

/* The unit the line p[s, e) ("单位：个，亿美元，%", in a bracket or not)
 * lists for the figure p[start, ...) of the row p[ls, le): when the line
 * lists two units or more and the row holds exactly as many cells of
 * figures, the unit at the figure's place among them. 1 and *u filled
 * (a share, a currency, a scale or a counted noun), else 0 and *u left
 * alone. */
int unitlist_pick(const unsigned char *p, size_t s, size_t e, size_t ls, size_t le, size_t start, TableUnit *u);

#endif
