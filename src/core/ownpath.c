/* ownpath.c — the project's own files, through real folders only (see
 * ownpath.h). Each step is opened with O_PATH | O_DIRECTORY | O_NOFOLLOW
 * from the one before: a link there is opened as itself, which is no
 * folder, so the walk stops (ENOTDIR) instead of going where it leads. */
#define _GNU_SOURCE   /* O_PATH */
#include "ownpath.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A step's name and a folder's path, at most (NAME_MAX and PATH_MAX; here
 * the system's <limits.h> is not the one a file of src/core gets). */
enum { STEP_MAX = 255, DIR_MAX = 4096 };

int ownpath_valid(const char *path)
{
    if (!path || !*path || *path == '/')
        return 0;
    for (const char *p = path;;) {
        size_t n = strcspn(p, "/");
        if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
            return 0;
        if (!p[n])
            return 1;
        p += n + 1;
    }
}

/* Step `name` (n bytes) from folder at, a folder and not a link: its
 * descriptor, or -1 with errno (ENOTDIR for a link). at is closed. */
static int step_into(int at, const char *name, size_t n)
{
    char step[STEP_MAX + 1];
    if (n > STEP_MAX) {
        close(at);
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(step, name, n);
    step[n] = '\0';
    int next = openat(at, step, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int e = errno;
    close(at);
    errno = e;
    return next;
}

int ownpath_parent(const char *path, const char **leaf)
{
    if (!ownpath_valid(path)) {
        errno = EINVAL;
        return -1;
    }
    int at = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
    const char *p = path;
    for (const char *slash; at >= 0 && (slash = strchr(p, '/')) != NULL; p = slash + 1)
        at = step_into(at, p, (size_t)(slash - p));
    if (at >= 0)
        *leaf = p;
    return at;
}

int ownpath_unlink(const char *path)
{
    const char *leaf;
    int dir = ownpath_parent(path, &leaf);
    if (dir < 0)
        return -1;
    int r = unlinkat(dir, leaf, 0);
    int e = errno;
    close(dir);
    errno = e;
    return r;
}

int ownpath_mkdirs(const char *dir, Diag *d)
{
    if (!ownpath_valid(dir))
        return diag_set(d, CB_EWRITE, dir, 0, "cannot write: not a folder inside the project");
    int at = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (at < 0)
        return diag_set(d, CB_EWRITE, ".", 0, "cannot write: %s", strerror(errno));
    for (size_t i = 0;;) {
        size_t n = strcspn(dir + i, "/");
        char upto[DIR_MAX], step[STEP_MAX + 1];
        snprintf(upto, sizeof upto, "%.*s", (int)(i + n), dir);
        snprintf(step, sizeof step, "%.*s", (int)n, dir + i);
        if (n > STEP_MAX || i + n >= sizeof upto) {
            close(at);
            return diag_set(d, CB_EWRITE, dir, 0, "path too long");
        }
        if (mkdirat(at, step, 0777) != 0 && errno != EEXIST) {
            int e = errno;
            close(at);
            return diag_set(d, CB_EWRITE, upto, 0, "cannot create folder: %s", strerror(e));
        }
        struct stat st;
        int is_link = fstatat(at, step, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
        at = step_into(at, step, n);
        if (at < 0 && is_link)
            return diag_set(d, CB_EWRITE, upto, 0,
                            "cannot write: is a symbolic link (claimbrief does not write through "
                            "links; remove it)");
        if (at < 0 && errno == ENOTDIR)
            return diag_set(d, CB_EWRITE, upto, 0, "not a folder");
        if (at < 0)
            return diag_set(d, CB_EWRITE, upto, 0, "cannot write: %s", strerror(errno));
        if (!dir[i + n])
            break;
        i += n + 1;
    }
    close(at);
    return CB_OK;
}
