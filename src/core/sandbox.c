/* sandbox.c — a bounded child process, kept across jobs (see sandbox.h).
 *
 * The channel is a socket pair. A job goes down as a Frame (magic, the
 * job's seconds and memory, the length) and the bytes; the answer comes
 * back as a Frame (magic, 0 done or 1 refused, the length) and the bytes.
 * Anything else from the child (an early end, a wrong magic) means it
 * failed: it is reaped and said to have crashed.
 *
 * Making a child: fork, and in the fork only move descriptors (the
 * channel to 3, the progress page's memory file to 4, /dev/null on
 * stdio, every other one closed) and execute this program's binary (the
 * file opened at start, by its descriptor) with
 * CLAIMBRIEF_SANDBOX=<parent pid>:<job name> in its environment. The
 * new image's constructor (sandbox_child) sees it, checks that it was
 * made so (its parent is that pid, 3 is a socket), finds the job by
 * name in the cb_sandbox_jobs section and serves. */
#define _GNU_SOURCE   /* close_range, memfd_create, execveat, O_PATH */
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

int sandbox_memory_unbounded(void)
{
    /* valgrind preloads its own core into every program it runs */
    const char *pre = getenv("LD_PRELOAD");
    return UNDER_ASAN || (pre && strstr(pre, "vgpreload"));
}

int sandbox_seconds(int dflt)
{
    const char *e = getenv("CLAIMBRIEF_READ_SECONDS");
    char *end;
    long v = e ? strtol(e, &end, 10) : 0;
    return e && *e && !*end && v >= 1 && v <= dflt ? (int)v : dflt;
}

/* ---- the wire ---- */

#define JOB_MAGIC 0x4a424353u    /* "SCBJ" */
#define ANSWER_MAGIC 0x41424353u /* "SCBA" */

typedef struct Frame {
    uint32_t magic;
    uint32_t word;      /* job: seconds; answer: 0 done, 1 refused */
    uint64_t memory;    /* job: bytes of address space it may add */
    uint64_t len;       /* bytes that follow */
} Frame;

/* The child's exit statuses: 0 its parent closed the channel; EXIT_LOST
 * the channel broke or carried something else than a job. Any other (a
 * sanitizer's exit after a crash, say) is a failure. */
enum { EXIT_LOST = 72 };

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Wait until fd is ready for events or the deadline passes: 1 ready,
 * 0 passed. */
static int wait_fd(int fd, short events, double deadline)
{
    for (;;) {
        double left = deadline - now_s();
        if (left <= 0)
            return 0;
        struct pollfd pfd = {fd, events, 0};
        /* in slices of at most an hour: a far deadline fits an int */
        int r = poll(&pfd, 1, left > 3600 ? 3600000 : (int)(left * 1000) + 1);
        if (r > 0)
            return 1;
        if (r < 0 && errno != EINTR)
            return 1;   /* let the read or write say what is wrong */
    }
}

/* Send the pieces iov[0,n) before the deadline, as one message while the
 * socket takes them (a small document's job is one system call): 1
 * sent, 0 the deadline passed, -1 the peer is gone. iov is used up. */
static int send_until(int fd, struct iovec *iov, int n, double deadline)
{
    for (;;) {
        while (n && !iov->iov_len)
            iov++, n--;
        if (!n)
            return 1;
        struct msghdr m = {.msg_iov = iov, .msg_iovlen = (size_t)n};
        ssize_t s = sendmsg(fd, &m, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (s < 0 && errno == EINTR)
            continue;
        if (s < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!wait_fd(fd, POLLOUT, deadline))
                return 0;
            continue;
        }
        if (s <= 0)
            return -1;
        /* past what went */
        for (size_t k = (size_t)s; k && n;) {
            size_t take = k < iov->iov_len ? k : iov->iov_len;
            iov->iov_base = (char *)iov->iov_base + take;
            iov->iov_len -= take;
            k -= take;
            if (!iov->iov_len)
                iov++, n--;
        }
    }
}

/* ---- the child ---- */

/* /proc/self/statm, opened once by the child (a read each job, not an
 * open, a read and a close). */
static int statm = -1;

