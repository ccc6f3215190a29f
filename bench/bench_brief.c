/* bench_brief.c — time to produce the brief from the bundled corpus.
 *
 * Run from the repository root (or give the project folder):
 *     build/bench_brief [PROJECT] [ITERATIONS]
 * It reports the best and median wall time of: loading the fonts through
 * FreeType, planning the charts (chart_plan_make), and rendering the whole
 * brief (its chart scenes at column size, subsetting the fonts, layout,
 * libharu drawing, saving to memory). Inputs are data/claims.csv and
 * reports/findings.csv when present, else the test fixtures. Target: the
 * whole brief under 50 ms. Without reports/findings.csv the findings are
 * computed from the claims (compare_files), outside the timing.
 */
#include "brief.h"
#include "chart.h"
#include "compare.h"
#include "metrics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "benchtime.h"

static const char *label(const char *id, void *ctx)
{
    return ctx ? metrics_label(ctx, id) : NULL;
}

static const char *pick(const char *a, const char *b)
{
    return access(a, R_OK) == 0 ? a : b;
}

int main(int argc, char **argv)
{
    if (argc > 1 && chdir(argv[1]) != 0) {
        perror(argv[1]);
        return 1;
    }
    int iters = argc > 2 ? atoi(argv[2]) : 20;
    if (iters < 1)
        iters = 1;
    Diag d = { 0 };
    ClaimList claims;
    FindingList findings;
    SourceList sources;
    const char *cp = pick("data/claims.csv", "tests/fixtures/brief/claims.csv");
    int have_f = access("reports/findings.csv", R_OK) == 0;
    if (claims_load(cp, &claims, &d) || sources_load("data/corpus/sources.csv", &sources, &d) ||
        (have_f ? findings_load("reports/findings.csv", &findings, &d)
                : compare_files(cp, "data/relations.csv", "data/reference.csv", "data/metrics.csv",
                                &sources, &findings, &d))) {
        diag_print(&d);
        return 1;
    }
    Metrics *metrics = NULL;
    if (access("data/metrics.csv", R_OK) == 0 && metrics_load("data/metrics.csv", &metrics, &d)) {
        diag_print(&d);
        return 1;
    }
    double *tf = malloc(iters * sizeof *tf), *tb = malloc(iters * sizeof *tb);
    double *tc = malloc(iters * sizeof *tc);
    size_t bytes = 0;
    for (int i = 0; i < iters; i++) {
        double t0 = now_ms();
        Fonts *fonts;
        if (fonts_load("fonts", &fonts, &d)) {
            diag_print(&d);
            return 1;
        }
        double t1 = now_ms();
        ChartInputs cin = { &claims, &findings, &sources, fonts, label, metrics, NULL, metrics };
        ChartPlan *plan = chart_plan_make(&cin);
        double t2 = now_ms();
        BriefInputs in = { .claims = &claims, .findings = &findings, .sources = &sources,
                           .fonts = fonts, .plan = plan, .metric_label = label,
                           .label_ctx = metrics, .ndocs = sources.n, .date = 1764000000,
                           .date_is_fixed = 1 };
        Buf out;
        if (brief_render(&in, &out, &d)) {
            diag_print(&d);
            return 1;
        }
        double t3 = now_ms();
        bytes = out.len;
        buf_free(&out);
        chart_plan_free(plan);
        fonts_free(fonts);
        tf[i] = t1 - t0;
        tc[i] = t2 - t1;
        tb[i] = t3 - t2;
    }
    double *tt = malloc(iters * sizeof *tt);
    for (int i = 0; i < iters; i++)
        tt[i] = tf[i] + tc[i] + tb[i];
    qsort(tf, iters, sizeof *tf, cmp);
    qsort(tc, iters, sizeof *tc, cmp);
    qsort(tb, iters, sizeof *tb, cmp);
    qsort(tt, iters, sizeof *tt, cmp);
    printf("brief: %zu claims (%s), %zu findings, %zu sources; %zu bytes\n", claims.n, cp,
           findings.n, sources.n, bytes);
    printf("fonts_load (FreeType):   best %7.2f ms  median %7.2f ms\n", tf[0], tf[iters / 2]);
    printf("chart plan:              best %7.2f ms  median %7.2f ms\n", tc[0], tc[iters / 2]);
    printf("brief_render (libharu):  best %7.2f ms  median %7.2f ms\n", tb[0], tb[iters / 2]);
    printf("total:                   best %7.2f ms  median %7.2f ms  (target < 50 ms)\n", tt[0],
           tt[iters / 2]);
    free(tf);
    free(tc);
    free(tb);
    free(tt);
    if (metrics)
        metrics_free(metrics);
    claimlist_free(&claims);
    findinglist_free(&findings);
    sources_free(&sources);
    return 0;
}
