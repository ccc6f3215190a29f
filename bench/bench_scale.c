/* bench_scale.c — the build at two corpus sizes: is its time linear in
 * the claims, and does a no-op stay flat?
 *
 *     build/bench_scale [SMALL LARGE] [--jobs N] [--rm]   (default 150 1500, 1 job)
 *     build/bench_scale --make N DIR                      (only make the project)
 *
 * The projects are made in $TMPDIR (default /tmp).
 *
 * Run from the repository root. Each project is made by corpusgen (the
 * bundled and testers' documents, varied: corpusgen.h) in a temporary
 * folder; builds run in-process (build_run, what `claimbrief build`
 * runs). For each size it prints the load, the claims, charts and brief
 * pages made, the full build (median of 5: every output set aside first,
 * or with --rm deleted) with the time of each step (the charts' CPU time
 * with its range, the whole step's but the brief's, and the kernel's
 * share of the step), the no-op build (median of 20), and the build after
 * one document changed (a sentence added; median of 3). The projects are
 * removed after the last measurement. Targets at 1,500 documents: full
 * build under 2 s on one core, charts under 0.5 s of it, no-op at most
 * 10 ms at any size.
 */
#include "build.h"
#include "corpusgen.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "benchtime.h"

static int cmp_stats(const void *a, const void *b)
{
    double x = ((const BuildStats *)a)->ms_claims + ((const BuildStats *)a)->ms_findings +
               ((const BuildStats *)a)->ms_outputs;
    double y = ((const BuildStats *)b)->ms_claims + ((const BuildStats *)b)->ms_findings +
               ((const BuildStats *)b)->ms_outputs;
    return x < y ? -1 : x > y;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void quiet(const char *line, void *ctx)
{
    (void)line, (void)ctx;
}

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double last_cpu;

static BuildStats build(int jobs, double *wall)
{
    BuildOptions o = {.jobs = jobs, .say = quiet};
    BuildStats st;
    Diag d = {0};
    double t0 = now_ms(), c0 = cpu_ms();
    int rc = build_run(&o, &st, &d);
    *wall = now_ms() - t0;
    last_cpu = cpu_ms() - c0;
    if (rc) {
        diag_print(&d);
        exit(1);
    }
    return st;
}

static size_t count_lines(const char *path)
{
    FILE *f = fopen(path, "r");
    size_t n = 0;
    for (int c; f && (c = getc(f)) != EOF;)
        n += c == '\n';
    if (f)
        fclose(f);
    return n;
}

static size_t count_files(const char *dir, const char *ext)
{
    DIR *d = opendir(dir);
    size_t n = 0, el = strlen(ext);
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t l = strlen(e->d_name);
        n += l > el && strcmp(e->d_name + l - el, ext) == 0;
    }
    if (d)
        closedir(d);
    return n;
}

static int pdf_pages(const char *path)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "qpdf --show-npages '%s' 2>/dev/null", path);
    FILE *p = popen(cmd, "r");
    int n = 0;
    if (p) {
        if (fscanf(p, "%d", &n) != 1)
            n = 0;
        pclose(p);
    }
    return n;
}

/* The 1-minute load average (other work on the machine), or -1. */
static double load1(void)
{
    FILE *f = fopen("/proc/loadavg", "r");
    double l = -1;
    if (f) {
        if (fscanf(f, "%lf", &l) != 1)
            l = -1;
        fclose(f);
    }
    return l;
}

typedef struct Result {
    size_t docs, claims;
    double full, noop, full_cpu, noop_cpu, one, one_cpu;
} Result;

