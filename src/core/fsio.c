/* fsio.c — inputs, atomic outputs, temporaries and signals (see fsio.h). */
#define _GNU_SOURCE   /* syncfs */
#include "fsio.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- fault injection ------------------------------------------------ */

static struct {
    int loaded;
    char op[16];
    long nth;
    long count;
} fault;
static pthread_mutex_t fault_mu = PTHREAD_MUTEX_INITIALIZER;

void fsio_fault_reset(void)
{
    pthread_mutex_lock(&fault_mu);
    memset(&fault, 0, sizeof fault);
    pthread_mutex_unlock(&fault_mu);
}

/* Return 1 when this call of op should fail. */
static int fault_hit(const char *op)
{
    pthread_mutex_lock(&fault_mu);
    if (!fault.loaded) {
        fault.loaded = 1;
        const char *e = getenv("CLAIMBRIEF_FAULT");
        if (e && *e) {
            const char *colon = strchr(e, ':');
            size_t n = colon ? (size_t)(colon - e) : strlen(e);
            if (n < sizeof fault.op) {
                memcpy(fault.op, e, n);
                fault.op[n] = '\0';
            }
            fault.nth = colon ? strtol(colon + 1, NULL, 10) : 1;
        }
    }
    int hit = fault.op[0] && strcmp(fault.op, op) == 0 && ++fault.count == fault.nth;
    pthread_mutex_unlock(&fault_mu);
    return hit;
}

/* ---- inputs ----------------------------------------------------------- */

static const char *kind_of(mode_t m)
{
    return S_ISFIFO(m) ? "a FIFO" : S_ISCHR(m) ? "a character device" : S_ISBLK(m) ? "a block device"
         : S_ISSOCK(m) ? "a socket" : S_ISLNK(m) ? "a symbolic link" : "not a file";
}

int fsio_check_input(const char *path, const struct stat *st, size_t max, unsigned flags, Diag *d)
{
    if (S_ISDIR(st->st_mode))
        return diag_set(d, CB_EINPUT, path, 0, "is a folder, not a file");
    if (!S_ISREG(st->st_mode)) {
        /* A FIFO or a device has no size to check and may never end
         * (/dev/zero); a project file must be a plain file. */
        if (!(flags & FSIO_STREAM))
            return diag_set(d, CB_EINPUT, path, 0, "cannot read: not a regular file (%s)",
                            kind_of(st->st_mode));
        return CB_OK;
    }
    if ((unsigned long long)st->st_size > max)
        return diag_set(d, CB_EINPUT, path, 0, "file is %lld bytes, over the limit of %zu bytes",
                        (long long)st->st_size, max);
    return CB_OK;
}

/* A FIFO opened without blocking and no writer yet reads as empty: wait
 * until there is something to read, or a writer came and went (poll
 * says neither while no writer has opened it since). A pipe (`<(cmd)`,
 * `cmd |`) has its writer already. */
static int wait_for_writer(int fd, const char *path, Diag *d)
{
    struct pollfd p = {fd, POLLIN, 0};
    while (poll(&p, 1, -1) < 0)
        if (errno != EINTR)
            return diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(errno));
    return CB_OK;
}

int fsio_open_input(const char *path, size_t max, unsigned flags, struct stat *st, Diag *d)
{
    struct stat own;
    if (!st)
        st = &own;
    /* O_NONBLOCK: opening a FIFO that has no writer would wait forever.
     * It is cleared once the descriptor is judged, so a pipe the user
     * named is read as usual; a FIFO the user named is then waited on
     * until its writer comes (as cat does), not read as empty. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(errno));
    int rc = fstat(fd, st) != 0 ? diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(errno))
                                : fsio_check_input(path, st, max, flags, d);
    int fl = rc == 0 ? fcntl(fd, F_GETFL) : -1;
    if (rc == 0 && (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0))
        rc = diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(errno));
    if (rc == 0 && S_ISFIFO(st->st_mode))
        rc = wait_for_writer(fd, path, d);
    if (rc < 0) {
        close(fd);
        return rc;
    }
    return fd;
}

int fsio_read_input(const char *path, size_t max, unsigned flags, Buf *out, Diag *d)
{
    buf_init(out, max);
    struct stat st;
    int fd = fsio_open_input(path, max, flags, &st, d);
    if (fd < 0)
        return fd;
    int rc = CB_OK;
    /* Size the buffer from stat, but read to EOF (a file may grow while
     * read) and never past max: a stream has no size at all. */
    size_t chunk = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
    while (rc == CB_OK) {
        /* grow only when full: a file read whole at its stat size must
         * not be copied into a bigger buffer just to see EOF */
        if (out->cap < out->len + 2) {
            out->data = xrealloc(out->data, out->len + chunk + 1);
            out->cap = out->len + chunk + 1;
        }
        size_t room = out->cap - out->len - 1, left = max - out->len;
        if (left < room - 1)
            room = left + 1;   /* one byte past max is enough to know */
        ssize_t r = read(fd, out->data + out->len, room);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            rc = diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(errno));
        else if (r == 0)
            break;
        else if ((out->len += (size_t)r) > max)
            rc = diag_set(d, CB_EINPUT, path, 0, "file is over the limit of %zu bytes", max);
        chunk = out->len < 65536 ? 65536 : out->len;
    }
    close(fd);
    if (rc < 0) {
        buf_free(out);
        return rc;
    }
    if (!out->data)
        buf_append(out, "", 0);
    out->data[out->len] = '\0';
    return CB_OK;
}

