/* bench_extract.c — extraction throughput and peak memory (a program,
 * not a test).
 *
 *   bench_extract [-C PROJECT] [--no-classifier] [MB...]   (default: 50 200)
 *   bench_extract [-C PROJECT] --process [--runs N] [--lang en|zh|zht|mix]
 *                 [--program PATH]... [MB...]        (default: 50 200, 5 runs, mix)
 *
 * From the project's seed documents (the .txt files of data/corpus) it generates a
 * corpus of MB megabytes of seed-like text beside the program
 * (bench-corpus-MB-HASH/, HASH naming the seeds; documents of 8-40 KB whose
 * figures vary), then runs
 * the whole extract step in-process on one core — read, scan, sentence,
 * id, classify with data/metrics.csv, write CSV rows to /dev/null — and
 * prints MB/s and the peak RSS (getrusage ru_maxrss). Each size runs in
 * its own child process, so the peaks are comparable: memory must not
 * grow with the corpus. It also prints the scanner alone over one
 * in-memory buffer.
 *
 * --process measures what a user runs: the whole `claimbrief extract -o
 * FILE FOLDER` process (the claimbrief beside this program, one job, run
 * in the project: its metrics.csv and curation.csv) over a folder of MB
 * megabytes of real documents — the bundled corpus, examples/dsr and
 * every tests/blind set, whole (--lang en: but for those mostly in
 * Chinese; --lang zh: only those; zht: those in traditional characters,
 * each simplified character written as the first traditional one that
 * folds to it (hanfold.h read backwards: the text a Hong Kong or Taiwan
 * outlet's characters make, not its words); mix, the default: all, about
 * 15% of the bytes Chinese; -C: the project's data/corpus), each copied as another outlet
 * would write it (corpusgen: figures scaled, years moved, countries
 * swapped) with its sources.csv row — made once beside the program
 * (bench-docs-MB-HASH/, HASH naming the templates). It prints the median
 * over N runs of CPU time (user + system, the child's rusage) and wall
 * time as MB/s, the claims written, and the largest peak RSS. --program
 * runs another claimbrief instead; given twice, the two programs' runs
 * alternate (a fair comparison on a shared machine) and each is reported
 * (the second's table is bench-docs-MB-HASH.claims-2.csv).
 */
#include <dirent.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "buf.h"
#include "claim.h"
#include "corpusgen.h"
#include "extract.h"
#include "fsio.h"
#include "hanfold.h"
#include "metrics.h"
#include "scan.h"
#include "utf8.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The seed documents, concatenated (each ends with a blank line). */
static Buf seeds;

static void load_seeds(void)
{
    buf_init(&seeds, 0);
    DIR *dp = opendir("data/corpus");
    if (!dp) {
        fprintf(stderr, "bench_extract: data/corpus: cannot open (run from a project folder or use -C)\n");
        exit(1);
    }
    struct dirent *e;
    while ((e = readdir(dp))) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".txt"))
            continue;
        char path[1024];
        snprintf(path, sizeof path, "data/corpus/%s", e->d_name);
        Buf b;
        Diag d = {0};
        if (fsio_read(path, 1u << 26, &b, &d) == 0) {
            buf_append(&seeds, b.data, b.len);
            buf_puts(&seeds, "\n\n");
        }
        buf_free(&b);
    }
    closedir(dp);
}

/* Write a corpus of mb megabytes into dir: documents cut from the seeds
 * at varying offsets, digits nudged so the figures differ. */
