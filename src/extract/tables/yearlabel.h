/* yearlabel.h — a year that labels the figures after it on its line.
 *
 * Charts, factsheets and timelines set a year as a label, a colon after
 * it, and the figures of that year after it on the line:
 *
 *   Unique mobile subscribers
 *   2022: 489m    43% penetration rate
 *   2030: 692m    50% penetration rate
 *   - 2022: WIC relaunched as an international organization, 100+ ...
 *
 * Each figure is of the year labelling it, whatever the sentence (the
 * lines run together) or the document's title says. The label opens its
 * line (after blanks or a bullet) or a column (after a tab or two
 * blanks); a citation's page "(CNNIC, 2021: 1)" and a period "CAGR
 * 2022–2030:" are no labels, and a figure with another year between it
 * and the label has none.
 *
 * Nothing here allocates.
 */
#ifndef CB_YEARLABEL_H
#define CB_YEARLABEL_H

#include <stddef.h>

/* The year labelling the figure starting at p[claim_s] on its line, or
 * 0. */
int yearlabel_year(const char *p, size_t claim_s);

#endif