int fsio_read(const char *path, size_t max, Buf *out, Diag *d)
{
    return fsio_read_input(path, max, 0, out, d);
}

int fsio_inside(const char *path, const char *dir)
{
    char *rp = realpath(path, NULL), *rd = realpath(dir, NULL);
    size_t n = rd ? strlen(rd) : 0;
    /* "/" as the folder holds everything; else a prefix ending at a '/' */
    int in = rp && rd && strncmp(rp, rd, n) == 0 && (rp[n] == '/' || (n == 1 && rd[0] == '/'));
    free(rp);
    free(rd);
    return in;
}

/* ---- temporaries: names and the registry ------------------------------ */

/* This process's identity in temporary names: host hash, PID namespace. */
static struct {
    pthread_once_t once;
    uint32_t host;
    unsigned long long ns;
} self = {PTHREAD_ONCE_INIT, 0, 0};

static void self_init(void)
{
    char h[256] = "";
    if (gethostname(h, sizeof h - 1) != 0)
        h[0] = '\0';
    uint32_t x = 2166136261u;   /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)h; *p; p++)
        x = (x ^ *p) * 16777619u;
    self.host = x;
    struct stat st;
    self.ns = stat("/proc/self/ns/pid", &st) == 0 ? (unsigned long long)st.st_ino : 0;
}

#define TEMP_TAG ".tmp.cb-"

int fsio_temp_target(const char *name, char *target, size_t cap)
{
    const char *t = NULL;
    for (const char *p = strstr(name, TEMP_TAG); p; p = strstr(p + 1, TEMP_TAG))
        t = p;
    if (!t || t == name)
        return 0;
    /* TAG 8 hex '-' digits '-' digits '-' digits, nothing after */
    const char *p = t + strlen(TEMP_TAG);
    for (int i = 0; i < 8; i++, p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
            return 0;
    for (int part = 0; part < 3; part++) {
        if (*p++ != '-' || *p < '0' || *p > '9')
            return 0;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    if (*p || (size_t)(t - name) >= cap)
        return 0;
    memcpy(target, name, (size_t)(t - name));
    target[t - name] = '\0';
    return 1;
}

/* Registry of temporaries in flight, so the signal thread can remove them.
 * Under reg_mu: creating a temporary and registering it, renaming it and
 * forgetting it, are each one step as the signal thread sees them. */
static pthread_mutex_t reg_mu = PTHREAD_MUTEX_INITIALIZER;
static char **temps;
static size_t ntemps, captemps;
static unsigned long temp_seq;
static int dying;          /* the signal thread is ending the process */
static int defer_fd = -1;  /* write end: signals go here instead */
static int deferred;       /* stop signals deferred so far */
static int defer_busy;     /* the caller is in work it would finish first */

static void reg_add(const char *tmp)
{
    if (ntemps == captemps) {
        captemps = captemps ? 2 * captemps : 16;
        temps = xrealloc(temps, captemps * sizeof *temps);
    }
    temps[ntemps++] = xstrdup(tmp);
}

static void reg_forget(const char *tmp)
{
    for (size_t i = 0; i < ntemps; i++)
        if (strcmp(temps[i], tmp) == 0) {
            free(temps[i]);
            temps[i] = temps[--ntemps];
            return;
        }
}

static int reg_has(const char *tmp)
{
    for (size_t i = 0; i < ntemps; i++)
        if (strcmp(temps[i], tmp) == 0)
            return 1;
    return 0;
}

void fsio_cleanup_temps(void)
{
    pthread_mutex_lock(&reg_mu);
    for (size_t i = 0; i < ntemps; i++)
        unlink(temps[i]);
    pthread_mutex_unlock(&reg_mu);
}

/* ---- atomic writes ---------------------------------------------------- */

/* A device or a pipe the user named: written in place (renaming a file
 * over /dev/null would replace /dev/null itself). A pipe is opened
 * without blocking: with no reader that fails (ENXIO) instead of waiting
 * forever; the descriptor then blocks as usual. */
static int open_in_place(AtomicFile *af, Diag *d)
{
    int fd = fault_hit("open") ? (errno = EACCES, -1)
                               : open(af->path, O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0 && errno == ENXIO)
        return diag_set(d, CB_EWRITE, af->path, 0, "cannot write: a pipe that nobody reads");
    int fl = fd >= 0 ? fcntl(fd, F_GETFL) : -1;
    if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0 || !(af->fp = fdopen(fd, "wb"))) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        return diag_set(d, CB_EWRITE, af->path, 0, "cannot write: %s", strerror(e));
    }
    af->tmp[0] = '\0';
    return CB_OK;
}