static void make_corpus(const char *dir, size_t mb)
{
    struct stat st;
    char mark[4300];
    snprintf(mark, sizeof mark, "%s/.complete", dir);
    if (stat(mark, &st) == 0)
        return;
    mkdir(dir, 0777);
    size_t want = mb << 20, total = 0, doc = 0;
    unsigned seed = 12345;
    char *tmp = malloc(64 << 10);
    while (total < want) {
        seed = seed * 1103515245u + 12345u;
        size_t len = 8192 + (seed >> 8) % 32768;
        size_t off = (seed >> 4) % seeds.len;
        for (size_t i = 0; i < len; i++) {
            char c = seeds.data[(off + i) % seeds.len];
            if (c >= '1' && c <= '8' && ((seed >> (i % 16)) & 1))
                c = (char)(c + 1);
            tmp[i] = c;
        }
        char path[4400];
        snprintf(path, sizeof path, "%s/doc_%06zu.txt", dir, doc++);
        FILE *fp = fopen(path, "wb");
        if (!fp || fwrite(tmp, 1, len, fp) != len || fclose(fp)) {
            fprintf(stderr, "bench_extract: %s: cannot write\n", path);
            exit(1);
        }
        total += len;
    }
    free(tmp);
    FILE *fp = fopen(mark, "w");
    if (fp)
        fclose(fp);
}

typedef struct Sink {
    FILE *fp;
    Buf b;
    size_t rows;
} Sink;

static int sink_row(const Claim *c, void *ctx)
{
    Sink *s = ctx;
    claims_write_row(&s->b, c);
    s->rows++;
    if (s->b.len > (1u << 16)) {
        if (fwrite(s->b.data, 1, s->b.len, s->fp) != s->b.len)
            return CB_EWRITE;
        buf_reset(&s->b);
    }
    return 0;
}

static int only_bare;   /* --no-classifier: skip the classified runs */

static void run_size(const char *self_dir, size_t mb)
{
    char dir[4200];
    /* the corpus is made from the project's seeds: its folder names them
     * (a Chinese project's corpus is not an English one's) */
    snprintf(dir, sizeof dir, "%s/bench-corpus-%zu-%08llx", self_dir, mb,
             (unsigned long long)(XXH64(seeds.data, seeds.len, 0) & 0xFFFFFFFFu));
    make_corpus(dir, mb);
    Metrics *m = NULL;
    Diag d = {0};
    if (metrics_load("data/metrics.csv", &m, &d)) {
        diag_print(&d);
        exit(1);
    }
    Sink s = {fopen("/dev/null", "w"), {0}, 0};
    buf_init(&s.b, 0);
    char *paths[] = {dir};
    size_t bytes = (size_t)mb << 20;
    /* best of three (the machine may be shared), with the classifier and
     * without it: what scanning, sentences, ids and CSV cost alone */
    for (int bare = only_bare; bare < 2; bare++) {
        ExtractOptions o = {.metrics = bare ? NULL : m};
        double best = 1e9;
        int rc = 0;
        for (int pass = 0; pass < 3; pass++) {
            s.rows = 0;
            double t0 = now();
            rc |= extract_paths(&o, paths, 1, sink_row, &s, &d);
            double t = now() - t0;
            best = t < best ? t : best;
        }
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        printf("extract  %4zu MB corpus%s: %7.1f MB/s  %8zu claims  %.2f s  peak RSS %ld KB%s\n", mb,
               bare ? " (no classifier)" : "                ", (double)bytes / 1048576.0 / best, s.rows, best,
               ru.ru_maxrss, rc ? "  (errors)" : "");
    }
    fclose(s.fp);
    buf_free(&s.b);
    metrics_free(m);
}

static void run_scan_only(size_t mb)
{
    size_t want = mb << 20;
    char *big = malloc(want);
    for (size_t i = 0; i < want; i += seeds.len)
        memcpy(big + i, seeds.data, want - i < seeds.len ? want - i : seeds.len);
    Scanner s;
    ScanQuantity q;
    size_t k = 0;
    double best = 1e9;
    /* best of five: the machine may be shared */
    for (int pass = 0; pass < 5; pass++) {
        k = 0;
        double t0 = now();
        scan_init(&s, big, want);
        while (scan_next(&s, &q))
            k++;
        double t = now() - t0;
        best = t < best ? t : best;
    }
    printf("scan     %4zu MB buffer: %7.1f MB/s  %8zu quantities (best of 5)\n", mb, (double)mb / best, k);
    free(big);
}

