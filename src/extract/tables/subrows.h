/* subrows.h — the rows of a table that are parts of a country: a table
 * whose rows list the country itself ("PHILIPPINES", or "Total",
 * "National", 全国) and its regions ("National Capital Region (NCR)",
 * "CALABARZON", "Urban"), laid out by place (a header cell or the caption
 * says "Region", "by province", 地区). A careful reader reads each region's
 * figure as the region's, not the nation's: its area (area.h), while its
 * scope stays the country.
 *
 * Nothing here allocates.
 */
#ifndef CB_SUBROWS_H
#define CB_SUBROWS_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* The area the row labelled doc[label_s, label_e) gives its cells, when
 * its table (its block of lines, to a blank line above and below, and its
 * caption doc[cap_s, cap_e)) is laid out by place and has a row naming the
 * country scope (or a total's: "Total", "National", "All regions", 全国):
 * the label, lower case, less a bracket ("(NCR)"), a footnote's mark and
 * "areas" ("Urban areas": "urban"); 1 and out. 0 when the label names a
 * place known (a country, a region of the world, a province with a
 * within), is the total's, is not words, or scope is no country. */
int subrows_area(const Metrics *m, const char *doc, size_t n, size_t label_s, size_t label_e, size_t cap_s,
                 size_t cap_e, const char *scope, char *out, size_t cap);

#endif
