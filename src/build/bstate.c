/* bstate.c — the record of hashes: load, check, commit, save (see bstate.h). */
#include "bstate.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "buf.h"
#include "fsio.h"
#include "ownpath.h"

typedef struct FileEnt {
    char *path;
    uint64_t hash;
    long long size, mtime, ctime;   /* mtime 0: stat data not trusted */
    unsigned long long ino;
    int used;                       /* looked at in this run: saved */
    int known;                      /* hash valid (from the record or hashed now) */
    int fresh;                      /* its stat data checked in this run (bstate_forget undoes) */
    int made;                       /* hash and stat data from bstate_made, for the next commit */
} FileEnt;

typedef struct NodeEnt {
    BNode n;
    int seen;
    int foreign;   /* from a record of another program: its outputs only */
} NodeEnt;

/* A string -> index map, open addressing, for files and nodes. */
typedef struct Map {
    size_t *slot;   /* index + 1, 0 empty */
    size_t cap;
} Map;

struct BState {
    FileEnt *files;
    size_t nfiles, capf;
    Map fmap;
    NodeEnt *nodes;
    size_t nnodes, capn;
    Map nmap;
    int dirty;
};

static int remove_if_made(BState *s, const NodeEnt *owner, const char *path, uint64_t made);

/* ---- maps ---- */

static uint64_t hstr(const char *s)
{
    return XXH3_64bits(s, strlen(s));
}

typedef const char *(*KeyFn)(const BState *s, size_t i);
static const char *fkey(const BState *s, size_t i) { return s->files[i].path; }
static const char *nkey(const BState *s, size_t i) { return s->nodes[i].n.name; }

static long map_get(const BState *s, const Map *m, KeyFn key, const char *k)
{
    if (!m->cap)
        return -1;
    for (size_t i = hstr(k) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->slot[i])
            return -1;
        if (strcmp(key(s, m->slot[i] - 1), k) == 0)
            return (long)(m->slot[i] - 1);
    }
}

static void map_put(const BState *s, Map *m, KeyFn key, size_t idx, size_t count)
{
    if (2 * count >= m->cap) {
        Map old = *m;
        m->cap = m->cap ? 2 * m->cap : 64;
        m->slot = xcalloc(m->cap, sizeof *m->slot);
        for (size_t i = 0; i < old.cap; i++)
            if (old.slot[i])
                map_put(s, m, key, old.slot[i] - 1, 0);
        free(old.slot);
    }
    size_t i = hstr(key(s, idx)) & (m->cap - 1);
    while (m->slot[i])
        i = (i + 1) & (m->cap - 1);
    m->slot[i] = idx + 1;
}

static FileEnt *file_get(BState *s, const char *path, int create)
{
    long i = map_get(s, &s->fmap, fkey, path);
    if (i >= 0)
        return &s->files[i];
    if (!create)
        return NULL;
    if (s->nfiles == s->capf) {
        s->capf = s->capf ? 2 * s->capf : 64;
        s->files = xrealloc(s->files, s->capf * sizeof *s->files);
    }
    FileEnt *f = &s->files[s->nfiles];
    memset(f, 0, sizeof *f);
    f->path = xstrdup(path);
    s->nfiles++;
    map_put(s, &s->fmap, fkey, s->nfiles - 1, s->nfiles);
    return f;
}

static NodeEnt *node_get(const BState *s, const char *name)
{
    long i = map_get(s, &s->nmap, nkey, name);
    return i >= 0 ? &s->nodes[i] : NULL;
}

static NodeEnt *node_new(BState *s, const char *name)
{
    if (s->nnodes == s->capn) {
        s->capn = s->capn ? 2 * s->capn : 64;
        s->nodes = xrealloc(s->nodes, s->capn * sizeof *s->nodes);
    }
    NodeEnt *e = &s->nodes[s->nnodes];
    memset(e, 0, sizeof *e);
    bnode_init(&e->n, name);
    s->nnodes++;
    map_put(s, &s->nmap, nkey, s->nnodes - 1, s->nnodes);
    return e;
}

/* ---- BNode ---- */

void bnode_init(BNode *n, const char *name)
{
    memset(n, 0, sizeof *n);
    n->name = xstrdup(name);
}

void bnode_fini(BNode *n)
{
    for (size_t i = 0; i < n->ndeps; i++)
        free(n->deps[i].name);
    for (size_t i = 0; i < n->nouts; i++)
        free(n->outs[i]);
    for (size_t i = 0; i < n->nnotes; i++)
        free(n->notes[i]);
    free(n->deps);
    free(n->outs);
    free(n->out_hash);
    free(n->notes);
    free(n->name);
    memset(n, 0, sizeof *n);
}

void bnode_dep(BNode *n, const char *name, uint64_t hash)
{
    if (n->ndeps == n->capd) {
        n->capd = n->capd ? 2 * n->capd : 8;
        n->deps = xrealloc(n->deps, n->capd * sizeof *n->deps);
    }
    n->deps[n->ndeps++] = (BDep){xstrdup(name), hash};
}