/* ---- the criterion: a whole extract process over real documents ---- */

static int process_mode;   /* --process */
static int process_runs = 5;
static char *programs[2];  /* --program: the claimbriefs to run (none: the one beside this) */
static int nprograms;
static int in_project;     /* -C given: the project's documents are the templates */
static int corpus_lang = CORPUS_ALL;   /* --lang: which documents --process copies */
static int traditional;    /* --lang zht: the Chinese ones in traditional characters */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The records of a CSV file (quoted newlines are inside a record). */
static size_t csv_records(const char *path)
{
    FILE *fp = fopen(path, "rb");
    size_t n = 0;
    int quoted = 0, c;
    while (fp && (c = getc(fp)) != EOF) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            n++;
    }
    if (fp)
        fclose(fp);
    return n;
}

/* The bytes of the documents in dir (its .txt files). */
static size_t folder_bytes(const char *dir, size_t *ndocs)
{
    DIR *dp = opendir(dir);
    size_t total = 0;
    *ndocs = 0;
    for (struct dirent *e; dp && (e = readdir(dp));) {
        size_t l = strlen(e->d_name);
        char path[8192];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (l > 4 && !strcmp(e->d_name + l - 4, ".txt") && stat(path, &st) == 0)
            total += (size_t)st.st_size, ++*ndocs;
    }
    if (dp)
        closedir(dp);
    return total;
}

/* Make (once) the folder of mb megabytes of documents; its path in dir. */
static void make_docs(const char *self_dir, size_t mb, char *dir, size_t cap)
{
    glob_t g = {0};
    const char **dirs;
    if (in_project) {
        static const char *const own[] = {"data/corpus", NULL};
        dirs = (const char **)own;
    } else {
        glob("tests/blind/*/", 0, NULL, &g);
        dirs = calloc(g.gl_pathc + 4, sizeof *dirs);
        size_t n = 0;
        dirs[n++] = "data/corpus";
        dirs[n++] = "examples/dsr/data/corpus";
        dirs[n++] = "tests/blind";
        for (size_t i = 0; i < g.gl_pathc; i++)
            dirs[n++] = g.gl_pathv[i];
    }
    CorpusSpec spec = {.dirs = dirs, .whole = 1, .lang = corpus_lang,
                       .bytes = mb << 20, .docs_only = 1};
    unsigned long long h = corpusgen_fingerprint(&spec);
    snprintf(dir, cap, "%s/bench-docs-%zu-%08llx", self_dir, mb, h & 0xFFFFFFFFull);
    char mark[8300];
    struct stat st;
    snprintf(mark, sizeof mark, "%s/.complete", dir);
    if (h == 0 || (stat(mark, &st) != 0 && corpusgen_make_from(dir, 0, &spec) != 0)) {
        fprintf(stderr, "bench_extract: cannot make %s\n", dir);
        exit(1);
    }
    FILE *fp = fopen(mark, "w");
    if (fp)
        fclose(fp);
    if (!in_project)
        free(dirs);
    globfree(&g);
}

/* The traditional character each simplified one unfolds to: the first
 * (lowest) code point hanfold_char folds to it. */
static int32_t unfold_of[0xA000];

static void unfold_init(void)
{
    for (int32_t cp = 0x9FFF; cp >= 0x3400; cp--) {
        int32_t s = hanfold_char(cp);
        if (s != cp && s < 0xA000)
            unfold_of[s] = cp;
    }
}

/* Write the documents (and sources.csv) of dir into dir-hant, every
 * simplified character traditional; its path in out. Same lengths: a
 * character of the table and its fold are both 3 bytes. */
