/* fsio.h — reading files whole, and writing outputs atomically.
 *
 * Outputs are never left half-written: fsio_atomic_open creates a
 * temporary file beside the target ("NAME.tmp.PID.N"), the caller writes
 * to af->fp, and fsio_atomic_commit flushes, fsyncs and renames it over
 * the target. Any failure (a short write, a full disk, a failed fsync or
 * rename) leaves the old target untouched and removes the temporary.
 * Temporaries still open when the process gets SIGINT/SIGTERM are removed
 * by fsio_cleanup_temps (called from the signal handler main installs).
 *
 * Faults can be injected for tests with CLAIMBRIEF_FAULT=op[:N], op one of
 * write, flush, fsync, rename, open: the N-th such call (default 1) fails
 * with ENOSPC (write, flush), EIO (fsync), EACCES (open) or EXDEV (rename).
 * "flush" fails the commit of every atomic output as a full disk would.
 */
#ifndef CB_FSIO_H
#define CB_FSIO_H

#include <stdio.h>
#include <stddef.h>

#include "buf.h"
#include "diag.h"

/* Read the whole file at path into out (initialised here; caller frees
 * with buf_free). Files larger than max bytes are refused. Errors:
 * CB_EINPUT naming the path ("cannot read: No such file or directory",
 * "is a directory", "larger than the limit of N bytes"). */
int fsio_read(const char *path, size_t max, Buf *out, Diag *d);

typedef struct AtomicFile {
    FILE *fp;            /* write here */
    char path[1024];     /* the target */
    char tmp[1100];      /* the temporary beside it; "" when path is a
                          * device or pipe, written in place */
    int slot;            /* internal: index in the cleanup registry */
} AtomicFile;

/* Open a temporary beside path. CB_EWRITE when the folder is missing or
 * not writable. */
int fsio_atomic_open(AtomicFile *af, const char *path, Diag *d);
/* Flush, fsync, close and rename over the target. On any failure the
 * temporary is removed and CB_EWRITE returned; the old target survives. */
int fsio_atomic_commit(AtomicFile *af, Diag *d);
/* Give up: close and remove the temporary. Safe to call twice. */
void fsio_atomic_abort(AtomicFile *af);
/* Write n bytes to path atomically (open, write, commit). */
int fsio_write_atomic(const char *path, const void *data, size_t n, Diag *d);

/* Create dir and its parents (mode 0777 & umask). CB_EWRITE on failure. */
int fsio_mkdirs(const char *dir, Diag *d);

/* Remove the temporaries ("NAME.tmp.PID.N") in dir left by processes
 * that no longer run (a writer killed with SIGKILL cannot clean up after
 * itself). Temporaries of running processes are left alone. Returns the
 * number removed; a missing dir is 0. */
size_t fsio_sweep_temps(const char *dir);

/* Remove every temporary still registered; async-signal-safe. */
void fsio_cleanup_temps(void);

/* Checked fwrite to an AtomicFile's stream or stdout: returns 0 or -1
 * (honours fault injection of "write"). */
int fsio_fwrite(const void *p, size_t n, FILE *fp);

/* For tests: reset the fault-injection counters (re-reads the variable). */
void fsio_fault_reset(void);

#endif