static void out_add(BNode *n, const char *path, uint64_t hash)
{
    if (n->nouts == n->capo) {
        n->capo = n->capo ? 2 * n->capo : 4;
        n->outs = xrealloc(n->outs, n->capo * sizeof *n->outs);
        n->out_hash = xrealloc(n->out_hash, n->capo * sizeof *n->out_hash);
    }
    n->out_hash[n->nouts] = hash;
    n->outs[n->nouts++] = xstrdup(path);
}

void bnode_out(BNode *n, const char *path)
{
    out_add(n, path, 0);
}

void bnode_note(BNode *n, const char *note)
{
    if (n->nnotes == n->capnotes) {
        n->capnotes = n->capnotes ? 2 * n->capnotes : 4;
        n->notes = xrealloc(n->notes, n->capnotes * sizeof *n->notes);
    }
    n->notes[n->nnotes++] = xstrdup(note);
}

int bnode_dep_file(BNode *n, BState *s, const char *path, size_t max, Diag *d)
{
    uint64_t h;
    int rc = bstate_hash_file(s, path, max, &h, d);
    if (rc < 0)
        return rc;
    bnode_dep(n, path, h);
    return 0;
}

/* ---- hashing files ---- */

uint64_t bstate_hash(const void *p, size_t n)
{
    return XXH3_64bits(p, n);
}

static long long ns(struct timespec t)
{
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static long long now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return ns(t);
}

static int same_stat(const FileEnt *f, const struct stat *st)
{
    return f->mtime != 0 && f->size == (long long)st->st_size && f->mtime == ns(st->st_mtim) &&
           f->ctime == ns(st->st_ctim) && f->ino == (unsigned long long)st->st_ino;
}

int bstate_hash_file(BState *s, const char *path, size_t max, uint64_t *h, Diag *d)
{
    FileEnt *f = file_get(s, path, 1);
    f->used = 1;
    /* Checked already in this run (a file every chart node names): the
     * build changes a file only through bstate_forget or a commit. */
    if (f->fresh && f->known) {
        *h = f->hash;
        return f->hash == 0 && f->mtime == 0 && f->size < 0 ? 1 : 0;
    }
    /* Fresh only once looked at successfully: a file refused (a FIFO
     * in place of an output) is refused again at its next look, never
     * taken for what the record says it held. */
    f->fresh = 0;
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) {
            *h = 0;
            f->known = 1;
            f->fresh = 1;
            f->hash = 0;
            f->mtime = 0;
            f->size = -1;   /* missing (for the check above) */
            return 1;
        }
        return diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(errno));
    }
    /* What reading it would refuse (a FIFO, a device, a file over the
     * limit) is refused before the cache or a read: the same rules as
     * fsio_open_input, which opens it below. */
    int rc = fsio_check_input(path, &st, max, 0, d);
    if (rc < 0)
        return rc;
    if (f->known && same_stat(f, &st)) {
        *h = f->hash;
        f->fresh = 1;
        return 0;
    }
    struct stat st0;
    int fd = fsio_open_input(path, max, 0, &st0, d);
    if (fd < 0)
        return fd;
    XXH3_state_t *x = XXH3_createState();
    if (!x)
        diag_oom();
    XXH3_64bits_reset(x);
    static _Thread_local char chunk[1 << 16];
    size_t total = 0;
    for (;;) {
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            close(fd);
            XXH3_freeState(x);
            return diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(e));
        }
        if (r == 0)
            break;
        XXH3_64bits_update(x, chunk, (size_t)r);
        if ((total += (size_t)r) > max) {   /* grew past the limit while read */
            close(fd);
            XXH3_freeState(x);
            return diag_set(d, CB_EINPUT, path, 0, "file is over the limit of %zu bytes", max);
        }
    }
    struct stat st1;
    int stable = fstat(fd, &st1) == 0 && st1.st_size == st0.st_size &&
                 ns(st1.st_mtim) == ns(st0.st_mtim);
    close(fd);
    f->hash = *h = XXH3_64bits_digest(x);
    XXH3_freeState(x);
    f->known = 1;
    f->fresh = 1;
    f->size = (long long)st0.st_size;
    f->ctime = ns(st0.st_ctim);
    f->ino = (unsigned long long)st0.st_ino;
    /* Trust the stat data next time only when the file was not changing
     * while read and is older than one timestamp tick. */
    long long was = f->mtime;
    f->mtime = stable && now_ns() - ns(st0.st_mtim) > BSTATE_RACY_NS ? ns(st0.st_mtim) : 0;
    /* A file read again only because its stat data was not trusted yet
     * (written within a tick of being recorded) is trusted now: the
     * record is worth saving, or every later build would read it again
     * (a no-op build read every document's cached claims). */
    if (f->mtime && !was)
        s->dirty = 1;
    return 0;
}

/* ---- checking ---- */

/* The dep called name, looked for first at index hint: inputs come in
 * the same order build after build, so a node of thousands of inputs
 * (the claims table: one per document) is checked in linear time. */
