/* test_bad.c — the bad-input suite: every case in tests/bad/MANIFEST runs
 * the program on one bad file placed in a fresh copy of the project, and
 * must end with the documented exit status and a clear error naming the
 * file, or a valid result — never a crash, a hang, a sanitizer report, a
 * stray temporary or a damaged earlier output.
 *
 * MANIFEST lines (| separated, # comments):
 *     FILE | PLACE | COMMAND | STATUS | STDERR
 * FILE    a file under tests/bad/, or @GENERATOR (see gens[] below: big or
 *         special files made at run time rather than committed)
 * PLACE   where it goes in the project copy (data/claims.csv, fonts/X.ttf,
 *         data/corpus/x.txt...); whatever was there is removed first
 * COMMAND claimbrief's arguments; {} stands for PLACE. A case whose
 *         command does not exist yet is skipped (and says so).
 * STATUS  the exit status wanted: 0, 1, 2 or 3 ("0/1": either, for a
 *         command whose behaviour is not settled yet)
 * STDERR  an extended regex stderr must match ({} = PLACE, quoted);
 *         empty = anything. When the run fails, stderr must also name
 *         PLACE (build may add a summary line after the error).
 *
 * Every stderr line starts "claimbrief: " (no sanitizer report, no
 * multi-line message). A failing command other than build leaves
 * reports/ and data/claims.csv byte-identical. No "*.tmp.*" file is left.
 *
 * With CB_VALGRIND=1 (the bad_valgrind ctest) a run goes through
 * valgrind --error-exitcode=99 --leak-check=full
 * --errors-for-leak-kinds=definite, for the cases whose bad file reaches
 * code the sanitizers do not instrument (see valgrind_sees_more below);
 * generated cases marked big are skipped there (valgrind is ~50x slower).
 */
#include "claim.h"
#include "cmd.h"
#include "findings.h"
#include "limits.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_CASES 512

typedef struct Case {
    char file[256];
    char place[256];
    char cmd[512];
    int status;          /* the status wanted; -1 when any of ok[] */
    int ok[4];           /* "0/1": a command not yet settled; 0 and 1 both pass */
    char pattern[512];
    int line;            /* in MANIFEST */
} Case;

static Case cases[MAX_CASES];
static int ncases;
static char template_dir[1024];
static int use_valgrind;

/* ---- generators: files too big to commit, or not plain files ---------- */

static void fill(const char *path, const char *unit, size_t bytes, const char *tail)
{
    FILE *fp = fopen(path, "wb");
    ck_assert_msg(fp != NULL, "cannot create %s", path);
    size_t n = strlen(unit), done = 0;
    while (done + n <= bytes) {
        fwrite(unit, 1, n, fp);
        done += n;
    }
    if (tail)
        fputs(tail, fp);
    ck_assert_int_eq(fclose(fp), 0);
}

static void sparse(const char *path, unsigned long long bytes)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(ftruncate(fd, (off_t)bytes), 0);
    close(fd);
}

