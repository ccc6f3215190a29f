/* sandbox.h — run a parser on untrusted bytes in a child process, bounded.
 *
 * PDF (poppler) and HTML (gumbo) parsing is complex code run on bytes
 * from anywhere: a hostile or broken file may crash it, loop for minutes
 * (gumbo is quadratic in nesting depth) or claim gigabytes. sandbox_run
 * forks; the child resets its signal handlers, sends stderr to /dev/null
 * (the libraries print), sets rlimits (CPU seconds; address space the
 * child may add to what it inherited, except under sanitizers and
 * valgrind, which reserve vast address space themselves), runs fn and
 * writes its output bytes to a pipe. The parent reads them with a
 * wall-clock deadline, kills the child when it passes, and says what
 * happened. Nothing the child does can touch the parent's memory.
 *
 * The child also gets a shared progress word (a page number) so the
 * parent can say where a crash or a timeout happened.
 *
 * Ownership: the caller owns out (appended to, capped at max_out).
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

/* Run fn(arg) in a child within lim. Returns the status; *sig gets the
 * signal of a crash (or errno for NOFORK), *progress the last progress
 * value the child set (0 if none). out gets the child's output. */
SandboxStatus sandbox_run(SandboxFn fn, void *arg, const SandboxLimits *lim, Buf *out, int *sig,
                          unsigned *progress);

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
