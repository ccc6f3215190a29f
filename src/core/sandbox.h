/* sandbox.h — run a parser on untrusted bytes in a child process, bounded.
 *
 * PDF (poppler) and HTML (gumbo) parsing is complex code run on bytes
 * from anywhere: a hostile or broken file may crash it, loop for minutes
 * (gumbo is quadratic in nesting depth) or claim gigabytes. So it runs in
 * a child process. The child resets its signal handlers, sends stderr to
 * /dev/null (the libraries print), closes every descriptor but its
 * channel to the parent, and for each job sets rlimits (CPU seconds past
 * what it has used so far; address space it may add to what it has now,
 * except under sanitizers and valgrind, which reserve vast address space
 * themselves), runs the job and sends its output back. The parent waits
 * with a wall-clock deadline, kills the child when it passes, and says
 * what happened. Nothing the child does can touch the parent's memory.
 *
 * A worker (SandboxWorker) is such a child kept across jobs: forking
 * costs more than reading a small web page, so one child reads document
 * after document. The job's bytes go to it over a socket pair (a pipe
 * both ways that never raises SIGPIPE), framed with their length and the
 * job's limits; its output comes back framed with its length. A child
 * that crashed, passed its time or sent too much is killed and reaped
 * there and then, and the next job gets a fresh one; a healthy child is
 * replaced after `recycle` jobs, so what a library leaks cannot pile up.
 * sandbox_run is a worker of one job.
 *
 * The child also gets a shared progress word (a page number) so the
 * parent can say where a crash or a timeout happened.
 *
 * A child is a fresh copy of this program, not a fork of its state:
 * the parent forks and at once executes its own binary again (between
 * the two it only moves descriptors, which is safe in a process with
 * threads). A fork of a process with threads keeps every lock another
 * thread held at that moment, held for ever: the allocator's under
 * AddressSanitizer, the loader's, iconv's, a library's own. The new
 * image starts with none, and serves its job before main runs (a
 * constructor here). So a job is known by name, not by a function
 * pointer: SANDBOX_JOB registers it where the new image finds it, and
 * every program that runs jobs must link the file that defines them.
 *
 * Threads: a worker belongs to one thread at a time; workers on
 * different threads are independent.
 *
 * Ownership: the caller owns out (appended to, capped at max_out) and the
 * worker (sandbox_worker_free kills and reaps its child, closes its
 * socket).
 */
#ifndef CB_SANDBOX_H
#define CB_SANDBOX_H

#include <stddef.h>

#include "buf.h"

typedef struct SandboxLimits {
    int seconds;          /* wall clock and CPU, whole seconds (> 0) */
    size_t memory;        /* bytes of address space the child may add; 0 none */
    size_t max_out;       /* most output bytes accepted */
} SandboxLimits;

/* ORDER SandboxStatus: sandbox_status_text */
typedef enum SandboxStatus {
    SANDBOX_OK,           /* fn returned 0, output complete */
    SANDBOX_FAILED,       /* fn returned non-zero: its output is its message */
    SANDBOX_TIMEOUT,      /* past the time limit: killed */
    SANDBOX_CRASHED,      /* killed by a signal (memory limit, a bug) */
    SANDBOX_TOO_BIG,      /* more output than max_out */
    SANDBOX_NOFORK,       /* no child could be made (errno in *sig) */
} SandboxStatus;

/* A job, run in the child: in[0,n) are the bytes the parent sent; ctx
 * is the job's own (SANDBOX_JOB). Write the result to out, set
 * *progress as work goes (a page number), return 0 on success or
 * non-zero with a message in out. */
typedef int (*SandboxJobFn)(const void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress);

typedef struct SandboxJob {
    const char *name;   /* unique in the program */
    SandboxJobFn fn;
    const void *ctx;    /* static: the child finds it in its own image */
} SandboxJob;

/* Define the job VAR, known to children by NAME, at file scope:
 *     SANDBOX_JOB(html_job, "html", read_page, &html_parser);
 * Its entry goes into a section of the binary that the child searches
 * by name. */
#define SANDBOX_JOB(var, name, fn, ctx)                                                                        \
    const SandboxJob var = {name, fn, ctx};                                                                    \
    __attribute__((used, section("cb_sandbox_jobs"))) static const SandboxJob *const var##_entry_ = &var

/* Run job in a child of its own, on no input, within lim. Returns the
 * status; *sig gets the signal of a crash (or errno for NOFORK),
 * *progress the last progress value the child set (0 if none). out gets
 * the child's output. */
SandboxStatus sandbox_run(const SandboxJob *job, const SandboxLimits *lim, Buf *out, int *sig, unsigned *progress);

typedef struct SandboxWorker SandboxWorker;

/* A worker whose children run job, each for at most recycle jobs
 * (>= 1). No child is made until the first job. */
SandboxWorker *sandbox_worker_new(const SandboxJob *job, unsigned recycle);

/* Run one job, in[0,n), within lim (the time bound counts from when the
 * job is sent). As sandbox_run. After TIMEOUT, CRASHED or TOO_BIG the
 * child is gone and the next job starts a fresh one. */
SandboxStatus sandbox_worker_run(SandboxWorker *w, const char *in, size_t n, const SandboxLimits *lim, Buf *out,
                                 int *sig, unsigned *progress);

/* The process id of the worker's child, 0 when it has none (tests). */
long sandbox_worker_pid(const SandboxWorker *w);

/* Kill and reap the child, close the socket, free w (NULL is nothing). */
void sandbox_worker_free(SandboxWorker *w);

/* Words for a status and signal: "took longer than 30 s", "stopped by
 * signal 11 (Segmentation fault)". */
void sandbox_status_text(SandboxStatus st, int sig, const SandboxLimits *lim, char *buf, size_t cap);

/* The time bound to use: CLAIMBRIEF_READ_SECONDS when it is a whole
 * number from 1 to dflt (tests lower it to meet the bound in seconds),
 * else dflt. */
int sandbox_seconds(int dflt);

/* 1 in a build where rlimits on address space cannot be used (ASan,
 * valgrind): the memory bound is then not applied. */
int sandbox_memory_unbounded(void);

#endif
