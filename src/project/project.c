/* project.c — finding the project root, the defaults, and starting a
 * project (see project.h). */
#include "project.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "fsio.h"

/* Longest path handled (Linux PATH_CAP). */
#define PATH_CAP 4096

/* Set by CMake: where this build's checkout, build tree and install
 * folders are, and the install's datadir relative to its bindir. */
#ifndef CB_DEFAULTS_SOURCE
#define CB_DEFAULTS_SOURCE ""
#endif
#ifndef CB_DEFAULTS_BUILD
#define CB_DEFAULTS_BUILD ""
#endif
#ifndef CB_DEFAULTS_INSTALL
#define CB_DEFAULTS_INSTALL "/usr/local/share/claimbrief"
#endif
#ifndef CB_DEFAULTS_RELATIVE
#define CB_DEFAULTS_RELATIVE "../share/claimbrief"
#endif

static struct {
    int entered, found;
    char start[PATH_CAP];     /* where the search started */
    char prefix[PATH_CAP];    /* start relative to the root: "" or "a/b/" */
    int defaults_done;
    const char *defaults;     /* NULL when none */
    char defaults_buf[PATH_CAP + 64];
} P;

/* Strings handed out (user paths, resolved inputs): kept to the end. */
typedef struct Interned {
    char *key, *val;
} Interned;
static Interned *interned;
static size_t ninterned;

static const char *intern(const char *key, const char *val)
{
    interned = xrealloc(interned, (ninterned + 1) * sizeof *interned);
    interned[ninterned] = (Interned){xstrdup(key), xstrdup(val)};
    return interned[ninterned++].val;
}

static const char *lookup(const char *key)
{
    for (size_t i = 0; i < ninterned; i++)
        if (!strcmp(interned[i].key, key))
            return interned[i].val;
    return NULL;
}

/* ---- the root ------------------------------------------------------------ */

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

int project_is_root(const char *dir)
{
    char p[PATH_CAP + 256];
    snprintf(p, sizeof p, "%s/%s", dir, PROJECT_SETTINGS);
    struct stat st;
    if (lstat(p, &st) == 0)
        return 1;
    snprintf(p, sizeof p, "%s/data/corpus", dir);
    return is_dir(p);
}

/* Is dir one of CLAIMBRIEF_CEILING_DIRECTORIES? */
static int is_ceiling(const char *dir)
{
    const char *e = getenv("CLAIMBRIEF_CEILING_DIRECTORIES");
    size_t dl = strlen(dir);
    for (const char *p = e; p && *p;) {
        const char *colon = strchr(p, ':');
        size_t l = colon ? (size_t)(colon - p) : strlen(p);
        while (l > 1 && p[l - 1] == '/')
            l--;
        if (l == dl && !strncmp(p, dir, l))
            return 1;
        p = colon ? colon + 1 : NULL;
    }
    return 0;
}

int project_enter(const char *dir, Diag *d)
{
    P.entered = 1;
    if (dir) {
        /* -C DIR: the root itself, as named */
        if (chdir(dir) != 0)
            return diag_set(d, CB_EINPUT, dir, 0, "cannot enter project folder: %s", strerror(errno));
        if (!getcwd(P.start, sizeof P.start))
            snprintf(P.start, sizeof P.start, "%s", dir);
        P.found = project_is_root(".");
        return 0;
    }
    if (!getcwd(P.start, sizeof P.start))
        return diag_set(d, CB_EINPUT, ".", 0, "cannot tell the current folder: %s", strerror(errno));
    /* Walk up: the first folder that is a project is the root. */
    char cur[PATH_CAP];
    snprintf(cur, sizeof cur, "%s", P.start);
    while (!project_is_root(cur)) {
        if (!strcmp(cur, "/"))
            return 0;
        char *slash = strrchr(cur, '/');
        if (slash == cur)
            slash[1] = '\0';   /* the parent is "/" */
        else
            *slash = '\0';
        if (is_ceiling(cur))
            return 0;
    }
    P.found = 1;
    if (chdir(cur) != 0)
        return diag_set(d, CB_EINPUT, cur, 0, "cannot enter project folder: %s", strerror(errno));
    /* The prefix: the start folder below the root. */
    size_t rl = strcmp(cur, "/") ? strlen(cur) : 0;
    if (P.start[rl] == '/')
        snprintf(P.prefix, sizeof P.prefix, "%s/", P.start + rl + 1);
    return 0;
}

int project_found(void)
{
    if (!P.entered)
        P.found = project_is_root(".");
    return P.found;
}

const char *project_start(void)
{
    if (!P.start[0] && !getcwd(P.start, sizeof P.start))
        snprintf(P.start, sizeof P.start, ".");
    return P.start;
}

