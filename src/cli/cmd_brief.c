/* cmd_brief.c — `claimbrief brief`: reports/brief.pdf from the claims,
 * findings, bibliography and fonts of the project folder.
 *
 * data/claims.csv, data/corpus/sources.csv and fonts/ are required;
 * reports/findings.csv and data/metrics.csv are optional (the brief then
 * says there are no findings / shows metric ids made readable). The
 * charts are built here at column size and painted by the brief. */
#include "brief.h"
#include "chart.h"
#include "cmd.h"
#include "corpus.h"
#include "fsio.h"
#include "metrics.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int run(int argc, char **argv);

const Command cmd_brief_def = {
    "brief", "write the PDF brief (reports/brief.pdf)",
    "usage: claimbrief brief [-o FILE] [--paper a4|letter]\n"
    "\n"
    "Write the brief: cover, key figures, findings, charts, every claim with\n"
    "its sentence, sources, method. Reads data/claims.csv, reports/findings.csv\n"
    "(from 'claimbrief compare'), data/metrics.csv, data/corpus/sources.csv and\n"
    "the fonts in fonts/.\n"
    "\n"
    "  -o FILE         write here instead of reports/brief.pdf\n"
    "  --paper SIZE    a4 (default) or letter\n"
    "\n"
    "The date on the cover is today's, or SOURCE_DATE_EPOCH's (then it is also\n"
    "the PDF's creation date, and the file is the same byte for byte on every run).\n",
    run,
};

static const char *label_cb(const char *id, void *ctx)
{
    return ctx ? metrics_label(ctx, id) : NULL;
}

static int exists(const char *path)
{
    return access(path, F_OK) == 0;
}

/* Documents in the corpus, by the corpus' one rule (0 without a corpus). */
static size_t count_docs(void)
{
    Corpus c;
    size_t n = corpus_list(CORPUS_DIR, &c, NULL) == 0 ? c.n : 0;
    corpus_free(&c);
    return n;
}

/* The cover date: SOURCE_DATE_EPOCH when set (reproducible), else now. */
static int brief_date(time_t *t, int *fixed, Diag *d)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    *fixed = 0;
    if (!s || !*s) {
        *t = time(NULL);
        return 0;
    }
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (*end || errno || v < 0 || v > 253402300799LL)
        return diag_set(d, CB_EUSAGE, NULL, 0,
                        "SOURCE_DATE_EPOCH '%s' is not a number of seconds since 1970", s);
    *t = (time_t)v;
    *fixed = 1;
    return 0;
}

static int run(int argc, char **argv)
{
    const Command *self = &cmd_brief_def;
    if (cmd_wants_help(self, argc, argv))
        return 0;
    const char *out = "reports/brief.pdf";
    int letter = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--paper")) {
            if (i + 1 >= argc)
                return cmd_usage_error(self, "%s needs a value", argv[i]);
            const char *v = argv[++i];
            if (argv[i - 1][1] == 'o') {
                out = v;
            } else if (!strcmp(v, "a4")) {
                letter = 0;
            } else if (!strcmp(v, "letter")) {
                letter = 1;
            } else {
                return cmd_usage_error(self, "unknown paper '%s' (a4 or letter)", v);
            }
        } else {
            return cmd_usage_error(self, "unexpected argument '%s'", argv[i]);
        }
    }
    Diag d = { 0 };
    ClaimList claims = { 0 };
    FindingList findings = { 0 };
    SourceList sources = { 0 };
    Fonts *fonts = NULL;
    Metrics *metrics = NULL;
    BriefInputs in = { 0 };
    int rc = brief_date(&in.date, &in.date_is_fixed, &d);
    /* FreeType checks every font before libharu, which crashes on bad ones, sees it. */
    if (!rc)
        rc = fonts_load("fonts", &fonts, &d);
    if (!rc)
        rc = claims_load("data/claims.csv", &claims, &d);
    if (!rc && exists("reports/findings.csv"))
        rc = findings_load("reports/findings.csv", &findings, &d);
    if (!rc && exists("data/metrics.csv"))
        rc = metrics_load("data/metrics.csv", &metrics, &d);
    if (!rc)
        rc = sources_load("data/corpus/sources.csv", &sources, &d);
    /* The same scenes the chart command writes, at the brief's column width. */
    size_t ncharts = 0;
    Scene *scenes = xcalloc(chart_count() + 1, sizeof *scenes);
    const Scene **charts = xcalloc(chart_count() + 1, sizeof *charts);
    ChartInputs cin = { &claims, &findings, &sources, fonts, label_cb, metrics };
    for (size_t i = 0; !rc && i < chart_count(); i++) {
        rc = chart_build(chart_name(i), &cin, CHART_COLUMN_W, CHART_COLUMN_H, 0, &scenes[i], &d);
        ncharts++;   /* scene_free even on error */
        charts[i] = &scenes[i];
    }
    if (!rc && !strcmp(out, "reports/brief.pdf"))
        rc = fsio_mkdirs("reports", &d);
    if (!rc) {
        in.claims = &claims;
        in.findings = &findings;
        in.sources = &sources;
        in.fonts = fonts;
        in.charts = charts;
        in.ncharts = ncharts;
        in.metric_label = label_cb;
        in.label_ctx = metrics;
        in.ndocs = count_docs();
        in.letter = letter;
        rc = brief_write(&in, out, &d);
    }
    if (rc)
        diag_print(&d);
    for (size_t i = 0; i < ncharts; i++)
        scene_free(&scenes[i]);
    free(scenes);
    free(charts);
    if (metrics)
        metrics_free(metrics);
    claimlist_free(&claims);
    findinglist_free(&findings);
    sources_free(&sources);
    if (fonts)
        fonts_free(fonts);
    return diag_exit_status(rc);
}
