/* notedate.h — the date a table's note gives one column: "资料来源：Wind，
 * 本所研究所预测（收盘价截至2026年9月12日）" under a column headed 收盘价.
 *
 * A broker's table of forecasts dates its columns by their headers'
 * years ("2026E"), but its share prices by the note under it: the column
 * the note names, then 截至 and a year, is of that year.
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_NOTEDATE_H
#define CB_NOTEDATE_H

#include <stddef.h>

/* The year the note line p[ns, ne) gives the column headed p[hs, he)
 * (its header's words, blanks trimmed, then 截至 within a few characters,
 * then a year and 年), or 0. */
int notedate_column_year(const char *p, size_t ns, size_t ne, size_t hs, size_t he);

#endif