static void gen_doc_100mb_no_newline(const char *p)
{
    fill(p, "the quick brown fox jumps over the lazy dog ", 100u << 20, NULL);
}
static void gen_doc_over_limit(const char *p) { sparse(p, CB_MAX_DOC_BYTES + 1ull); }
static void gen_doc_long_sentence(const char *p)
{
    /* one 4 MB sentence with a claim in its middle */
    FILE *fp = fopen(p, "wb");
    for (int i = 0; i < 50000; i++)
        fputs("and then the rollout went on ", fp);
    fputs("reaching about 5.4 billion people ", fp);
    for (int i = 0; i < 90000; i++)
        fputs("and then the rollout went on ", fp);
    fputs(".\n", fp);
    fclose(fp);
}
static void gen_doc_too_many_claims(const char *p)
{
    char unit[64];
    FILE *fp = fopen(p, "wb");
    for (int i = 0; i <= CB_MAX_CLAIMS_PER_DOC; i++) {
        snprintf(unit, sizeof unit, "Some %d million people were online. ", i % 900 + 1);
        fputs(unit, fp);
    }
    fclose(fp);
}
static void gen_doc_10000_digits(const char *p)
{
    FILE *fp = fopen(p, "wb");
    fputs("The count was ", fp);
    for (int i = 0; i < 10000; i++)
        fputc('0' + (i * 7 + 3) % 10, fp);
    fputs(" people in 2023.\n", fp);
    fclose(fp);
}
static void gen_csv_over_limit(const char *p) { sparse(p, CB_MAX_CSV_BYTES + 1ull); }
static void gen_csv_long_line(const char *p)
{
    /* a header whose one line passes CB_MAX_CSV_LINE, no field over the limit */
    FILE *fp = fopen(p, "wb");
    size_t per = CB_MAX_CSV_FIELD - 16, total = 0;
    for (int f = 0; total <= CB_MAX_CSV_LINE; f++) {
        if (f)
            fputc(',', fp);
        for (size_t i = 0; i < per; i++)
            fputc('h', fp);
        total += per + 1;
    }
    fputc('\n', fp);
    fclose(fp);
}
static void gen_csv_long_field(const char *p)
{
    FILE *fp = fopen(p, "wb");
    fputs("id,doc,start,end,value,unit,qualifier\n\"", fp);
    for (int i = 0; i < CB_MAX_CSV_FIELD + 10; i++)
        fputc(i % 64 == 63 ? '\n' : 'x', fp);
    fputs("\",a.txt,1,2,3,people,exact\n", fp);
    fclose(fp);
}
static void gen_csv_many_fields(const char *p)
{
    FILE *fp = fopen(p, "wb");
    fputs("id,doc,start,end,value,unit,qualifier\n", fp);
    for (int i = 0; i <= CB_MAX_CSV_FIELDS; i++)
        fputs(i ? ",x" : "x", fp);
    fputc('\n', fp);
    fclose(fp);
}
static void gen_font_over_limit(const char *p) { sparse(p, CB_MAX_FONT_BYTES + 1ull); }
static void gen_font_truncated(const char *p)
{
    ck_assert_int_eq(tu_sh("head -c 20000 '%s/fonts/NotoSans-Regular.ttf' > '%s'", CB_SOURCE_DIR, p), 0);
}
static void gen_font_corrupt_tables(const char *p)
{
    /* the real font with its second half overwritten by a pattern: the
     * table directory still parses, the tables do not */
    ck_assert_int_eq(tu_sh("cp '%s/fonts/NotoSans-Regular.ttf' '%s' && "
                           "dd if=/dev/zero bs=1024 seek=200 count=200 conv=notrunc of='%s' 2>/dev/null",
                           CB_SOURCE_DIR, p, p), 0);
}
/* The real font with hhea.numberOfHMetrics = 0xFFFF: FreeType copes, and
 * libharu 2.3.0 read past its buffer (SIGSEGV) until the brief handed it
 * only a subset cut from the validated font; HarfBuzz reads the metrics
 * as FreeType does and writes the subset's counts consistently. */
static void gen_font_bad_hmetrics(const char *p)
{
    size_t n;
    char *f = tu_read(CB_SOURCE_DIR "/fonts/NotoSans-Regular.ttf", &n);
    ck_assert_ptr_nonnull(f);
    const unsigned char *u = (const unsigned char *)f;
    unsigned ntab = (unsigned)(u[4] << 8 | u[5]);
    for (unsigned i = 0; i < ntab && 12 + 16 * i + 16 <= n; i++) {
        const unsigned char *e = u + 12 + 16 * i;
        size_t off = (size_t)e[8] << 24 | (size_t)e[9] << 16 | (size_t)e[10] << 8 | e[11];
        if (!memcmp(e, "hhea", 4) && off + 36 <= n)
            f[off + 34] = f[off + 35] = (char)0xff;
    }
    tu_write(p, f, n);
    free(f);
}
static void gen_dir(const char *p) { ck_assert_int_eq(mkdir(p, 0755), 0); }
static void gen_fifo(const char *p) { ck_assert_int_eq(mkfifo(p, 0644), 0); }
/* A FIFO whose writer comes a moment after the program opened it (a
 * document named on the command line: it was read as empty; it is now
 * waited on). The writer is a grandchild, so nobody need wait for it,
 * and gives up after a minute without a reader. */
