/* multcol.h — a column of valuation multiples in a table of figures: a
 * broker's forecast table heads a group of columns "PE" (or 市盈率, PB,
 * 市净率, EV/EBITDA) over its years, and each figure under it is a
 * multiple (`x`), whatever the money the table's other columns are in
 * ("单位：元/股，倍" lists both). A group's name stands over the first
 * of its columns, so a figure belongs to the header cell that starts
 * nearest before it on the screen.
 *
 * Offsets are bytes of the document; nothing here allocates. Part of the
 * table reader (tables.h).
 */
#ifndef CB_MULTCOL_H
#define CB_MULTCOL_H

#include <stddef.h>

#include "tables_frame.h"

/* Does the figure at screen column col of its row stand under a header
 * cell (in the header line or its further lines, f) that names a
 * valuation multiple ("PE", "P/E", "PB", "市盈率", "市净率（TTM）")? */
int multcol_under_multiple(const unsigned char *p, const TableFrame *f, size_t col);

#endif