const char *project_user_path(const char *arg)
{
    if (!P.prefix[0] || arg[0] == '/' || !strcmp(arg, "-"))
        return arg;
    char key[PATH_CAP + 8];
    snprintf(key, sizeof key, "user:%s", arg);
    const char *hit = lookup(key);
    if (hit)
        return hit;
    Buf b;
    buf_init(&b, 0);
    buf_printf(&b, "%s%s", P.prefix, arg);
    const char *v = intern(key, b.data);
    buf_free(&b);
    return v;
}

/* ---- the defaults -------------------------------------------------------- */

/* A folder laid out as the defaults: data/metrics.csv and fonts/. */
static int holds_defaults(const char *dir)
{
    char p[PATH_CAP + 256];
    snprintf(p, sizeof p, "%s/data/metrics.csv", dir);
    if (access(p, R_OK) != 0)
        return 0;
    snprintf(p, sizeof p, "%s/fonts", dir);
    return is_dir(p);
}

/* 1 when the program runs from the build tree it was built in. */
static int in_build_tree(const char *exe_dir)
{
    char a[PATH_CAP], b[PATH_CAP];
    if (!CB_DEFAULTS_BUILD[0] || !realpath(CB_DEFAULTS_BUILD, a) || !realpath(exe_dir, b))
        return 0;
    return strcmp(a, b) == 0;
}

static const char *find_defaults(void)
{
    const char *env = getenv("CLAIMBRIEF_DATADIR");
    if (env && *env)
        return env;
    char exe[PATH_CAP];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        if (in_build_tree(exe))
            return holds_defaults(CB_DEFAULTS_SOURCE) ? CB_DEFAULTS_SOURCE : NULL;
        snprintf(P.defaults_buf, sizeof P.defaults_buf, "%s/%s", exe, CB_DEFAULTS_RELATIVE);
        if (holds_defaults(P.defaults_buf))
            return P.defaults_buf;
    }
    return holds_defaults(CB_DEFAULTS_INSTALL) ? CB_DEFAULTS_INSTALL : NULL;
}

const char *project_defaults(void)
{
    if (!P.defaults_done) {
        P.defaults = find_defaults();
        P.defaults_done = 1;
    }
    return P.defaults;
}

/* ORDER: the inputs the program ships defaults for */
static const char *const shipped[] = {"data/metrics.csv", "data/relations.csv",
                                      "data/reference.csv", "fonts", NULL};

/* A shipped input the project lacks and no default stands for: said
 * once (warned[i] for shipped[i]), before the error of whatever reads it
 * ("fonts/NotoSans-Regular.ttf: cannot read: No such file or directory"
 * alone sent a newcomer whose program was copied away from its defaults
 * to make a fonts/ folder). */
static void no_default(int i, const char *rel, const char *def)
{
    static int warned[sizeof shipped / sizeof *shipped];
    if (warned[i]++)
        return;
    if (def)
        diag_warn(rel, 0, "not in this project, and not among the defaults in %s", def);
    else
        diag_warn(rel, 0, "not in this project, and the defaults cannot be found (installed under "
                          "share/claimbrief; set CLAIMBRIEF_DATADIR to their folder)");
}

const char *project_input(const char *rel)
{
    struct stat st;
    if (lstat(rel, &st) == 0)
        return rel;
    int ships = -1;
    for (int i = 0; shipped[i]; i++)
        if (!strcmp(shipped[i], rel))
            ships = i;
    if (ships < 0)
        return rel;
    const char *def = project_defaults();
    char key[PATH_CAP + 8];
    snprintf(key, sizeof key, "input:%s", rel);
    const char *hit = lookup(key);
    if (hit)
        return hit;
    char p[2 * PATH_CAP];
    snprintf(p, sizeof p, "%s/%s", def ? def : "", rel);
    if (!def || stat(p, &st) != 0) {
        no_default(ships, rel, def);
        return rel;
    }
    return intern(key, p);
}

int project_input_is_default(const char *rel)
{
    return strcmp(project_input(rel), rel) != 0;
}

/* ---- starting a project -------------------------------------------------- */

static const char settings_template[] =
    "; claimbrief.ini — the settings of this project (INI; see the README's\n"
    "; \"Settings\"). A line starting with ; or # is a comment, and so is\n"
    "; the rest of a line after \" ;\". A long value continues on the lines\n"
    "; below it when they are indented. Every setting shows in the brief.\n"
    "\n"
    "[brief]\n"
    "; The cover's title and subtitle (also the PDF's title and subject).\n"
    "title = Numbers in the documents\n"
    "subtitle = A checked brief on the figures the documents cite: what they say,\n"
    "  how they hedge, and whether they add up.\n"
    "; Who wrote it, for whom (cover, running head, the PDF's author).\n"
    "author =\n"
    "organisation =\n"
    "; A handling marking printed at the top and foot of every page,\n"
    "; for example INTERNAL or OFFICIAL-SENSITIVE. Empty: none.\n"
    "marking =\n"
    "; A paragraph for the cover: what the brief is for, what it found.\n"
    "summary =\n"
    "; a4 or letter.\n"
    "paper = a4\n"
    "; The date on the cover, YYYY-MM-DD. Empty: the day of the build.\n"
    "date =\n";

