/* inputs.h — the tables the charts and the brief are made from, loaded
 * once from the project folder (the current directory) by the chart and
 * brief commands and by the build.
 *
 *   data/claims.csv            required
 *   reports/findings.csv       optional: no findings
 *   data/metrics.csv           optional: metric ids made readable
 *   data/corpus/sources.csv    optional unless INPUTS_NEED_SOURCES; what the
 *                              build kept of each PDF's and web page's own
 *                              title, date... fills its gaps
 *                              (reports/.build/text/NAME.meta)
 *   data/charts.csv            optional: every chart, default order
 *   fonts/                     required (checked by FreeType first)
 *
 * Ownership: an Inputs owns everything it loaded; inputs_free releases
 * it. in.ci (ChartInputs) points into it and lives as long.
 */
#ifndef CB_INPUTS_H
#define CB_INPUTS_H

#include "chart.h"
#include "chartprefs.h"
#include "claim.h"
#include "diag.h"
#include "findings.h"
#include "font.h"
#include "metrics.h"
#include "sources.h"

#define INPUTS_NEED_SOURCES 1u

typedef struct Inputs {
    ClaimList claims;
    FindingList findings;
    SourceList sources;
    int have_sources;
    Metrics *metrics;
    ChartPrefs *prefs;
    Fonts *fonts;
    ChartInputs ci;
} Inputs;

/* Load every table (flags: INPUTS_NEED_SOURCES). On error in is still
 * safe to inputs_free. Errors: CB_EINPUT naming the file and line. */
int inputs_load(Inputs *in, unsigned flags, Diag *d);
void inputs_free(Inputs *in);

/* Label of a metric id for ChartInputs/BriefInputs (ctx: a Metrics). */
const char *inputs_metric_label(const char *id, void *ctx);

#endif