/* Bytes of address space this process has mapped now (0 when unknown). */
static size_t vm_size(void)
{
    char b[64];
    ssize_t n = statm >= 0 ? pread(statm, b, sizeof b - 1, 0) : -1;
    if (n <= 0)
        return 0;
    b[n] = '\0';
    return (size_t)strtoul(b, NULL, 10) * (size_t)sysconf(_SC_PAGESIZE);
}

/* A full read on the channel: 1 done, 0 closed (the parent is gone), -1
 * broken. */
static int chan_read(int fd, void *p, size_t n)
{
    char *c = p;
    for (size_t got = 0; got < n;) {
        ssize_t r = read(fd, c + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return r == 0 && got == 0 ? 0 : -1;
        got += (size_t)r;
    }
    return 1;
}

/* Close every descriptor from `from` up but the n in keep (in the fork:
 * no allocation). close_range over the gaps; on an old kernel without
 * it, each descriptor up to the limit. */
static void close_all_but(int from, const int *keep, int n)
{
    int k[3] = {-1, -1, -1}, m = 0;
    for (int i = 0; i < n && m < 3; i++)   /* those kept from `from` up, in order */
        if (keep[i] >= from) {
            int j = m++;
            for (; j > 0 && k[j - 1] > keep[i]; j--)
                k[j] = k[j - 1];
            k[j] = keep[i];
        }
    unsigned lo = (unsigned)from;
    int ok = 1;
    for (int i = 0; i <= m && ok; i++) {
        unsigned hi = i < m ? (unsigned)k[i] : ~0u;
        if (hi > lo)
            ok = close_range(lo, i < m ? hi - 1 : hi, 0) == 0;
        if (i < m)
            lo = (unsigned)k[i] + 1;
    }
    if (ok)
        return;
    struct rlimit nf;
    long top = getrlimit(RLIMIT_NOFILE, &nf) == 0 && nf.rlim_cur != RLIM_INFINITY ? (long)nf.rlim_cur : 65536;
    for (long fd = from; fd < top; fd++)
        if (fd != k[0] && fd != k[1] && fd != k[2])
            close((int)fd);
}

/* In the fork, before the binary is executed again: only calls that
 * are safe in the fork of a process with threads (no allocation, no
 * lock). The channel becomes 3, the progress file 4, stdio /dev/null,
 * the binary (exe, a descriptor, or -1) 5 until the exec, and no other
 * descriptor stays open (a child lives across documents: whatever it
 * inherited, another worker's socket or a file the parent is writing,
 * would stay open as long). Everything else is closed first, so the moves
 * need no descriptor past those six, however few the limit allows (the
 * parent may be near it). The binary is executed by its descriptor, else
 * by its path. Never returns. */
static _Noreturn void exec_child(int chan, int page, int exe, const char *path, char *const argv[],
                                 char *const envp[])
{
    int keep[3] = {chan, page, exe}, n = exe >= 0 ? 3 : 2;
    close_all_but(0, keep, n);
    /* Out of 3 to 5, where they go, into 0 to 2, which stdio takes last:
     * so no move overwrites another. (As many of 0 to 2 are free as
     * there are of them in 3 to 5: only these three are open.) */
    for (int i = 0; i < n; i++) {
        if (keep[i] < 3 || keep[i] > 5)
            continue;
        int to = 0;
        while (to < 3 && (to == keep[0] || to == keep[1] || (n == 3 && to == keep[2])))
            to++;
        if (to == 3 || dup2(keep[i], to) != to)
            _exit(EXIT_LOST);
        close(keep[i]);
        keep[i] = to;
    }
    /* the binary: closed by the exec it makes (a binary, not a script,
     * so it may be) */
    if (dup2(keep[0], 3) != 3 || dup2(keep[1], 4) != 4 || (n == 3 && dup3(keep[2], 5, O_CLOEXEC) != 5))
        _exit(EXIT_LOST);
    /* stdio last: /dev/null over what was parked there */
    int null = open("/dev/null", O_RDWR);
    if (null < 0 || dup2(null, 0) != 0 || dup2(null, 1) != 1 || dup2(null, 2) != 2)
        _exit(EXIT_LOST);
    close_all_but(n == 3 ? 6 : 5, keep, 0);
    if (n == 3)
        execveat(5, "", argv, envp, AT_EMPTY_PATH);
    execve(path, argv, envp);   /* no execveat (an old kernel, valgrind) */
    _exit(EXIT_LOST);
}

/* In the new image: quiet and bounded. Default signal actions, unblocked
 * (the parent blocks SIGINT and friends for its signal thread, and
 * ignored signals stay ignored across exec); killed when the thread that
 * made it ends; no core dump (not a file of the document's bytes in the
 * user's folder, nor seconds spent writing one, or handing it to a
 * core_pattern program, while the parent waits: the limit stops a dump
 * to a file, only not being dumpable stops a dump to a program). */
static void child_setup(pid_t parent)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXCPU, SIGCHLD};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        signal(sigs[i], SIG_DFL);
    sigset_t all;
    sigemptyset(&all);
    sigprocmask(SIG_SETMASK, &all, NULL);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)   /* it ended before the line above */
        _exit(EXIT_LOST);
    struct rlimit nocore = {0, 0};
    setrlimit(RLIMIT_CORE, &nocore);
    prctl(PR_SET_DUMPABLE, 0);
    statm = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
}