static int atomic_open(AtomicFile *af, const char *path, int user, Diag *d)
{
    memset(af, 0, sizeof *af);
    if (strlen(path) >= sizeof af->path)
        return diag_set(d, CB_EWRITE, path, 0, "path too long (%zu bytes)", strlen(path));
    snprintf(af->path, sizeof af->path, "%s", path);
    struct stat st;
    if (user) {
        if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
            return open_in_place(af, d);
    } else if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* A project folder may come from someone else (a cloned
         * repository): its outputs are never followed to wherever a link
         * points, a device or a pipe. */
        if (S_ISLNK(st.st_mode))
            return diag_set(d, CB_EWRITE, path, 0,
                            "cannot write: is a symbolic link (claimbrief does not write through "
                            "links; remove it)");
        return diag_set(d, CB_EWRITE, path, 0, "cannot write: is %s, not a regular file",
                        S_ISDIR(st.st_mode) ? "a folder" : kind_of(st.st_mode));
    }
    pthread_once(&self.once, self_init);
    pthread_mutex_lock(&reg_mu);
    int n = snprintf(af->tmp, sizeof af->tmp, "%s" TEMP_TAG "%08x-%llu-%ld-%lu", path, self.host,
                     self.ns, (long)getpid(), temp_seq++);
    int fd = -1, e = EACCES;
    if (n < 0 || (size_t)n >= sizeof af->tmp)
        e = ENAMETOOLONG;
    else if (dying)
        e = EINTR;
    else if (!fault_hit("open")) {
        /* O_EXCL never follows a link at the temporary's name */
        fd = open(af->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        e = errno;
        if (fd >= 0)
            reg_add(af->tmp);
    }
    pthread_mutex_unlock(&reg_mu);
    if (fd < 0) {
        af->tmp[0] = '\0';
        return diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(e));
    }
    af->fp = fdopen(fd, "wb");
    if (!af->fp) {
        e = errno;
        close(fd);
        fsio_atomic_abort(af);
        return diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(e));
    }
    return CB_OK;
}

int fsio_atomic_open(AtomicFile *af, const char *path, Diag *d)
{
    return atomic_open(af, path, 0, d);
}

int fsio_atomic_open_user(AtomicFile *af, const char *path, Diag *d)
{
    return atomic_open(af, path, 1, d);
}

void fsio_atomic_abort(AtomicFile *af)
{
    if (af->fp) {
        fclose(af->fp);
        af->fp = NULL;
    }
    if (af->tmp[0]) {
        pthread_mutex_lock(&reg_mu);
        unlink(af->tmp);
        reg_forget(af->tmp);
        pthread_mutex_unlock(&reg_mu);
        af->tmp[0] = '\0';
    }
}

/* Flush and close af's stream, with an fsync first when sync: 0 or the
 * errno of the first failure. */
