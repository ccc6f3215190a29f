/* colhead.h — a column's name read over every line of its header.
 *
 * A header set over several lines names each column in pieces:
 *
 *   Region           GG digital      DSR-linked Chinese
 *                    commitments     financing
 *                    2021-2023       2013-2023
 *                    (EUR bn)        (USD bn, est.)
 *
 * The first line's cell alone ("DSR-linked Chinese") names no measure;
 * the column's cells on every line, read down in order, do ("DSR-linked
 * Chinese financing 2013-2023 (USD bn, est.)").
 *
 * Part of the table reader (tables.h). Offsets are bytes of the
 * document; nothing here allocates.
 */
#ifndef CB_COLHEAD_H
#define CB_COLHEAD_H

#include <stddef.h>

/* The name of the column of the figure doc[start, end) of an aligned
 * table (tables_frame.h), whose header cell on the header's first line is
 * doc[head_s, head_e): that cell and the cells under it on the header's
 * further lines, joined by a blank, into buf (cap bytes, NUL-terminated).
 * Its length; 0 when the figure is in no such table, or its header is
 * one line. */
size_t colhead_text(const char *doc, size_t n, size_t start, size_t end, size_t head_s, size_t head_e, char *buf,
                    size_t cap);

#endif