/* The soft limits the child started with: a job's bounds never lift
 * them, and they come back between jobs. */
static struct rlimit base_cpu, base_as;

/* The bounds of one job: CPU seconds past what this process has used
 * (so each job has its own, whatever the jobs before it took), address
 * space past what it has now (so what earlier jobs left mapped is not
 * counted against this one). Soft limits only: set again for the next
 * job. */
static void arm(const Frame *job)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long long us = ((long long)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 + ru.ru_utime.tv_usec +
                   ru.ru_stime.tv_usec;
    rlim_t want = (rlim_t)(us / 1000000) + 1 + (rlim_t)job->word;
    struct rlimit cpu = {want < base_cpu.rlim_cur ? want : base_cpu.rlim_cur, base_cpu.rlim_max};
    setrlimit(RLIMIT_CPU, &cpu);
    size_t now = job->memory && !sandbox_memory_unbounded() ? vm_size() : 0;
    if (now) {
        want = (rlim_t)(now + job->memory);
        struct rlimit as = {want < base_as.rlim_cur ? want : base_as.rlim_cur, base_as.rlim_max};
        setrlimit(RLIMIT_AS, &as);
    }
}

/* Back to the child's own limits between jobs (reading the next job's
 * bytes is not the job). */
static void disarm(void)
{
    setrlimit(RLIMIT_AS, &base_as);
    setrlimit(RLIMIT_CPU, &base_cpu);
}

/* The child: jobs until the parent closes the channel. Never returns. */
static _Noreturn void serve(const SandboxJob *job, int fd, volatile unsigned *progress)
{
    if (getrlimit(RLIMIT_CPU, &base_cpu) || getrlimit(RLIMIT_AS, &base_as))
        _exit(EXIT_LOST);
    for (;;) {
        Frame f;
        int r = chan_read(fd, &f, sizeof f);
        if (r == 0)
            _exit(0);
        if (r < 0 || f.magic != JOB_MAGIC || f.len > SIZE_MAX - 1)
            _exit(EXIT_LOST);
        char *in = malloc((size_t)f.len + 1);
        if (!in || (f.len && chan_read(fd, in, (size_t)f.len) != 1))
            _exit(EXIT_LOST);
        arm(&f);
        Buf out;
        buf_init(&out, 0);
        int rc = job->fn(job->ctx, in, (size_t)f.len, &out, progress);
        free(in);
        disarm();
        Frame ans = {ANSWER_MAGIC, rc ? 1u : 0u, 0, out.len};
        struct iovec iov[2] = {{&ans, sizeof ans}, {out.data, out.len}};
        if (send_until(fd, iov, 2, now_s() + 1e9) != 1)   /* the parent waits for it */
            _exit(EXIT_LOST);
        buf_free(&out);
    }
}

/* ---- the new image: find the job and serve ---- */

#define CHILD_ENV "CLAIMBRIEF_SANDBOX"
#define PAGE_NAME "claimbrief-progress"

/* The jobs SANDBOX_JOB placed in the binary (the linker names the
 * section's bounds). Weak: a program with none has no section. */
extern const SandboxJob *const __start_cb_sandbox_jobs[] __attribute__((weak));
extern const SandboxJob *const __stop_cb_sandbox_jobs[] __attribute__((weak));

static const SandboxJob *job_named(const char *name)
{
    for (const SandboxJob *const *j = __start_cb_sandbox_jobs; j && j < __stop_cb_sandbox_jobs; j++)
        if (!strcmp((*j)->name, name))
            return *j;
    return NULL;
}