static void gen_fifo_late_writer(const char *p)
{
    ck_assert_int_eq(mkfifo(p, 0644), 0);
    pid_t c = fork();
    ck_assert_int_ge(c, 0);
    if (c == 0) {
        if (fork() == 0) {
            int fd = -1;
            for (int i = 0; i < 600 && fd < 0; i++) {
                usleep(100000);
                fd = open(p, O_WRONLY | O_NONBLOCK);   /* ENXIO: no reader yet */
            }
            static const char doc[] = "Kenya had 5 million internet users in 2020.\n";
            if (fd >= 0 && write(fd, doc, sizeof doc - 1) < 0)
                _exit(1);
        }
        _exit(0);
    }
    waitpid(c, NULL, 0);
}
static void gen_dangling_symlink(const char *p) { ck_assert_int_eq(symlink("/nonexistent/x", p), 0); }
/* Nothing: the file that was there is gone. */
static void gen_absent(const char *p) { (void)p; }
static void gen_devnull(const char *p) { ck_assert_int_eq(symlink("/dev/null", p), 0); }
static void gen_devzero(const char *p) { ck_assert_int_eq(symlink("/dev/zero", p), 0); }

/* Outside the project: a readable file, /proc/self/mem (reading it
 * stopped the whole build), a FIFO elsewhere. */
static void gen_link_outside(const char *p)
{
    ck_assert_int_eq(symlink(CB_SOURCE_DIR "/tests/bad/doc/sentence-cut.txt", p), 0);
}
/* The same for a PDF and a web page: a document of any type that is a
 * link out of the corpus is refused like a text one. */
static void gen_link_outside_pdf(const char *p)
{
    ck_assert_int_eq(symlink(CB_SOURCE_DIR "/tests/fuzz/corpus/pdf/201_news_dsr.pdf", p), 0);
}
static void gen_link_outside_html(const char *p)
{
    ck_assert_int_eq(symlink(CB_SOURCE_DIR "/tests/fuzz/corpus/html/201_news_dsr.html", p), 0);
}
static void gen_link_proc_mem(const char *p) { ck_assert_int_eq(symlink("/proc/self/mem", p), 0); }
static void gen_link_fifo(const char *p)
{
    char fifo[1400];
    snprintf(fifo, sizeof fifo, "%s.pipe", p);
    ck_assert_int_eq(mkfifo(fifo, 0644), 0);
    ck_assert_int_eq(symlink(fifo, p), 0);
}
/* 20 GiB of holes: hashed in full (69 s) before being refused, once. */
static void gen_sparse_20g(const char *p) { sparse(p, 20ull << 30); }
/* A name with a newline and an escape sequence beside the PLACE (both
 * binary, so both are errors): the error naming it must stay one line. */
static void gen_doc_name_controls(const char *p)
{
    char q[1500], dir[1400];
    snprintf(dir, sizeof dir, "%s", p);
    char *slash = strrchr(dir, '/');
    *slash = '\0';
    snprintf(q, sizeof q, "%s/x\nclaimbrief: forged\x1b[31m.txt", dir);
    tu_write(q, "\0\1\2\3binary", 10);
    tu_write(p, "\0\1\2\3binary", 10);
}

typedef struct Gen {
    const char *name;
    void (*fn)(const char *path);
    int big;   /* skipped under valgrind */
} Gen;

static const Gen gens[] = {
    {"doc-100mb-no-newline", gen_doc_100mb_no_newline, 1},
    {"doc-over-limit", gen_doc_over_limit, 0},
    {"doc-long-sentence", gen_doc_long_sentence, 1},
    {"doc-too-many-claims", gen_doc_too_many_claims, 1},
    {"doc-10000-digits", gen_doc_10000_digits, 0},
    {"csv-over-limit", gen_csv_over_limit, 0},
    {"csv-long-line", gen_csv_long_line, 0},
    {"csv-long-field", gen_csv_long_field, 0},
    {"csv-many-fields", gen_csv_many_fields, 0},
    {"font-over-limit", gen_font_over_limit, 0},
    {"font-truncated", gen_font_truncated, 0},
    {"font-corrupt-tables", gen_font_corrupt_tables, 0},
    {"font-bad-hmetrics", gen_font_bad_hmetrics, 0},
    {"dir", gen_dir, 0},
    {"fifo", gen_fifo, 0},
    {"fifo-late-writer", gen_fifo_late_writer, 0},
    {"dangling-symlink", gen_dangling_symlink, 0},
    {"absent", gen_absent, 0},
    {"devnull", gen_devnull, 0},
    {"devzero", gen_devzero, 1},
    {"link-outside", gen_link_outside, 0},
    {"link-outside-pdf", gen_link_outside_pdf, 0},
    {"link-outside-html", gen_link_outside_html, 0},
    {"link-proc-mem", gen_link_proc_mem, 0},
    {"link-fifo", gen_link_fifo, 0},
    {"sparse-20g", gen_sparse_20g, 0},
    {"doc-name-controls", gen_doc_name_controls, 0},
};

