/* buildctx.h — what the build's steps share (internal to build/): the
 * run's context, its paths, and the helpers every step uses to list its
 * inputs and write its outputs. build.c runs the claims and findings
 * steps and the whole; outputs.c the charts and the brief.
 *
 * Ownership: build_run owns the Ctx and everything in it; steps borrow.
 */
#ifndef CB_BUILDCTX_H
#define CB_BUILDCTX_H

#include <stddef.h>

#include "bstate.h"
#include "build.h"
#include "chart.h"
#include "corpus.h"
#include "curation.h"
#include "inputs.h"
#include "metrics.h"
#include "settings.h"
#include "sources.h"

#define CLAIMS_PATH "data/claims.csv"
/* Inputs the program ships defaults for (project.h): read from
 * project_input(NAME), recorded under NAME, so moving from the default
 * to a project's own copy is a change only when the bytes differ. */
#define METRICS_PATH "data/metrics.csv"
#define RELATIONS_PATH "data/relations.csv"
#define REFERENCE_PATH "data/reference.csv"
#define FONTS_DIR "fonts"
#define FINDINGS_PATH "reports/findings.csv"
#define SOURCES_PATH "data/corpus/sources.csv"
#define CHARTPREFS_PATH "data/charts.csv"
#define CHARTS_DIR "reports/charts"
#define BRIEF_PATH "reports/brief.pdf"
/* Where each document's rows are in data/claims.csv (rowindex.h). */
#define CLAIMS_INDEX "reports/.build/claims.idx"
/* The one-file-per-document caches of earlier builds (removed). */
#define DOCS_CACHE "reports/.build/docs"
/* Held (flock) for a whole build: one build of a folder at a time. */
#define BUILD_LOCK_PATH "reports/.build/lock"
/* The parts of the charts at slide size, one file stem a line: what the
 * chart nodes of the next build are (a no-op reads this, not the claims). */
#define CHART_LIST_PATH "reports/.build/charts"

typedef struct Ctx {
    const BuildOptions *o;
    BuildStats *st;
    BState *s;
    /* The tables of the charts and the brief, and the chart plan: loaded
     * on demand, once. */
    int loaded;
    Inputs in;
    ChartPlan *plan;
    Metrics *metrics;     /* for extraction, loaded on the first stale document */
    Curation *curation;
    /* Names of the files in fonts/, sorted. */
    char **fontv;
    size_t nfont;
    Corpus corpus;        /* the documents, listed once per build */
    uint64_t corpus_h;    /* hash of their names, in order */
    SourceList sources;   /* the bibliography of the corpus (sources.h), every build */
    Settings settings;    /* claimbrief.ini, read every build */
} Ctx;

double build_now_ms(void);
/* One line "WHAT: WHY" through the options' say. */
void build_say(Ctx *c, const char *what, const char *why);
/* --explain: the same for an output re-made to the same bytes (kept). */
void build_explain(Ctx *c, const char *what, const char *why);
/* The regular files of dir whose names end in suffix ("" any), sorted,
 * as "dir/name"; a missing folder is an empty list. build_free_list frees. */
char **build_list_dir(const char *dir, const char *suffix, size_t *n);
void build_free_list(char **v, size_t n);
void build_dep_version(BNode *n);
/* Inputs every chart and the brief share: the claims, findings,
 * bibliography (sources.csv and the list of documents), metric labels,
 * the presenter's charts, the fonts. */
int build_dep_common(BNode *n, Ctx *c, Diag *d);
/* Write bytes to path only when they differ from the file there: 1 when
 * written, 0 when the file already held them, or an error. */
int build_write_if_changed(Ctx *c, const char *path, const void *p, size_t len, Diag *d);
/* Load the tables and make the chart plan (once). */
int build_load_inputs(Ctx *c, Diag *d);

/* The charts and the brief (outputs.c). */
int build_step_outputs(Ctx *c, Diag *d);

#endif