/* Was this process made by spawn: its channel (a socket) on 3 and its
 * progress file on 4? */
static int made_as_child(void)
{
    struct stat st;
    char to[64];
    ssize_t n = readlink("/proc/self/fd/4", to, sizeof to - 1);
    if (fstat(3, &st) != 0 || !S_ISSOCK(st.st_mode) || n < 0)
        return 0;
    to[n] = '\0';
    return !strncmp(to, "/memfd:" PAGE_NAME, strlen("/memfd:" PAGE_NAME));
}

static void find_exe(void);

/* Before main: serve when this process was made as a child, else find
 * this program's binary (for the children it may make) and return to the
 * program. The variable alone does not make it one (a user may have it
 * set): the channel and the progress file must be there. A child whose
 * parent is gone already (it died between the fork and here) ends,
 * rather than run the program's main. */
__attribute__((constructor)) static void sandbox_child(void)
{
    const char *e = getenv(CHILD_ENV);
    if (!e) {
        find_exe();
        return;
    }
    char *colon;
    long parent = strtol(e, &colon, 10);
    if (*colon != ':' || !made_as_child()) {
        unsetenv(CHILD_ENV);
        find_exe();
        return;
    }
    if (parent != (long)getppid())
        _exit(EXIT_LOST);
    const SandboxJob *job = job_named(colon + 1);
    volatile unsigned *progress = mmap(NULL, sizeof(unsigned), PROT_READ | PROT_WRITE, MAP_SHARED, 4, 0);
    if (!job || progress == MAP_FAILED)
        _exit(EXIT_LOST);
    close(4);
    unsetenv(CHILD_ENV);
    child_setup((pid_t)parent);
    serve(job, 3, progress);
}

/* ---- the parent ---- */

struct SandboxWorker {
    const SandboxJob *job;
    unsigned recycle;            /* jobs a child serves before a fresh one */
    unsigned jobs;               /* jobs the current child took */
    pid_t pid;                   /* the child, 0 none */
    int fd;                      /* our end of the channel, -1 none */
    volatile unsigned *progress; /* a page shared with every child */
    int page;                    /* the memory file that holds it, -1 none */
};

SandboxWorker *sandbox_worker_new(const SandboxJob *job, unsigned recycle)
{
    SandboxWorker *w = xcalloc(1, sizeof *w);
    w->job = job;
    w->recycle = recycle ? recycle : 1;
    w->fd = -1;
    w->page = -1;
    w->progress = MAP_FAILED;
    return w;
}

long sandbox_worker_pid(const SandboxWorker *w)
{
    return w && w->pid ? (long)w->pid : 0;
}

/* This program's binary, found once, at start (find_exe, from the
 * constructor): opened (O_PATH), so readers are made of this very file
 * even after the one at its path is removed or replaced (a rebuild or an
 * upgrade while `build --watch` runs: every PDF and web page then failed,
 * "the reader failed", or was read by another program); its path for a
 * system that cannot execute a descriptor. exe_id tells the descriptor is
 * still ours when a child is made (a caller may close descriptors it did
 * not open, as a test closes stdio). */
static char exe_path[4096];
static int exe_err;
static int exe_fd = -1;
static struct stat exe_id;

static void find_exe(void)
{
    ssize_t n = readlink("/proc/self/exe", exe_path, sizeof exe_path - 1);
    if (n < 0 || (size_t)n >= sizeof exe_path - 1)
        exe_err = n < 0 ? errno : ENAMETOOLONG;
    else
        exe_path[n] = '\0';
    exe_fd = open("/proc/self/exe", O_PATH | O_CLOEXEC);
    if (exe_fd >= 0 && fstat(exe_fd, &exe_id) != 0) {
        close(exe_fd);
        exe_fd = -1;
    }
    if (exe_fd >= 0)
        exe_err = 0;
}

/* The binary's descriptor when it still is the one opened at start, else
 * -1. */
static int exe_descriptor(void)
{
    struct stat st;
    if (exe_fd < 0 || fstat(exe_fd, &st) != 0 || st.st_dev != exe_id.st_dev || st.st_ino != exe_id.st_ino)
        return -1;
    return exe_fd;
}

