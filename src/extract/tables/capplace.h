/* capplace.h — the one place a table's caption puts its cells in.
 *
 * A caption ("Table 1", "Figure 2:" opening it) that names one place gives
 * every cell of its table that place when neither the row nor the column
 * names one: "Table 1 / Southeast Asia IaaS + PaaS: Top 5 Providers, Market
 * Share, 2023 and 2024" over rows of
 * providers, "Figure 2: Submarine cable systems in Southeast Asia by main
 * supplier" over "SubCom 17 | Alcatel Submarine Networks 15". A caption of
 * a table by place ("... by region", "by country") names no place of its
 * cells (a table by trade partner names its reporter: "Malaysia: exports
 * by main partner"); nor does one naming two places ("China's exports to
 * Africa"), nor a place inside a name ("Asian Development Bank").
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_CAPPLACE_H
#define CB_CAPPLACE_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* The one place (scope id into out) the caption doc[s, e) names: 1, or 0
 * when it names none, several, gives a table by place, or does not open
 * as a caption. */
int capplace_of(const Metrics *m, const char *doc, size_t s, size_t e, char *out, size_t cap);

/* The one place the caption of the table row holding doc[at) names (a
 * row of figures the table reader did not take as cells; a chart's
 * figures on the line under its caption): 1 and out, or 0. */
int capplace_row(const Metrics *m, const char *doc, size_t n, size_t at, char *out, size_t cap);

#endif
