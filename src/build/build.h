/* build.h — what changed -> what to rebuild: the whole pipeline,
 * incrementally, on the project folder (the current directory).
 *
 *   data/corpus/NAME.txt + data/metrics.csv + data/curation.csv -> data/claims.csv
 *   data/claims.csv + data/relations.csv + data/reference.csv -> reports/findings.csv
 *   claims + findings + sources + fonts -> reports/charts/NAME.{png,svg,pdf,csv,txt}
 *   claims + findings + sources + fonts + charts -> reports/brief.pdf
 *
 * Each output is a node of the record of hashes (bstate.h,
 * reports/.build/state): it is remade only when an input's content hash
 * differs from the one it was made from, or the output is missing or was
 * modified. A node whose inputs changed but whose result is the same
 * (findings.csv identical after a curation edit; a chart whose shown data
 * did not change) is not rewritten ("early cutoff"), so its dependants
 * stay untouched. A no-op build reads no document and writes nothing.
 *
 * Chart files render on opts->jobs threads; every output is the same for
 * every number of threads. Errors stop the build at the failing step;
 * outputs already made stay, older outputs are never damaged (atomic
 * writes) and the record keeps what was committed.
 *
 * Messages: one line per remade output, "WHAT: WHY", through say (the
 * module prints nothing itself); progress through progress (may be NULL).
 */
#ifndef CB_BUILD_H
#define CB_BUILD_H

#include <stddef.h>

#include "diag.h"

#define BUILD_STATE_PATH "reports/.build/state"
/* The stamp of the last build that left nothing to do (bstate.h). */
#define BUILD_STAMP_PATH "reports/.build/stamp"

typedef struct BuildOptions {
    int jobs;   /* threads for charts, >= 1 */
    /* One line, without '\n': "claims: data/curation.csv changed". */
    void (*say)(const char *line, void *ctx);
    /* Long work: done of total units of what; total 0 ends the line. */
    void (*progress)(const char *what, size_t done, size_t total, void *ctx);
    void *ctx;
    int follow_links;   /* read corpus links that lead outside data/corpus */
    int strict;   /* sources.csv and the corpus must agree (else warnings) */
    int explain;  /* also say the documents re-read and the outputs whose
                   * inputs changed but that came out the same */
} BuildOptions;

typedef struct BuildStats {
    size_t remade;      /* outputs written */
    size_t checked;     /* outputs considered */
    /* Time of each step, ms (for the benchmarks): wall time of the claims
     * table, the findings, and the charts and brief (rendered together on
     * --jobs threads); ms_charts is the CPU time the chart parts took
     * (their keys, rendering and writing, summed over the threads, and
     * the sync and record of the step's files), ms_brief the brief's;
     * ms_outputs_cpu the CPU time of the whole step, every thread (the
     * charts and the brief, loading what they show, the sync, the
     * record), ms_outputs_sys the kernel's part of it (making, writing
     * and syncing files). */
    double ms_claims, ms_findings, ms_outputs, ms_outputs_cpu, ms_outputs_sys, ms_charts, ms_brief;
} BuildStats;

/* Run one build. 0, or the failing step's CB_E* with d filled. */
int build_run(const BuildOptions *o, BuildStats *st, Diag *d);

#endif
