/* test_sandbox.c — a parser on untrusted bytes runs in a bounded child:
 * its output comes back, and a loop, a crash, a memory blow-up or a
 * flood of output is stopped and said in words, the parent unharmed. A
 * worker's child reads job after job, each with its own bounds, and one
 * that failed is replaced; no process or descriptor is left behind. */
#define _GNU_SOURCE   /* memfd_create */
#include "sandbox.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int say_hello(const void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress)
{
    (void)ctx;
    (void)in;
    (void)n;
    *progress = 3;
    buf_puts(out, "hello");
    return 0;
}

static int fail_with_words(const void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress)
{
    (void)ctx;
    (void)in;
    (void)n;
    (void)progress;
    buf_puts(out, "encrypted PDF: needs a password");
    return 1;
}

static int spin(const void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress)
{
    (void)ctx;
    (void)in;
    (void)n;
    (void)out;
    *progress = 7;
    for (volatile unsigned long i = 0;; i++)
        ;
    return 0;
}

static int crash(const void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress)
{
    (void)ctx;
    (void)in;
    (void)n;
    (void)out;
    *progress = 2;
    raise(SIGSEGV);
    return 0;
}

/* Where hog's block is seen from outside it: a compiler may not then
 * drop its malloc and memset (clang -O2 did, and answered "got it"
 * without taking any memory). */
static char *volatile hog_block;

static int hog(const void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress)
{
    (void)ctx;
    (void)in;
    (void)n;
    (void)progress;
    /* more than the bound, touched so it is really used */
    size_t sz = (size_t)512 << 20;
    char *p = malloc(sz);
    if (!p)
        return buf_puts(out, "out of memory"), 1;
    hog_block = p;
    memset(p, 1, sz);
    buf_puts(out, ((volatile char *)p)[sz - 1] ? "got it" : "?");
    hog_block = NULL;
    free(p);
    return 0;
}

static int flood(const void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress)
{
    (void)ctx;
    (void)in;
    (void)n;
    (void)progress;
    for (int i = 0; i < 100000; i++)
        buf_puts(out, "0123456789");
    return 0;
}

SANDBOX_JOB(say_hello_job, "hello", say_hello, NULL);
SANDBOX_JOB(fail_with_words_job, "refuse", fail_with_words, NULL);
SANDBOX_JOB(spin_job, "spin", spin, NULL);
SANDBOX_JOB(crash_job, "crash", crash, NULL);
SANDBOX_JOB(hog_job, "hog", hog, NULL);
SANDBOX_JOB(flood_job, "flood", flood, NULL);

