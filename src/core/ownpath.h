/* ownpath.h — the project's own files, reached through real folders only.
 *
 * A project folder may come from someone else (a cloned repository, an
 * archive): any folder in it may be a symbolic link to anywhere, and its
 * build record (reports/.build/state) may name any path. So what the
 * program writes or removes on its own account (not a path the user
 * typed) is a project path, relative to the project folder with no
 * empty, "." or ".." step, and is reached step by step from the current
 * folder without following a link at any step: a `reports` that leads to
 * another folder, or a `reports/.build/docs` that leads to the user's
 * home, is refused, never written into or cleared. The file itself is
 * never followed either: a link there is removed as a link.
 *
 * Thread safety: every function may be called from any thread (no state).
 */
#ifndef CB_OWNPATH_H
#define CB_OWNPATH_H

#include "diag.h"

/* 1 when path is a project path: relative, not empty, no empty, "." or
 * ".." step. */
int ownpath_valid(const char *path);

/* The folder that holds the project path `path`, opened step by step
 * from the current folder, never through a link: a descriptor (O_PATH,
 * for the *at calls; the caller closes it) and *leaf, the file's name in
 * it. -1 with errno when path is not a project path (EINVAL) or a step is
 * missing, a link or not a folder. */
int ownpath_parent(const char *path, const char **leaf);

/* Remove the project path `path` when no folder on its way is a link: 0
 * removed, -1 not (errno). */
int ownpath_unlink(const char *path);

/* Make the project folder dir and the folders above it (as fsio_mkdirs),
 * refusing a step that is a link or not a folder: CB_EWRITE naming the
 * step, "cannot write: is a symbolic link (claimbrief does not write
 * through links; remove it)". */
int ownpath_mkdirs(const char *dir, Diag *d);

#endif