static const Gen *find_gen(const char *name)
{
    for (size_t i = 0; i < sizeof gens / sizeof *gens; i++)
        if (!strcmp(gens[i].name, name))
            return &gens[i];
    return NULL;
}

/* ---- the manifest ----------------------------------------------------- */

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static void load_manifest(void)
{
    FILE *fp = fopen(CB_SOURCE_DIR "/tests/bad/MANIFEST", "r");
    if (!fp) {
        fprintf(stderr, "test_bad: cannot read tests/bad/MANIFEST\n");
        exit(1);
    }
    char line[2048];
    int lineno = 0;
    while (fgets(line, sizeof line, fp)) {
        lineno++;
        char *s = trim(line);
        if (!*s || *s == '#')
            continue;
        char *f[5];
        int n = 0;
        f[n++] = s;
        for (char *p = s; *p && n < 5; p++)
            if (*p == '|') {
                *p = '\0';
                f[n++] = p + 1;
            }
        if (n != 5 || ncases == MAX_CASES) {
            fprintf(stderr, "tests/bad/MANIFEST:%d: want FILE | PLACE | COMMAND | STATUS | STDERR\n",
                    lineno);
            exit(1);
        }
        Case *c = &cases[ncases++];
        snprintf(c->file, sizeof c->file, "%s", trim(f[0]));
        snprintf(c->place, sizeof c->place, "%s", trim(f[1]));
        snprintf(c->cmd, sizeof c->cmd, "%s", trim(f[2]));
        char *st = trim(f[3]);
        c->status = atoi(st);
        for (int k = 0; k < 4; k++)
            c->ok[k] = -1;
        if (strchr(st, '/')) {
            c->status = -1;
            int k = 0;
            for (char *t = strtok(st, "/"); t && k < 4; t = strtok(NULL, "/"))
                c->ok[k++] = atoi(t);
        }
        snprintf(c->pattern, sizeof c->pattern, "%s", trim(f[4]));
        c->line = lineno;
        if (c->file[0] == '@' && !find_gen(c->file + 1)) {
            fprintf(stderr, "tests/bad/MANIFEST:%d: no generator '%s'\n", lineno, c->file);
            exit(1);
        }
    }
    fclose(fp);
}

/* ---- which cases valgrind runs ------------------------------------------ */

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && !strcmp(s + n - k, suf);
}

/* Does valgrind see in this case what the ASan+UBSan run of this same
 * suite (.ci/run, CB_SANITIZE) cannot? That run instruments all of our
 * code, and its LeakSanitizer sees every leak, whoever allocated; it is
 * blind only inside the Debian libraries, which are not instrumented:
 * poppler (PDF), gumbo (HTML), FreeType and HarfBuzz (fonts), cairo
 * (charts), libharu (the brief). So valgrind (~50x slower, and about a
 * second of CPU just to start the program) runs the cases whose bad file
 * those libraries read or draw:
 *   - a font (fonts/...), a PDF or a web page, whatever the command;
 *   - an output the renderers make that cannot be written (status 3 on
 *     reports/...: the libraries' error and clean-up paths);
 *   - a file whose content is drawn: brief, chart or build wanted to
 *     succeed (or allowed to), so the case's values, labels and titles
 *     reach cairo and libharu (and build reads the bundled PDFs and web
 *     pages with poppler and gumbo).
 * Not the others (about 270 of the 370 runs, three quarters of this
 * test's time): a CSV, settings file or text document our own readers
 * refuse, and extract, compare, merge or init on anything but a PDF or a
 * web page, never call those libraries; valgrind only repeated there
 * what the ASan run checks. What it alone would add there is a branch on
 * an uninitialised byte of our own code on those error paths; the cases
 * kept still run our readers, under valgrind, over every good file of
 * the project. */
static int valgrind_sees_more(const Case *c)
{
    char cmd[16];
    snprintf(cmd, sizeof cmd, "%.*s", (int)strcspn(c->cmd, " "), c->cmd);
    if (!strncmp(c->place, "fonts/", 6) || has_suffix(c->place, ".pdf") || has_suffix(c->place, ".html"))
        return 1;
    if (c->status == 3 && !strncmp(c->place, "reports/", 8))
        return 1;
    int draws = !strcmp(cmd, "brief") || !strcmp(cmd, "chart") || !strcmp(cmd, "build");
    int may_succeed = c->status == 0;
    for (int k = 0; k < 4; k++)
        may_succeed |= c->status < 0 && c->ok[k] == 0;
    return draws && may_succeed;
}