static const BDep *find_dep(const BNode *n, const char *name, size_t hint)
{
    if (hint < n->ndeps && strcmp(n->deps[hint].name, name) == 0)
        return &n->deps[hint];
    for (size_t i = 0; i < n->ndeps; i++)
        if (strcmp(n->deps[i].name, name) == 0)
            return &n->deps[i];
    return NULL;
}

int bstate_check_outputs(BState *s, const BNode *n, char *why, size_t cap)
{
    NodeEnt *e = node_get(s, n->name);
    if (!e || e->foreign) {
        snprintf(why, cap, "not built before");
        return 1;
    }
    for (size_t i = 0; i < n->nouts; i++) {
        uint64_t h;
        Diag d;
        int rc = bstate_hash_file(s, n->outs[i], BSTATE_MAX_OUTPUT_BYTES, &h, &d);
        if (rc == 1) {
            snprintf(why, cap, "%s missing", n->outs[i]);
            return 1;
        }
        /* Against the hash recorded when the node was made: the file
         * cache may hold a damaged file's hash since (it says what the
         * file holds, not what it should). */
        long k = -1;
        for (size_t j = 0; j < e->n.nouts && k < 0; j++)
            if (strcmp(e->n.outs[j], n->outs[i]) == 0)
                k = (long)j;
        if (rc < 0 || k < 0 || h != e->n.out_hash[k]) {
            snprintf(why, cap, "%s modified", n->outs[i]);
            return 1;
        }
    }
    return 0;
}

int bstate_check(BState *s, const BNode *n, char *why, size_t cap)
{
    NodeEnt *e = node_get(s, n->name);
    if (!e) {
        snprintf(why, cap, "not built before");
        return 1;
    }
    e->seen = 1;
    if (e->foreign) {   /* what it was made from is not known */
        snprintf(why, cap, "not built before");
        return 1;
    }
    for (size_t i = 0; i < n->ndeps; i++) {
        const BDep *old = find_dep(&e->n, n->deps[i].name, i);
        if (!old) {
            snprintf(why, cap, "new input %s", n->deps[i].name);
            return 1;
        }
        if (old->hash != n->deps[i].hash) {
            snprintf(why, cap, "%s %s", n->deps[i].name,
                     n->deps[i].hash == 0 ? "removed" : old->hash == 0 ? "added" : "changed");
            return 1;
        }
    }
    for (size_t i = 0; i < e->n.ndeps; i++)
        if (!find_dep(n, e->n.deps[i].name, i)) {
            snprintf(why, cap, "input %s removed", e->n.deps[i].name);
            return 1;
        }
    if (n->key && n->key != e->n.key) {
        snprintf(why, cap, "its data changed");
        return 1;
    }
    return bstate_check_outputs(s, n, why, cap);
}

uint64_t bstate_key(const BState *s, const char *name)
{
    NodeEnt *e = node_get(s, name);
    return e ? e->n.key : 0;
}

char *const *bstate_notes(const BState *s, const char *name, size_t *n)
{
    NodeEnt *e = node_get(s, name);
    *n = e ? e->n.nnotes : 0;
    return *n ? e->n.notes : NULL;
}

/* ---- removing outputs no longer made ---- */

/* 1 when some node besides owner names path among its outputs. */
static int owned_elsewhere(const BState *s, const NodeEnt *owner, const char *path)
{
    for (size_t i = 0; i < s->nnodes; i++) {
        const NodeEnt *e = &s->nodes[i];
        if (e == owner)
            continue;
        for (size_t j = 0; j < e->n.nouts; j++)
            if (strcmp(e->n.outs[j], path) == 0)
                return 1;
    }
    return 0;
}

/* The content hash of the regular file name in folder dir, never
 * through a link (O_NOFOLLOW), never blocking on a FIFO: 0 and *h, else
 * -1. */
static int hash_own_file(int dir, const char *name, uint64_t *h)
{
    int fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        (unsigned long long)st.st_size > BSTATE_MAX_OUTPUT_BYTES) {
        close(fd);
        return -1;
    }
    XXH3_state_t *x = XXH3_createState();
    if (!x)
        diag_oom();
    XXH3_64bits_reset(x);
    static _Thread_local char chunk[1 << 16];
    ssize_t r;
    while ((r = read(fd, chunk, sizeof chunk)) != 0) {
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            break;
        XXH3_64bits_update(x, chunk, (size_t)r);
    }
    close(fd);
    *h = XXH3_64bits_digest(x);
    XXH3_freeState(x);
    return r == 0 ? 0 : -1;
}

/* Remove path, an output owner made with the given hash, only when it is
 * still a regular file holding exactly those bytes (so a file the user
 * put there or edited since, or a link, stays) and no other node names
 * it; and only inside the project, reached through no link (ownpath.h):
 * the record comes with the project folder, which may be someone else's.
 * 1 removed, 0 not. */
