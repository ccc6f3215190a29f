/* itemrows.h — a table whose rows are single projects.
 *
 * "Table 4.1: Selected Chinese-built ICT projects in Kenya" over the
 * columns "Project  Contractor  Year  Value (US$ m)  Financing": each row
 * prices one project, so no row is China's investment in the DSR (an
 * aggregate), whatever the caption names; a row whose label names a
 * data centre prices that one data centre. A table's rows are projects
 * when its header line names a column "Project" or "Facility" (singular:
 * "Region  Projects  Countries  Value" counts projects per region, its
 * rows are aggregates).
 *
 * Nothing here allocates.
 */
#ifndef CB_ITEMROWS_H
#define CB_ITEMROWS_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* 1 when the line of doc[0, n) holding offset head_s (a column header's
 * start) names a column of single items: a cell "Project", "Facility",
 * "project_name" (any case, a whole word); 0 otherwise. */
int itemrows_project_table(const char *doc, size_t n, size_t head_s);

/* Claim c, a cell of a project table (its column header starts at
 * head_s; its row's label is doc[label_s, label_e)), took c->metric from
 * around it: when that metric is no kind of item (an aggregate such as
 * dsr_investment), it is replaced by the item metric the row's label
 * names ("Konza National Data Centre": data_center_cost), or emptied.
 * 1 when c->metric changed; 0 when c is no such cell or its metric is an
 * item's. */
int itemrows_row_metric(const Metrics *m, Claim *c, const char *doc, size_t n, size_t head_s, size_t label_s,
                        size_t label_e);

#endif