static int atomic_close(AtomicFile *af, int sync)
{
    int e = 0;
    errno = 0;
    if (fault_hit("flush"))
        e = ENOSPC; /* what a full disk looks like when buffered data is flushed */
    else if (ferror(af->fp) || fflush(af->fp) != 0)
        e = errno ? errno : EIO;
    else if (sync && fault_hit("fsync"))
        e = EIO;
    else if (sync && fsync(fileno(af->fp)) != 0)
        e = errno;
    if (fclose(af->fp) != 0 && !e)
        e = errno;
    af->fp = NULL;
    return e;
}

/* Rename temporary tmp over path and forget it: 0 or an errno. */
static int atomic_rename(const char *tmp, const char *path)
{
    int e = 0;
    pthread_mutex_lock(&reg_mu);
    if (dying)
        e = EINTR;
    else if (fault_hit("rename"))
        e = EXDEV;
    else if (rename(tmp, path) != 0)
        e = errno;
    else
        reg_forget(tmp);
    pthread_mutex_unlock(&reg_mu);
    return e;
}

int fsio_atomic_commit(AtomicFile *af, Diag *d)
{
    if (!af->fp)
        return diag_set(d, CB_EWRITE, af->path, 0, "internal: output not open");
    /* (a device written in place cannot be synced) */
    int e = atomic_close(af, af->tmp[0] && !af->nosync);
    if (!e && af->tmp[0])
        e = atomic_rename(af->tmp, af->path);
    if (e) {
        fsio_atomic_abort(af);
        return diag_set(d, CB_EWRITE, af->path, 0, "cannot write: %s", strerror(e));
    }
    af->tmp[0] = '\0';
    return CB_OK;
}

int fsio_fwrite(const void *p, size_t n, FILE *fp)
{
    if (fault_hit("write")) {
        errno = ENOSPC;
        return -1;
    }
    errno = 0;
    if (fwrite(p, 1, n, fp) == n)
        return 0;
    if (!errno)
        errno = EIO;
    return -1;
}

int fsio_write_atomic(const char *path, const void *data, size_t n, Diag *d)
{
    AtomicFile af;
    int rc = fsio_atomic_open(&af, path, d);
    if (rc < 0)
        return rc;
    if (fsio_fwrite(data, n, af.fp) < 0) {
        int e = errno;
        fsio_atomic_abort(&af);
        return diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(e));
    }
    return fsio_atomic_commit(&af, d);
}

/* ---- batches of outputs ---------------------------------------------- */

typedef struct Pending {
    char *path, *tmp;
} Pending;

struct FsioBatch {
    pthread_mutex_t mu;
    Pending *v;   /* written and closed, not yet renamed */
    size_t n, cap;
};

FsioBatch *fsio_batch_new(void)
{
    FsioBatch *b = xcalloc(1, sizeof *b);
    pthread_mutex_init(&b->mu, NULL);
    return b;
}

int fsio_batch_write(FsioBatch *b, const char *path, const void *data, size_t n, Diag *d)
{
    AtomicFile af;
    int rc = fsio_atomic_open(&af, path, d);
    if (rc < 0)
        return rc;
    int e = fsio_fwrite(data, n, af.fp) < 0 ? errno : 0;
    if (!e)
        e = atomic_close(&af, 0);
    if (e) {
        fsio_atomic_abort(&af);
        return diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(e));
    }
    pthread_mutex_lock(&b->mu);
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 64;
        b->v = xrealloc(b->v, b->cap * sizeof *b->v);
    }
    b->v[b->n++] = (Pending){xstrdup(path), xstrdup(af.tmp)};
    pthread_mutex_unlock(&b->mu);
    return CB_OK;
}

/* Remove the temporaries from the i-th on, and forget the batch. */
static void batch_drop(FsioBatch *b, size_t i)
{
    pthread_mutex_lock(&reg_mu);
    for (; i < b->n; i++) {
        unlink(b->v[i].tmp);
        reg_forget(b->v[i].tmp);
    }
    pthread_mutex_unlock(&reg_mu);
    for (size_t k = 0; k < b->n; k++) {
        free(b->v[k].path);
        free(b->v[k].tmp);
    }
    b->n = 0;
}

/* The folders the batch writes into, each once, open when it can be
 * read (a folder may be writable and not readable: then its files are
 * synced one by one and the folder is not). */
typedef struct Folder {
    char path[1024];
    int fd;
    dev_t dev;
} Folder;