START_TEST(sandbox_should_bring_back_the_childs_output_and_progress)
{
    SandboxLimits lim = {5, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(&say_hello_job, &lim, &out, &sig, &page), SANDBOX_OK);
    ck_assert_str_eq(out.data, "hello");
    ck_assert_uint_eq(page, 3);
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_bring_back_the_words_of_a_refusal)
{
    SandboxLimits lim = {5, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(&fail_with_words_job, &lim, &out, &sig, &page), SANDBOX_FAILED);
    ck_assert_str_eq(out.data, "encrypted PDF: needs a password");
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_stop_a_child_past_its_time_and_say_where)
{
    SandboxLimits lim = {1, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    time_t t0 = time(NULL);
    ck_assert_int_eq(sandbox_run(&spin_job, &lim, &out, &sig, &page), SANDBOX_TIMEOUT);
    ck_assert_int_le(time(NULL) - t0, 4);
    ck_assert_uint_eq(page, 7);
    char why[256];
    sandbox_status_text(SANDBOX_TIMEOUT, sig, &lim, why, sizeof why);
    ck_assert_str_eq(why, "reading took longer than 1 s");
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_contain_a_crash)
{
    SandboxLimits lim = {5, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(&crash_job, &lim, &out, &sig, &page), SANDBOX_CRASHED);
    /* a sanitizer catches the signal and exits (its own status) */
    if (!sandbox_memory_unbounded())
        ck_assert_int_eq(sig, SIGSEGV);
    ck_assert_uint_eq(page, 2);
    char why[256];
    sandbox_status_text(SANDBOX_CRASHED, SIGSEGV, &lim, why, sizeof why);
    ck_assert_ptr_nonnull(strstr(why, "signal 11"));
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_bound_the_memory_a_child_takes)
{
    if (sandbox_memory_unbounded())
        return;   /* ASan and valgrind reserve address space of their own */
    SandboxLimits lim = {10, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    SandboxStatus st = sandbox_run(&hog_job, &lim, &out, &sig, &page);
    /* malloc fails (the child says so) or the child dies: never "got it" */
    ck_assert(st == SANDBOX_FAILED || st == SANDBOX_CRASHED);
    ck_assert(!out.data || strcmp(out.data, "got it") != 0);
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_refuse_output_past_its_cap)
{
    SandboxLimits lim = {5, 64u << 20, 4096};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(&flood_job, &lim, &out, &sig, &page), SANDBOX_TOO_BIG);
    ck_assert_uint_le(out.len, 4096);
    buf_free(&out);
}
END_TEST

/* ---- workers ---- */

/* No child of this process is left, reaped or not. */
static int no_children(void)
{
    return waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD;
}

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A job by its first byte: p its pid, e echo, c crash, l loop, f flood,
 * r refuse, k keep 48 MiB (a leak), b burn 1.1 s of CPU, L the CPU
 * limit and the CPU seconds used, d its sockets and its descriptors
 * that are none of stdio (/dev/null), a socket or its statm, w a word
 * on stderr. */
static int job(const void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress)
{
    (void)ctx;
    switch (n ? in[0] : 'p') {
    case 'e':
        buf_append(out, in + 1, n - 1);
        return 0;
    case 'c':
        *progress = 5;
        raise(SIGSEGV);
        return 0;
    case 'l':
        *progress = 6;
        for (volatile unsigned long i = 0;; i++)
            ;
    case 'f':
        for (int i = 0; i < 100000; i++)
            buf_puts(out, "0123456789");
        return 0;
    case 'r':
        buf_puts(out, "encrypted PDF: needs a password");
        return 1;
    case 'k': {
        size_t sz = (size_t)48 << 20;
        char *p = malloc(sz);
        if (!p)
            return buf_puts(out, "out of memory"), 1;
        memset(p, 1, sz);   /* never freed: what a leaky library does */
        buf_printf(out, "kept %d", p[sz - 1]);
        return 0;
    }
    case 'b': {
        double t0 = cpu_now();
        while (cpu_now() - t0 < 1.1)
            ;
        return 0;
    }
    case 'L': {
        struct rlimit cpu;
        struct rusage ru;
        getrlimit(RLIMIT_CPU, &cpu);
        getrusage(RUSAGE_SELF, &ru);
        long long us = ((long long)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 + ru.ru_utime.tv_usec +
                       ru.ru_stime.tv_usec;
        buf_printf(out, "%llu %lld", (unsigned long long)cpu.rlim_cur, us / 1000000);
        return 0;
    }
    case 'd': {
        /* its sockets, and what is none of stdio, a socket, statm */
        int sockets = 0, other = 0;
        DIR *d = opendir("/proc/self/fd");
        for (struct dirent *e; d && (e = readdir(d));) {
            char link[300], to[300];
            snprintf(link, sizeof link, "/proc/self/fd/%s", e->d_name);
            ssize_t k = e->d_name[0] == '.' || atoi(e->d_name) == dirfd(d) ? -1 : readlink(link, to, sizeof to - 1);
            if (k < 0)
                continue;
            to[k] = '\0';
            sockets += !strncmp(to, "socket:", 7);
            other += strncmp(to, "socket:", 7) && strcmp(to, "/dev/null") && !strstr(to, "/statm");
        }
        if (d)
            closedir(d);
        buf_printf(out, "%d %d", sockets, other);
        return 0;
    }
    case 'w':
        /* a library's word on stderr, which must go nowhere */
        if (write(2, "noise\n", 6) != 6)
            return buf_puts(out, "no stderr"), 1;
        buf_puts(out, "quiet");
        return 0;
    case 'D': {
        /* may it leave a core: its limit, and whether it is dumpable */
        struct rlimit core;
        getrlimit(RLIMIT_CORE, &core);
        buf_printf(out, "%llu %d", (unsigned long long)core.rlim_cur, prctl(PR_GET_DUMPABLE));
        return 0;
    }
    default:
        buf_printf(out, "%ld", (long)getpid());
        return 0;
    }
}

SANDBOX_JOB(letters_job, "letters", job, NULL);

/* Run job text through w: its status, its output in res. */
static SandboxStatus run(SandboxWorker *w, const char *text, int seconds, Buf *res, unsigned *page)
{
    SandboxLimits lim = {seconds, 64u << 20, 4096};
    int sig;
    unsigned pg;
    buf_reset(res);
    SandboxStatus st = sandbox_worker_run(w, text, strlen(text), &lim, res, &sig, page ? page : &pg);
    buf_putc(res, '\0');   /* res.data is a string even when empty */
    return st;
}

START_TEST(worker_should_read_job_after_job_in_one_child_and_replace_one_that_failed)
{
    int fds = tu_open_fds();
    SandboxWorker *w = sandbox_worker_new(&letters_job, 100);
    Buf r;
    buf_init(&r, 0);
    unsigned page;
    ck_assert_int_eq(sandbox_worker_pid(w), 0);   /* none until the first job */
    ck_assert_int_eq(run(w, "p", 5, &r, NULL), SANDBOX_OK);
    long first = atol(r.data);
    ck_assert_int_eq(first, sandbox_worker_pid(w));
    ck_assert_int_eq(run(w, "eThe same child reads the next job.", 5, &r, NULL), SANDBOX_OK);
    ck_assert_str_eq(r.data, "The same child reads the next job.");
    ck_assert_int_eq(sandbox_worker_pid(w), first);
    /* a crash: said, with its page; the child is gone */
    ck_assert_int_eq(run(w, "c", 5, &r, &page), SANDBOX_CRASHED);
    ck_assert_uint_eq(page, 5);
    ck_assert_int_eq(sandbox_worker_pid(w), 0);
    ck_assert_int_eq(run(w, "p", 5, &r, &page), SANDBOX_OK);
    long second = atol(r.data);
    ck_assert_int_ne(second, first);
    ck_assert_uint_eq(page, 0);   /* the fresh child's word, not the dead one's */
    /* a loop: stopped at the deadline of its own job */
    time_t t0 = time(NULL);
    ck_assert_int_eq(run(w, "l", 1, &r, &page), SANDBOX_TIMEOUT);
    ck_assert_int_le(time(NULL) - t0, 4);
    ck_assert_uint_eq(page, 6);
    ck_assert_int_eq(run(w, "p", 5, &r, NULL), SANDBOX_OK);
    long third = atol(r.data);
    ck_assert_int_ne(third, second);
    /* a flood: refused before a byte of it is taken */
    ck_assert_int_eq(run(w, "f", 5, &r, NULL), SANDBOX_TOO_BIG);
    ck_assert_uint_eq(r.len, 1);
    ck_assert_int_eq(run(w, "p", 5, &r, NULL), SANDBOX_OK);
    long fourth = atol(r.data);
    ck_assert_int_ne(fourth, third);
    /* a refusal is the job's answer: the child stays */
    ck_assert_int_eq(run(w, "r", 5, &r, NULL), SANDBOX_FAILED);
    ck_assert_str_eq(r.data, "encrypted PDF: needs a password");
    ck_assert_int_eq(run(w, "eand reads on", 5, &r, NULL), SANDBOX_OK);
    ck_assert_str_eq(r.data, "and reads on");
    ck_assert_int_eq(sandbox_worker_pid(w), fourth);
    sandbox_worker_free(w);
    buf_free(&r);
    ck_assert(no_children());
    ck_assert_int_eq(tu_open_fds(), fds);
}
END_TEST

START_TEST(worker_should_replace_its_child_after_recycle_jobs)
{
    SandboxWorker *w = sandbox_worker_new(&letters_job, 3);
    Buf r;
    buf_init(&r, 0);
    long pid[7];
    for (int i = 0; i < 7; i++) {
        ck_assert_int_eq(run(w, "p", 5, &r, NULL), SANDBOX_OK);
        pid[i] = atol(r.data);
    }
    ck_assert(pid[0] == pid[1] && pid[1] == pid[2]);
    ck_assert(pid[3] != pid[2] && pid[3] == pid[4] && pid[4] == pid[5]);
    ck_assert(pid[6] != pid[5]);
    sandbox_worker_free(w);
    buf_free(&r);
    ck_assert(no_children());
}
END_TEST

/* The CPU bound is set for each job from what the child has used, so a
 * child that read for a while gives the next job its full time. */
START_TEST(worker_should_give_each_job_its_own_cpu_seconds)
{
    SandboxWorker *w = sandbox_worker_new(&letters_job, 100);
    Buf r;
    buf_init(&r, 0);
    ck_assert_int_eq(run(w, "b", 30, &r, NULL), SANDBOX_OK);
    ck_assert_int_eq(run(w, "b", 30, &r, NULL), SANDBOX_OK);
    for (int seconds = 2; seconds <= 3; seconds++) {
        ck_assert_int_eq(run(w, "L", seconds, &r, NULL), SANDBOX_OK);
        unsigned long long cur;
        long long used;
        ck_assert_int_eq(sscanf(r.data, "%llu %lld", &cur, &used), 2);
        ck_assert_int_ge(used, 2);
        ck_assert_int_eq(cur, (unsigned long long)used + 1 + (unsigned long long)seconds);
    }
    sandbox_worker_free(w);
    buf_free(&r);
}
END_TEST

/* The memory bound is what a job may add to what the child has now: a
 * child that leaked in earlier jobs still reads the next one. */
START_TEST(worker_should_give_each_job_its_own_memory)
{
    if (sandbox_memory_unbounded())
        return;   /* ASan and valgrind reserve address space of their own */
    SandboxWorker *w = sandbox_worker_new(&letters_job, 100);
    Buf r;
    buf_init(&r, 0);
    for (int i = 0; i < 4; i++) {   /* 192 MiB kept in all, 48 each time */
        ck_assert_int_eq(run(w, "k", 10, &r, NULL), SANDBOX_OK);
        ck_assert_str_eq(r.data, "kept 1");
    }
    sandbox_worker_free(w);
    buf_free(&r);
}
END_TEST

/* A child holds its channel and stdio, nothing else: not this
 * process's files, nor another worker's socket. */
START_TEST(worker_child_should_hold_no_descriptor_but_its_channel)
{
    SandboxWorker *a = sandbox_worker_new(&letters_job, 100), *b = sandbox_worker_new(&letters_job, 100);
    Buf r;
    buf_init(&r, 0);
    FILE *fp = tmpfile();
    ck_assert_int_eq(run(a, "p", 5, &r, NULL), SANDBOX_OK);
    ck_assert_int_eq(run(b, "d", 5, &r, NULL), SANDBOX_OK);
    ck_assert_str_eq(r.data, "1 0");   /* its channel; not a's, not the file */
    fclose(fp);
    sandbox_worker_free(a);
    sandbox_worker_free(b);
    buf_free(&r);
    ck_assert(no_children());
}
END_TEST

/* A parent run with its stdio closed ("claimbrief extract ... <&- >&-",
 * a daemon's): the worker's memory file and channel take 0 to 2, and
 * the child's /dev/null comes out at 3, where the channel goes. Its
 * stdio must be /dev/null all the same, not the channel (a library's
 * word on stderr would be read as the answer) nor the progress file. */
START_TEST(worker_child_should_have_quiet_stdio_when_the_parent_has_none)
{
    int saved[5];
    for (int fd = 0; fd < 5; fd++)
        saved[fd] = fcntl(fd, F_DUPFD_CLOEXEC, 64);
    for (int fd = 0; fd < 5; fd++)
        close(fd);
    SandboxWorker *w = sandbox_worker_new(&letters_job, 100);
    Buf d, q;
    buf_init(&d, 0);
    buf_init(&q, 0);
    SandboxStatus sd = run(w, "d", 5, &d, NULL), sq = run(w, "w", 5, &q, NULL);
    sandbox_worker_free(w);
    /* (stdio and Check's own descriptors back before any assertion) */
    for (int fd = 0; fd < 5; fd++) {
        if (saved[fd] >= 0) {
            dup2(saved[fd], fd);
            close(saved[fd]);
        } else {
            close(fd);
        }
    }
    ck_assert_int_eq(sd, SANDBOX_OK);
    ck_assert_str_eq(d.data, "1 0");   /* its channel alone; stdio /dev/null */
    ck_assert_int_eq(sq, SANDBOX_OK);
    ck_assert_str_eq(q.data, "quiet");
    buf_free(&d);
    buf_free(&q);
    ck_assert(no_children());
}
END_TEST

/* CLAIMBRIEF_SANDBOX set by the user (or left by a program that ran
 * this one) makes no child of a process: the child's environment holds
 * the parent's value alone, and a reader is made as ever. (Were the
 * user's passed on first, the new image would take it, see it names no
 * parent of its, and run this program's main instead of the job.) */
START_TEST(a_user_setting_of_the_childs_variable_should_change_nothing)
{
    char mine[64];
    snprintf(mine, sizeof mine, "%ld:letters", (long)getppid());
    ck_assert_int_eq(setenv("CLAIMBRIEF_SANDBOX", mine, 1), 0);
    SandboxWorker *w = sandbox_worker_new(&letters_job, 100);
    Buf r;
    buf_init(&r, 0);
    ck_assert_int_eq(run(w, "eread", 5, &r, NULL), SANDBOX_OK);
    ck_assert_str_eq(r.data, "read");
    sandbox_worker_free(w);
    buf_free(&r);
    ck_assert_str_eq(getenv("CLAIMBRIEF_SANDBOX"), mine);
    unsetenv("CLAIMBRIEF_SANDBOX");
    ck_assert(no_children());
}
END_TEST

/* A child whose parent is gone before it starts serving (the parent
 * died between the fork and the child's constructor) ends, with the
 * status of a lost channel, instead of running this program's main:
 * here a process made as a child is (its channel on 3, its progress
 * file on 4) names a parent, pid 1, that is not its own. */
START_TEST(an_orphaned_child_should_end_not_run_main)
{
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int sv[2];
        int page = memfd_create("claimbrief-progress", 0);
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) || page < 0 || dup2(sv[1], 3) != 3 || dup2(page, 4) != 4 ||
            ftruncate(4, sizeof(unsigned)))
            _exit(2);
        setenv("CLAIMBRIEF_SANDBOX", "1:letters", 1);
        setenv("CK_RUN_CASE", "no such case", 1);   /* were main run: no test */
        char *argv[] = {"claimbrief-reader", "letters", NULL};
        execv("/proc/self/exe", argv);
        _exit(3);
    }
    int ws = 0;
    ck_assert_int_eq(waitpid(pid, &ws, 0), pid);
    ck_assert(WIFEXITED(ws));
    ck_assert_int_eq(WEXITSTATUS(ws), 72);
}
END_TEST