/* The child's environment: this one's, with CHILD_ENV naming the parent
 * and the job. Made before the fork (the fork may not allocate). */
static char **child_env(const SandboxWorker *w, char *mine, size_t cap)
{
    extern char **environ;
    size_t n = 0;
    while (environ[n])
        n++;
    char **env = xmalloc((n + 2) * sizeof *env);
    size_t k = 0, len = strlen(CHILD_ENV);
    for (size_t i = 0; i < n; i++)
        if (strncmp(environ[i], CHILD_ENV, len) || environ[i][len] != '=')
            env[k++] = environ[i];
    snprintf(mine, cap, "%s=%ld:%s", CHILD_ENV, (long)getpid(), w->job->name);
    env[k++] = mine;
    env[k] = NULL;
    return env;
}

/* The progress page, shared with every child through a memory file. 0,
 * or an errno. */
static int make_page(SandboxWorker *w)
{
    if (w->page >= 0)
        return 0;
    int fd = memfd_create(PAGE_NAME, MFD_CLOEXEC);
    if (fd < 0)
        return errno;
    void *p = ftruncate(fd, sizeof(unsigned)) == 0
                  ? mmap(NULL, sizeof(unsigned), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
                  : MAP_FAILED;
    if (p == MAP_FAILED) {
        int err = errno;
        close(fd);
        return err;
    }
    w->page = fd;
    w->progress = p;
    return 0;
}

/* Make the child. 0, or an errno. */
static int spawn(SandboxWorker *w)
{
    int exe = exe_descriptor();
    if (exe < 0 && exe_err)
        return exe_err;
    int err = make_page(w);
    if (err)
        return err;
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
        return errno;
    char mine[256];
    char **env = child_env(w, mine, sizeof mine);
    char *argv[] = {"claimbrief-reader", (char *)w->job->name, NULL};
    pid_t pid = fork();
    err = errno;
    if (pid == 0)
        exec_child(sv[1], w->page, exe, exe_path, argv, env);
    free(env);
    close(sv[1]);
    if (pid < 0) {
        close(sv[0]);
        return err;
    }
    w->pid = pid;
    w->fd = sv[0];
    w->jobs = 0;
    return 0;
}

/* Kill (when kill_it) and reap the child, close the channel. Returns the
 * wait status. */
static int reap(SandboxWorker *w, int kill_it)
{
    int ws = 0;
    if (!w->pid)
        return 0;
    if (kill_it)
        kill(w->pid, SIGKILL);
    close(w->fd);
    while (waitpid(w->pid, &ws, 0) < 0 && errno == EINTR)
        ;
    w->pid = 0;
    w->fd = -1;
    return ws;
}

void sandbox_worker_free(SandboxWorker *w)
{
    if (!w)
        return;
    reap(w, 1);
    if (w->progress != MAP_FAILED)
        munmap((void *)w->progress, sizeof(unsigned));
    if (w->page >= 0)
        close(w->page);
    free(w);
}

/* Read n bytes into p (or append them to b when p is NULL) before the
 * deadline, waiting only when none are there yet: 1 read, 0 the deadline
 * passed, -1 the child ended first. */
static int recv_until(int fd, char *p, Buf *b, size_t n, double deadline)
{
    char chunk[65536];
    while (n) {
        char *to = p ? p : chunk;
        size_t want = p ? n : (n < sizeof chunk ? n : sizeof chunk);
        ssize_t got = recv(fd, to, want, MSG_DONTWAIT);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!wait_fd(fd, POLLIN, deadline))
                return 0;
            continue;
        }
        if (got <= 0)
            return -1;
        if (p)
            p += got;
        else
            buf_append(b, chunk, (size_t)got);   /* room was checked */
        n -= (size_t)got;
    }
    return 1;
}

/* What ended the child, from its wait status. */
static SandboxStatus died(int ws, int *sig)
{
    if (WIFSIGNALED(ws)) {
        *sig = WTERMSIG(ws);
        return *sig == SIGXCPU ? SANDBOX_TIMEOUT : SANDBOX_CRASHED;
    }
    *sig = 0;   /* an exit mid-job: a sanitizer's, or a lost channel */
    return SANDBOX_CRASHED;
}

