/* cmd_brief.c — `claimbrief brief`: reports/brief.pdf from the claims,
 * findings, bibliography, settings and fonts of the project folder.
 *
 * data/claims.csv and the fonts are required; reports/findings.csv,
 * data/metrics.csv, data/corpus/sources.csv (checked against the corpus:
 * warnings, or errors with --strict) and claimbrief.ini are optional. The
 * charts are built here at column size and painted by the brief. */
#include "brief.h"
#include "chart.h"
#include "cmd.h"
#include "corpus.h"
#include "fsio.h"
#include "ownpath.h"
#include "inputs.h"
#include "project.h"
#include "settings.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int run(int argc, char **argv);

const Command cmd_brief_def = {
    "brief", "write the PDF brief (reports/brief.pdf)",
    "usage: claimbrief brief [-o FILE] [--paper a4|letter] [--strict]\n"
    "\n"
    "Write the brief: cover, key figures, findings, charts, every claim with\n"
    "its sentence, sources, method. Reads data/claims.csv, reports/findings.csv\n"
    "(from 'claimbrief compare'), data/metrics.csv, data/corpus/sources.csv,\n"
    "claimbrief.ini (title, author, marking...) and the fonts in fonts/.\n"
    "\n"
    "  -o FILE         write here instead of reports/brief.pdf\n"
    "  --paper SIZE    a4 or letter (default: claimbrief.ini's paper, else a4)\n"
    "  --strict        a document without a row in sources.csv, or a row\n"
    "                  without a document, is an error (else a warning)\n"
    "\n"
    "The date on the cover is claimbrief.ini's date, else today's, or\n"
    "SOURCE_DATE_EPOCH's (that is also the PDF's creation date, and the file is\n"
    "the same byte for byte on every run).\n",
    run,
    CMD_PROJECT,
};

/* A mismatch of sources.csv and the corpus: a warning, or with --strict
 * an error line (the command then fails after listing them all). */
static void on_bibliography(const Diag *w, void *ctx)
{
    if (*(const int *)ctx)
        diag_print(w);
    else
        diag_warn(w->file, w->line, "%s", w->msg);
}

enum { O_PAPER = 256, O_STRICT };

static const CmdOpt options[] = {
    {NULL, 'o', "a value"},
    {"paper", O_PAPER, "a value"},
    {"strict", O_STRICT, NULL},
    {0},
};

static int run(int argc, char **argv)
{
    const Command *self = &cmd_brief_def;
    const char *out = "reports/brief.pdf";
    int letter = -1, strict = 0, user_out = 0, key;
    CmdArgs a;
    cmd_args_begin(&a, self, options, argc, argv, 0);
    while ((key = cmd_args_next(&a)) != CMD_ARGS_END) {
        if (key == 'o') {
            out = project_user_path(a.value);
            user_out = 1;
        } else if (key == O_PAPER && !strcmp(a.value, "a4")) {
            letter = 0;
        } else if (key == O_PAPER && !strcmp(a.value, "letter")) {
            letter = 1;
        } else if (key == O_PAPER) {
            return cmd_usage_error(self, "unknown paper '%s' (a4 or letter)", a.value);
        } else if (key == O_STRICT) {
            strict = 1;
        } else {
            return 2;
        }
    }
    if (a.rest < argc)
        return cmd_usage_error(self, "unexpected argument '%s'", argv[a.rest]);
    Diag d = { 0 };
    BriefInputs in = { 0 };
    Inputs tables;
    memset(&tables, 0, sizeof tables);
    ChartPlan *plan = NULL;
    Settings settings = { 0 };
    int rc = brief_date(&in.date, &in.date_is_fixed, &d);
    if (!rc)
        rc = settings_load(PROJECT_SETTINGS, &settings, &d);
    if (letter < 0)
        letter = settings.paper == PAPER_LETTER;
    if (!rc)
        rc = inputs_load(&tables, on_bibliography, &strict, &d);
    if (!rc && strict && tables.nbad)
        rc = diag_set(&d, CB_EINPUT, CORPUS_DIR "/sources.csv", 0,
                      "%zu mismatch%s with the documents of " CORPUS_DIR " (see above; --strict)",
                      tables.nbad, tables.nbad == 1 ? "" : "es");
    if (!rc) {
        /* The charts the chart command makes, laid out by the brief at
         * its column width. */
        plan = chart_plan_make(&tables.ci);
        chartprefs_report_unused(tables.prefs);
    }
    if (!rc && !user_out)
        rc = ownpath_mkdirs("reports", &d);
    if (!rc) {
        in.claims = &tables.claims;
        in.findings = &tables.findings;
        in.sources = &tables.sources;
        in.fonts = tables.fonts;
        in.plan = plan;
        in.metric_label = inputs_metric_label;
        in.label_ctx = tables.metrics;
        in.metrics = tables.metrics;
        in.references = &tables.references;
        in.ndocs = tables.corpus.n;
        in.letter = letter;
        in.settings = &settings;
        rc = brief_write(&in, out, user_out, &d);
    }
    if (rc)
        diag_print(&d);
    chart_plan_free(plan);
    inputs_free(&tables);
    settings_free(&settings);
    return diag_exit_status(rc);
}