static int remove_if_made(BState *s, const NodeEnt *owner, const char *path, uint64_t made)
{
    uint64_t h;
    const char *leaf;
    if (made == 0 || owned_elsewhere(s, owner, path))
        return 0;
    int dir = ownpath_parent(path, &leaf);
    if (dir < 0)
        return 0;
    int gone = hash_own_file(dir, leaf, &h) == 0 && h == made && unlinkat(dir, leaf, 0) == 0;
    close(dir);
    if (gone)
        bstate_forget(s, path);
    return gone;
}

int bstate_remove_outputs(BState *s, const char *name, size_t *kept)
{
    NodeEnt *e = node_get(s, name);
    int n = 0;
    if (kept)
        *kept = 0;
    for (size_t i = 0; e && i < e->n.nouts; i++) {
        int r = remove_if_made(s, e, e->n.outs[i], e->n.out_hash[i]);
        n += r;
        if (!r && kept && access(e->n.outs[i], F_OK) == 0 &&
            !owned_elsewhere(s, e, e->n.outs[i]))
            (*kept)++;
    }
    return n;
}

int bstate_commit(BState *s, const BNode *n, Diag *d)
{
    NodeEnt *e = node_get(s, n->name);
    if (!e)
        e = node_new(s, n->name);
    /* An output it made before and no longer names (renamed, or a kind
     * no longer written) goes, if still as it was made. */
    for (size_t i = 0; i < e->n.nouts; i++) {
        size_t j = 0;
        while (j < n->nouts && strcmp(n->outs[j], e->n.outs[i]) != 0)
            j++;
        if (j == n->nouts)
            remove_if_made(s, e, e->n.outs[i], e->n.out_hash[i]);
    }
    e->foreign = 0;
    char *name = e->n.name;
    e->n.name = NULL;
    bnode_fini(&e->n);
    bnode_init(&e->n, name);
    free(name);
    e->n.key = n->key;
    for (size_t i = 0; i < n->ndeps; i++)
        bnode_dep(&e->n, n->deps[i].name, n->deps[i].hash);
    for (size_t i = 0; i < n->nnotes; i++)
        bnode_note(&e->n, n->notes[i]);
    for (size_t i = 0; i < n->nouts; i++) {
        FileEnt *f = file_get(s, n->outs[i], 1);
        if (!f->made) {
            f->known = 0;   /* re-hash: it was just written */
            f->fresh = 0;
        }
        f->made = 0;
        uint64_t h;
        int rc = bstate_hash_file(s, n->outs[i], BSTATE_MAX_OUTPUT_BYTES, &h, d);
        if (rc == 1)
            return diag_set(d, CB_EWRITE, n->outs[i], 0, "output missing right after writing it");
        if (rc < 0)
            return rc;
        out_add(&e->n, n->outs[i], h);
    }
    e->seen = 1;
    s->dirty = 1;
    return 0;
}

void bstate_forget(BState *s, const char *path)
{
    FileEnt *f = file_get(s, path, 0);
    if (f)
        f->fresh = f->made = 0;
}

void bstate_made(BState *s, const char *path, uint64_t hash, size_t n)
{
    FileEnt *f = file_get(s, path, 1);
    struct stat st;
    f->fresh = f->made = 0;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || (unsigned long long)st.st_size != n)
        return;
    f->used = 1;
    f->hash = hash;
    f->known = f->fresh = f->made = 1;
    f->size = (long long)st.st_size;
    f->ctime = ns(st.st_ctim);
    f->ino = (unsigned long long)st.st_ino;
    /* the racy rule of a file hashed by reading (bstate_hash_file) */
    f->mtime = now_ns() - ns(st.st_mtim) > BSTATE_RACY_NS ? ns(st.st_mtim) : 0;
}

void bstate_keep(BState *s, const char *name)
{
    NodeEnt *e = node_get(s, name);
    if (e)
        e->seen = 1;
}

void bstate_keep_unseen(BState *s, const char *except)
{
    size_t el = strlen(except);
    for (size_t i = 0; i < s->nnodes; i++)
        if (strncmp(s->nodes[i].n.name, except, el) != 0)
            s->nodes[i].seen = 1;
    /* The kept nodes' outputs were not hashed in this run: keep their
     * recorded hashes too, or the next build would take every one of them
     * for modified and remake it. */
    for (size_t i = 0; i < s->nfiles; i++)
        if (s->files[i].known)
            s->files[i].used = 1;
}

const char **bstate_unseen(const BState *s, const char *prefix, size_t *n)
{
    const char **v = xcalloc(s->nnodes + 1, sizeof *v);
    *n = 0;
    size_t pl = strlen(prefix);
    for (size_t i = 0; i < s->nnodes; i++)
        if (!s->nodes[i].seen && strncmp(s->nodes[i].n.name, prefix, pl) == 0)
            v[(*n)++] = s->nodes[i].n.name;
    return v;
}

int bstate_dirty(const BState *s)
{
    if (s->dirty)
        return 1;
    for (size_t i = 0; i < s->nnodes; i++)
        if (!s->nodes[i].seen)
            return 1;
    return 0;
}

/* ---- the record file ---- */

static void put_esc(Buf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p <= ' ' || *p == '%' || *p == 0x7f)
            buf_printf(b, "%%%02X", *p);
        else
            buf_putc(b, (char)*p);
    }
}