/* A crashing child writes no core: no file of the parent's memory in
 * the user's folder, and no seconds spent writing one (or handing it to
 * a core_pattern program) while the parent waits. A limit of 0 alone
 * does not stop a dump to a program; not being dumpable does. */
START_TEST(worker_child_should_leave_no_core_when_it_crashes)
{
    struct rlimit was, on;
    getrlimit(RLIMIT_CORE, &was);
    on = (struct rlimit){was.rlim_max, was.rlim_max};   /* as generous as we may */
    setrlimit(RLIMIT_CORE, &on);
    SandboxWorker *w = sandbox_worker_new(&letters_job, 100);
    Buf r;
    buf_init(&r, 0);
    ck_assert_int_eq(run(w, "D", 5, &r, NULL), SANDBOX_OK);
    ck_assert_str_eq(r.data, "0 0");
    sandbox_worker_free(w);
    buf_free(&r);
    setrlimit(RLIMIT_CORE, &was);
}
END_TEST

static double wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *status_name(SandboxStatus st)
{
    static const char *const names[] = {"ok", "failed", "timeout", "crashed", "too big", "no fork"};
    return (unsigned)st < sizeof names / sizeof *names ? names[st] : "?";
}

/* Workers on several threads at once, each its own. */
static void *thread_jobs(void *arg)
{
    long k = (long)arg, bad = 0;
    SandboxWorker *w = sandbox_worker_new(&letters_job, 7);
    Buf r;
    buf_init(&r, 0);
    for (int i = 0; i < 20; i++) {
        char text[64];
        snprintf(text, sizeof text, "ethread %ld job %d", k, i);
        double t0 = wall_now();
        SandboxStatus st = run(w, text, 10, &r, NULL);
        if (st != SANDBOX_OK || strcmp(r.data, text + 1) != 0) {
            fprintf(stderr, "thread %ld job %d: %s after %.2f s, \"%s\"\n", k, i, status_name(st), wall_now() - t0, r.data);
            bad++;
        }
        if (i == 9) {
            t0 = wall_now();
            st = run(w, "c", 10, &r, NULL);
            if (st != SANDBOX_CRASHED) {
                fprintf(stderr, "thread %ld crash job: %s after %.2f s\n", k, status_name(st), wall_now() - t0);
                bad++;
            }
        }
    }
    sandbox_worker_free(w);
    buf_free(&r);
    return (void *)bad;
}