/* ---- running the program ---------------------------------------------- */

typedef struct Result {
    int status;      /* exit status, 128+signal, or -1 on timeout */
    char *err;
    char *vglog;     /* valgrind's report, when it failed */
} Result;

static Result run_in(const char *dir, char **argv, int timeout_s)
{
    Result r = {0};
    char errp[1200], vgp[1200];
    snprintf(errp, sizeof errp, "%s/.stderr", dir);
    snprintf(vgp, sizeof vgp, "%s/.valgrind", dir);
    pid_t pid = fork();
    if (pid == 0) {
        if (chdir(dir) != 0)
            _exit(126);
        int in = open("/dev/null", O_RDONLY), out = open("/dev/null", O_WRONLY);
        int err = open(errp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        setpgid(0, 0);
        char *args[64];
        int n = 0;
        char logopt[1300];
        if (use_valgrind) {
            snprintf(logopt, sizeof logopt, "--log-file=%s", vgp);
            args[n++] = "valgrind";
            args[n++] = "-q";
            args[n++] = "--error-exitcode=99";
            args[n++] = "--leak-check=full";
            args[n++] = "--errors-for-leak-kinds=definite";
            args[n++] = logopt;
        }
        args[n++] = CB_PROGRAM;
        for (int i = 0; argv[i] && n < 63; i++)
            args[n++] = argv[i];
        args[n] = NULL;
        execvp(args[0], args);
        _exit(127);
    }
    int st = 0;
    time_t t0 = time(NULL);
    for (;;) {
        pid_t w = waitpid(pid, &st, WNOHANG);
        if (w == pid)
            break;
        if (time(NULL) - t0 > timeout_s) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
            waitpid(pid, &st, 0);
            r.status = -1;
            break;
        }
        usleep(10000);
    }
    if (r.status != -1)
        r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    r.err = tu_read(errp, NULL);
    if (!r.err)
        r.err = strdup("");
    unlink(errp);
    if (use_valgrind && r.status == 99)
        r.vglog = tu_read(vgp, NULL);
    unlink(vgp);
    return r;
}

/* ---- project snapshots ------------------------------------------------ */

static uint64_t fnv(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
    return h;
}

/* Append "path hash\n" for every regular file under dir/rel (sorted by
 * readdir order, which is stable for an unchanged folder... so sort). */
static int cmpstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void snap_walk(const char *dir, const char *rel, char ***v, size_t *n)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    struct stat st;
    if (lstat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        DIR *dp = opendir(path);
        struct dirent *e;
        while (dp && (e = readdir(dp))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char sub[2048];
            snprintf(sub, sizeof sub, "%s/%s", rel, e->d_name);
            snap_walk(dir, sub, v, n);
        }
        if (dp)
            closedir(dp);
        return;
    }
    size_t len = 0;
    /* only regular files: reading a FIFO case's file would block here */
    char *data = S_ISREG(st.st_mode) ? tu_read(path, &len) : NULL;
    char line[2300];
    snprintf(line, sizeof line, "%s %016llx", rel,
             data ? (unsigned long long)fnv(data, len) : 0ull);
    free(data);
    *v = realloc(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = strdup(line);
}

static char *snapshot(const char *dir)
{
    char **v = NULL;
    size_t n = 0;
    snap_walk(dir, "reports", &v, &n);
    snap_walk(dir, "data/claims.csv", &v, &n);
    qsort(v, n, sizeof *v, cmpstr);
    size_t total = 1;
    for (size_t i = 0; i < n; i++)
        total += strlen(v[i]) + 1;
    char *s = malloc(total);
    s[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        strcat(s, v[i]);
        strcat(s, "\n");
        free(v[i]);
    }
    free(v);
    return s;
}

/* Path of the first "*.tmp.*" file under dir, or NULL (caller frees). */
static char *find_temp(const char *dir)
{
    char cmd[1400];
    snprintf(cmd, sizeof cmd, "find '%s' -name '*.tmp.*' 2>/dev/null | head -1", dir);
    FILE *fp = popen(cmd, "r");
    char line[1200] = "";
    if (fp) {
        if (!fgets(line, sizeof line, fp))
            line[0] = '\0';
        pclose(fp);
    }
    line[strcspn(line, "\n")] = '\0';
    return line[0] ? strdup(line) : NULL;
}