/* Unescape s in place; -1 on a malformed escape or an empty result. */
static int unesc(char *s)
{
    char *o = s;
    for (char *p = s; *p; p++) {
        if (*p != '%') {
            *o++ = *p;
            continue;
        }
        unsigned v;
        if (sscanf(p + 1, "%2x", &v) != 1 || !p[1] || !p[2] || v == 0)
            return -1;
        *o++ = (char)v;
        p += 2;
    }
    *o = '\0';
    return o == s ? -1 : 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int save(BState *s, const char *path, int all, Diag *d)
{
    Buf b;
    buf_init(&b, 0);
    buf_puts(&b, BSTATE_MAGIC "\n");
    buf_printf(&b, "program %016llx\n", (unsigned long long)bstate_program_key());
    /* Sorted, so the same state gives the same bytes. */
    char **names = xcalloc(s->nfiles + s->nnodes + 1, sizeof *names);
    size_t k = 0;
    for (size_t i = 0; i < s->nfiles; i++)
        if (s->files[i].used && s->files[i].known)
            names[k++] = s->files[i].path;
    qsort(names, k, sizeof *names, cmp_str);
    for (size_t i = 0; i < k; i++) {
        FileEnt *f = file_get(s, names[i], 0);
        buf_printf(&b, "f %016llx %lld %lld %lld %llu ", (unsigned long long)f->hash, f->size,
                   f->mtime, f->ctime, f->ino);
        put_esc(&b, f->path);
        buf_putc(&b, '\n');
    }
    k = 0;
    for (size_t i = 0; i < s->nnodes; i++)
        if (s->nodes[i].seen || all)
            names[k++] = s->nodes[i].n.name;
    qsort(names, k, sizeof *names, cmp_str);
    for (size_t i = 0; i < k; i++) {
        const BNode *n = &node_get(s, names[i])->n;
        buf_puts(&b, "n ");
        put_esc(&b, n->name);
        buf_printf(&b, " %016llx\n", (unsigned long long)n->key);
        if (node_get(s, names[i])->foreign)   /* kept after a failed build: still stale */
            buf_puts(&b, "d 0000000000000001 another%20claimbrief%20program\n");
        for (size_t j = 0; j < n->ndeps; j++) {
            buf_printf(&b, "d %016llx ", (unsigned long long)n->deps[j].hash);
            put_esc(&b, n->deps[j].name);
            buf_putc(&b, '\n');
        }
        for (size_t j = 0; j < n->nouts; j++) {
            buf_printf(&b, "o %016llx ", (unsigned long long)n->out_hash[j]);
            put_esc(&b, n->outs[j]);
            buf_putc(&b, '\n');
        }
        for (size_t j = 0; j < n->nnotes; j++) {
            buf_puts(&b, "w ");
            put_esc(&b, n->notes[j]);
            buf_putc(&b, '\n');
        }
    }
    free(names);
    buf_printf(&b, "end %016llx\n", (unsigned long long)XXH64(b.data, b.len, 0));
    int rc = bstate_write_file(path, b.data, b.len, d);
    buf_free(&b);
    if (rc == 0 && !all)
        s->dirty = 0;
    return rc;
}

int bstate_save(BState *s, const char *path, Diag *d)
{
    return save(s, path, 0, d);
}

void bstate_writing(BState *s, const char *path, uint64_t hash)
{
    NodeEnt *e = node_get(s, BSTATE_WRITING);
    if (!e)
        e = node_new(s, BSTATE_WRITING);
    e->seen = 1;
    out_add(&e->n, path, hash);
}

int bstate_save_writing(BState *s, const char *path, Diag *d)
{
    return save(s, path, 1, d);
}

void bstate_written(BState *s)
{
    NodeEnt *e = node_get(s, BSTATE_WRITING);
    if (!e)
        return;
    char *name = e->n.name;
    e->n.name = NULL;
    bnode_fini(&e->n);
    bnode_init(&e->n, name);
    free(name);
    e->seen = 0;
    s->dirty = 1;
}

int bstate_write_file(const char *path, const void *p, size_t n, Diag *d)
{
    AtomicFile af;
    int rc = fsio_atomic_open(&af, path, d);
    if (rc < 0)
        return rc;
    af.nosync = 1;
    if (fsio_fwrite(p, n, af.fp) < 0) {
        int e = errno;
        fsio_atomic_abort(&af);
        return diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(e));
    }
    return fsio_atomic_commit(&af, d);
}

/* ---- the program's key ----
 *
 * Why the executable's bytes and not CB_VERSION, nor a hash of the sources
 * baked in by CMake: a claimbrief rebuilt with other extraction rules but
 * the same version must not trust the outputs of the old one, and the
 * executable is the one thing that holds every rule as it runs: the
 * sources, and also the compiler, its flags and the statically linked
 * library (libcb). A hash of the sources would miss those, and would have to
 * be kept current by the build system (a stale generated header, or a build
 * outside CMake, would silently keep the old key). The cost is one read
 * of the executable (under 1 MB, well under a millisecond) per build, and
 * a full rebuild after any relink, even one that changed nothing the
 * outputs show: stale outputs are the worse mistake. Shared libraries
 * (utf8proc's tables, GSL) are not covered. When /proc/self/exe cannot be
 * read (another kernel, a sandbox without /proc), the key falls back to
 * the version alone, the rule before. */