/* The folders of the batch into *out; at[i] is the i-th file's. */
static size_t batch_folders(const FsioBatch *b, Folder **out, size_t *at)
{
    Folder *f = NULL;
    size_t n = 0;
    for (size_t i = 0; i < b->n; i++) {
        const char *p = b->v[i].path, *slash = strrchr(p, '/');
        char dir[1024];
        if (!slash)
            snprintf(dir, sizeof dir, ".");
        else
            snprintf(dir, sizeof dir, "%.*s", slash == p ? 1 : (int)(slash - p), p);
        size_t k = 0;
        while (k < n && strcmp(f[k].path, dir) != 0)
            k++;
        at[i] = k;
        if (k < n)
            continue;
        f = xrealloc(f, (n + 1) * sizeof *f);
        snprintf(f[n].path, sizeof f[n].path, "%s", dir);
        f[n].fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        struct stat st;
        f[n].dev = f[n].fd >= 0 && fstat(f[n].fd, &st) == 0 ? st.st_dev : 0;
        n++;
    }
    *out = f;
    return n;
}

/* Every temporary of the batch on disk: one syncfs per file system,
 * through a folder open on it (one flush of the disk's cache, where an
 * fsync per file makes one per file); an fsync of each file in a folder
 * that cannot be opened, or where there is no syncfs. 0 or an errno;
 * *where names what failed. */
