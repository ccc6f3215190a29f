/* bench_build.c — the build's figures: full build and no-op build of the
 * bundled corpus, and extraction over a generated corpus with its peak
 * memory.
 *
 *     build-x/bench_build [MB] [JOBS]
 *
 * Run from the repository root. The project (data/, fonts/) is copied to
 * a temporary folder; the builds run in-process (build_run, the same code
 * `claimbrief build` runs, without the process start-up of ~1 ms).
 *   full build: reports/ and data/claims.csv removed, then one build
 *               (median of 5); target 150 ms.
 *   no-op:      a build with nothing to do (median of 50); target 10 ms.
 *   extraction: MB megabytes (default 1024) of documents generated from
 *               the bundled corpus's sentences, numbers varied, in 1 MB
 *               files; extracted by a child process with the extract
 *               module (extract_paths, classification on, rows written to
 *               a buffer that is reset as it fills): wall time, MB/s and
 *               the child's peak RSS (getrusage).
 */
#include "build.h"
#include "claim.h"
#include "extract.h"
#include "metrics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "benchtime.h"

static int sh(const char *cmd)
{
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

static size_t lines;
static void count_line(const char *line, void *ctx)
{
    (void)ctx;
    if (getenv("BENCH_VERBOSE"))
        fprintf(stderr, "  %s\n", line);
    lines++;
}

static double one_build(int jobs)
{
    BuildOptions o = {.jobs = jobs, .say = count_line};
    Diag d = {0};
    double t0 = now_ms();
    int rc = build_run(&o, NULL, &d);
    double t = now_ms() - t0;
    if (rc) {
        diag_print(&d);
        exit(1);
    }
    return t;
}

/* Sink for extraction: rows serialised as extract does, then dropped. */
typedef struct Count {
    Buf b;
    size_t rows;
} Count;

static int sink(const Claim *c, void *ctx)
{
    Count *k = ctx;
    claims_write_row(&k->b, c);
    k->rows++;
    if (k->b.len > (1u << 20))
        buf_reset(&k->b);
    return 0;
}

/* Generate mb megabytes of documents in dir from the corpus sentences. */
static void generate(const char *dir, long mb)
{
    char cmd[8192];
    snprintf(cmd, sizeof cmd,
             "rm -rf '%s' && mkdir -p '%s' && cat data/corpus/*.txt | tr -s '\\n' | "
             "awk 'length($0) > 30' > '%s.pool' && "
             "awk -v MB=%ld -v DIR='%s' 'BEGIN{srand(7)} {l[NR]=$0} END{ "
             "for (f = 0; f < MB; f++) { name = sprintf(\"%%s/%%05d.txt\", DIR, f); n = 0; "
             "while (n < 1048576) { s = l[1 + int(rand() * NR)]; "
             "if (rand() < 0.3) s = \"About \" int(rand() * 90 + 10) \"%% of homes and more than \" "
             "int(rand() * 900 + 1) \" million people were online in \" int(2000 + rand() * 24) "
             "\", the ITU said. \" s; print s > name; n += length(s) + 1 } close(name) } }' "
             "'%s.pool'",
             dir, dir, dir, mb, dir, dir);
    if (sh(cmd) != 0) {
        fprintf(stderr, "bench_build: cannot generate the corpus\n");
        exit(1);
    }
}

static void extraction(const char *root, long mb)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/gen", root);
    double g0 = now_ms();
    generate(dir, mb);
    printf("generated %ld MB in %ld files in %.1f s\n", mb, mb, (now_ms() - g0) / 1e3);
    fflush(stdout);
    double t0 = now_ms();
    pid_t pid = fork();
    if (pid == 0) {
        Metrics *m = NULL;
        Diag d = {0};
        if (metrics_load("data/metrics.csv", &m, &d)) {
            diag_print(&d);
            _exit(1);
        }
        ExtractOptions eo = {.metrics = m};
        Count k = {{0}, 0};
        buf_init(&k.b, 0);
        char *paths[1] = {dir};
        int rc = extract_paths(&eo, paths, 1, sink, &k, &d);
        printf("claims: %zu\n", k.rows);
        fflush(stdout);
        _exit(rc ? 1 : 0);
    }
    int st;
    struct rusage ru;
    wait4(pid, &st, 0, &ru);
    double t = now_ms() - t0;
    printf("extraction of %ld MB: %.2f s, %.0f MB/s, peak RSS %.1f MB (status %d)\n", mb, t / 1e3,
           mb / (t / 1e3), ru.ru_maxrss / 1024.0, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    char cmd[2200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' '%s.pool'", dir, dir);
    sh(cmd);
}

int main(int argc, char **argv)
{
    long mb = argc > 1 ? atol(argv[1]) : 1024;
    int jobs = argc > 2 ? atoi(argv[2]) : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs < 1)
        jobs = 1;
    char root[] = "/tmp/cb-bench-build-XXXXXX";
    if (!mkdtemp(root)) {
        perror("mkdtemp");
        return 1;
    }
    char cmd[4096];
    snprintf(cmd, sizeof cmd,
             "cp -r data '%s/' && ln -s \"$PWD/fonts\" '%s/fonts' && rm -f '%s/data/claims.csv'",
             root, root, root);
    if (sh(cmd) != 0 || chdir(root) != 0) {
        fprintf(stderr, "bench_build: run me from the repository root\n");
        return 1;
    }
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    double full[5], noop[50];
    for (int i = 0; i < 5; i++) {
        sh("rm -rf reports data/claims.csv");
        lines = 0;
        full[i] = one_build(jobs);
    }
    size_t remade = lines;
    usleep(50000);   /* past the racy-timestamp window, then settle once */
    one_build(jobs);
    lines = 0;
    for (int i = 0; i < 50; i++)
        noop[i] = one_build(jobs);
    qsort(full, 5, sizeof *full, cmp);
    qsort(noop, 50, sizeof *noop, cmp);
    printf("full build (%zu outputs, %d threads): median %.1f ms, best %.1f ms (target 150)\n",
           remade, jobs, full[2], full[0]);
    printf("no-op build (%zu lines printed): median %.2f ms, best %.2f ms (target 10)\n", lines,
           noop[25], noop[0]);
    fflush(stdout);
    if (mb > 0)
        extraction(root, mb);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    sh(cmd);
    return 0;
}
