/* bstate.h — the build's record of hashes and its staleness test.
 *
 * An output ("node": the claims of one document, data/claims.csv, one
 * chart format, the brief...) is made from named inputs, each with a
 * 64-bit content hash (XXH3): files, curation rows, the program version,
 * the hash of the data a chart shows. The record remembers, per node, the
 * inputs it was last made from, an optional finer key, and its output
 * files with the hash each had when it was made; per file, its content
 * hash with the stat data (size, mtime, ctime, inode) that lets a later
 * build trust the hash without reading the file again.
 *
 * An output is intact only when its content hashes to what was recorded
 * when it was made: the stat cache says what a file holds now, never what
 * it should hold, so a damaged output (a truncated PNG, junk in an SVG)
 * stays damaged in the eyes of every later build until it is remade, even
 * when the file was re-hashed earlier in the same run.
 *
 * The record file (reports/.build/state) is text, versioned and
 * checksummed:
 *     claimbrief-build-state 4
 *     program KEY                                  (bstate_program_key)
 *     f HASH SIZE MTIME_NS CTIME_NS INODE PATH      (one per file)
 *     n NAME KEY                                   (one per node, then:)
 *     d HASH INPUT                                 (its inputs)
 *     o HASH PATH                                  (its outputs, as made)
 *     w NOTE                                       (its warnings)
 *     end XXH64-OF-EVERYTHING-ABOVE
 * Names and paths are %-escaped (space, %, control bytes). A record that
 * is missing, of another version, truncated, or fails its checksum is
 * ignored as a whole: the build then remakes everything. It is never
 * half-trusted. So is a record made by another program (another build of
 * claimbrief, even of the same version: its extraction rules may differ),
 * whatever the data files' hashes say.
 *
 * Except for one thing: which files were made, with what bytes. An
 * intact record of another program or of another version of the record
 * (one whose first line starts "claimbrief-build-state " and whose
 * checksum holds) keeps its nodes' names and outputs ("n" and "o" lines;
 * every other line is dropped), as foreign nodes: stale whatever their
 * inputs, no key, no notes. So after an upgrade the outputs no longer
 * made can still go (bstate_remove_outputs), as after any other build.
 * A foreign node kept by a failed build is saved with a marker input
 * ("another claimbrief program"), so it stays stale.
 *
 * Removing: claimbrief removes a file only when a record says it made
 * it, it is a regular file inside the project reached without following
 * a link at any step (ownpath.h: the record comes with the project
 * folder, which may be someone else's), it holds exactly the bytes
 * recorded when it was made (so one the user put there or edited since
 * stays), and no other node names it. A record whose outputs are not
 * all inside the project (an absolute path, a ".." step) was not made by
 * a build: it is corrupt, and ignored whole.
 *
 * A file's stat data is trusted only when its mtime was at least
 * BSTATE_RACY_NS older than the clock when it was recorded (git's "racily
 * clean" rule): a file changed within the same timestamp tick is re-hashed.
 *
 * Ownership: bstate_load returns a BState freed with bstate_free. A BNode
 * is the caller's (bnode_init / bnode_fini).
 */
#ifndef CB_BSTATE_H
#define CB_BSTATE_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"

#define BSTATE_MAGIC "claimbrief-build-state 4"
/* Stat data younger than this (ns) when recorded is not trusted. */
#define BSTATE_RACY_NS 20000000LL

typedef struct BState BState;

/* The key of the running program: the hash of its executable, read once
 * (thread-safe). A record made under another key is not trusted. */
uint64_t bstate_program_key(void);

/* Load the record at path. Never fails: when it is missing or unusable
 * the state is empty and why says so ("no record of an earlier build",
 * "record of hashes is corrupt (checksum mismatch)", "record of hashes
 * was made by another claimbrief program"); else why is "". */
BState *bstate_load(const char *path, char *why, size_t cap);
void bstate_free(BState *s);
/* Write the record atomically (only the nodes touched in this run, and
 * the files they name). CB_EWRITE on failure. */
int bstate_save(BState *s, const char *path, Diag *d);
/* Write a file of the build's own (the record, cached claims): temporary
 * and rename (fsio's atomic write), but no fsync: these files are
 * checked by hash (a record by its checksum, a cache by the hash the
 * record holds for it), so one lost in a crash is remade, never trusted.
 * CB_EWRITE on failure (the old file stays). */
int bstate_write_file(const char *path, const void *p, size_t n, Diag *d);
/* 1 when something was committed or forgotten since load: worth saving. */
int bstate_dirty(const BState *s);

/* Content hash of the file at path, through the stat cache. 0 and *h
 * set; 1 when the file does not exist (*h = 0); CB_EINPUT when it cannot
 * be read, is not a regular file or is over max bytes (checked before a
 * byte is read: fsio_open_input's rules). */
int bstate_hash_file(BState *s, const char *path, size_t max, uint64_t *h, Diag *d);
/* The file at path may have changed in this run (the build wrote or
 * removed it): the next bstate_hash_file looks at it again. Within a run
 * a file is otherwise looked at once. */
void bstate_forget(BState *s, const char *path);
/* The XXH3 hash of bytes (the same as a file's). */
uint64_t bstate_hash(const void *p, size_t n);

typedef struct BDep {
    char *name;
    uint64_t hash;
} BDep;