static uint64_t program_key;
static pthread_once_t program_once = PTHREAD_ONCE_INIT;

static void program_key_init(void)
{
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    XXH3_state_t *st = XXH3_createState();
    if (!st)
        diag_oom();
    XXH3_64bits_reset(st);
    XXH3_64bits_update(st, CB_VERSION, strlen(CB_VERSION));
    char buf[1 << 16];
    ssize_t n = 0;
    while (fd >= 0 && ((n = read(fd, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR)))
        if (n > 0)
            XXH3_64bits_update(st, buf, (size_t)n);
    if (fd >= 0)
        close(fd);
    program_key = XXH3_64bits_digest(st);
    if (fd < 0 || n < 0)   /* unreadable: the version alone */
        program_key = XXH3_64bits(CB_VERSION, strlen(CB_VERSION));
    XXH3_freeState(st);
}

uint64_t bstate_program_key(void)
{
    pthread_once(&program_once, program_key_init);
    return program_key;
}

static BState *empty(void)
{
    return xcalloc(1, sizeof(BState));
}

static BState *fail(BState *s, Buf *b, char *why, size_t cap, const char *msg)
{
    snprintf(why, cap, "%s", msg);
    buf_free(b);
    bstate_free(s);
    return empty();
}

/* Fields of a record line: a space, then hex or decimal digits; *p
 * moves past them. 0, or -1 when the field is not there. (sscanf took
 * most of a no-op build's time on a record of thousands of lines.) */
static int rd_unsigned(char **p, unsigned long long *v, int base)
{
    if (**p != ' ')
        return -1;
    char *e;
    errno = 0;
    *v = strtoull(*p + 1, &e, base);
    if (e == *p + 1 || errno)
        return -1;
    *p = e;
    return 0;
}

static int rd_dec(char **p, long long *v)
{
    if (**p != ' ')
        return -1;
    char *e;
    errno = 0;
    *v = strtoll(*p + 1, &e, 10);
    if (e == *p + 1 || errno)
        return -1;
    *p = e;
    return 0;
}

/* A record this program cannot trust (another program's, another
 * version's) still says which files were made, and with what bytes: its
 * nodes are kept with their outputs only, as foreign (stale whatever
 * their inputs), so that the outputs no longer made can go (only when
 * still as made: bstate_remove_outputs). Its n and o lines only; any
 * other line is skipped, a malformed n or o line drops it all. */
static BState *salvage(BState *s, Buf *b, char *save, char *why, size_t cap, const char *msg)
{
    char *line;
    NodeEnt *cur = NULL;
    while ((line = strtok_r(NULL, "\n", &save))) {
        unsigned long long h;
        char *q = line + 1;
        if (line[0] == 'n' && line[1] == ' ') {
            char *sp = strrchr(line + 2, ' ');
            if (!sp)
                return fail(s, b, why, cap, msg);
            *sp = '\0';
            if (unesc(line + 2) < 0 || node_get(s, line + 2))
                return fail(s, b, why, cap, msg);
            cur = node_new(s, line + 2);
            cur->foreign = 1;
        } else if (line[0] == 'o' && line[1] == ' ') {
            if (!cur || rd_unsigned(&q, &h, 16) != 0 || *q != ' ' || unesc(q + 1) < 0 ||
                !ownpath_valid(q + 1))
                return fail(s, b, why, cap, msg);
            out_add(&cur->n, q + 1, h);
        }
    }
    snprintf(why, cap, "%s", msg);
    buf_free(b);
    return s;
}

BState *bstate_load(const char *path, char *why, size_t cap)
{
    snprintf(why, cap, "%s", "");
    Buf b;
    Diag d;
    if (access(path, F_OK) != 0) {
        snprintf(why, cap, "no record of an earlier build");
        return empty();
    }
    if (fsio_read(path, 1u << 30, &b, &d) < 0) {
        snprintf(why, cap, "record of hashes unreadable (%s)", d.msg);
        return empty();
    }
    BState *s = empty();
    const char *corrupt = "record of hashes is corrupt";
    /* The checksum line first: it covers every byte before it. */
    if (b.len < 22 || b.data[b.len - 1] != '\n')
        return fail(s, &b, why, cap, "record of hashes is truncated");
    char *last = b.data + b.len - 1;
    while (last > b.data && last[-1] != '\n')
        last--;
    unsigned long long sum;
    char tail;
    if (sscanf(last, "end %16llx%c", &sum, &tail) != 2 || tail != '\n')
        return fail(s, &b, why, cap, "record of hashes is truncated");
    if (XXH64(b.data, (size_t)(last - b.data), 0) != sum)
        return fail(s, &b, why, cap, "record of hashes is corrupt (checksum mismatch)");
    *last = '\0';
    char *save = NULL;
    char *line = strtok_r(b.data, "\n", &save);
    if (!line || strncmp(line, "claimbrief-build-state ", 23) != 0)
        return fail(s, &b, why, cap, "record of hashes is of another version");
    if (strcmp(line, BSTATE_MAGIC) != 0)
        return salvage(s, &b, save, why, cap, "record of hashes is of another version");
    unsigned long long key;
    line = strtok_r(NULL, "\n", &save);
    if (!line || sscanf(line, "program %16llx%c", &key, &tail) != 1)
        return fail(s, &b, why, cap, corrupt);
    if (key != bstate_program_key())
        return salvage(s, &b, save, why, cap,
                       "record of hashes was made by another claimbrief program");
    BNode *cur = NULL;
    while ((line = strtok_r(NULL, "\n", &save))) {
        unsigned long long h, ino;
        long long size, mt, ct;
        char *q = line + 1;
        if (line[0] == 'f' && rd_unsigned(&q, &h, 16) == 0 && rd_dec(&q, &size) == 0 &&
            rd_dec(&q, &mt) == 0 && rd_dec(&q, &ct) == 0 && rd_unsigned(&q, &ino, 10) == 0 &&
            *q == ' ') {
            if (unesc(q + 1) < 0 || file_get(s, q + 1, 0))
                return fail(s, &b, why, cap, corrupt);
            FileEnt *f = file_get(s, q + 1, 1);
            *f = (FileEnt){f->path, h, size, mt, ct, ino, 0, 1, 0, 0};
            cur = NULL;
        } else if (line[0] == 'n' && line[1] == ' ') {
            char *sp = strrchr(line + 2, ' ');
            if (!sp || sscanf(sp, " %16llx", &h) != 1)
                return fail(s, &b, why, cap, corrupt);
            *sp = '\0';
            if (unesc(line + 2) < 0 || node_get(s, line + 2))
                return fail(s, &b, why, cap, corrupt);
            cur = &node_new(s, line + 2)->n;
            cur->key = h;
        } else if (line[0] == 'd' && cur && rd_unsigned(&q, &h, 16) == 0 && *q == ' ') {
            if (unesc(q + 1) < 0)
                return fail(s, &b, why, cap, corrupt);
            bnode_dep(cur, q + 1, h);
        } else if (line[0] == 'o' && cur && rd_unsigned(&q, &h, 16) == 0 && *q == ' ') {
            /* what the build makes is inside the project: a record naming
             * anything else was not written by a build */
            if (unesc(q + 1) < 0 || !ownpath_valid(q + 1))
                return fail(s, &b, why, cap, corrupt);
            out_add(cur, q + 1, h);
        } else if (line[0] == 'w' && line[1] == ' ' && cur) {
            if (unesc(line + 2) < 0)
                return fail(s, &b, why, cap, corrupt);
            bnode_note(cur, line + 2);
        } else {
            return fail(s, &b, why, cap, corrupt);
        }
    }
    buf_free(&b);
    return s;
}

void bstate_free(BState *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nfiles; i++)
        free(s->files[i].path);
    for (size_t i = 0; i < s->nnodes; i++)
        bnode_fini(&s->nodes[i].n);
    free(s->files);
    free(s->nodes);
    free(s->fmap.slot);
    free(s->nmap.slot);
    free(s);
}