/* ---- one case ---------------------------------------------------------- */

/* A fresh project: data/ copied, fonts/ one symlink per file (so a case
 * can replace one font without touching the repository), reports/. */
static void make_project(const char *dir)
{
    if (tu_sh("mkdir -p '%s/fonts' '%s/reports' && cp -r '%s/data' '%s/claimbrief.ini' '%s/' && "
              "for f in '%s'/fonts/*; do ln -s \"$f\" '%s/fonts/'; done",
              dir, dir, CB_SOURCE_DIR, CB_SOURCE_DIR, dir, CB_SOURCE_DIR, dir) != 0) {
        fprintf(stderr, "test_bad: cannot make the project copy %s\n", dir);
        exit(1);
    }
}

/* Quote s for use inside an extended regex. */
static void re_quote(char *out, size_t cap, const char *s)
{
    size_t j = 0;
    for (; *s && j + 3 < cap; s++) {
        if (strchr("\\^$.|?*+()[]{}", *s))
            out[j++] = '\\';
        out[j++] = *s;
    }
    out[j] = '\0';
}

static void expand(char *out, size_t cap, const char *tmpl, const char *with)
{
    size_t j = 0;
    for (const char *p = tmpl; *p && j + 1 < cap;) {
        if (p[0] == '{' && p[1] == '}') {
            j += (size_t)snprintf(out + j, cap - j, "%s", with);
            if (j >= cap)
                j = cap - 1;
            p += 2;
        } else {
            out[j++] = *p++;
        }
    }
    out[j] = '\0';
}

