/* chartprefs.h — the presenter's choice of charts (data/charts.csv).
 *
 * The charts are made from the data (chart.h); this small table, in the
 * spirit of data/metrics.csv, says which of them a presenter wants, in
 * what order, and how each is titled. Columns (header row, any order,
 * RFC 4180; a `note` column is ignored):
 *     chart   a chart's name as `claimbrief chart --list` prints it
 *             ("metric-internet_users", "money", "coverage"), or a
 *             pattern with * and ? ("trend-*", "*")
 *     show    yes (or empty) to make the chart, no to leave it out
 *     title   a title for that one chart (empty: the computed one); only
 *             on a row naming one chart, not a pattern
 * Charts come in the order of the first row that names them; charts no
 * row names follow in the default order. A row naming no existing chart
 * is reported as a warning (the corpus may have changed), never an error.
 *
 * Ownership: chartprefs_load returns a ChartPrefs freed with
 * chartprefs_free; strings chartprefs_match returns belong to it.
 */
#ifndef CB_CHARTPREFS_H
#define CB_CHARTPREFS_H

#include <stddef.h>

#include "diag.h"

typedef struct ChartPrefs ChartPrefs;

/* Load path. CB_EINPUT "PATH:LINE: ..." for a malformed file: no `chart`
 * column, an empty chart cell, a show that is not yes or no, a title on a
 * pattern, a chart named twice. */
int chartprefs_load(const char *path, ChartPrefs **out, Diag *d);
int chartprefs_load_mem(const char *name, const char *data, size_t n, ChartPrefs **out, Diag *d);
void chartprefs_free(ChartPrefs *p);

/* The first row matching chart name: its index (the chart's place in the
 * order), *show and *title ("" when none). -1 when no row matches (then
 * the chart is shown with its own title, after the named ones). Marks
 * the row as used. Not thread-safe (planning is single-threaded). */
long chartprefs_match(const ChartPrefs *p, const char *name, int *show, const char **title);

/* Print one warning per row without a pattern that matched no chart:
 *   claimbrief: PATH:LINE: warning: no chart 'NAME' (claimbrief chart --list names them)
 * Returns the count. */
size_t chartprefs_report_unused(const ChartPrefs *p);

#endif