/* ---- the stamp of a build with nothing left to do ---- */

#define STAMP_MAGIC "claimbrief-build-stamp 1"

static void stamp_line(Buf *b, const char *path, const struct stat *st)
{
    if (st)
        buf_printf(b, "s %lld %lld %lld %llu ", (long long)st->st_size, ns(st->st_mtim),
                   ns(st->st_ctim), (unsigned long long)st->st_ino);
    else
        buf_puts(b, "a ");
    put_esc(b, path);
    buf_putc(b, '\n');
}

/* The content hash of a whole file, or 0 when it cannot be read. */
static uint64_t content_hash(const char *path)
{
    Buf b;
    Diag d;
    if (fsio_read(path, 1u << 30, &b, &d) < 0)
        return 0;
    uint64_t h = bstate_hash(b.data ? b.data : "", b.len) | 1;
    buf_free(&b);
    return h;
}

int bstate_stamp_write(const BState *s, const char *path, const char *key, const char *record,
                       const char *const *also, const char *const *notes, size_t nnotes, Diag *d)
{
    unlink(path);
    Buf b;
    buf_init(&b, 0);
    buf_puts(&b, STAMP_MAGIC "\n");
    buf_puts(&b, "k ");
    put_esc(&b, key);
    buf_putc(&b, '\n');
    for (size_t i = 0; i < nnotes; i++) {
        buf_puts(&b, "w ");
        put_esc(&b, notes[i]);
        buf_putc(&b, '\n');
    }
    /* The record by its content: it was written just now (too young for
     * its stat data to be trusted), and is small. */
    uint64_t rh = content_hash(record);
    buf_printf(&b, "h %016llx ", (unsigned long long)rh);
    put_esc(&b, record);
    buf_putc(&b, '\n');
    int ok = rh != 0;
    long long now = now_ns();
    /* Every file this run looked at, as it found it: each one's stat data
     * must be trusted (checked after the build's last write to it, and
     * older than the racy window), else no stamp. */
    for (size_t i = 0; i < s->nfiles && ok; i++) {
        const FileEnt *f = &s->files[i];
        if (!f->used)
            continue;
        if (!f->fresh || !f->known) {
            ok = 0;
        } else if (f->size < 0 && f->mtime == 0 && f->hash == 0) {
            stamp_line(&b, f->path, NULL);
        } else if (f->mtime == 0 || now - f->mtime <= BSTATE_RACY_NS) {
            ok = 0;
        } else {
            struct stat st = {0};
            st.st_size = (off_t)f->size;
            st.st_ino = (ino_t)f->ino;
            st.st_mtim.tv_sec = (time_t)(f->mtime / 1000000000LL);
            st.st_mtim.tv_nsec = (long)(f->mtime % 1000000000LL);
            st.st_ctim.tv_sec = (time_t)(f->ctime / 1000000000LL);
            st.st_ctim.tv_nsec = (long)(f->ctime % 1000000000LL);
            stamp_line(&b, f->path, &st);
        }
    }
    /* What the build reads besides (folders it lists, files it parses
     * without hashing), as they are now. */
    for (size_t i = 0; also && also[i] && ok; i++) {
        struct stat st;
        if (stat(also[i], &st) != 0) {
            stamp_line(&b, also[i], NULL);
        } else if (now - ns(st.st_mtim) <= BSTATE_RACY_NS || now - ns(st.st_ctim) <= BSTATE_RACY_NS) {
            ok = 0;
        } else {
            stamp_line(&b, also[i], &st);
        }
    }
    int rc = 0;
    if (ok) {
        buf_printf(&b, "end %016llx\n", (unsigned long long)XXH64(b.data, b.len, 0));
        rc = bstate_write_file(path, b.data, b.len, d);
    }
    buf_free(&b);
    return rc < 0 ? rc : ok;
}