START_TEST(workers_should_run_on_several_threads_at_once)
{
    int fds = tu_open_fds();
    pthread_t t[4];
    for (long k = 0; k < 4; k++)
        ck_assert_int_eq(pthread_create(&t[k], NULL, thread_jobs, (void *)k), 0);
    for (int k = 0; k < 4; k++) {
        void *bad;
        pthread_join(t[k], &bad);
        ck_assert_int_eq((long)bad, 0);
    }
    ck_assert(no_children());
    ck_assert_int_eq(tu_open_fds(), fds);
}
END_TEST

/* A lock another thread holds while a child is made: the child is a
 * new image, which has its own, free. (A fork alone would start with it
 * held for ever, as it would the allocator's lock under AddressSanitizer
 * or the loader's.) */
static pthread_mutex_t held_lock = PTHREAD_MUTEX_INITIALIZER;

static int take_the_lock(const void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress)
{
    (void)ctx;
    (void)in;
    (void)n;
    (void)progress;
    pthread_mutex_lock(&held_lock);
    buf_puts(out, "got the lock");
    pthread_mutex_unlock(&held_lock);
    return 0;
}
SANDBOX_JOB(take_the_lock_job, "take the lock", take_the_lock, NULL);

START_TEST(child_should_start_with_no_lock_another_thread_held)
{
    pthread_mutex_lock(&held_lock);
    SandboxLimits lim = {3, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(&take_the_lock_job, &lim, &out, &sig, &page), SANDBOX_OK);
    ck_assert_str_eq(out.data, "got the lock");
    pthread_mutex_unlock(&held_lock);
    buf_free(&out);
}
END_TEST