static int batch_sync(const FsioBatch *b, const Folder *f, size_t nf, const size_t *at,
                      const char **where)
{
    if (b->n && fault_hit("fsync")) {
        *where = b->v[0].path;
        return EIO;
    }
#ifdef __linux__
    for (size_t k = 0; k < nf; k++) {
        int done = f[k].fd < 0;
        for (size_t j = 0; j < k && !done; j++)
            done = f[j].fd >= 0 && f[j].dev == f[k].dev;
        if (!done && syncfs(f[k].fd) != 0) {
            *where = f[k].path;
            return errno;
        }
    }
#endif
    for (size_t i = 0; i < b->n; i++) {
#ifdef __linux__
        if (f[at[i]].fd >= 0)
            continue;
#else
        (void)f, (void)nf, (void)at;
#endif
        int fd = open(b->v[i].tmp, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        int e = fd < 0 || fsync(fd) != 0 ? errno : 0;
        if (fd >= 0)
            close(fd);
        if (e) {
            *where = b->v[i].path;
            return e;
        }
    }
    return 0;
}

static int cmp_pending(const void *a, const void *b)
{
    return strcmp(((const Pending *)a)->path, ((const Pending *)b)->path);
}

int fsio_batch_commit(FsioBatch *b, Diag *d)
{
    /* in the order of their names: the same whatever order threads wrote
     * them in (so is the output a failed rename names) */
    if (b->n > 1)
        qsort(b->v, b->n, sizeof *b->v, cmp_pending);
    Folder *f;
    size_t *at = xcalloc(b->n + 1, sizeof *at);
    size_t nf = batch_folders(b, &f, at);
    const char *where = NULL;
    int e = batch_sync(b, f, nf, at, &where);
    size_t i = 0;
    while (!e && i < b->n) {
        if ((e = atomic_rename(b->v[i].tmp, b->v[i].path)) != 0)
            where = b->v[i].path;
        else
            i++;
    }
    /* the renames on disk too, before the build records them */
    for (size_t k = 0; !e && k < nf; k++)
        if (f[k].fd >= 0 && fsync(f[k].fd) != 0) {
            e = errno;
            where = f[k].path;
        }
    int rc = e ? diag_set(d, CB_EWRITE, where, 0, "cannot write: %s", strerror(e)) : CB_OK;
    batch_drop(b, e ? i : b->n);
    for (size_t k = 0; k < nf; k++)
        if (f[k].fd >= 0)
            close(f[k].fd);
    free(f);
    free(at);
    return rc;
}

void fsio_batch_free(FsioBatch *b)
{
    if (!b)
        return;
    batch_drop(b, 0);
    pthread_mutex_destroy(&b->mu);
    free(b->v);
    free(b);
}

int fsio_mkdirs(const char *dir, Diag *d)
{
    char p[1024];
    if (snprintf(p, sizeof p, "%s", dir) >= (int)sizeof p)
        return diag_set(d, CB_EWRITE, dir, 0, "path too long (%zu bytes)", strlen(dir));
    for (char *s = p + 1; ; s++) {
        if (*s == '/' || *s == '\0') {
            char c = *s;
            *s = '\0';
            if (mkdir(p, 0777) != 0 && errno != EEXIST)
                return diag_set(d, CB_EWRITE, p, 0, "cannot create folder: %s", strerror(errno));
            struct stat st;
            if (stat(p, &st) == 0 && !S_ISDIR(st.st_mode))
                return diag_set(d, CB_EWRITE, p, 0, "not a folder");
            *s = c;
            if (!c)
                break;
        }
    }
    return CB_OK;
}

size_t fsio_sweep_temps(const char *dir, int (*is_output)(const char *name, void *ctx), void *ctx)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return 0;
    pthread_once(&self.once, self_init);
    size_t n = 0;
    char target[NAME_MAX + 1], mine[40];
    snprintf(mine, sizeof mine, TEMP_TAG "%08x-%llu-", self.host, self.ns);
    pthread_mutex_lock(&reg_mu);
    for (struct dirent *e; (e = readdir(dp));) {
        if (!fsio_temp_target(e->d_name, target, sizeof target) || !is_output(target, ctx))
            continue;
        /* Ours to judge only when written on this host, in this PID
         * namespace; then its writer is dead when no such process runs,
         * or when it is this process and not one of its own. */
        const char *t = e->d_name + strlen(target);
        if (strncmp(t, mine, strlen(mine)) != 0)
            continue;
        long pid = strtol(t + strlen(mine), NULL, 10);
        char path[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
            continue;
        int dead = pid == (long)getpid() ? !reg_has(path)
                                         : kill((pid_t)pid, 0) != 0 && errno == ESRCH;
        if (dead && unlink(path) == 0)
            n++;
    }
    pthread_mutex_unlock(&reg_mu);
    closedir(dp);
    return n;
}

/* ---- signals ------------------------------------------------------------ */

static sigset_t stop_set;
static int signals_started;

static void *signal_thread(void *arg)
{
    (void)arg;
    for (;;) {
        int sig;
        if (sigwait(&stop_set, &sig) != 0)
            continue;
        pthread_mutex_lock(&reg_mu);
        /* Deferred: the first stop waits for the work in progress; a
         * second while it runs ends the process now, as without a
         * deferral (its temporaries removed, its outputs whole). */
        if (defer_fd >= 0 && !(deferred && defer_busy)) {
            char c = (char)sig;
            ssize_t w = write(defer_fd, &c, 1);
            (void)w;
            if (!deferred++ && defer_busy) {
                static const char msg[] = "claimbrief: stopping when this build ends (press Ctrl-C again to stop now)\n";
                w = write(2, msg, sizeof msg - 1);
            }
            pthread_mutex_unlock(&reg_mu);
            continue;
        }
        /* Holding the registry: no temporary can be made or renamed now. */
        dying = 1;
        for (size_t i = 0; i < ntemps; i++)
            unlink(temps[i]);
        /* End by the same signal, as if never caught: the default action,
         * unblocked in this thread only. */
        signal(sig, SIG_DFL);
        sigset_t one;
        sigemptyset(&one);
        sigaddset(&one, sig);
        pthread_sigmask(SIG_UNBLOCK, &one, NULL);
        raise(sig);
        _exit(128 + sig);
    }
    return NULL;
}

void fsio_signals_start(void)
{
    signal(SIGXFSZ, SIG_IGN);
    sigemptyset(&stop_set);
    sigaddset(&stop_set, SIGINT);
    sigaddset(&stop_set, SIGTERM);
    sigaddset(&stop_set, SIGHUP);
    /* Blocked here, so in every thread made from now on; only the signal
     * thread takes them. */
    pthread_sigmask(SIG_BLOCK, &stop_set, NULL);
    pthread_t t;
    if (pthread_create(&t, NULL, signal_thread, NULL) == 0) {
        pthread_detach(t);
        signals_started = 1;
    } else
        pthread_sigmask(SIG_UNBLOCK, &stop_set, NULL);   /* no thread: default actions */
}

void fsio_signals_busy(int busy)
{
    pthread_mutex_lock(&reg_mu);
    defer_busy = busy;
    pthread_mutex_unlock(&reg_mu);
}

int fsio_signals_defer(void)
{
    int p[2];
    if (!signals_started || pipe(p) != 0)
        return -1;
    fcntl(p[0], F_SETFD, FD_CLOEXEC);
    fcntl(p[1], F_SETFD, FD_CLOEXEC);
    fcntl(p[0], F_SETFL, O_NONBLOCK);
    pthread_mutex_lock(&reg_mu);
    defer_fd = p[1];
    pthread_mutex_unlock(&reg_mu);
    return p[0];
}