static const char readme_template[] =
    "# A claimbrief project\n"
    "\n"
    "    claimbrief.ini           settings: the brief's title, author, marking, paper...\n"
    "    data/corpus/             the documents (.txt, .pdf, .html) and sources.csv, their bibliography\n"
    "    data/metrics.csv         what the figures measure (copied from the defaults)\n"
    "    data/relations.csv       how metrics relate, for the comparisons\n"
    "    data/reference.csv       cited reference values to hold figures against\n"
    "    data/curation.csv        your corrections: reject, correct or add a claim\n"
    "    data/.defaults/          the defaults as copied: 'claimbrief init --update' merges new ones in\n"
    "    fonts/                   (optional) fonts of your own; else the installed ones\n"
    "    data/claims.csv          generated: every figure found\n"
    "    reports/                 generated: findings.csv, charts/, brief.pdf\n"
    "\n"
    "Put documents in data/corpus/, list each in data/corpus/sources.csv\n"
    "(file,title,authors,publisher,date,url), edit claimbrief.ini, then run\n"
    "\n"
    "    claimbrief build\n"
    "\n"
    "from this folder or any folder below it. Its warnings say what to fix.\n";

static const char sources_template[] = "file,title,authors,publisher,date,url\n";
static const char curation_template[] =
    "id,action,doc,note,start,end,text,sentence,value,low,high,unit,qualifier,metric,scope,area,year,month,"
    "source,context\n";

/* Write bytes to path unless it exists. */
static int put_new(const char *path, const char *data, size_t n, Buf *created, Diag *d)
{
    struct stat st;
    if (lstat(path, &st) == 0)
        return 0;
    int rc = fsio_write_atomic(path, data, n, d);
    if (rc == 0)
        buf_printf(created, "%s\n", path);
    return rc;
}

/* dir/PROJECT_BASES/NAME.csv for the copy of data/NAME.csv. */
static int put_base(const char *dir, const char *rel, const Buf *b, Buf *created, Diag *d)
{
    char p[PATH_CAP + 64];
    snprintf(p, sizeof p, "%s/" PROJECT_BASES, dir);
    int rc = fsio_mkdirs(p, d);
    snprintf(p, sizeof p, "%s/" PROJECT_BASES "%s", dir, strrchr(rel, '/'));
    if (rc == 0)
        rc = fsio_write_atomic(p, b->data, b->len, d);
    if (rc == 0)
        buf_printf(created, "%s\n", p);
    return rc;
}

int project_init(const char *dir, Buf *created, Diag *d)
{
    const char *def = project_defaults();
    if (!def)
        return diag_set(d, CB_EINPUT, NULL, 0,
                        "cannot find the default data files and fonts (installed under "
                        "share/claimbrief; set CLAIMBRIEF_DATADIR to their folder)");
    char p[PATH_CAP + 64];
    snprintf(p, sizeof p, "%s/data/corpus", dir);
    int rc = fsio_mkdirs(p, d);
    /* The settings and README, then the empty tables, then the defaults. */
    snprintf(p, sizeof p, "%s/%s", dir, PROJECT_SETTINGS);
    if (rc == 0)
        rc = put_new(p, settings_template, sizeof settings_template - 1, created, d);
    snprintf(p, sizeof p, "%s/README.md", dir);
    if (rc == 0)
        rc = put_new(p, readme_template, sizeof readme_template - 1, created, d);
    snprintf(p, sizeof p, "%s/data/corpus/sources.csv", dir);
    if (rc == 0)
        rc = put_new(p, sources_template, sizeof sources_template - 1, created, d);
    snprintf(p, sizeof p, "%s/data/curation.csv", dir);
    if (rc == 0)
        rc = put_new(p, curation_template, sizeof curation_template - 1, created, d);
    for (int i = 0; rc == 0 && shipped[i]; i++) {
        if (!strcmp(shipped[i], "fonts"))
            continue;   /* 17 MB: the installed ones serve every project */
        char from[2 * PATH_CAP];
        snprintf(from, sizeof from, "%s/%s", def, shipped[i]);
        Buf b;
        rc = fsio_read(from, 64u << 20, &b, d);
        snprintf(p, sizeof p, "%s/%s", dir, shipped[i]);
        size_t before = created->len;
        if (rc == 0)
            rc = put_new(p, b.data, b.len, created, d);
        /* The base of a later update: the default as copied, only beside
         * a fresh copy (an older copy's base is unknown). */
        if (rc == 0 && created->len != before)
            rc = put_base(dir, shipped[i], &b, created, d);
        buf_free(&b);
    }
    return rc;
}
