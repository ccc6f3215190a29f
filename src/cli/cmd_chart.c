/* cmd_chart.c — `claimbrief chart`: render the charts into reports/charts/.
 *
 * Reads data/claims.csv (required), reports/findings.csv, data/metrics.csv
 * and data/corpus/sources.csv (each optional: a missing one leaves its
 * charts saying what is missing), then writes, per chart, NAME.png/.svg/
 * .pdf (the formats asked for), NAME.csv (the numbers shown, with ids) and
 * NAME.txt (alt text), each atomically.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "chart.h"
#include "cmd.h"
#include "fsio.h"
/* data/metrics.csv labels, once metrics.h has landed; else humanised ids. */
#if defined(__has_include)
#if __has_include("metrics.h")
#include "metrics.h"
#define HAVE_METRICS 1
#endif
#endif

static int run(int argc, char **argv);

const Command cmd_chart_def = {
    "chart", "render the charts (PNG, SVG, PDF, with CSV and alt text)",
    "usage: claimbrief chart [NAME...] [--format png,svg,pdf] [--size slide|slide43|column|WxH] [--dpi N] [--transparent] [-o DIR]\n"
    "\n"
    "Render charts from data/claims.csv, reports/findings.csv, data/metrics.csv\n"
    "and data/corpus/sources.csv into DIR (default reports/charts/): NAME.png,\n"
    "NAME.svg, NAME.pdf, plus NAME.csv (the numbers shown, with claim ids) and\n"
    "NAME.txt (alt text). Charts: money, counts, connectivity, consistency,\n"
    "coverage (default: all).\n"
    "\n"
    "  --format LIST   formats, comma-separated (default png,svg,pdf)\n"
    "  --size SIZE     slide (960x540 pt, PNG 1920x1080), slide43 (720x540 pt,\n"
    "                  PNG 1440x1080), column (483x290 pt, the brief's text\n"
    "                  width) or WxH in PNG pixels (default slide)\n"
    "  --dpi N         PNG resolution (default 144: 2 pixels per point)\n"
    "  --transparent   no background, for dark slides\n"
    "  -o DIR          output folder (created if missing)\n",
    run,
};

static const char *label_cb(const char *id, void *ctx)
{
#ifdef HAVE_METRICS
    return ctx ? metrics_label(ctx, id) : NULL;
#else
    (void)id, (void)ctx;
    return NULL;
#endif
}

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static int write_buf(const char *dir, const char *name, const char *ext, const Buf *b, Diag *d)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.%s", dir, name, ext);
    return fsio_write_atomic(path, b->data ? b->data : "", b->len, d);
}

static int run(int argc, char **argv)
{
    const Command *c = &cmd_chart_def;
    if (cmd_wants_help(c, argc, argv))
        return 0;
    const char *names[16];
    size_t nn = 0;
    int want[CHART_NFORMATS] = {1, 1, 1};
    const char *size = "slide", *dir = "reports/charts";
    double dpi = 144;
    int transparent = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--format") == 0 || strcmp(a, "--size") == 0 || strcmp(a, "--dpi") == 0 ||
            strcmp(a, "-o") == 0) {
            if (!v)
                return cmd_usage_error(c, "%s needs a value", a);
            i++;
            if (strcmp(a, "--format") == 0) {
                memset(want, 0, sizeof want);
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
            } else if (strcmp(a, "--size") == 0) {
                size = v;
            } else if (strcmp(a, "--dpi") == 0) {
                long n = cmd_parse_count(v, 1200);
                if (n < 18)
                    return cmd_usage_error(c, "--dpi '%s': expected a number from 18 to 1200", v);
                dpi = (double)n;
            } else {
                dir = v;
            }
        } else if (strcmp(a, "--transparent") == 0) {
            transparent = 1;
        } else if (a[0] == '-') {
            return cmd_usage_error(c, "unknown option '%s'", a);
        } else {
            if (chart_find(a) < 0)
                return cmd_usage_error(c, "no chart '%s' (money, counts, connectivity, consistency, coverage)", a);
            if (nn < 16)
                names[nn++] = a;
        }
    }
    if (nn == 0)
        for (size_t i = 0; i < chart_count(); i++)
            names[nn++] = chart_name(i);
    Diag d = {0};
    ChartSize sz;
    if (chart_size_parse(size, dpi, &sz, &d) != CB_OK)
        return cmd_usage_error(c, "%s", d.msg);

    ClaimList claims = {0};
    FindingList findings = {0};
    SourceList sources = {0};
#ifdef HAVE_METRICS
    Metrics *metrics = NULL;
#else
    void *metrics = NULL;
#endif
    Fonts *fonts = NULL;
    int have_sources = 0, rc = CB_OK;
    if ((rc = claims_load("data/claims.csv", &claims, &d)) != CB_OK)
        goto out;
    if (exists("reports/findings.csv") &&
        (rc = findings_load("reports/findings.csv", &findings, &d)) != CB_OK)
        goto out;
#ifdef HAVE_METRICS
    if (exists("data/metrics.csv") && (rc = metrics_load("data/metrics.csv", &metrics, &d)) != CB_OK)
        goto out;
#endif
    if (exists("data/corpus/sources.csv")) {
        have_sources = 1;   /* sources_free even on error */
        if ((rc = sources_load("data/corpus/sources.csv", &sources, &d)) != CB_OK)
            goto out;
    }
    if ((rc = fonts_load("fonts", &fonts, &d)) != CB_OK)
        goto out;
    if ((rc = fsio_mkdirs(dir, &d)) != CB_OK)
        goto out;
    ChartInputs in = {&claims, &findings, have_sources ? &sources : NULL, fonts, label_cb, metrics};
    for (size_t i = 0; i < nn && rc == CB_OK; i++) {
        for (int f = 0; f < CHART_NFORMATS && rc == CB_OK; f++) {
            if (!want[f])
                continue;
            Buf b;
            rc = chart_render(names[i], (ChartFormat)f, &in, &sz, transparent, &b, &d);
            if (rc == CB_OK)
                rc = write_buf(dir, names[i], chart_format_ext((ChartFormat)f), &b, &d);
            buf_free(&b);
        }
        Buf b;
        buf_init(&b, 0);
        if (rc == CB_OK && (rc = chart_data_csv(names[i], &in, &b, &d)) == CB_OK)
            rc = write_buf(dir, names[i], "csv", &b, &d);
        buf_reset(&b);
        if (rc == CB_OK && (rc = chart_alt_text(names[i], &in, &b, &d)) == CB_OK)
            rc = write_buf(dir, names[i], "txt", &b, &d);
        buf_free(&b);
    }
out:
    if (rc != CB_OK)
        diag_print(&d);
    claimlist_free(&claims);
    findinglist_free(&findings);
    if (have_sources)
        sources_free(&sources);
#ifdef HAVE_METRICS
    metrics_free(metrics);
#endif
    fonts_free(fonts);
    return diag_exit_status(rc);
}