static void make_traditional(const char *dir, char *out, size_t cap)
{
    snprintf(out, cap, "%s-hant", dir);
    char mark[8300];
    struct stat st;
    snprintf(mark, sizeof mark, "%s/.complete", out);
    if (stat(mark, &st) == 0)
        return;
    unfold_init();
    mkdir(out, 0777);
    DIR *dp = opendir(dir);
    for (struct dirent *e; dp && (e = readdir(dp));) {
        size_t l = strlen(e->d_name);
        if (!(l > 4 && !strcmp(e->d_name + l - 4, ".txt")) && strcmp(e->d_name, "sources.csv"))
            continue;
        char from[8400], to[8400];
        snprintf(from, sizeof from, "%s/%s", dir, e->d_name);
        snprintf(to, sizeof to, "%s/%s", out, e->d_name);
        Buf b;
        Diag d = {0};
        if (fsio_read(from, (size_t)1 << 30, &b, &d))
            continue;
        for (size_t i = 0, cl; i < b.len; i += cl) {
            int32_t cp = utf8_decode(b.data + i, b.len - i, &cl);
            if (cl == 3 && cp < 0xA000 && unfold_of[cp])
                utf8_encode(unfold_of[cp], b.data + i);
        }
        fsio_write_atomic(to, b.data, b.len, &d);
        buf_free(&b);
    }
    if (dp)
        closedir(dp);
    FILE *fp = fopen(mark, "w");
    if (fp)
        fclose(fp);
}

/* One `claimbrief extract -o out docs` in this folder: CPU and wall
 * seconds, peak RSS in KB. */
