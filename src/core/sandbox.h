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
 * Threads: a worker belongs to one thread at a time. Children are forked
 * under a lock that in-process use of the parsing libraries also takes
 * (sandbox_inproc_begin), so no child starts with a library lock held by
 * a thread it does not have.
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

/* Runs in the child: write the result to out, set *progress as work
 * goes (a page number), return 0 on success or non-zero with a message
 * in out. */
typedef int (*SandboxFn)(void *arg, Buf *out, volatile unsigned *progress);

/* Run fn(arg) in a child of its own within lim. Returns the status; *sig
 * gets the signal of a crash (or errno for NOFORK), *progress the last
 * progress value the child set (0 if none). out gets the child's
 * output. */
SandboxStatus sandbox_run(SandboxFn fn, void *arg, const SandboxLimits *lim, Buf *out, int *sig,
                          unsigned *progress);

/* A worker's job, run in the child: in[0,n) are the bytes the parent
 * sent; ctx is the worker's (the child is a fork of the parent, so it
 * sees what ctx pointed to when the child was made). As SandboxFn. */
typedef int (*SandboxJobFn)(void *ctx, const char *in, size_t n, Buf *out, volatile unsigned *progress);

typedef struct SandboxWorker SandboxWorker;

/* A worker whose children run fn, each for at most recycle jobs (>= 1).
 * No child is made until the first job. */
SandboxWorker *sandbox_worker_new(SandboxJobFn fn, void *ctx, unsigned recycle);

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

/* Around in-process use of a library children also run (poppler, gumbo,
 * iconv): no child is forked meanwhile. Pairs may overlap across
 * threads. */
void sandbox_inproc_begin(void);
void sandbox_inproc_end(void);

#endif
