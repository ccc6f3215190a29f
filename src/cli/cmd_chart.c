/* cmd_chart.c — `claimbrief chart`: render the charts into reports/charts/.
 *
 * Reads data/claims.csv (required), reports/findings.csv, data/metrics.csv,
 * data/corpus/sources.csv and data/charts.csv (each optional), plans the
 * charts the corpus calls for (chart.h), then writes every part of each
 * chart asked for at the size asked for: NAME.png/.svg/.pdf (the formats
 * asked for), NAME.csv (the figures shown, with ids) and NAME.txt (alt
 * text), each atomically and all of them in one batch (fsio.h: one sync,
 * then the renames); continuation parts are NAME-2, NAME-3... With
 * --list it prints the charts instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "cmd.h"
#include "project.h"
#include "fsio.h"
#include "ownpath.h"
#include "inputs.h"

static int run(int argc, char **argv);

const Command cmd_chart_def = {
    "chart", "render the charts (PNG, SVG, PDF, with CSV and alt text)",
    "usage: claimbrief chart [NAME...] [--list] [--format png,svg,pdf] [--size slide|slide43|column|WxH] [--dpi N] [--transparent] [-o DIR]\n"
    "\n"
    "Render the charts the corpus calls for, from data/claims.csv,\n"
    "reports/findings.csv, data/metrics.csv and data/corpus/sources.csv, into\n"
    "DIR (default reports/charts/): NAME.png, NAME.svg, NAME.pdf, plus NAME.csv\n"
    "(the figures shown, with claim ids) and NAME.txt (alt text). A chart whose\n"
    "figures do not fit at the size goes on over NAME-2, NAME-3... Charts: money,\n"
    "consistency, metric-ID and trend-ID for each metric, other-KIND for figures\n"
    "without a metric, coverage; data/charts.csv chooses, orders and titles them\n"
    "(default: every chart it does not hide).\n"
    "\n"
    "  --list          print each chart: name, parts at the size, figures, title\n"
    "  --format LIST   formats, comma-separated (default png,svg,pdf)\n"
    "  --size SIZE     slide (960x540 pt, PNG 1920x1080), slide43 (720x540 pt,\n"
    "                  PNG 1440x1080), column (483x290 pt, the brief's text\n"
    "                  width) or WxH in PNG pixels (default slide)\n"
    "  --dpi N         PNG resolution (default 144: 2 pixels per point)\n"
    "  --transparent   no background, for dark slides\n"
    "  -o DIR          output folder (created if missing)\n",
    run,
    CMD_PROJECT,
};

/* Into the batch of the run's files (fsio.h: one sync for them all). */
static int write_buf(FsioBatch *fb, const char *dir, const char *stem, const char *ext,
                     const Buf *b, Diag *d)
{
    char path[sizeof ((AtomicFile *)0)->path];
    /* never a cut path: two charts would overwrite one file */
    if (snprintf(path, sizeof path, "%s/%s.%s", dir, stem, ext) >= (int)sizeof path)
        return diag_set(d, CB_EWRITE, dir, 0, "folder path too long for the chart files (%zu bytes)",
                        strlen(dir));
    return fsio_batch_write(fb, path, b->data ? b->data : "", b->len, d);
}

/* Every file of chart i fits under dir ("DIR/STEM.EXT", the longest
 * extension four bytes): checked for all charts before any is written,
 * so a folder too long refuses the run instead of half doing it. */
static int check_paths(const ChartPlan *plan, size_t i, const ChartSize *sz, const char *dir,
                       Diag *d)
{
    size_t parts = chart_parts(plan, i, sz->width_pt, sz->height_pt);
    for (size_t k = 0; k < parts; k++) {
        char stem[160];
        chart_part_name(plan, i, k, stem, sizeof stem);
        if (strlen(dir) + 1 + strlen(stem) + 4 >= sizeof ((AtomicFile *)0)->path)
            return diag_set(d, CB_EWRITE, dir, 0,
                            "folder path too long for the chart files (%zu bytes)", strlen(dir));
    }
    return CB_OK;
}

/* Every part of chart i, in every format asked for, and its CSV and alt text. */
static int write_chart(FsioBatch *fb, const ChartPlan *plan, const Fonts *fonts, size_t i,
                       const int *want, const ChartSize *sz, int transparent, const char *dir,
                       Diag *d)
{
    size_t parts = chart_parts(plan, i, sz->width_pt, sz->height_pt);
    int rc = CB_OK;
    for (size_t k = 0; k < parts && rc == CB_OK; k++) {
        char stem[160];
        chart_part_name(plan, i, k, stem, sizeof stem);
        Scene s;
        rc = chart_build(plan, i, k, sz->width_pt, sz->height_pt, transparent, &s, d);
        for (int f = 0; f < CHART_NFORMATS && rc == CB_OK; f++) {
            if (!want[f])
                continue;
            Buf b;
            buf_init(&b, 0);
            rc = chart_paint(&s, fonts, (ChartFormat)f, sz->px_per_pt, &b, d);
            if (rc == CB_OK)
                rc = write_buf(fb, dir, stem, chart_format_ext((ChartFormat)f), &b, d);
            buf_free(&b);
        }
        scene_free(&s);
        Buf b;
        buf_init(&b, 0);
        if (rc == CB_OK &&
            (rc = chart_data_csv(plan, i, k, sz->width_pt, sz->height_pt, &b, d)) == CB_OK)
            rc = write_buf(fb, dir, stem, "csv", &b, d);
        buf_reset(&b);
        if (rc == CB_OK &&
            (rc = chart_alt_text(plan, i, k, sz->width_pt, sz->height_pt, &b, d)) == CB_OK)
            rc = write_buf(fb, dir, stem, "txt", &b, d);
        buf_free(&b);
    }
    return rc;
}

