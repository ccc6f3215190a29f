/* bench_brief.c — time to produce the brief from the bundled corpus.
 *
 * Run from the repository root (or give the project folder):
 *     build/bench_brief [PROJECT] [ITERATIONS]
 * It reports the best and median wall time of: loading the fonts through
 * FreeType, and rendering the whole brief (libharu loads and subsets the
 * fonts, lays out, draws, saves to memory). Inputs are data/claims.csv and
 * reports/findings.csv when present, else the test fixtures. Target: the
 * whole brief under 50 ms. Without reports/findings.csv the findings are
 * computed from the claims (compare_files), outside the timing.
 */
#include "brief.h"
#include "compare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
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
    if (claims_load(cp, &claims, &d) ||
        (have_f ? findings_load("reports/findings.csv", &findings, &d)
                : compare_files(cp, "data/relations.csv", "data/reference.csv", &findings, &d)) ||
        sources_load("data/corpus/sources.csv", &sources, &d)) {
        diag_print(&d);
        return 1;
    }
    double *tf = malloc(iters * sizeof *tf), *tb = malloc(iters * sizeof *tb);
    size_t bytes = 0;
    for (int i = 0; i < iters; i++) {
        double t0 = now_ms();
        Fonts *fonts;
        if (fonts_load("fonts", &fonts, &d)) {
            diag_print(&d);
            return 1;
        }
        double t1 = now_ms();
        BriefInputs in = { .claims = &claims, .findings = &findings, .sources = &sources,
                           .fonts = fonts, .ndocs = sources.n, .date = 1764000000,
                           .date_is_fixed = 1 };
        Buf out;
        if (brief_render(&in, &out, &d)) {
            diag_print(&d);
            return 1;
        }
        double t2 = now_ms();
        bytes = out.len;
        buf_free(&out);
        fonts_free(fonts);
        tf[i] = t1 - t0;
        tb[i] = t2 - t1;
    }
    qsort(tf, iters, sizeof *tf, cmp);
    qsort(tb, iters, sizeof *tb, cmp);
    printf("brief: %zu claims (%s), %zu findings, %zu sources; %zu bytes\n", claims.n, cp,
           findings.n, sources.n, bytes);
    printf("fonts_load (FreeType):   best %7.2f ms  median %7.2f ms\n", tf[0], tf[iters / 2]);
    printf("brief_render (libharu):  best %7.2f ms  median %7.2f ms\n", tb[0], tb[iters / 2]);
    printf("total:                   best %7.2f ms  median %7.2f ms  (target < 50 ms)\n",
           tf[0] + tb[0], tf[iters / 2] + tb[iters / 2]);
    free(tf);
    free(tb);
    claimlist_free(&claims);
    findinglist_free(&findings);
    sources_free(&sources);
    return 0;
}
