/* project.h — the project folder: where it is, where its inputs come
 * from, and starting a new one.
 *
 * Root. A project is a folder holding claimbrief.ini (its settings) or
 * data/corpus/. Commands find it as git finds a repository: from the
 * current folder upwards, the first folder that is a project; `-C DIR`
 * names the root itself. The search never goes up into a folder listed
 * in CLAIMBRIEF_CEILING_DIRECTORIES (colon-separated absolute paths, as
 * GIT_CEILING_DIRECTORIES). The process then works in the root; paths the
 * user typed are read from where they were typed (project_user_path).
 *
 * Defaults. The program ships the fonts and the default data files
 * (metrics.csv, relations.csv, reference.csv) in a defaults folder laid
 * out as a project: DEFAULTS/fonts/, DEFAULTS/data/NAME.csv. A project's
 * own file (or fonts/ folder) wins; without one, the default is used.
 * The defaults folder is, first found:
 *     $CLAIMBRIEF_DATADIR;
 *     for the program in its build tree: the checkout it was built from;
 *     else BINDIR/../share/claimbrief (an installed, relocatable copy),
 *     then the configured install folder (DATADIR/claimbrief).
 *
 * The module keeps process-wide state set once by project_enter (main);
 * the strings it returns live until the process ends. Not thread-safe:
 * resolve paths before starting threads.
 */
#ifndef CB_PROJECT_H
#define CB_PROJECT_H

#include "diag.h"

/* The settings file at the root (settings.h). */
#define PROJECT_SETTINGS "claimbrief.ini"
/* Where init keeps the defaults it copied, the base of an update
 * (dataupdate.h): PROJECT_BASES/metrics.csv... */
#define PROJECT_BASES "data/.defaults"

/* Enter the project. dir: -C's folder (the root itself), or NULL to look
 * upwards from the current folder. 0 with the process in the root; when
 * no project is found the current folder stays (project_found() says 0).
 * CB_EINPUT "DIR: cannot enter project folder: ..." when dir cannot be
 * entered. */
int project_enter(const char *dir, Diag *d);
/* 1 when the root is a project (it holds claimbrief.ini or data/corpus/). */
int project_found(void);
/* 1 when dir (a path) is a project folder. */
int project_is_root(const char *dir);
/* The folder the search started from (absolute), for messages. */
const char *project_start(void);

/* A path the user typed on the command line, as seen from the root:
 * unchanged when absolute or when the command started in the root, else
 * prefixed with the folder it started in ("notes/x.txt" typed in
 * ROOT/data becomes "data/notes/x.txt"). "-" stays "-". */
const char *project_user_path(const char *arg);

/* The defaults folder, or NULL when none is found. */
const char *project_defaults(void);
/* Where input rel comes from: rel itself when it exists in the project
 * (a link counts, even a dangling one: its error then names it); else,
 * for the inputs the program ships ("data/metrics.csv",
 * "data/relations.csv", "data/reference.csv", "fonts"), the default's
 * path when it exists; else rel (so an error names the project's path). */
const char *project_input(const char *rel);
/* 1 when project_input(rel) is the default, not the project's own. */
int project_input_is_default(const char *rel);

/* Start a project in dir (created with its parents when missing):
 * claimbrief.ini, README.md, data/corpus/sources.csv, data/curation.csv
 * (headers only) and copies of the default metrics, relations and
 * references, each with the default it copied in PROJECT_BASES (written
 * only with the copy). Existing files are never overwritten. created gets one
 * "PATH\n" per file written. CB_EINPUT when the defaults cannot be found
 * or read, CB_EWRITE when a file cannot be written. */
typedef struct Buf Buf;
int project_init(const char *dir, Buf *created, Diag *d);

#endif