static void free_notes(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

int bstate_stamp_holds(const char *path, const char *key, char ***notes, size_t *nnotes)
{
    Buf b;
    Diag d;
    struct stat st;
    char **nv = NULL;
    size_t nn = 0, cap = 0;
    if (notes) {
        *notes = NULL;
        *nnotes = 0;
    }
    if (stat(path, &st) != 0 || fsio_read(path, 1u << 26, &b, &d) < 0)
        return 0;
    int ok = b.len > 22 && b.data[b.len - 1] == '\n';
    char *last = NULL;
    if (ok) {
        last = b.data + b.len - 1;
        while (last > b.data && last[-1] != '\n')
            last--;
        unsigned long long sum;
        char tail;
        ok = sscanf(last, "end %16llx%c", &sum, &tail) == 2 && tail == '\n' &&
             XXH64(b.data, (size_t)(last - b.data), 0) == sum;
    }
    if (ok)
        *last = '\0';
    char *save = NULL, *line = ok ? strtok_r(b.data, "\n", &save) : NULL;
    ok = line && strcmp(line, STAMP_MAGIC) == 0;
    line = ok ? strtok_r(NULL, "\n", &save) : NULL;
    ok = line && line[0] == 'k' && line[1] == ' ' && unesc(line + 2) == 0 && strcmp(line + 2, key) == 0;
    while (ok && (line = strtok_r(NULL, "\n", &save))) {
        if (line[0] == 'w' && line[1] == ' ') {
            ok = unesc(line + 2) == 0;
            if (ok && notes) {
                if (nn == cap) {
                    cap = cap ? 2 * cap : 8;
                    nv = xrealloc(nv, cap * sizeof *nv);
                }
                nv[nn++] = xstrdup(line + 2);
            }
            continue;
        }
        if (line[0] == 'h') {
            unsigned long long h;
            char *q = line + 1;
            ok = rd_unsigned(&q, &h, 16) == 0 && *q == ' ' && unesc(q + 1) == 0 &&
                 content_hash(q + 1) == h;
            continue;
        }
        if (line[0] == 'a' && line[1] == ' ') {
            ok = unesc(line + 2) == 0 && stat(line + 2, &st) != 0 && errno == ENOENT;
            continue;
        }
        long long size, mt, ct;
        unsigned long long ino;
        char *q = line + 1;
        ok = line[0] == 's' && rd_dec(&q, &size) == 0 && rd_dec(&q, &mt) == 0 &&
             rd_dec(&q, &ct) == 0 && rd_unsigned(&q, &ino, 10) == 0 && *q == ' ' &&
             unesc(q + 1) == 0 && stat(q + 1, &st) == 0 && (long long)st.st_size == size &&
             ns(st.st_mtim) == mt && ns(st.st_ctim) == ct && (unsigned long long)st.st_ino == ino;
    }
    buf_free(&b);
    if (ok && notes) {
        *notes = nv;
        *nnotes = nn;
    } else {
        free_notes(nv, nn);
    }
    return ok;
}