/* A job this program never registered: the child cannot find it and
 * ends; the parent says the reader failed. */
START_TEST(sandbox_should_fail_a_job_the_program_does_not_have)
{
    static const SandboxJob stray = {"no such job", say_hello, NULL};
    SandboxLimits lim = {5, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(&stray, &lim, &out, &sig, &page), SANDBOX_CRASHED);
    ck_assert_int_eq(sig, 0);
    ck_assert(no_children());
    buf_free(&out);
}
END_TEST

/* A parent near its limit of descriptors (a build opens many): making a
 * child takes none past the six it hands over (/dev/null among them),
 * however its own lie (moving them above 5 first took three more, and
 * every reader failed under `ulimit -n 8`). */
static int highest_fd(void)
{
    int top = -1;
    DIR *d = opendir("/proc/self/fd");
    for (struct dirent *e; d && (e = readdir(d));)
        if (e->d_name[0] != '.' && atoi(e->d_name) != dirfd(d) && atoi(e->d_name) > top)
            top = atoi(e->d_name);
    if (d)
        closedir(d);
    return top;
}

START_TEST(a_child_should_be_made_with_few_descriptors_to_spare)
{
    struct rlimit was, low;
    getrlimit(RLIMIT_NOFILE, &was);
    /* room for the worker's own three (its progress file and channel),
     * and none more: every descriptor below them taken */
    static int fill[4096];
    int top = highest_fd(), nfill = 0;
    while (nfill < 4096) {
        int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (fd < 0 || fd > top) {
            if (fd >= 0)
                close(fd);
            break;
        }
        fill[nfill++] = fd;
    }
    low = (struct rlimit){(rlim_t)top + 1 + 3, was.rlim_max};
    ck_assert_int_eq(setrlimit(RLIMIT_NOFILE, &low), 0);
    SandboxWorker *w = sandbox_worker_new(&letters_job, 100);
    Buf r;
    buf_init(&r, 0);
    SandboxStatus st = run(w, "eread", 5, &r, NULL);
    sandbox_worker_free(w);
    setrlimit(RLIMIT_NOFILE, &was);
    for (int i = 0; i < nfill; i++)
        close(fill[i]);
    ck_assert_int_eq(st, SANDBOX_OK);
    ck_assert_str_eq(r.data, "read");
    buf_free(&r);
    ck_assert(no_children());
}
END_TEST

