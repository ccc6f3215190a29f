/* fsio.c — whole-file reads and atomic writes (see fsio.h). */
#include "fsio.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- fault injection ------------------------------------------------ */

static struct {
    int loaded;
    char op[16];
    long nth;
    long count;
} fault;

void fsio_fault_reset(void)
{
    memset(&fault, 0, sizeof fault);
}

/* Return 1 when this call of op should fail. */
static int fault_hit(const char *op)
{
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
    if (!fault.op[0] || strcmp(fault.op, op) != 0)
        return 0;
    return ++fault.count == fault.nth;
}

/* ---- reading ---------------------------------------------------------- */

int fsio_read(const char *path, size_t max, Buf *out, Diag *d)
{
    buf_init(out, max);
    /* O_NONBLOCK: opening a FIFO that has no writer would wait forever (a
     * FIFO named x.txt in the corpus hung extract). Cleared right away, so
     * pipes with a writer are read as usual; one without reads as empty. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(errno));
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    struct stat st;
    int rc = CB_OK;
    if (fstat(fd, &st) < 0)
        rc = diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(errno));
    else if (S_ISDIR(st.st_mode))
        rc = diag_set(d, CB_EINPUT, path, 0, "is a folder, not a file");
    else if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max)
        rc = diag_set(d, CB_EINPUT, path, 0, "file is %lld bytes, over the limit of %zu bytes",
                      (long long)st.st_size, max);
    /* Size the buffer from stat, but read to EOF: pipes and growing files
     * have no reliable size. */
    size_t chunk = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
    while (rc == CB_OK) {
        /* grow only when full: a file read whole at its stat size must
         * not be copied into a bigger buffer just to see EOF */
        if (out->cap < out->len + 2) {
            out->data = xrealloc(out->data, out->len + chunk + 1);
            out->cap = out->len + chunk + 1;
        }
        ssize_t r = read(fd, out->data + out->len, out->cap - out->len - 1);
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

/* ---- atomic writes ---------------------------------------------------- */

/* Registry of open temporaries, so a signal handler can remove them.
 * Fixed size and plain char arrays: the handler must not allocate. */
#define MAX_TEMPS 64
static char temps[MAX_TEMPS][1100];
static volatile sig_atomic_t temp_used[MAX_TEMPS];
static unsigned long temp_seq;

void fsio_cleanup_temps(void)
{
    for (int i = 0; i < MAX_TEMPS; i++)
        if (temp_used[i])
            unlink(temps[i]);
}

static int temp_register(const char *tmp)
{
    for (int i = 0; i < MAX_TEMPS; i++)
        if (!temp_used[i]) {
            snprintf(temps[i], sizeof temps[i], "%s", tmp);
            temp_used[i] = 1;
            return i;
        }
    return -1;
}

static void temp_forget(int slot)
{
    if (slot >= 0 && slot < MAX_TEMPS)
        temp_used[slot] = 0;
}

int fsio_atomic_open(AtomicFile *af, const char *path, Diag *d)
{
    memset(af, 0, sizeof *af);
    af->slot = -1;
    if (strlen(path) >= sizeof af->path)
        return diag_set(d, CB_EWRITE, path, 0, "path too long");
    snprintf(af->path, sizeof af->path, "%s", path);
    /* A device or a pipe ("-o /dev/null", "-o /dev/stdout") is written in
     * place: renaming a file over it would replace /dev/null itself. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        int fd = fault_hit("open") ? (errno = EACCES, -1) : open(path, O_WRONLY | O_CLOEXEC);
        if (fd < 0 || !(af->fp = fdopen(fd, "wb"))) {
            int e = errno;
            if (fd >= 0)
                close(fd);
            return diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(e));
        }
        af->tmp[0] = '\0';
        return CB_OK;
    }
    snprintf(af->tmp, sizeof af->tmp, "%s.tmp.%ld.%lu", path, (long)getpid(), temp_seq++);
    int fd = -1;
    if (fault_hit("open"))
        errno = EACCES;
    else
        fd = open(af->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(errno));
    af->slot = temp_register(af->tmp);
    af->fp = fdopen(fd, "wb");
    if (!af->fp) {
        int e = errno;
        close(fd);
        unlink(af->tmp);
        temp_forget(af->slot);
        return diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(e));
    }
    return CB_OK;
}

void fsio_atomic_abort(AtomicFile *af)
{
    if (af->fp) {
        fclose(af->fp);
        af->fp = NULL;
    }
    if (af->tmp[0]) {
        unlink(af->tmp);
        af->tmp[0] = '\0';
    }
    temp_forget(af->slot);
    af->slot = -1;
}

int fsio_atomic_commit(AtomicFile *af, Diag *d)
{
    int e = 0;
    if (!af->fp)
        return diag_set(d, CB_EWRITE, af->path, 0, "internal: output not open");
    errno = 0;
    if (fault_hit("flush"))
        e = ENOSPC; /* what a full disk looks like when buffered data is flushed */
    else if (ferror(af->fp) || fflush(af->fp) != 0)
        e = errno ? errno : EIO;
    else if (fault_hit("fsync"))
        e = EIO;
    else if (af->tmp[0] && fsync(fileno(af->fp)) != 0)
        e = errno;   /* (a device written in place cannot be synced) */
    if (fclose(af->fp) != 0 && !e)
        e = errno;
    af->fp = NULL;
    if (!e && af->tmp[0]) {
        if (fault_hit("rename"))
            e = EXDEV;
        else if (rename(af->tmp, af->path) != 0)
            e = errno;
    }
    if (e) {
        fsio_atomic_abort(af);
        return diag_set(d, CB_EWRITE, af->path, 0, "cannot write: %s", strerror(e));
    }
    temp_forget(af->slot);
    af->slot = -1;
    af->tmp[0] = '\0';
    return CB_OK;
}

int fsio_fwrite(const void *p, size_t n, FILE *fp)
{
    if (fault_hit("write")) {
        errno = ENOSPC;
        return -1;
    }
    return fwrite(p, 1, n, fp) == n ? 0 : -1;
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

int fsio_mkdirs(const char *dir, Diag *d)
{
    char p[1024];
    if (snprintf(p, sizeof p, "%s", dir) >= (int)sizeof p)
        return diag_set(d, CB_EWRITE, dir, 0, "path too long");
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

size_t fsio_sweep_temps(const char *dir)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return 0;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dp))) {
        const char *t = strstr(e->d_name, ".tmp.");
        if (!t)
            continue;
        char *end;
        long pid = strtol(t + 5, &end, 10);
        if (pid <= 0 || *end != '.' || (kill((pid_t)pid, 0) == 0 || errno != ESRCH))
            continue;
        char path[2048];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) < (int)sizeof path &&
            unlink(path) == 0)
            n++;
    }
    closedir(dp);
    return n;
}
