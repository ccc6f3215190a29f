/* sandbox.c — fork, bound, read back (see sandbox.h). */
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
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

/* Bytes of address space this process has mapped now (0 when unknown). */
static size_t vm_size(void)
{
    FILE *fp = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    if (fp) {
        if (fscanf(fp, "%lu", &pages) != 1)
            pages = 0;
        fclose(fp);
    }
    return (size_t)pages * (size_t)sysconf(_SC_PAGESIZE);
}

/* The child's exit statuses: 0 done; EXIT_REFUSED the input was refused
 * (its output is the reason); EXIT_LOST the output could not be sent.
 * Any other (a sanitizer's exit after a crash, say) is a failure. */
enum { EXIT_REFUSED = 71, EXIT_LOST = 72 };

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* The child: quiet, bounded, then fn. Never returns. */
static _Noreturn void child(SandboxFn fn, void *arg, const SandboxLimits *lim, int fd,
                            volatile unsigned *progress)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        signal(sigs[i], SIG_DFL);
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
        dup2(null, 0);
        dup2(null, 1);
        dup2(null, 2);
        if (null > 2)
            close(null);
    }
    struct rlimit cpu = {(rlim_t)lim->seconds, (rlim_t)lim->seconds + 1};
    setrlimit(RLIMIT_CPU, &cpu);
    if (lim->memory && !sandbox_memory_unbounded()) {
        size_t now = vm_size();
        struct rlimit as = {(rlim_t)(now + lim->memory), (rlim_t)(now + lim->memory)};
        if (now)
            setrlimit(RLIMIT_AS, &as);
    }
    Buf out;
    buf_init(&out, 0);
    int rc = fn(arg, &out, progress);
    if (write_all(fd, out.data, out.len))
        _exit(EXIT_LOST);
    _exit(rc ? EXIT_REFUSED : 0);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Read the child's output until EOF, the cap or the deadline. Returns
 * SANDBOX_OK (EOF), SANDBOX_TOO_BIG or SANDBOX_TIMEOUT. */
static SandboxStatus drain(int fd, const SandboxLimits *lim, Buf *out)
{
    double deadline = now_s() + lim->seconds;
    char chunk[65536];
    for (;;) {
        double left = deadline - now_s();
        if (left <= 0)
            return SANDBOX_TIMEOUT;
        struct pollfd pfd = {fd, POLLIN, 0};
        int r = poll(&pfd, 1, (int)(left * 1000) + 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r == 0)
            return SANDBOX_TIMEOUT;
        ssize_t got = read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return SANDBOX_OK;
        if (out->len + (size_t)got > lim->max_out || buf_append(out, chunk, (size_t)got))
            return SANDBOX_TOO_BIG;
    }
}

SandboxStatus sandbox_run(SandboxFn fn, void *arg, const SandboxLimits *lim, Buf *out, int *sig,
                          unsigned *progress)
{
    *sig = 0;
    *progress = 0;
    volatile unsigned *shared =
        mmap(NULL, sizeof(unsigned), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) {
        *sig = errno;
        return SANDBOX_NOFORK;
    }
    *shared = 0;
    int fds[2];
    if (pipe(fds)) {
        *sig = errno;
        munmap((void *)shared, sizeof(unsigned));
        return SANDBOX_NOFORK;
    }
    /* Whatever the parent's stdio holds must not be written twice: the
     * child leaves with _exit, but flush anyway so nothing is lost if a
     * library in the child calls exit(). */
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        *sig = errno;
        close(fds[0]);
        close(fds[1]);
        munmap((void *)shared, sizeof(unsigned));
        return SANDBOX_NOFORK;
    }
    if (pid == 0) {
        close(fds[0]);
        child(fn, arg, lim, fds[1], shared);
    }
    close(fds[1]);
    SandboxStatus st = drain(fds[0], lim, out);
    close(fds[0]);
    if (st != SANDBOX_OK)
        kill(pid, SIGKILL);
    int ws = 0;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
        ;
    *progress = *shared;
    munmap((void *)shared, sizeof(unsigned));
    if (st != SANDBOX_OK)
        return st;
    if (WIFSIGNALED(ws)) {
        *sig = WTERMSIG(ws);
        return *sig == SIGXCPU ? SANDBOX_TIMEOUT : SANDBOX_CRASHED;
    }
    if (WIFEXITED(ws) && WEXITSTATUS(ws) == 0)
        return SANDBOX_OK;
    if (WIFEXITED(ws) && WEXITSTATUS(ws) == EXIT_REFUSED)
        return SANDBOX_FAILED;
    *sig = 0;
    return SANDBOX_CRASHED;
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