/* A reader is made from the binary that started, whatever became of the
 * file at its path since (a rebuild, an upgrade or a removal while `build
 * --watch` runs: every document failed, "the reader failed", when the
 * child was executed by path). Here a copy of this test program, run with
 * TEST_SANDBOX_BINARY set, removes its own file or puts another program
 * in its place (as install does: a new file, renamed over), then runs a
 * job: see main. */
static int run_as_changed_binary(const char *how)
{
    char path[4200], cmd[9000];
    snprintf(path, sizeof path, "%s/testtmp/sandbox-self-%s", CB_BINARY_DIR, how);
    snprintf(cmd, sizeof cmd, "mkdir -p '%s/testtmp' && cp /proc/%ld/exe '%s' && TEST_SANDBOX_BINARY=%s '%s'",
             CB_BINARY_DIR, (long)getpid(), path, how, path);
    return tu_sh("%s", cmd);
}

START_TEST(a_reader_should_be_made_from_the_binary_that_started)
{
    ck_assert_int_eq(run_as_changed_binary("removed"), 0);
    ck_assert_int_eq(run_as_changed_binary("replaced"), 0);
}
END_TEST

/* The copy's side: change the file at its own path, then a job must run
 * and answer. 0 when it did. */
static int job_after_binary_changed(const char *how)
{
    char self[4200];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return 2;
    self[n] = '\0';
    if (!strcmp(how, "removed") && unlink(self) != 0)
        return 3;
    if (!strcmp(how, "replaced")) {
        char next[4300];
        snprintf(next, sizeof next, "%s.new", self);
        FILE *fp = fopen(next, "w");
        if (!fp || fputs("#!/bin/sh\nexit 9\n", fp) < 0 || fclose(fp) != 0 || chmod(next, 0755) != 0 ||
            rename(next, self) != 0)
            return 4;
    }
    SandboxLimits lim = {10, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    SandboxStatus st = sandbox_run(&say_hello_job, &lim, &out, &sig, &page);
    int ok = st == SANDBOX_OK && out.data && !strcmp(out.data, "hello");
    if (!ok)
        fprintf(stderr, "binary %s: status %d, '%s'\n", how, (int)st, out.data ? out.data : "");
    buf_free(&out);
    if (!strcmp(how, "replaced"))
        unlink(self);
    return ok ? 0 : 1;
}

int main(void)
{
    const char *how = getenv("TEST_SANDBOX_BINARY");
    if (how)
        return job_after_binary_changed(how);
    Suite *s = suite_create("sandbox");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, sandbox_should_bring_back_the_childs_output_and_progress);
    tcase_add_test(tc, sandbox_should_bring_back_the_words_of_a_refusal);
    tcase_add_test(tc, sandbox_should_stop_a_child_past_its_time_and_say_where);
    tcase_add_test(tc, sandbox_should_contain_a_crash);
    tcase_add_test(tc, sandbox_should_bound_the_memory_a_child_takes);
    tcase_add_test(tc, sandbox_should_refuse_output_past_its_cap);
    tcase_add_test(tc, worker_should_read_job_after_job_in_one_child_and_replace_one_that_failed);
    tcase_add_test(tc, worker_should_replace_its_child_after_recycle_jobs);
    tcase_add_test(tc, worker_should_give_each_job_its_own_cpu_seconds);
    tcase_add_test(tc, worker_should_give_each_job_its_own_memory);
    tcase_add_test(tc, worker_child_should_hold_no_descriptor_but_its_channel);
    tcase_add_test(tc, worker_child_should_have_quiet_stdio_when_the_parent_has_none);
    tcase_add_test(tc, worker_child_should_leave_no_core_when_it_crashes);
    tcase_add_test(tc, a_user_setting_of_the_childs_variable_should_change_nothing);
    tcase_add_test(tc, an_orphaned_child_should_end_not_run_main);
    tcase_add_test(tc, workers_should_run_on_several_threads_at_once);
    tcase_add_test(tc, child_should_start_with_no_lock_another_thread_held);
    tcase_add_test(tc, sandbox_should_fail_a_job_the_program_does_not_have);
    tcase_add_test(tc, a_reader_should_be_made_from_the_binary_that_started);
    tcase_add_test(tc, a_child_should_be_made_with_few_descriptors_to_spare);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
