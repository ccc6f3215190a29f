/* decadeend.h — "by the end of the decade": the year a decade's end names.
 *
 * A forecast "at 81% by the end of the decade" in a report of 2025 is of
 * 2030: the decade's end is the next year ending in 0 after the year of
 * the telling. The phrase dates the figure of its clause before it ("17%
 * of the total by the end of the decade", no year between), and, in a
 * sentence that writes no year, the figures after it that no comparison
 * or present word takes back ("... expected by the end of the decade,
 * taking the total to 692 million"). Pure functions of the text.
 */
#ifndef CB_DECADEEND_H
#define CB_DECADEEND_H

#include <stddef.h>

/* The year the end of the decade names for the figure p[start, end) of
 * the sentence p[ss, se), told in year told (its document's date or
 * title); 0 when no such phrase dates it. */
int decadeend_year(const char *p, size_t ss, size_t se, size_t start, size_t end, int told);

#endif
