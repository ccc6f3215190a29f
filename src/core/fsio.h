/* fsio.h — every file claimbrief opens: inputs, atomic outputs, and the
 * temporaries between the two.
 *
 * Inputs. One way to open anything read (documents, tables, fonts, the
 * files the build hashes): fsio_open_input opens without blocking (a FIFO
 * with no writer never stalls the open), then judges the open descriptor,
 * never the name: a folder is refused; anything that is not a regular file
 * (a FIFO, a device, a socket) is refused unless the caller allows a
 * stream (only for what the user named on the command line); a regular
 * file over the limit is refused before a byte of it is read; a stream is
 * read up to the limit and no further.
 *
 * Outputs are never left half-written: fsio_atomic_open creates a
 * temporary beside the target, the caller writes to af->fp, and
 * fsio_atomic_commit flushes, fsyncs and renames it over the target. Any
 * failure (a short write, a full disk, a failed fsync or rename) leaves the
 * old target untouched and removes the temporary. A project output is
 * never written through a link: when the target is a symbolic link or
 * anything but a regular file, it is refused ("is a symbolic link"; "is a
 * FIFO, not a regular file"). Only an output the user named (-o FILE,
 * fsio_atomic_open_user) may be a device or a pipe, written in place; a
 * pipe is opened without blocking, so one that nobody reads is an error,
 * not a hang. Many outputs made at once go through a batch (below): one
 * sync for them all.
 *
 * Temporaries are named TARGET.tmp.cb-HOST-PIDNS-PID-SEQ: HOST is 8 hex
 * digits of a hash of the host name, PIDNS the inode of the process's PID
 * namespace, so a sweep (fsio_sweep_temps) removes only temporaries of this
 * program, for outputs the caller names, whose writer provably is dead: same
 * host, same PID namespace, no such process. Everything else (a user's
 * notes.tmp.1.md, another machine's or container's writer) is left alone.
 *
 * Signals. fsio_signals_start (from main, before any thread) moves SIGINT,
 * SIGTERM and SIGHUP to one thread of their own: it takes the registry of
 * temporaries, removes every one, and ends the process by the same signal
 * while still holding it, so no other thread can create or rename a
 * temporary in between. SIGXFSZ is ignored: a write past `ulimit -f` fails
 * with EFBIG ("File too large", exit 3) instead of killing the process.
 *
 * Thread safety: every function may be called from any thread.
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
#include <sys/stat.h>

#include "buf.h"
#include "diag.h"

/* fsio_open_input flags. */
enum {
    FSIO_STREAM = 1,   /* a pipe or device is read as a stream (user-named paths) */
};

/* Open path for reading, as described above. Returns the descriptor
 * (caller closes; blocking mode), with *st from fstat when st is not
 * NULL, or CB_EINPUT naming the path: "cannot read: No such file or
 * directory", "is a folder, not a file", "is a FIFO, not a regular
 * file", "file is N bytes, over the limit of M bytes". Descriptors or
 * memory running out give their own errno ("Too many open files"). */
int fsio_open_input(const char *path, size_t max, unsigned flags, struct stat *st, Diag *d);
/* The same judgement on stat data already at hand (for a stat cache that
 * must refuse what fsio_open_input refuses, without opening). */
int fsio_check_input(const char *path, const struct stat *st, size_t max, unsigned flags, Diag *d);
/* Read the whole input at path into out (initialised here; caller frees
 * with buf_free). fsio_read is fsio_read_input with no flags: a regular
 * file of at most max bytes. */
int fsio_read_input(const char *path, size_t max, unsigned flags, Buf *out, Diag *d);
int fsio_read(const char *path, size_t max, Buf *out, Diag *d);

/* Does path, every link followed, lie inside folder dir (also resolved)?
 * 1 yes, 0 no (or it cannot be resolved). For the documents of a folder:
 * a link that leads outside it is not one of its documents. */
int fsio_inside(const char *path, const char *dir);

typedef struct AtomicFile {
    FILE *fp;            /* write here */
    char path[1024];     /* the target */
    char tmp[1100];      /* the temporary beside it; "" when the user's
                          * device or pipe is written in place */
    int nosync;          /* set after open: commit without fsync (files
                          * checked by hash later, like the build's own) */
} AtomicFile;