/* 1 when dir/rel is a regular file (not the link or FIFO a case put there). */
static int regular(const char *dir, const char *rel)
{
    char p[1400];
    struct stat st;
    snprintf(p, sizeof p, "%s/%s", dir, rel);
    return lstat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static void check_outputs(const Case *c, const char *dir, char **argv)
{
    /* extract -o FILE: the claims it wrote load back */
    if (!strcmp(argv[0], "extract")) {
        for (int i = 1; argv[i]; i++)
            if (!strcmp(argv[i], "-o") && argv[i + 1]) {
                char p[1400];
                snprintf(p, sizeof p, "%s/%s", dir, argv[i + 1]);
                ClaimList l;
                Diag d = {0};
                ck_assert_msg(claims_load(p, &l, &d) == 0, "MANIFEST:%d: extract wrote claims that do not load: %s:%ld: %s",
                              c->line, d.file, d.line, d.msg);
                for (size_t k = 0; k < l.n; k++)
                    ck_assert_msg(strlen(l.v[k].sentence) <= CB_MAX_SENTENCE_BYTES,
                                  "MANIFEST:%d: a sentence of %zu bytes", c->line,
                                  strlen(l.v[k].sentence));
                claimlist_free(&l);
            }
    }
    if (!strcmp(argv[0], "compare")) {
        char p[1400];
        snprintf(p, sizeof p, "%s/reports/findings.csv", dir);
        FindingList l;
        Diag d = {0};
        ck_assert_msg(findings_load(p, &l, &d) == 0, "MANIFEST:%d: compare wrote findings that do not load: %s", c->line, d.msg);
        findinglist_free(&l);
    }
    if (!strcmp(argv[0], "build")) {
        char p[1400];
        snprintf(p, sizeof p, "%s/data/claims.csv", dir);
        ClaimList l;
        Diag d = {0};
        ck_assert_msg(!regular(dir, "data/claims.csv") || claims_load(p, &l, &d) == 0,
                      "MANIFEST:%d: build left claims that do not load: %s", c->line, d.msg);
        if (regular(dir, "data/claims.csv"))
            claimlist_free(&l);
        snprintf(p, sizeof p, "%s/reports/findings.csv", dir);
        FindingList fl;
        ck_assert_msg(!regular(dir, "reports/findings.csv") || findings_load(p, &fl, &d) == 0,
                      "MANIFEST:%d: build left findings that do not load: %s", c->line, d.msg);
        if (regular(dir, "reports/findings.csv"))
            findinglist_free(&fl);
    }
    if ((!strcmp(argv[0], "brief") || !strcmp(argv[0], "build")) && regular(dir, "reports/brief.pdf")) {
        char p[1400];
        snprintf(p, sizeof p, "%s/reports/brief.pdf", dir);
        size_t n = 0;
        char *pdf = tu_read(p, &n);
        ck_assert_msg(pdf && n > 8 && !memcmp(pdf, "%PDF-", 5), "MANIFEST:%d: no PDF brief", c->line);
        free(pdf);
    }
}

START_TEST(bad_input_should_fail_cleanly_or_give_a_valid_result)
{
    const Case *c = &cases[_i];
    /* the command line */
    char cmdline[1024];
    expand(cmdline, sizeof cmdline, c->cmd, c->place);
    char *argv[64];
    int argc = 0;
    for (char *tok = strtok(cmdline, " "); tok && argc < 63; tok = strtok(NULL, " "))
        argv[argc++] = tok;
    argv[argc] = NULL;
    ck_assert_msg(argc > 0, "MANIFEST:%d: empty command", c->line);
    if (!cmd_find(argv[0])) {
        fprintf(stderr, "MANIFEST:%d: skipped: no command '%s' yet\n", c->line, argv[0]);
        return;
    }
    const Gen *g = c->file[0] == '@' ? find_gen(c->file + 1) : NULL;
    if (use_valgrind && g && g->big) {
        fprintf(stderr, "MANIFEST:%d: skipped under valgrind (big)\n", c->line);
        return;
    }
    /* (quietly: most cases; the ASan run checks them) */
    if (use_valgrind && !valgrind_sees_more(c))
        return;

    char *dir = tu_tmpdir("bad");
    ck_assert_int_eq(tu_sh("cp -a '%s/.' '%s/'", template_dir, dir), 0);
    char dest[1400];
    snprintf(dest, sizeof dest, "%s/%s", dir, c->place);
    tu_sh("rm -rf '%s' && mkdir -p \"$(dirname '%s')\"", dest, dest);
    if (g)
        g->fn(dest);
    else
        ck_assert_msg(tu_sh("cp '%s/tests/bad/%s' '%s'", CB_SOURCE_DIR, c->file, dest) == 0,
                      "MANIFEST:%d: no file tests/bad/%s", c->line, c->file);
    char *before = snapshot(dir);

    Result r = run_in(dir, argv, use_valgrind ? 600 : 120);
    const char *what = c->file;
    ck_assert_msg(r.status != -1, "MANIFEST:%d %s: claimbrief %s hung (killed after the timeout)",
                  c->line, what, c->cmd);
    ck_assert_msg(r.status != 99 || !use_valgrind, "MANIFEST:%d %s: valgrind found errors:\n%s",
                  c->line, what, r.vglog ? r.vglog : "");
    ck_assert_msg(r.status < 128, "MANIFEST:%d %s: killed by signal %d; stderr:\n%s", c->line,
                  what, r.status - 128, r.err);
    int status_ok = r.status == c->status;
    for (int k = 0; k < 4; k++)
        status_ok |= c->status < 0 && r.status == c->ok[k];
    ck_assert_msg(status_ok, "MANIFEST:%d %s: exit status %d, want %d; stderr:\n%s",
                  c->line, what, r.status, c->status, r.err);

    /* every line of stderr is one of ours */
    for (const char *p = r.err; *p;) {
        ck_assert_msg(!strncmp(p, "claimbrief: ", 12), "MANIFEST:%d %s: stray stderr line:\n%s",
                      c->line, what, r.err);
        const char *nl = strchr(p, '\n');
        ck_assert_msg(nl != NULL, "MANIFEST:%d %s: stderr does not end with a newline", c->line, what);
        p = nl + 1;
    }
    if (r.status != 0) {
        /* the error names the file (build adds a summary line after it) */
        ck_assert_msg(strstr(r.err, c->place) != NULL,
                      "MANIFEST:%d %s: the error does not name %s: %s", c->line, what, c->place,
                      r.err);
    }
    if (c->pattern[0]) {
        char q[600], re_src[2048];
        re_quote(q, sizeof q, c->place);
        expand(re_src, sizeof re_src, c->pattern, q);
        regex_t re;
        ck_assert_msg(regcomp(&re, re_src, REG_EXTENDED | REG_NEWLINE | REG_NOSUB) == 0,
                      "MANIFEST:%d: bad regex %s", c->line, re_src);
        ck_assert_msg(regexec(&re, r.err, 0, NULL, 0) == 0,
                      "MANIFEST:%d %s: stderr does not match /%s/:\n%s", c->line, what, re_src,
                      r.err);
        regfree(&re);
    }
    char *tmp = find_temp(dir);
    ck_assert_msg(tmp == NULL, "MANIFEST:%d %s: temporary left behind: %s", c->line, what, tmp);
    char *after = snapshot(dir);
    /* extract skips a bad document and still writes the others' claims
     * (exit 1, documented); build may have made some outputs. Whatever
     * they wrote must then be valid. */
    int may_write = !strcmp(argv[0], "build") || !strcmp(argv[0], "extract");
    if (r.status != 0 && may_write && strcmp(before, after) != 0)
        check_outputs(c, dir, argv);
    if (r.status != 0 && !may_write)
        ck_assert_msg(!strcmp(before, after),
                      "MANIFEST:%d %s: a failed run changed earlier outputs:\nbefore:\n%safter:\n%s",
                      c->line, what, before, after);
    if (r.status == 0)
        check_outputs(c, dir, argv);
    free(before);
    free(after);
    free(r.err);
    free(r.vglog);
    /* big generated inputs are not kept for inspection */
    if (g && g->big)
        tu_sh("rm -rf '%s'", dir);
    free(dir);
}
END_TEST

/* Every committed file under tests/bad/ is used by some case, so a new
 * file without a manifest line is noticed. */
START_TEST(every_bad_file_should_be_in_the_manifest)
{
    FILE *fp = popen("cd '" CB_SOURCE_DIR "/tests/bad' && find . -type f ! -name MANIFEST ! -name README.md | sed 's|^\\./||'", "r");
    ck_assert_ptr_nonnull(fp);
    char line[1024];
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\n")] = '\0';
        int found = 0;
        for (int i = 0; i < ncases && !found; i++)
            found = !strcmp(cases[i].file, line);
        ck_assert_msg(found, "tests/bad/%s is in no MANIFEST line", line);
    }
    pclose(fp);
}
END_TEST

