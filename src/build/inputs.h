/* inputs.h — the tables the charts and the brief are made from, loaded
 * once from the project folder (the current directory) by the chart and
 * brief commands and by the build.
 *
 *   data/claims.csv            required
 *   reports/findings.csv       optional: no findings
 *   data/metrics.csv           optional: metric ids made readable, places (*)
 *   data/reference.csv         optional: exchange rates (*)
 *   data/corpus/sources.csv    optional: the bibliography is sources.csv
 *                              as the corpus shows it (sources_load_for);
 *                              what the build kept of each PDF's and web
 *                              page's own title, date... fills its gaps
 *                              (reports/.build/text/NAME.meta)
 *   data/charts.csv            optional: every chart, default order
 *   fonts/                     required (checked by FreeType first) (*)
 * (*) the project's own, else the installed default (project_input).
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
#include "reference.h"
#include "corpus.h"
#include "sources.h"

typedef struct Inputs {
    ClaimList claims;
    FindingList findings;
    Corpus corpus;               /* the documents (empty without data/corpus/) */
    SourceList sources;          /* their bibliography */
    size_t nbad;                 /* mismatches of sources.csv and the corpus */
    Metrics *metrics;
    ReferenceList references;    /* data/reference.csv: the exchange rates key figures convert with */
    ChartPrefs *prefs;
    Fonts *fonts;
    ChartInputs ci;
} Inputs;

/* Load every table; each mismatch of sources.csv and the corpus goes to
 * warn (may be NULL) and is counted in in->nbad. On error in is still
 * safe to inputs_free. Errors: CB_EINPUT naming the file and line. */
int inputs_load(Inputs *in, SourcesWarn warn, void *warn_ctx, Diag *d);
void inputs_free(Inputs *in);

/* Label of a metric id for ChartInputs/BriefInputs (ctx: a Metrics). */
const char *inputs_metric_label(const char *id, void *ctx);

#endif