/* Send the job. 1 sent, 0 the deadline passed, -1 the child is gone
 * (reaped; *ws its status). A child that ended while idle (between
 * jobs) is not this job's doing: one fresh child is tried. The job's
 * time starts once its child is made: *deadline is set then. */
static int send_job(SandboxWorker *w, const Frame *job, const char *in, double *deadline, int *ws, int *err)
{
    for (int attempt = 0;; attempt++) {
        if (w->pid && w->jobs >= w->recycle)
            reap(w, 1);
        if (!w->pid && (*err = spawn(w)) != 0)
            return -2;
        if (!attempt)
            *deadline = now_s() + job->word;
        *w->progress = 0;
        struct iovec iov[2] = {{(void *)job, sizeof *job}, {(void *)in, in ? (size_t)job->len : 0}};
        int r = send_until(w->fd, iov, 2, *deadline);
        if (r >= 0)
            return r;
        int fresh = w->jobs == 0;
        *ws = reap(w, 1);
        if (fresh || attempt)
            return -1;
    }
}

SandboxStatus sandbox_worker_run(SandboxWorker *w, const char *in, size_t n, const SandboxLimits *lim, Buf *out,
                                 int *sig, unsigned *progress)
{
    *sig = 0;
    *progress = 0;
    double deadline = 0;
    Frame job = {JOB_MAGIC, (uint32_t)lim->seconds, lim->memory, n}, ans = {0};
    int ws = 0, err = 0;
    int r = send_job(w, &job, in, &deadline, &ws, &err);
    if (r == -2) {
        *sig = err;
        return SANDBOX_NOFORK;
    }
    if (r == -1)
        return died(ws, sig);
    /* the answer: its frame, then its bytes, all before the deadline */
    SandboxStatus st = SANDBOX_OK;
    size_t room = lim->max_out > out->len ? lim->max_out - out->len : 0;
    if (out->max && out->max - out->len < room)
        room = out->max > out->len ? out->max - out->len : 0;
    if (r == 1)   /* the child takes a while: wait before the first read */
        r = wait_fd(w->fd, POLLIN, deadline) ? recv_until(w->fd, (char *)&ans, NULL, sizeof ans, deadline) : 0;
    if (r == 1 && (ans.magic != ANSWER_MAGIC || ans.word > 1))
        st = SANDBOX_CRASHED;   /* not what a child of ours says */
    else if (r == 1 && ans.len > room)
        st = SANDBOX_TOO_BIG;
    else if (r == 1)
        r = recv_until(w->fd, NULL, out, (size_t)ans.len, deadline);
    *progress = *w->progress;
    if (st == SANDBOX_OK && r == 0)
        st = SANDBOX_TIMEOUT;
    if (st != SANDBOX_OK) {
        reap(w, 1);
        return st;
    }
    if (r < 0)   /* it ended mid-job: how */
        return died(reap(w, 1), sig);
    w->jobs++;
    return ans.word ? SANDBOX_FAILED : SANDBOX_OK;
}

/* ---- one job, one child ---- */

SandboxStatus sandbox_run(const SandboxJob *job, const SandboxLimits *lim, Buf *out, int *sig, unsigned *progress)
{
    SandboxWorker *w = sandbox_worker_new(job, 1);
    SandboxStatus st = sandbox_worker_run(w, NULL, 0, lim, out, sig, progress);
    sandbox_worker_free(w);
    return st;
}

void sandbox_status_text(SandboxStatus st, int sig, const SandboxLimits *lim, char *buf, size_t cap)
{
    switch (st) {
    case SANDBOX_OK:
        snprintf(buf, cap, "read");
        break;
    case SANDBOX_FAILED:
        snprintf(buf, cap, "could not be read");
        break;
    case SANDBOX_TIMEOUT:
        snprintf(buf, cap, "reading took longer than %d s", lim->seconds);
        break;
    case SANDBOX_CRASHED:
        if (sig)
            snprintf(buf, cap, "the reader stopped on signal %d (%s; memory limit %zu MiB)", sig,
                     strsignal(sig), lim->memory >> 20);
        else
            snprintf(buf, cap, "the reader failed");
        break;
    case SANDBOX_TOO_BIG:
        snprintf(buf, cap, "the text is over the limit of %zu bytes", lim->max_out);
        break;
    case SANDBOX_NOFORK:
        snprintf(buf, cap, "cannot start the reader: %s", strerror(sig));
        break;
    }
}