static int run_extract(const char *exe, const char *docs, const char *out, double *cpu, double *wall,
                       long *rss)
{
    double t0 = now();
    pid_t pid = fork();
    if (pid == 0) {
        execl(exe, exe, "extract", "-o", out, docs, (char *)NULL);
        perror(exe);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (pid < 0 || wait4(pid, &status, 0, &ru) != pid)
        return -1;
    *wall = now() - t0;
    *cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
           (double)ru.ru_stime.tv_usec / 1e6;
    *rss = ru.ru_maxrss;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* One program's runs: their CPU and wall seconds, the largest peak. */
typedef struct Runs {
    double cpu[64], wall[64];
    long peak;
    int bad;
} Runs;

static void run_process(const char *self_dir, size_t mb)
{
    char made[4400], dir[4500], out[2][4600], beside[4200];
    make_docs(self_dir, mb, made, sizeof made);
    if (traditional)
        make_traditional(made, dir, sizeof dir);
    else
        snprintf(dir, sizeof dir, "%s", made);
    for (int k = 0; k < 2; k++)
        snprintf(out[k], sizeof out[k], "%s.claims%s.csv", dir, k ? "-2" : "");
    snprintf(beside, sizeof beside, "%s/claimbrief", self_dir);
    const char *exe[2] = {nprograms ? programs[0] : beside, nprograms > 1 ? programs[1] : NULL};
    int nexe = nprograms > 1 ? 2 : 1;
    size_t ndocs, bytes = folder_bytes(dir, &ndocs);
    static Runs runs[2];
    int nruns = process_runs < 64 ? process_runs : 64;
    memset(runs, 0, sizeof runs);
    /* the programs take turns: the machine's load falls on both alike */
    for (int r = 0; r < nruns; r++)
        for (int k = 0; k < nexe; k++) {
            long rss = 0;
            int rc = run_extract(exe[k], dir, out[k], &runs[k].cpu[r], &runs[k].wall[r], &rss);
            runs[k].bad |= rc != 0;
            runs[k].peak = rss > runs[k].peak ? rss : runs[k].peak;
        }
    for (int k = 0; k < nexe; k++) {
        Runs *x = &runs[k];
        size_t claims = csv_records(out[k]);
        qsort(x->cpu, (size_t)nruns, sizeof *x->cpu, cmp_double);
        qsort(x->wall, (size_t)nruns, sizeof *x->wall, cmp_double);
        double mbytes = (double)bytes / 1048576.0, c = x->cpu[nruns / 2], w = x->wall[nruns / 2];
        size_t nc = claims ? claims - 1 : 0;
        printf("process  %4zu MB, %6zu documents: %6.1f MB/s CPU (%.2f s)  %6.1f MB/s wall (%.2f s)  "
               "%8zu claims (%.0f a MB, %.2f us of CPU each)  peak RSS %ld KB  (median of %d%s)%s%s\n",
               mb, ndocs, mbytes / c, c, mbytes / w, w, nc, (double)nc / mbytes, nc ? c * 1e6 / (double)nc : 0.0,
               x->peak, nruns, x->bad ? "; extract failed" : "", nexe > 1 ? "  " : "", nexe > 1 ? exe[k] : "");
    }
    fflush(stdout);
}

int main(int argc, char **argv)
{
    /* the corpus goes beside the program: resolve that before any -C */
    char self_dir[4096];
    if (!realpath(argv[0], self_dir))
        snprintf(self_dir, sizeof self_dir, ".");
    char *slash = strrchr(self_dir, '/');
    if (slash)
        *slash = 0;
    char start_dir[4096];
    if (!getcwd(start_dir, sizeof start_dir))
        snprintf(start_dir, sizeof start_dir, ".");
    int i = 1;
    if (argc > 2 && strcmp(argv[1], "-C") == 0) {
        if (chdir(argv[2])) {
            perror(argv[2]);
            return 1;
        }
        i = 3;
        in_project = 1;
    }
    if (i < argc && strcmp(argv[i], "--no-classifier") == 0)
        only_bare = 1, i++;
    if (i < argc && strcmp(argv[i], "--process") == 0)
        process_mode = 1, i++;
    while (process_mode && i + 1 < argc && argv[i][0] == '-') {
        if (strcmp(argv[i], "--runs") == 0) {
            process_runs = atoi(argv[i + 1]);
            process_runs = process_runs < 1 ? 1 : process_runs;
        } else if (strcmp(argv[i], "--lang") == 0) {
            const char *a = argv[i + 1];
            traditional = !strcmp(a, "zht");
            corpus_lang = !strcmp(a, "en") ? CORPUS_LATIN : !strcmp(a, "zh") || traditional ? CORPUS_CHINESE : CORPUS_ALL;
            if (strcmp(a, "en") && strcmp(a, "zh") && strcmp(a, "zht") && strcmp(a, "mix")) {
                fprintf(stderr, "bench_extract: --lang takes en, zh, zht or mix\n");
                return 2;
            }
        } else if (strcmp(argv[i], "--program") == 0 && nprograms < 2) {
            /* (named from where the bench was started, before any -C) */
            const char *a = argv[i + 1];
            size_t l = strlen(start_dir) + strlen(a) + 2;
            char *p = malloc(l);
            snprintf(p, l, "%s%s%s", a[0] == '/' ? "" : start_dir, a[0] == '/' ? "" : "/", a);
            programs[nprograms++] = p;
        } else {
            fprintf(stderr, "bench_extract: unknown option %s\n", argv[i]);
            return 2;
        }
        i += 2;
    }
    load_seeds();
    size_t sizes[8] = {50, 200};
    int n = 0;
    for (; i < argc && n < 8; i++)
        sizes[n++] = strtoul(argv[i], NULL, 10);
    if (!n)
        n = 2;
    if (process_mode) {
        for (int k = 0; k < n; k++)
            run_process(self_dir, sizes[k]);
        buf_free(&seeds);
        free(programs[0]);
        free(programs[1]);
        return 0;
    }
    run_scan_only(50);
    fflush(stdout);
    for (int k = 0; k < n; k++) {
        pid_t pid = fork();
        if (pid == 0) {
            run_size(self_dir, sizes[k]);
            fflush(stdout);
            _exit(0);
        }
        int status;
        waitpid(pid, &status, 0);
    }
    buf_free(&seeds);
    return 0;
}