/* Open a temporary beside a project output. CB_EWRITE when the folder is
 * missing or not writable, or the target is a link or not a regular
 * file. */
int fsio_atomic_open(AtomicFile *af, const char *path, Diag *d);
/* The same for an output the user named (-o FILE): links are followed,
 * and a device or pipe is written in place. */
int fsio_atomic_open_user(AtomicFile *af, const char *path, Diag *d);
/* Flush, fsync, close and rename over the target. On any failure the
 * temporary is removed and CB_EWRITE returned; the old target survives. */
int fsio_atomic_commit(AtomicFile *af, Diag *d);
/* Give up: close and remove the temporary. Safe to call twice. */
void fsio_atomic_abort(AtomicFile *af);
/* Write n bytes to a project output atomically (open, write, commit). */
int fsio_write_atomic(const char *path, const void *data, size_t n, Diag *d);

/* A batch of outputs replaced together (a build's charts and brief, the
 * chart command's files). fsio_batch_write writes one output to its
 * temporary, complete but not yet synced, and keeps it (any thread);
 * fsio_batch_commit then puts the whole batch on disk at once (one
 * syncfs per file system: one flush of the disk's cache instead of one per
 * file; an fsync of each file where a folder cannot be opened or there is
 * no syncfs), renames every temporary over its target in the order of
 * their paths, and fsyncs each folder once. The contract after a crash is
 * the single file's: each output is its old content or its new content in
 * full, never a mix; and no rename precedes the sync, so no output is
 * ever replaced by data that is not on disk yet. A failed write removes
 * that temporary (the caller then frees the batch); a failed sync
 * replaces nothing; a failed rename leaves the outputs before it
 * replaced and those after it old. Every failure removes the
 * temporaries not renamed and is CB_EWRITE naming the output or folder;
 * the fault "fsync" fails the sync, "rename" and the others as for a
 * single file. fsio_batch_free removes the temporaries of a batch not
 * committed. Ownership: the batch is the caller's (new/free). */
typedef struct FsioBatch FsioBatch;
FsioBatch *fsio_batch_new(void);
int fsio_batch_write(FsioBatch *b, const char *path, const void *data, size_t n, Diag *d);
int fsio_batch_commit(FsioBatch *b, Diag *d);
void fsio_batch_free(FsioBatch *b);

/* Create dir and its parents (mode 0777 & umask). CB_EWRITE on failure. */
int fsio_mkdirs(const char *dir, Diag *d);

/* Remove, in dir, the temporaries of dead writers of this program (see
 * above) whose target name is_output accepts. Returns the number removed;
 * a missing dir is 0. */
size_t fsio_sweep_temps(const char *dir, int (*is_output)(const char *name, void *ctx), void *ctx);
/* Split a file name of one of this program's temporaries: 1 and target
 * (the output's name) filled when name has the exact pattern, else 0. */
int fsio_temp_target(const char *name, char *target, size_t cap);

/* Take SIGINT, SIGTERM and SIGHUP on a thread of their own and ignore
 * SIGXFSZ (see above). Call once, from main, before any other thread. */
void fsio_signals_start(void);
/* From now on those signals do not end the process: each writes one byte
 * to the returned descriptor (poll it; -1 when signals were not started),
 * and the caller ends in its own time (build --watch). */
int fsio_signals_defer(void);
/* Say whether the caller is in work it finishes before it ends (a watch
 * build): a stop signal then says so on stderr, and a second one while
 * the work runs ends the process at once as if never deferred. */
void fsio_signals_busy(int busy);
/* Remove every temporary still registered (for a caller about to end the
 * process itself). */
void fsio_cleanup_temps(void);

/* Checked fwrite to an AtomicFile's stream or stdout: returns 0 or -1
 * with errno set (honours fault injection of "write"). */
int fsio_fwrite(const void *p, size_t n, FILE *fp);

/* For tests: reset the fault-injection counters (re-reads the variable). */
void fsio_fault_reset(void);

#endif