enum { O_FORMAT = 256, O_SIZE, O_DPI, O_TRANSPARENT, O_LIST };

static const CmdOpt options[] = {
    {"format", O_FORMAT, "a value"},
    {"size", O_SIZE, "a value"},
    {"dpi", O_DPI, "a value"},
    {NULL, 'o', "a value"},
    {"transparent", O_TRANSPARENT, NULL},
    {"list", O_LIST, NULL},
    {0},
};

/* --format png,svg: the formats wanted, into want. Returns 0 or the
 * usage error's exit status. */
static int parse_formats(const Command *c, const char *v, int want[CHART_NFORMATS])
{
    memset(want, 0, CHART_NFORMATS * sizeof *want);
    char tmp[128];
    snprintf(tmp, sizeof tmp, "%s", v);
    for (char *tok = strtok(tmp, ","); tok; tok = strtok(NULL, ",")) {
        int k = -1;
        for (int f = 0; f < CHART_NFORMATS; f++)
            if (strcmp(tok, chart_format_ext((ChartFormat)f)) == 0)
                k = f;
        if (k < 0)
            return cmd_usage_error(c, "unknown format '%s' (png, svg, pdf)", tok);
        want[k] = 1;
    }
    return 0;
}

static int run(int argc, char **argv)
{
    const Command *c = &cmd_chart_def;
    int want[CHART_NFORMATS] = {1, 1, 1};
    const char *size = "slide", *dir = "reports/charts";
    int user_dir = 0;
    double dpi = 144;
    int transparent = 0, list = 0, status = 0, key;
    CmdArgs a;
    cmd_args_begin(&a, c, options, argc, argv, 0);
    while (!status && (key = cmd_args_next(&a)) != CMD_ARGS_END) {
        switch (key) {
        case O_FORMAT: status = parse_formats(c, a.value, want); break;
        case O_SIZE: size = a.value; break;
        case O_DPI:
            dpi = (double)cmd_parse_count(a.value, 1200);
            if (dpi < 18)
                status = cmd_usage_error(c, "--dpi '%s': expected a number from 18 to 1200", a.value);
            break;
        case 'o': dir = project_user_path(a.value), user_dir = 1; break;
        case O_TRANSPARENT: transparent = 1; break;
        case O_LIST: list = 1; break;
        default: status = 2;
        }
    }
    if (status)
        return status;
    const char **names = xcalloc((size_t)argc + 1, sizeof *names);
    size_t nn = 0;
    for (int i = a.rest; i < argc; i++)
        names[nn++] = argv[i];
    Diag d = {0};
    ChartSize sz;
    if (!status && chart_size_parse(size, dpi, &sz, &d) != CB_OK)
        status = cmd_usage_error(c, "%s", d.msg);
    if (status) {
        free(names);
        return status;
    }
    Inputs in;
    /* the bibliography's mismatches are brief's and build's to report */
    int rc = inputs_load(&in, NULL, NULL, &d);
    ChartPlan *plan = NULL;
    if (rc == CB_OK) {
        plan = chart_plan_make(&in.ci);
        chartprefs_report_unused(in.prefs);
    }
    /* Every name must be a chart of this corpus. */
    for (size_t i = 0; rc == CB_OK && i < nn; i++)
        if (chart_find(plan, names[i]) < 0) {
            chart_plan_free(plan);
            inputs_free(&in);
            status = cmd_usage_error(c, "no chart '%s' in this corpus (claimbrief chart --list "
                                        "names them)", names[i]);
            free(names);
            return status;
        }
    if (rc == CB_OK && list) {
        for (size_t i = 0; i < chart_count(plan); i++)
            printf("%s\t%zu part%s\t%zu\t%s%s\n", chart_name(plan, i),
                   chart_parts(plan, i, sz.width_pt, sz.height_pt),
                   chart_parts(plan, i, sz.width_pt, sz.height_pt) == 1 ? "" : "s",
                   chart_items(plan, i), chart_title(plan, i),
                   chart_shown(plan, i) ? "" : " (hidden by data/charts.csv)");
    } else if (rc == CB_OK) {
        for (size_t i = 0; rc == CB_OK && i < (nn ? nn : chart_count(plan)); i++)
            rc = check_paths(plan, nn ? (size_t)chart_find(plan, names[i]) : i, &sz, dir, &d);
        if (rc == CB_OK)   /* reports/charts is the project's: a real folder (ownpath.h) */
            rc = user_dir ? fsio_mkdirs(dir, &d) : ownpath_mkdirs(dir, &d);
        FsioBatch *fb = fsio_batch_new();
        if (nn == 0)
            for (size_t i = 0; rc == CB_OK && i < chart_count(plan); i++) {
                if (chart_shown(plan, i))
                    rc = write_chart(fb, plan, in.fonts, i, want, &sz, transparent, dir, &d);
            }
        for (size_t i = 0; rc == CB_OK && i < nn; i++)
            rc = write_chart(fb, plan, in.fonts, (size_t)chart_find(plan, names[i]), want, &sz,
                             transparent, dir, &d);
        if (rc == CB_OK)
            rc = fsio_batch_commit(fb, &d);
        fsio_batch_free(fb);   /* after a failure: its temporaries */
    }
    if (rc != CB_OK)
        diag_print(&d);
    chart_plan_free(plan);
    inputs_free(&in);
    free(names);
    return diag_exit_status(rc);
}