/* The template every case copies: the bundled project, built once when
 * the build command exists, so there are earlier outputs to protect. What
 * the build did not make (it may fail while the tree is half-done) comes
 * from the fuzz seeds, so the readers' cases still see the rest intact. */
static void make_template(void)
{
    snprintf(template_dir, sizeof template_dir, "%s/testtmp/bad-template-%ld", CB_BINARY_DIR,
             (long)getpid());
    tu_sh("rm -rf '%s'", template_dir);
    make_project(template_dir);
    char out[1300];
    snprintf(out, sizeof out, "%s/reports/out.csv", template_dir);
    tu_write(out, "previous output\n", 16);
    int saved = use_valgrind;
    use_valgrind = 0;
    if (cmd_find("build")) {
        char *argv[] = {"build", "--quiet", NULL};
        Result r = run_in(template_dir, argv, 300);
        if (r.status != 0)
            fprintf(stderr, "test_bad: note: build of the template failed (%d): %s", r.status, r.err);
        free(r.err);
        free(r.vglog);
    }
    tu_sh("cd '%s' && { [ -f data/claims.csv ] || cp '%s/tests/fuzz/corpus/claims/good.csv' data/claims.csv; } && "
          "{ [ -f reports/findings.csv ] || cp '%s/tests/fuzz/corpus/findings/good.csv' reports/findings.csv; }",
          template_dir, CB_SOURCE_DIR, CB_SOURCE_DIR);
    snprintf(out, sizeof out, "%s/reports/brief.pdf", template_dir);
    if (cmd_find("brief") && access(out, F_OK) != 0) {
        char *argv[] = {"brief", NULL};
        Result r = run_in(template_dir, argv, 300);
        free(r.err);
        free(r.vglog);
    }
    use_valgrind = saved;
}

int main(void)
{
    use_valgrind = getenv("CB_VALGRIND") && !strcmp(getenv("CB_VALGRIND"), "1");
    load_manifest();
    make_template();
    if (use_valgrind) {
        int kept = 0;
        for (int i = 0; i < ncases; i++)
            kept += valgrind_sees_more(&cases[i]);
        fprintf(stderr, "test_bad: %d of the %d cases under valgrind (the others: the ASan run)\n", kept, ncases);
    }
    Suite *s = suite_create("bad");
    TCase *tc = tcase_create("bad");
    tcase_set_timeout(tc, use_valgrind ? 900 : 300);
    tcase_add_test(tc, every_bad_file_should_be_in_the_manifest);
    tcase_add_loop_test(tc, bad_input_should_fail_cleanly_or_give_a_valid_result, 0, ncases);
    suite_add_tcase(s, tc);
    int rc = tu_run_suite(s);
    tu_sh("rm -rf '%s'", template_dir);
    return rc;
}
