/* csvrows.h — the rows of a data export set as comma-separated values:
 *
 *   id,project,country,year,value_usd_m,lender,status
 *   DSR-0007,Safe City Phase II (Islamabad),Pakistan,2022,124.0,China Exim,completed
 *
 * A tracker's or a portal's "Download CSV" pasted into a page: its
 * header is a line of field names (lower case, digits and '_' only),
 * three at least, and each row under it holds as many commas. A figure
 * in a row is a cell of the column whose name states its unit
 * ("value_usd_m": US$ million), as a pipe table's is (tables.h).
 *
 * Part of the table reader. Offsets are bytes of the document; nothing
 * here allocates.
 */
#ifndef CB_CSVROWS_H
#define CB_CSVROWS_H

#include <stddef.h>

/* Is the line p[ls, le) a row of such an export (or its header)? The
 * header line's bounds in [*hs, *he) and 1, else 0. Rows run up to the
 * header without a blank line between; a row with more or fewer commas
 * than the header (a comma inside a quoted cell) is not read. */
int csvrows_block(const unsigned char *p, size_t ls, size_t le, size_t *hs, size_t *he);

#endif
