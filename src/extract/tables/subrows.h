/* subrows.h — the rows of a table that are places within a country, the
 * one reading of a row's label and of what lays the rows out by place.
 *
 * A table by "State", "Province" or "City" (a header line over the rows,
 * in their block, opens with such a cell): each row is a place of its
 * own, its figures' place (subrows_place); a total or a stratum
 * ("Total", "Urban") is none.
 *
 * A table whose rows list the country itself ("PHILIPPINES", or "Total",
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

/* The place the row labelled doc[label_s, label_e) (at most 60 bytes,
 * opening with a capital) names, when a header line over it (up to 12
 * lines, to a blank line) opens with a kind of place of its own, no
 * other cell of its line a figure but a year: the label read as
 * subrows_area reads it ("W.P. Kuala Lumpur": "kuala lumpur"; "Astana
 * city": "astana"); 1 and out. 0 for a total's
 * row, a row whose first word is a stratum's ("Urban", "Rural areas",
 * "Rest of the country": an area, not a place), or a label not of words. */
int subrows_place(const char *doc, size_t n, size_t label_s, size_t label_e, char *out, size_t cap);

/* The area the row labelled doc[label_s, label_e) gives its cells, when
 * its table (its block of lines, to a blank line above and below, and its
 * caption doc[cap_s, cap_e)) is laid out by place and has a row naming the
 * country scope (or a total's: "Total", "National", "All regions", 全国):
 * the label, lower case, less a bracket ("(NCR)"), a footnote's mark
 * ("Sabah (a)", "Johor*"), a title's initials and a last "areas" or
 * "city" ("Urban areas": "urban"); 1 and out. 0 when the label names a
 * place known (a country, a region of the world, a province with a
 * within), is the total's, is not words, or scope is no country. A
 * table's block is read once for all its rows. */
int subrows_area(const Metrics *m, const char *doc, size_t n, size_t label_s, size_t label_e, size_t cap_s,
                 size_t cap_e, const char *scope, char *out, size_t cap);

#endif