typedef struct BNode {
    char *name;
    uint64_t key;       /* a finer key (e.g. the data a chart shows), 0 if none */
    BDep *deps;
    size_t ndeps, capd;
    char **outs;
    uint64_t *out_hash;   /* as recorded when made (0 in a node being built) */
    size_t nouts, capo;
    /* What making it warned about (a document's invalid UTF-8, a curation
     * row that did not meet its claim): kept with the node, so a build
     * that does not remake it can say it again. */
    char **notes;
    size_t nnotes, capnotes;
} BNode;

void bnode_init(BNode *n, const char *name);
void bnode_fini(BNode *n);
/* Add an input by name with its hash. */
void bnode_dep(BNode *n, const char *name, uint64_t hash);
/* Add a file input (hashed through the cache; a missing file hashes to 0,
 * so appearing and disappearing are changes too). CB_EINPUT when it
 * exists but cannot be read or is over max bytes. */
int bnode_dep_file(BNode *n, BState *s, const char *path, size_t max, Diag *d);
void bnode_out(BNode *n, const char *path);
/* Add a warning (any text but "\n") to the node's notes. */
void bnode_note(BNode *n, const char *note);

/* Largest output hashed to check it; a bigger file is "modified". */
#define BSTATE_MAX_OUTPUT_BYTES (1024u * 1024u * 1024u)

/* Is node n up to date? 0 when its inputs equal the recorded ones and
 * every output exists with the hash recorded when it was made; else 1, and why gets the
 * first reason ("data/curation.csv changed", "new input X", "input X
 * removed", "reports/brief.pdf missing", "reports/brief.pdf modified",
 * "not built before"). */
int bstate_check(BState *s, const BNode *n, char *why, size_t cap);
/* Only the outputs: 0 when all exist with the hashes recorded when they
 * were made. */
int bstate_check_outputs(BState *s, const BNode *n, char *why, size_t cap);
/* Remove the outputs recorded for node name (one no longer made: not
 * seen in this run) under the rule above; the number removed, and in
 * *kept (when not NULL) how many of its files are still there because
 * they changed since they were made. A commit does the same for the
 * outputs a node made before and no longer names (a renamed output, a
 * kind no longer written). */
int bstate_remove_outputs(BState *s, const char *name, size_t *kept);
/* An interrupted build: the files of a batch are renamed into place
 * before the nodes that made them are committed and the record saved,
 * so a build killed in between would leave outputs no record names
 * (stale for good once no longer made). Before the renames, each file
 * is announced (bstate_writing: path and the hash of the bytes it will
 * hold, under the node BSTATE_WRITING) and the record saved with every
 * node, seen in this run or not (bstate_save_writing: the nodes no
 * longer made keep their outputs on record too). After the commits,
 * bstate_written drops the announcements. A record that still has them
 * (the build was stopped) lists that node as not seen in the next run,
 * whose sweep removes what it no longer makes (bstate_remove_outputs);
 * what it makes again is named by its own node, so stays. */
#define BSTATE_WRITING "(being written)"
void bstate_writing(BState *s, const char *path, uint64_t hash);
int bstate_save_writing(BState *s, const char *path, Diag *d);
void bstate_written(BState *s);
/* The key recorded for node name, or 0. */
uint64_t bstate_key(const BState *s, const char *name);
/* The notes recorded for node name (*n of them; NULL when none); owned
 * by s, valid until the node is committed again or bstate_free. */
char *const *bstate_notes(const BState *s, const char *name, size_t *n);
/* Record n as made from its inputs now: its outputs are hashed afresh
 * (they must exist) and those hashes recorded as what they should hold.
 * Also marks the node as seen in this run. */
int bstate_commit(BState *s, const BNode *n, Diag *d);
/* The build has just put n bytes hashing to hash at path (renamed into
 * place): the next commit of a node naming it records that hash with
 * the file's stat data instead of reading the file back. Taken only when
 * path is a regular file of n bytes; else commit reads it as usual. */
void bstate_made(BState *s, const char *path, uint64_t hash, size_t n);
/* Mark node name as seen in this run without changes (kept on save). */
void bstate_keep(BState *s, const char *name);
/* Keep every recorded node not seen in this run whose name does not
 * start with except (after a failed build: the steps that did not run
 * keep their record, so the next build does not remake them). */
void bstate_keep_unseen(BState *s, const char *except);
/* Names of recorded nodes starting with prefix that were not seen in this
 * run (e.g. documents deleted since); caller frees the array, not the
 * strings (owned by s, valid until bstate_free). */
const char **bstate_unseen(const BState *s, const char *prefix, size_t *n);

/* The stamp of a build that left nothing to do: a fast path for the next
 * build (reports/.build/stamp). bstate_stamp_write lists every file this
 * run looked at (present with its stat data, or absent), then each path
 * of also (folders listed, files read without hashing), the content hash
 * of the record just saved at record, key (what else the outputs depend
 * on: the program version, the cover date, the options) and the nnotes
 * notes (what the build warned about: any text but "\n"). It writes no
 * stamp when any of those stat data is not trusted (a file changed by
 * this run, or within the racy window): 1 written, 0 not, or CB_EWRITE.
 * bstate_stamp_holds: 1 when the stamp at path is intact, has key, and
 * every file in it is still as it was (stat data equal, absent files
 * still absent, the record the same bytes), so the build has nothing to
 * do; then *notes (when notes is not NULL) gets its notes, in order, *nnotes of
 * them (the caller frees each and the array; NULL when none). Else 0. */
int bstate_stamp_write(const BState *s, const char *path, const char *key, const char *record,
                       const char *const *also, const char *const *notes, size_t nnotes, Diag *d);
int bstate_stamp_holds(const char *path, const char *key, char ***notes, size_t *nnotes);

#endif
