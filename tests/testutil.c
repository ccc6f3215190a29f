/* testutil.c — helpers shared by the Check suites (see testutil.h). */
#include "testutil.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <check.h>

#include "diag.h"
#include "extract.h"
#include "metrics.h"
#include "scan.h"

/* Test projects live under CB_BINARY_DIR/testtmp, inside the checkout:
 * the program must never find the checkout as their project when one
 * lacks a root marker on purpose (project.h), so the search stops there. */
__attribute__((constructor)) static void ceiling(void)
{
    setenv("CLAIMBRIEF_CEILING_DIRECTORIES", CB_BINARY_DIR "/testtmp", 1);
}

static char *slurp_fd(int fd, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *p = malloc(cap);
    for (;;) {
        if (n + 1 >= cap)
            p = realloc(p, cap *= 2);
        ssize_t r = read(fd, p + n, cap - n - 1);
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    p[n] = '\0';
    if (len)
        *len = n;
    return p;
}

Run tu_run(const char *cwd, const char *in_path, const char *const *env, const char *const *argv)
{
    Run r = {0};
    char outp[] = "/tmp/cbtest-out-XXXXXX", errp[] = "/tmp/cbtest-err-XXXXXX";
    int ofd = mkstemp(outp), efd = mkstemp(errp);
    pid_t pid = fork();
    if (pid == 0) {
        if (cwd && chdir(cwd) != 0)
            _exit(126);
        int in = open(in_path ? in_path : "/dev/null", O_RDONLY);
        dup2(in, 0);
        dup2(ofd, 1);
        dup2(efd, 2);
        for (size_t i = 0; env && env[i]; i++)
            putenv((char *)env[i]);
        const char *args[256];
        size_t n = 0;
        args[n++] = CB_PROGRAM;
        for (size_t i = 0; argv[i] && n < 255; i++)
            args[n++] = argv[i];
        args[n] = NULL;
        execv(CB_PROGRAM, (char *const *)args);
        _exit(127);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    lseek(ofd, 0, SEEK_SET);
    lseek(efd, 0, SEEK_SET);
    r.out = slurp_fd(ofd, &r.out_len);
    r.err = slurp_fd(efd, &r.err_len);
    close(ofd);
    close(efd);
    unlink(outp);
    unlink(errp);
    return r;
}

void tu_run_free(Run *r)
{
    free(r->out);
    free(r->err);
    memset(r, 0, sizeof *r);
}

int tu_sh(const char *fmt, ...)
{
    char cmd[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

/* The folders this process made, removed when it exits (Check runs each
 * test in a child: the child removes its own, never its parent's), unless
 * CB_KEEP_TESTTMP is set to look at them after a failure. Without this a
 * suite left gigabytes under build/testtmp on every run. */
#define MAX_TMPDIRS 256
typedef struct TmpDir {
    pid_t pid;
    char *path;
} TmpDir;
static TmpDir tmpdirs[MAX_TMPDIRS];
static size_t ntmpdirs;

static void remove_tmpdirs(void)
{
    if (getenv("CB_KEEP_TESTTMP"))
        return;
    for (size_t i = 0; i < ntmpdirs; i++)
        if (tmpdirs[i].pid == getpid())
            tu_sh("chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'", tmpdirs[i].path, tmpdirs[i].path);
}

char *tu_tmpdir(const char *tag)
{
    static unsigned seq;
    static int registered;
    char *p = malloc(1024);
    snprintf(p, 1024, "%s/testtmp/%s-%ld-%u", CB_BINARY_DIR, tag, (long)getpid(), seq++);
    tu_sh("rm -rf '%s' && mkdir -p '%s'", p, p);
    if (!registered)
        registered = atexit(remove_tmpdirs) == 0;
    if (ntmpdirs < MAX_TMPDIRS)
        tmpdirs[ntmpdirs++] = (TmpDir){getpid(), strdup(p)};
    return p;
}

char *tu_read(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    char *p = slurp_fd(fd, len);
    close(fd);
    return p;
}

void tu_write(const char *path, const void *data, size_t n)
{
    FILE *fp = fopen(path, "wb");
    if (!fp || fwrite(data, 1, n, fp) != n || fclose(fp) != 0) {
        fprintf(stderr, "tu_write: %s failed\n", path);
        abort();
    }
}

void tu_copy_project(const char *dir)
{
    tu_sh("mkdir -p '%s' && cp -r '%s/data' '%s/' && cp '%s/claimbrief.ini' '%s/' && "
          "ln -sfn '%s/fonts' '%s/fonts' && mkdir -p '%s/reports'",
          dir, CB_SOURCE_DIR, dir, CB_SOURCE_DIR, dir, CB_SOURCE_DIR, dir, dir);
}

int tu_open_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    int n = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        n += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return n - 1;
}

Metrics *tu_metrics;

void tu_metrics_load(void)
{
    Diag d = {0};
    ck_assert_msg(metrics_load("data/metrics.csv", &tu_metrics, &d) == 0, "%s", d.msg);
}

void tu_metrics_unload(void)
{
    metrics_free(tu_metrics);
    tu_metrics = NULL;
}

int tu_run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* ---- one claim's fields, as extract gives them ---- */

typedef struct TuWant {
    const char *fig;
    char metric[64], context[512];
    int seen;
} TuWant;

static int tu_keep(const Claim *c, void *ctx)
{
    TuWant *w = ctx;
    if (c->text && !strcmp(c->text, w->fig) && !w->seen) {
        snprintf(w->metric, sizeof w->metric, "%s", c->metric);
        snprintf(w->context, sizeof w->context, "%s", c->context);
        w->seen = 1;
    }
    return 0;
}

static TuWant tu_want;

static void tu_extract_one(const char *doc, const char *fig)
{
    memset(&tu_want, 0, sizeof tu_want);
    tu_want.fig = fig;
    ExtractOptions o = {.metrics = tu_metrics};
    Diag d = {0};
    ck_assert_int_eq(extract_document(&o, "t.txt", doc, strlen(doc), tu_keep, &tu_want, NULL, &d), 0);
    ck_assert_msg(tu_want.seen, "no claim %s", fig);
}

const char *tu_metric_of(const char *doc, const char *fig)
{
    tu_extract_one(doc, fig);
    return tu_want.metric;
}

const char *tu_context_of(const char *doc, const char *fig)
{
    tu_extract_one(doc, fig);
    return tu_want.context;
}

/* ---- a figure in a sentence ---- */

size_t tu_at(const char *s, const char *fig)
{
    const char *at = strstr(s, fig);
    ck_assert_msg(at != NULL, "'%s' not in '%s'", fig, s);
    return (size_t)(at - s);
}

Claim tu_claim_at(const char *s, const char *fig)
{
    Claim c;
    claim_init(&c);
    c.start = tu_at(s, fig);
    c.end = c.start + strlen(fig);
    return c;
}

void tu_trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = 0;
    size_t i = 0;
    while (s[i] == ' ')
        i++;
    memmove(s, s + i, n - i + 1);
}

/* ---- the credit a reader gives one figure ---- */

const char *tu_credit_of(TuCreditFn fn, const char *s, const char *span)
{
    static char out[128];
    Claim c = tu_claim_at(s, span);
    if (fn) {
        int got = fn(tu_metrics, &c, s, strlen(s), 0, strlen(s));
        snprintf(out, sizeof out, "%s", c.source);
        ck_assert_msg(got == (out[0] != 0), "%s: returned %d with '%s'", span, got, out);
    } else {
        metrics_classify(tu_metrics, &c, s, strlen(s), 0, strlen(s));
        snprintf(out, sizeof out, "%s", c.source);
    }
    claim_fini(&c);
    return out;
}

/* ---- claims made by hand ---- */

Claim *tu_push_claim(ClaimList *l, const char *id, const char *doc, const char *metric, const char *scope, int year,
                     double v, const char *unit, const char *text)
{
    Claim c;
    claim_init(&c);
    snprintf(c.id, sizeof c.id, "%s", id);
    snprintf(c.doc, sizeof c.doc, "%s", doc);
    snprintf(c.metric, sizeof c.metric, "%s", metric);
    snprintf(c.scope, sizeof c.scope, "%s", scope);
    snprintf(c.unit, sizeof c.unit, "%s", unit);
    c.year = year;
    c.value = v;
    c.text = xstrdup(text);
    c.sentence = xstrdup("");
    claimlist_push(l, &c);
    return &l->v[l->n - 1];
}

/* ---- the scanner's time ---- */

double tu_scan_seconds(const char *text, size_t n, size_t *found)
{
    double best = 1e9;
    for (int r = 0; r < 3; r++) {
        clock_t t0 = clock();
        Scanner sc;
        ScanQuantity q;
        scan_init(&sc, text, n);
        *found = 0;
        while (scan_next(&sc, &q))
            (*found)++;
        double t = (double)(clock() - t0) / CLOCKS_PER_SEC;
        if (t < best)
            best = t;
    }
    return best;
}

static double rusage_seconds(int who)
{
    struct rusage ru;
    if (getrusage(who, &ru) != 0)
        return 0;
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double tu_cpu_seconds(void)
{
    return rusage_seconds(RUSAGE_SELF);
}

double tu_children_cpu_seconds(void)
{
    return rusage_seconds(RUSAGE_CHILDREN);
}