static Result one_size(const char *repo, size_t ndocs, int jobs, int rm_first, char *made,
                       size_t cap)
{
    /* TMPDIR: the file system the build writes to weighs on the times
     * (each output is a new file, fsynced and renamed: see the README) */
    char dir[600];
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%.500s/cb-bench-scale-%zu-%ld", tmp && *tmp ? tmp : "/tmp", ndocs,
             (long)getpid());
    if (chdir(repo) != 0 || corpusgen_make(dir, ndocs) != 0 || chdir(dir) != 0)
        exit(1);
    double load0 = load1();
    /* full builds: every output gone first; each figure's median (and
     * for the charts their range: the file system's share varies). The
     * outputs are set aside (renamed), not deleted, unless --rm: on ext4
     * without a journal a new file skips the inodes deleted in the last
     * minutes, so deleting 700 files right before making 700 costs the
     * kernel a scan of them for each new file (see the README). */
    enum { NFULL = 5 };
    BuildStats full[NFULL];
    double wall[NFULL], cpu[NFULL], ch[NFULL], chs[NFULL], step[NFULL];
    for (int i = 0; i < NFULL; i++) {
        char aside[64];
        snprintf(aside, sizeof aside, "reports.aside-%d", i);
        if (rm_first ? system("rm -rf reports") != 0
                     : rename("reports", aside) != 0 && access("reports", F_OK) == 0)
            exit(1);
        unlink("data/claims.csv");
        full[i] = build(jobs, &wall[i]);
        cpu[i] = last_cpu;
        ch[i] = full[i].ms_charts;
        chs[i] = full[i].ms_outputs_sys;
        step[i] = full[i].ms_outputs_cpu - full[i].ms_brief;
    }
    qsort(full, NFULL, sizeof *full, cmp_stats);
    qsort(wall, NFULL, sizeof *wall, cmp_d);
    qsort(cpu, NFULL, sizeof *cpu, cmp_d);
    qsort(ch, NFULL, sizeof *ch, cmp_d);
    qsort(chs, NFULL, sizeof *chs, cmp_d);
    qsort(step, NFULL, sizeof *step, cmp_d);
    usleep(50000);   /* past the racy-timestamp window, then settle once */
    double w;
    build(jobs, &w);
    double noop[20], noopc[20];
    for (int i = 0; i < 20; i++) {
        build(jobs, &noop[i]);
        noopc[i] = last_cpu;
    }
    qsort(noop, 20, sizeof *noop, cmp_d);
    qsort(noopc, 20, sizeof *noopc, cmp_d);
    /* one document changed: a sentence added to the first, each time
     * another figure (so the claims, findings, charts and brief change) */
    BuildStats one[3];
    double onew[3], onec[3];
    for (int i = 0; i < 3; i++) {
        char cmd[300];
        snprintf(cmd, sizeof cmd,
                 "f=$(ls data/corpus/*.txt | head -1) && "
                 "printf '\\nThe network added %d new cables in 2024.\\n' >> \"$f\"", 31 + i);
        if (system(cmd) != 0)
            exit(1);
        one[i] = build(jobs, &onew[i]);
        onec[i] = last_cpu;
    }
    qsort(one, 3, sizeof *one, cmp_stats);
    qsort(onew, 3, sizeof *onew, cmp_d);
    qsort(onec, 3, sizeof *onec, cmp_d);
    Result r = {ndocs, count_lines("data/claims.csv") - 1, wall[NFULL / 2], noop[10], cpu[NFULL / 2],
                noopc[10], onew[1], onec[1]};
    const BuildStats *m = &full[NFULL / 2];
    printf("%zu documents in %s, load %.1f to %.1f\n", ndocs, dir, load0, load1());
    printf("  %zu claims, %zu findings, %zu chart parts (%zu files), brief %d pages\n", r.claims, count_lines("reports/findings.csv") - 1,
           count_lines("reports/.build/charts"), count_files("reports/charts", ""),
           pdf_pages("reports/brief.pdf"));
    printf("  full build, %d job%s (median of %d): %.0f ms wall, %.0f ms cpu (claims %.0f wall, "
           "findings %.0f wall; brief %.0f cpu)\n",
           jobs, jobs == 1 ? "" : "s", NFULL, r.full, r.full_cpu, m->ms_claims, m->ms_findings,
           m->ms_brief);
    printf("    charts: %.0f ms cpu (%.0f to %.0f); the whole step but the brief %.0f (%.0f to "
           "%.0f), of the step the kernel's %.0f (%.0f to %.0f)\n",
           ch[NFULL / 2], ch[0], ch[NFULL - 1], step[NFULL / 2], step[0], step[NFULL - 1],
           chs[NFULL / 2], chs[0], chs[NFULL - 1]);
    printf("  no-op build: %.2f ms wall (best %.2f), %.2f ms cpu\n", r.noop, noop[0], r.noop_cpu);
    printf("  one document changed: %.0f ms wall, %.0f ms cpu (claims %.0f wall, findings %.0f wall; "
           "charts %.0f cpu, brief %.0f cpu)\n",
           r.one, r.one_cpu, one[1].ms_claims, one[1].ms_findings, one[1].ms_charts, one[1].ms_brief);
    fflush(stdout);
    if (chdir(repo) != 0)
        exit(1);
    snprintf(made, cap, "%s", dir);   /* removed after every measurement */
    return r;
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "--make") == 0)
        return corpusgen_make(argv[3], (size_t)atol(argv[2])) == 0 ? 0 : 1;
    size_t sizes[2] = {150, 1500};
    int jobs = 1, ns = 0, rm_first = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc)
            jobs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--rm") == 0)
            rm_first = 1;
        else if (ns < 2)
            sizes[ns++] = (size_t)atol(argv[i]);
    }
    if (jobs < 1 || sizes[0] < 1 || sizes[1] < 1) {
        fprintf(stderr, "usage: bench_scale [SMALL LARGE] [--jobs N] [--rm] | --make N DIR\n");
        return 2;
    }
    char repo[4096];
    if (!getcwd(repo, sizeof repo))
        return 1;
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    char made[2][600];
    Result a = one_size(repo, sizes[0], jobs, rm_first, made[0], sizeof made[0]);
    Result b = one_size(repo, sizes[1], jobs, rm_first, made[1], sizeof made[1]);
    for (int i = 0; i < 2; i++) {
        char cmd[700];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", made[i]);
        if (system(cmd) != 0)
            return 1;
    }
    double k = (double)b.claims / (double)(a.claims ? a.claims : 1);
    printf("%.1fx the claims: %.1fx the full build's cpu time (linear: %.1fx), %.1fx the no-op's\n",
           k, b.full_cpu / a.full_cpu, k, b.noop_cpu / a.noop_cpu);
    printf("targets at 1,500 documents: full build < 2000 ms on one core, charts < 500 ms, "
           "no-op <= 10 ms\n");
    return 0;
}
