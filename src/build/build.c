/* build.c — the incremental pipeline (see build.h).
 *
 * Every step has the same shape: list the node's inputs with their
 * content hashes (cheap: the stat cache of bstate answers for unchanged
 * files), ask the record whether the node is stale, and only then load
 * what the step needs, remake it and commit the new hashes. Loading is
 * lazy: the fonts (the CJK one is 15 MB) and the tables are read only
 * when a chart or the brief is remade.
 */
#include "build.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "brief.h"
#include "bstate.h"
#include "buf.h"
#include "chart.h"
#include "claim.h"
#include "compare.h"
#include "corpus.h"
#include "csvio.h"
#include "curation.h"
#include "extract.h"
#include "limits.h"
#include "metrics.h"
#include "findings.h"
#include "font.h"
#include "fsio.h"
#include "sources.h"


#define CLAIMS_PATH "data/claims.csv"
#define FINDINGS_PATH "reports/findings.csv"
#define SOURCES_PATH "data/corpus/sources.csv"
#define CHARTS_DIR "reports/charts"
#define BRIEF_PATH "reports/brief.pdf"

typedef struct Ctx {
    const BuildOptions *o;
    BuildStats *st;
    BState *s;
    /* Loaded on demand. */
    int loaded;
    ClaimList claims;
    FindingList findings;
    SourceList sources;
    Fonts *fonts;
    int have_sources;
    ChartInputs ci;
    Metrics *metrics;     /* for extraction, loaded on the first stale document */
    Curation *curation;
    /* Names of the files in fonts/, sorted. */
    char **fontv;
    size_t nfont;
    Corpus corpus;        /* the documents, listed once per build */
} Ctx;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void say(Ctx *c, const char *what, const char *why)
{
    char line[2500];
    snprintf(line, sizeof line, "%s: %s", what, why);
    if (c->o->say)
        c->o->say(line, c->o->ctx);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular files of dir whose names end in suffix ("" any), sorted,
 * as "dir/name". A missing folder is an empty list. */
static char **list_dir(const char *dir, const char *suffix, size_t *n)
{
    *n = 0;
    size_t cap = 16;
    char **v = xcalloc(cap, sizeof *v);
    DIR *d = opendir(dir);
    if (!d)
        return v;
    size_t sl = strlen(suffix);
    for (struct dirent *e; (e = readdir(d));) {
        size_t l = strlen(e->d_name);
        if (e->d_name[0] == '.' || l < sl || strcmp(e->d_name + l - sl, suffix) != 0)
            continue;
        if (strstr(e->d_name, ".tmp."))   /* an atomic write in flight */
            continue;
        /* Regular files (or links to them). */
        if (e->d_type != DT_REG) {
            char full[4096];
            struct stat st;
            snprintf(full, sizeof full, "%s/%s", dir, e->d_name);
            if (e->d_type == DT_DIR || stat(full, &st) != 0 || !S_ISREG(st.st_mode))
                continue;
        }
        if (*n + 1 >= cap)
            v = xrealloc(v, (cap *= 2) * sizeof *v);
        size_t pl = strlen(dir) + l + 2;
        v[*n] = xmalloc(pl);
        snprintf(v[*n], pl, "%s/%s", dir, e->d_name);
        (*n)++;
    }
    closedir(d);
    qsort(v, *n, sizeof *v, cmp_str);
    return v;
}

static void free_list(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static void dep_version(BNode *n)
{
    bnode_dep(n, "claimbrief " CB_VERSION, bstate_hash(CB_VERSION, strlen(CB_VERSION)));
}

static int dep_files(BNode *n, Ctx *c, char *const *v, size_t k, Diag *d)
{
    for (size_t i = 0; i < k; i++) {
        int rc = bnode_dep_file(n, c->s, v[i], d);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static int dep_fonts(BNode *n, Ctx *c, Diag *d)
{
    if (!c->fontv)
        c->fontv = list_dir("fonts", ".ttf", &c->nfont);
    return dep_files(n, c, c->fontv, c->nfont, d);
}

/* Write bytes to path only when they differ from the file there: 1 when
 * written, 0 when the file already held them. */
static int write_if_changed(Ctx *c, const char *path, const void *p, size_t len, Diag *d)
{
    uint64_t h;
    Diag ignore;
    if (bstate_hash_file(c->s, path, &h, &ignore) == 0 && h == bstate_hash(p, len)) {
        struct stat stt;
        if (stat(path, &stt) == 0 && (size_t)stt.st_size == len)
            return 0;
    }
    int rc = fsio_write_atomic(path, p, len, d);
    bstate_forget(c->s, path);
    return rc < 0 ? rc : 1;
}

/* ---- step 1: the claims table ---- */

/* Per document, the hash of the curation rows naming it (curation.h: a
 * row's doc column says which document it is about), so editing one row
 * re-reads one document. Rows are hashed cell by cell in file order. */
typedef struct DocRows {
    char *doc;
    uint64_t hash;
} DocRows;

typedef struct RowHashes {
    DocRows *v;
    size_t n, cap;
    int doc_col;
    int header;
} RowHashes;

static int on_curation_row(const CsvRow *row, void *ctx, Diag *d)
{
    (void)d;
    RowHashes *r = ctx;
    if (!r->header) {
        r->header = 1;
        r->doc_col = -1;
        for (size_t i = 0; i < row->n; i++)
            if (strcmp(row->f[i], "doc") == 0)
                r->doc_col = (int)i;
        return 0;
    }
    const char *doc = csvio_get(row, r->doc_col);
    uint64_t h = 0;
    for (size_t i = 0; i < row->n; i++) {
        uint64_t cell[2] = {h, bstate_hash(row->f[i], row->len[i] + 1)};
        h = bstate_hash(cell, sizeof cell);
    }
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->v[i].doc, doc) == 0) {
            uint64_t both[2] = {r->v[i].hash, h};
            r->v[i].hash = bstate_hash(both, sizeof both);
            return 0;
        }
    if (r->n == r->cap)
        r->v = xrealloc(r->v, (r->cap = r->cap ? 2 * r->cap : 16) * sizeof *r->v);
    r->v[r->n++] = (DocRows){xstrdup(doc), h | 1};
    return 0;
}

static int cmp_docrows(const void *a, const void *b)
{
    return strcmp(((const DocRows *)a)->doc, ((const DocRows *)b)->doc);
}

static uint64_t rows_for(const RowHashes *r, const char *doc)
{
    DocRows key = {(char *)doc, 0};
    const DocRows *hit = r->n ? bsearch(&key, r->v, r->n, sizeof *r->v, cmp_docrows) : NULL;
    /* "no rows" is a value too (never 0), so a first row for a document
     * reads as "data/curation.csv changed", not "added". */
    return hit ? hit->hash : 0x9e3779b97f4a7c15ULL;
}

static int claim_to_buf(const Claim *cl, void *ctx)
{
    claims_write_row(ctx, cl);
    return 0;
}

static void on_doc_problem(const Diag *pd, int warning, void *ctx)
{
    int *bad = ctx;
    if (warning)
        diag_warn(pd->file[0] ? pd->file : NULL, pd->line, "%s", pd->msg);
    else {
        diag_print(pd);
        *bad = 1;
    }
}

#define DOCS_CACHE "reports/.build/docs"

/* Extract one document (with its curation) into its cache file. */
static int extract_one(Ctx *c, const char *path, const char *cache, int *bad, Diag *d)
{
    Buf b;
    buf_init(&b, 0);
    int was_bad = *bad;
    *bad = 0;
    char *paths[1] = {(char *)path};
    ExtractOptions eo = {c->metrics, c->curation, on_doc_problem, bad};
    int rc = extract_paths(&eo, paths, 1, claim_to_buf, &b, d);
    if (rc == CB_EINPUT && *bad) {
        rc = 0;   /* reported; the document is skipped, as extract does */
        unlink(cache);
        bstate_forget(c->s, cache);
    } else if (rc == 0) {
        uint64_t h;
        Diag ignore;
        if (bstate_hash_file(c->s, cache, &h, &ignore) != 0 || h != bstate_hash(b.data, b.len)) {
            rc = bstate_write_file(cache, b.data, b.len, d);
            bstate_forget(c->s, cache);
        }
    }
    *bad |= was_bad;
    buf_free(&b);
    return rc;
}

static int step_claims(Ctx *c, Diag *d)
{
    size_t ndocs = c->corpus.n;
    const CorpusEntry *docs = c->corpus.v;
    RowHashes rows = {0};
    int rc = 0;
    if (access("data/curation.csv", F_OK) == 0) {
        rc = csvio_read_file("data/curation.csv", on_curation_row, &rows, d);
        if (rc == 0 && rows.n > 1)
            qsort(rows.v, rows.n, sizeof *rows.v, cmp_docrows);
        /* Validate every row on every build, as extract does: a malformed
         * row must fail the build even when no document's rows changed. */
        if (rc == 0)
            rc = curation_load("data/curation.csv", &c->curation, d);
    }
    uint64_t metrics_h = 0;
    if (rc == 0 && bstate_hash_file(c->s, "data/metrics.csv", &metrics_h, d) == 1)
        rc = diag_set(d, CB_EINPUT, "data/metrics.csv", 0,
                      "cannot read: No such file or directory");
    if (rc == 0)
        rc = fsio_mkdirs(DOCS_CACHE, d);
    /* Each document's claims, cached: re-read only when the document,
     * the metrics, its curation rows or the program changed. */
    BNode all;
    bnode_init(&all, "claims");
    char first_why[1100] = "";
    size_t reread = 0, bad_docs = 0;
    char **caches = xcalloc(ndocs + 1, sizeof *caches);
    for (size_t i = 0; i < ndocs && rc == 0; i++) {
        const char *name = docs[i].name;
        char nm[600], cache[600];
        snprintf(nm, sizeof nm, "doc:%s", name);
        snprintf(cache, sizeof cache, DOCS_CACHE "/%s.csv", name);
        caches[i] = xstrdup(cache);
        BNode n;
        bnode_init(&n, nm);
        rc = bnode_dep_file(&n, c->s, docs[i].path, d);
        bnode_dep(&n, "data/metrics.csv", metrics_h);
        bnode_dep(&n, "data/curation.csv", rows_for(&rows, name));
        dep_version(&n);
        bnode_out(&n, cache);
        char why[1100];
        if (rc == 0 && bstate_check(c->s, &n, why, sizeof why)) {
            if (!c->metrics) {
                /* First document to read: load what extraction needs. */
                rc = metrics_load("data/metrics.csv", &c->metrics, d);
            }
            int bad = 0;
            if (rc == 0)
                rc = extract_one(c, docs[i].path, cache, &bad, d);
            if (rc == 0 && !bad)
                rc = bstate_commit(c->s, &n, d);
            bad_docs += bad;
            reread++;
            if (!first_why[0])
                snprintf(first_why, sizeof first_why, "%s", why);
            if (c->o->progress)
                c->o->progress("extracting", i + 1, ndocs, c->o->ctx);
        }
        bnode_fini(&n);
        if (rc == 0) {
            uint64_t h = 0;
            if (bstate_hash_file(c->s, cache, &h, d) < 0)
                rc = CB_EINPUT;
            else if (h)   /* a bad document has no cache: no claims */
                bnode_dep(&all, docs[i].path, h);
        }
    }
    if (c->o->progress && reread)
        c->o->progress("extracting", ndocs, 0, c->o->ctx);
    if (c->curation && rc == 0)
        curation_report_unused(c->curation);
    /* Documents deleted since: their cached claims go. */
    size_t ngone = 0;
    const char **gone = bstate_unseen(c->s, "doc:", &ngone);
    for (size_t i = 0; i < ngone && rc == 0; i++) {
        char cache[600];
        snprintf(cache, sizeof cache, DOCS_CACHE "/%s.csv", gone[i] + 4);
        unlink(cache);
    }
    free(gone);
    /* The table: the header, then every document's rows in name order
     * (extract's order), written only when its bytes change. */
    dep_version(&all);
    bnode_out(&all, CLAIMS_PATH);
    char why[1100];
    c->st->checked++;
    if (rc == 0 && bstate_check(c->s, &all, why, sizeof why)) {
        Buf b;
        buf_init(&b, 0);
        claims_write_header(&b);
        for (size_t i = 0; i < ndocs && rc == 0; i++) {
            Buf one;
            Diag ignore;
            if (fsio_read(caches[i], CB_MAX_CSV_BYTES, &one, &ignore) == 0) {
                buf_append(&b, one.data, one.len);
                buf_free(&one);
            }
        }
        int wrote = write_if_changed(c, CLAIMS_PATH, b.data, b.len, d);
        rc = wrote < 0 ? wrote : 0;
        if (rc == 0 && bad_docs == 0)
            rc = bstate_commit(c->s, &all, d);
        if (rc == 0 && wrote) {
            /* Say why in the words of the first document re-read (the
             * curation or metrics edit behind it), unless the table
             * itself was the reason. */
            const char *w = first_why[0] && strcmp(first_why, "not built before") != 0 &&
                                    strncmp(why, CLAIMS_PATH, strlen(CLAIMS_PATH)) != 0
                                ? first_why
                                : why;
            say(c, "claims", w);
            c->st->remade++;
        }
        buf_free(&b);
    }
    if (rc == 0 && bad_docs)
        rc = diag_set(d, CB_EINPUT, "data/corpus", 0,
                      "%zu document%s could not be read (see above); their claims are left out",
                      bad_docs, bad_docs == 1 ? "" : "s");
    bnode_fini(&all);
    free_list(caches, ndocs);
    for (size_t i = 0; i < rows.n; i++)
        free(rows.v[i].doc);
    free(rows.v);
    return rc;
}

/* ---- step 2: the findings ---- */

static int step_findings(Ctx *c, Diag *d)
{
    BNode n;
    bnode_init(&n, "findings");
    int rc = bnode_dep_file(&n, c->s, CLAIMS_PATH, d);
    if (rc == 0)
        rc = bnode_dep_file(&n, c->s, "data/relations.csv", d);
    if (rc == 0)
        rc = bnode_dep_file(&n, c->s, "data/reference.csv", d);
    /* labels and items, and the bibliography's [n] and dates */
    if (rc == 0)
        rc = bnode_dep_file(&n, c->s, "data/metrics.csv", d);
    if (rc == 0)
        rc = bnode_dep_file(&n, c->s, SOURCES_PATH, d);
    dep_version(&n);
    bnode_out(&n, FINDINGS_PATH);
    char why[1100];
    c->st->checked++;
    if (rc == 0 && bstate_check(c->s, &n, why, sizeof why)) {
        FindingList fl = {0};
        rc = compare_files(CLAIMS_PATH, "data/relations.csv", "data/reference.csv", &fl, d);
        Buf b;
        buf_init(&b, 0);
        if (rc == 0) {
            findings_write_header(&b);
            for (size_t i = 0; i < fl.n; i++)
                findings_write_row(&b, &fl.v[i]);
            rc = fsio_mkdirs("reports", d);
        }
        int wrote = 0;
        if (rc == 0)
            rc = wrote = write_if_changed(c, FINDINGS_PATH, b.data, b.len, d);
        if (rc >= 0)
            rc = bstate_commit(c->s, &n, d);
        if (rc == 0 && wrote) {
            say(c, "findings", why);
            c->st->remade++;
        }
        buf_free(&b);
        findinglist_free(&fl);
    }
    bnode_fini(&n);
    return rc;
}

/* ---- loading the tables and fonts for charts and the brief ---- */

static void free_tables(Ctx *c)
{
    claimlist_free(&c->claims);
    findinglist_free(&c->findings);
    sources_free(&c->sources);
    if (c->fonts)
        fonts_free(c->fonts);
    memset(&c->claims, 0, sizeof c->claims);
    memset(&c->findings, 0, sizeof c->findings);
    memset(&c->sources, 0, sizeof c->sources);
    c->fonts = NULL;
}

static const char *metric_label(const char *id, void *ctx)
{
    return ctx ? metrics_label(ctx, id) : NULL;
}

static int load_inputs(Ctx *c, Diag *d)
{
    if (c->loaded)
        return 0;
    int rc = claims_load(CLAIMS_PATH, &c->claims, d);
    if (rc == 0)
        rc = findings_load(FINDINGS_PATH, &c->findings, d);
    c->have_sources = access(SOURCES_PATH, F_OK) == 0;
    if (rc == 0 && c->have_sources)
        rc = sources_load(SOURCES_PATH, &c->sources, d);
    if (rc == 0)
        rc = fonts_load("fonts", &c->fonts, d);
    if (rc < 0) {
        free_tables(c);
        return rc;
    }
    /* Metric labels from data/metrics.csv, as the chart and brief
     * commands use them (the same Metrics extraction may have loaded). */
    if (!c->metrics && access("data/metrics.csv", F_OK) == 0 &&
        (rc = metrics_load("data/metrics.csv", &c->metrics, d)) < 0) {
        free_tables(c);
        return rc;
    }
    c->ci = (ChartInputs){&c->claims, &c->findings, c->have_sources ? &c->sources : NULL,
                          c->fonts, metric_label, c->metrics};
    c->loaded = 1;
    return 0;
}

static void free_inputs(Ctx *c)
{
    if (!c->loaded)
        return;
    free_tables(c);
    c->loaded = 0;
}

/* Inputs every chart and the brief share. */
static int dep_common(BNode *n, Ctx *c, Diag *d)
{
    int rc = bnode_dep_file(n, c->s, CLAIMS_PATH, d);
    if (rc == 0)
        rc = bnode_dep_file(n, c->s, FINDINGS_PATH, d);
    if (rc == 0)
        rc = bnode_dep_file(n, c->s, SOURCES_PATH, d);
    if (rc == 0)
        rc = bnode_dep_file(n, c->s, "data/metrics.csv", d);   /* metric labels */
    if (rc == 0)
        rc = dep_fonts(n, c, d);
    dep_version(n);
    return rc;
}

/* ---- step 3: charts, on N threads ---- */

/* fsio_atomic_open keeps a process-wide registry of temporaries (for the
 * signal handler) that is not thread-safe: opening is serialised here;
 * writing, fsync and rename run in parallel. */
static pthread_mutex_t open_mu = PTHREAD_MUTEX_INITIALIZER;

static int write_atomic_mt(const char *path, const void *p, size_t n, Diag *d)
{
    AtomicFile af;
    pthread_mutex_lock(&open_mu);
    int rc = fsio_atomic_open(&af, path, d);
    pthread_mutex_unlock(&open_mu);
    if (rc < 0)
        return rc;
    if (fsio_fwrite(p, n, af.fp) < 0) {
        fsio_atomic_abort(&af);
        return diag_set(d, CB_EWRITE, path, 0, "cannot write: %s", strerror(errno ? errno : EIO));
    }
    return fsio_atomic_commit(&af, d);
}

/* One chart's shown data: computed once, on the first stale node. */
typedef struct ChartWork {
    const char *name;
    int need;          /* some node of it is stale: compute the key */
    int have;          /* csv, alt, svg and key below are set */
    uint64_t key;
    Buf csv, alt, svg;
    int rc;
    Diag d;
} ChartWork;

/* A stale (chart, output) pair. fmt -1 is NAME.csv + NAME.txt,
 * JOB_BRIEF the brief. */
#define JOB_BRIEF 100
typedef struct Job {
    ChartWork *w;
    int fmt;
    BriefInputs brief;   /* JOB_BRIEF: what the brief is made from */
    char path[512], path2[512];
    BNode node;
    char why[1100];
    Buf out;
    int wrote;
    Diag d;
    int rc;
    double ms;           /* time rendering and writing it */
} Job;

typedef struct Pool {
    Ctx *c;
    Job *jobs;
    size_t n, next;
    int phase;          /* 0 render, 1 write, 2 keys (over works) */
    ChartWork *works;
    size_t nworks;
    ChartSize size;
    pthread_mutex_t mu;
} Pool;

static int chart_key(Ctx *c, ChartWork *w, const ChartSize *size, Diag *d);
static int render_brief(Ctx *c, Job *j);

static void run_job_timed(Pool *p, Job *j);

static void run_job(Pool *p, Job *j)
{
    double t0 = now_ms();
    run_job_timed(p, j);
    j->ms += now_ms() - t0;
}

static void run_job_timed(Pool *p, Job *j)
{
    if (p->phase == 0) {   /* render: CPU, on --jobs threads */
        if (j->fmt == JOB_BRIEF)
            j->rc = render_brief(p->c, j);
        else if (j->fmt == CHART_PNG || j->fmt == CHART_PDF)
            j->rc = chart_render(j->w->name, (ChartFormat)j->fmt, &p->c->ci, &p->size, 0, &j->out,
                                 &j->d);
        return;
    }
    if (j->rc < 0)
        return;
    /* write: I/O (fsync), overlapped on more threads */
    if (j->fmt < 0) {
        int w1 = write_atomic_mt(j->path, j->w->csv.data, j->w->csv.len, &j->d);
        int w2 = w1 < 0 ? w1 : write_atomic_mt(j->path2, j->w->alt.data, j->w->alt.len, &j->d);
        j->rc = w2 < 0 ? w2 : 0;
    } else if (j->fmt == CHART_SVG) {
        j->rc = write_atomic_mt(j->path, j->w->svg.data, j->w->svg.len, &j->d);
    } else {
        j->rc = write_atomic_mt(j->path, j->out.data, j->out.len, &j->d);
    }
    buf_free(&j->out);
}

static void *worker(void *arg)
{
    Pool *p = arg;
    size_t total = p->phase == 2 ? p->nworks : p->n;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        size_t i = p->next < total ? p->next++ : total;
        pthread_mutex_unlock(&p->mu);
        if (i >= total)
            return NULL;
        if (p->phase == 2) {
            ChartWork *w = &p->works[i];
            if (w->need)
                w->rc = chart_key(p->c, w, &p->size, &w->d);
        } else {
            run_job(p, &p->jobs[i]);
        }
    }
}

/* Run every job of the pool's phase on nt threads (the caller is one). */
static void pool_run(Pool *p, size_t nt)
{
    p->next = 0;
    size_t total = p->phase == 2 ? p->nworks : p->n;
    if (nt > total)
        nt = total;
    pthread_t *t = xcalloc(nt + 1, sizeof *t);
    size_t started = 0;
    for (size_t i = 1; i < nt; i++) {
        if (pthread_create(&t[i], NULL, worker, p) != 0)
            break;
        started = i;
    }
    worker(p);
    for (size_t i = 1; i <= started; i++)
        pthread_join(t[i], NULL);
    free(t);
}

/* The key of what a chart shows: the numbers (NAME.csv), the alt text
 * (NAME.txt) and the picture itself, as SVG at slide size (a full,
 * deterministic description of everything drawn: labels, source line,
 * notes). Fonts and the program's version are inputs of every chart node
 * besides, so the PNG and PDF painters are covered too. The SVG made here
 * is the one written, when it is written. */
static int chart_key(Ctx *c, ChartWork *w, const ChartSize *size, Diag *d)
{
    if (w->have)
        return 0;
    int rc = chart_data_csv(w->name, &c->ci, &w->csv, d);
    if (rc == 0)
        rc = chart_alt_text(w->name, &c->ci, &w->alt, d);
    if (rc == 0)
        rc = chart_render(w->name, CHART_SVG, &c->ci, size, 0, &w->svg, d);
    if (rc < 0)
        return rc;
    uint64_t h[3] = {bstate_hash(w->csv.data, w->csv.len), bstate_hash(w->alt.data, w->alt.len),
                     bstate_hash(w->svg.data, w->svg.len)};
    w->key = bstate_hash(h, sizeof h) | 1;   /* never 0: 0 means "no key" */
    w->have = 1;
    return 0;
}

/* Threads for writing: fsync waits on the disk, not the CPU, so writes
 * overlap on more threads than --jobs. */
#define BUILD_IO_THREADS 8

static int brief_node(Ctx *c, Job *j, Diag *d);

/* Charts and the brief: what is stale is found first (in order), then
 * the charts' keys are computed, then every stale output is rendered on
 * --jobs threads (the brief among them) and written on the I/O threads;
 * each output's bytes depend only on its inputs, never on the threads,
 * so the files are the same for every N. */
static int step_outputs(Ctx *c, Diag *d)
{
    int rc = fsio_mkdirs(CHARTS_DIR, d);
    size_t nch = chart_count();
    ChartWork *work = xcalloc(nch + 1, sizeof *work);
    Job *jobs = xcalloc(nch * (CHART_NFORMATS + 1) + 2, sizeof *jobs);
    size_t nj = 0;
    Pool p = {.c = c, .jobs = jobs, .works = work, .nworks = nch};
    pthread_mutex_init(&p.mu, NULL);
    if (rc == 0)
        rc = chart_size_parse("slide", 144, &p.size, d);
    /* 1. Which outputs have changed inputs (cheap: hashes only). The
     * brief goes first in the job list: the longest job starts first. */
    int brief_stale = 0;
    if (rc == 0) {
        rc = brief_node(c, &jobs[0], d);
        brief_stale = rc > 0;
        rc = rc > 0 ? 0 : rc;
        nj = (size_t)brief_stale;
    }
    for (size_t i = 0; i < nch && rc == 0; i++) {
        ChartWork *w = &work[i];
        w->name = chart_name(i);
        /* NAME.csv and NAME.txt, then one node per format. */
        for (int f = -1; f < CHART_NFORMATS && rc == 0; f++) {
            Job *j = &jobs[nj];
            memset(j, 0, sizeof *j);
            j->w = w;
            j->fmt = f;
            char nm[300];
            if (f < 0) {
                snprintf(nm, sizeof nm, "chart:%s.data", w->name);
                snprintf(j->path, sizeof j->path, CHARTS_DIR "/%s.csv", w->name);
                snprintf(j->path2, sizeof j->path2, CHARTS_DIR "/%s.txt", w->name);
            } else {
                const char *ext = chart_format_ext((ChartFormat)f);
                snprintf(nm, sizeof nm, "chart:%s.%s", w->name, ext);
                snprintf(j->path, sizeof j->path, CHARTS_DIR "/%s.%s", w->name, ext);
            }
            BNode *n = &j->node;
            bnode_init(n, nm);
            rc = dep_common(n, c, d);
            bnode_out(n, j->path);
            if (f < 0)
                bnode_out(n, j->path2);
            c->st->checked++;
            if (rc == 0 && bstate_check(c->s, n, j->why, sizeof j->why)) {
                w->need = 1;
                nj++;
            } else {
                bnode_fini(n);
            }
        }
    }
    /* 2. The keys of the charts with stale outputs, in parallel. */
    if (rc == 0 && nj > 0)
        rc = load_inputs(c, d);
    if (rc == 0 && nj > (size_t)brief_stale) {
        double tk = now_ms();
        p.phase = 2;
        pool_run(&p, (size_t)(c->o->jobs > 0 ? c->o->jobs : 1));
        c->st->ms_charts += now_ms() - tk;
        for (size_t i = 0; i < nch && rc == 0; i++)
            if (work[i].need && work[i].rc < 0) {
                *d = work[i].d;
                rc = work[i].rc;
            }
    }
    /* 3. A chart output whose key is unchanged and whose files are intact
     * shows the same picture: record its new inputs, do not remake it. */
    size_t kept = 0;
    for (size_t i = 0; i < nj && rc == 0; i++) {
        Job *j = &jobs[i];
        if (j->fmt != JOB_BRIEF) {
            j->node.key = j->w->key;
            char why2[1100];
            if (bstate_key(c->s, j->node.name) == j->w->key &&
                bstate_check_outputs(c->s, &j->node, why2, sizeof why2) == 0) {
                rc = bstate_commit(c->s, &j->node, d);
                bnode_fini(&j->node);
                continue;
            }
        }
        if (kept != i) {
            jobs[kept] = *j;
            memset(j, 0, sizeof *j);
        }
        kept++;
    }
    if (rc == 0)
        nj = kept;
    /* 4. Render, then write. */
    if (rc == 0 && nj > 0) {
        p.n = nj;
        p.phase = 0;
        pool_run(&p, (size_t)(c->o->jobs > 0 ? c->o->jobs : 1));
        p.phase = 1;
        pool_run(&p, BUILD_IO_THREADS);
    }
    /* 5. Report and commit in the fixed order (charts, then the brief),
     * whatever the threads did. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < nj; i++) {
            Job *j = &jobs[i];
            if ((j->fmt == JOB_BRIEF) != pass)
                continue;
            if (pass)
                c->st->ms_brief += j->ms;
            else
                c->st->ms_charts += j->ms;
            if (rc == 0 && j->rc < 0) {
                *d = j->d;
                rc = j->rc;
            }
            if (rc == 0)
                rc = bstate_commit(c->s, &j->node, d);
            if (rc == 0) {
                char what[600];
                if (j->fmt == JOB_BRIEF)
                    snprintf(what, sizeof what, "brief");
                else if (j->fmt < 0)
                    snprintf(what, sizeof what, "chart %s data", j->w->name);
                else
                    snprintf(what, sizeof what, "chart %s.%s", j->w->name,
                             chart_format_ext((ChartFormat)j->fmt));
                say(c, what, j->why);
                c->st->remade++;
            }
        }
    for (size_t i = 0; i < nch * (CHART_NFORMATS + 1) + 2; i++) {
        buf_free(&jobs[i].out);
        if (jobs[i].node.name)
            bnode_fini(&jobs[i].node);
    }
    for (size_t i = 0; i < nch; i++) {
        buf_free(&work[i].csv);
        buf_free(&work[i].alt);
        buf_free(&work[i].svg);
    }
    pthread_mutex_destroy(&p.mu);
    free(work);
    free(jobs);
    return rc;
}

/* ---- step 4: the brief ---- */

/* The cover's date: SOURCE_DATE_EPOCH, else today (then the brief is
 * stale on the next day, as its cover would be). */
static int brief_date(time_t *t, int *fixed, char *key, size_t cap, Diag *d)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    if (s && *s) {
        char *end;
        errno = 0;
        long long v = strtoll(s, &end, 10);
        if (*end || errno || v < 0 || v > 253402300799LL)
            return diag_set(d, CB_EUSAGE, NULL, 0,
                            "SOURCE_DATE_EPOCH '%s' is not a number of seconds since 1970", s);
        *t = (time_t)v;
        *fixed = 1;
        snprintf(key, cap, "SOURCE_DATE_EPOCH=%lld", v);
        return 0;
    }
    *t = time(NULL);
    *fixed = 0;
    struct tm tm;
    gmtime_r(t, &tm);
    snprintf(key, cap, "date %04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return 0;
}

/* The brief's node into j: 1 when it is stale (j->why says why), 0 when
 * up to date, or an error. */
static int brief_node(Ctx *c, Job *j, Diag *d)
{
    memset(j, 0, sizeof *j);
    j->fmt = JOB_BRIEF;
    snprintf(j->path, sizeof j->path, "%s", BRIEF_PATH);
    BNode *n = &j->node;
    bnode_init(n, "brief");
    char datekey[80];
    int rc = brief_date(&j->brief.date, &j->brief.date_is_fixed, datekey, sizeof datekey, d);
    if (rc == 0)
        rc = dep_common(n, c, d);
    bnode_dep(n, datekey, bstate_hash(datekey, strlen(datekey)));
    bnode_out(n, BRIEF_PATH);
    c->st->checked++;
    if (rc == 0 && bstate_check(c->s, n, j->why, sizeof j->why)) {
        j->brief.ndocs = c->corpus.n;
        return 1;
    }
    bnode_fini(n);
    return rc;
}

/* Lay the charts out at column size and render the brief into j->out
 * (on a worker thread: everything it reads is read-only by then). */
static int render_brief(Ctx *c, Job *j)
{
    size_t nch = chart_count();
    Scene *scenes = xcalloc(nch + 1, sizeof *scenes);
    const Scene **sv = xcalloc(nch + 1, sizeof *sv);
    size_t built = 0;
    int rc = 0;
    for (size_t i = 0; i < nch && rc == 0; i++) {
        rc = chart_build(chart_name(i), &c->ci, CHART_COLUMN_W, CHART_COLUMN_H, 0, &scenes[i],
                         &j->d);
        built = i + 1;
        sv[i] = &scenes[i];
    }
    if (rc == 0) {
        BriefInputs *in = &j->brief;
        in->claims = &c->claims;
        in->findings = &c->findings;
        in->sources = &c->sources;
        in->fonts = c->fonts;
        in->charts = nch ? sv : NULL;
        in->ncharts = nch;
        in->metric_label = metric_label;
        in->label_ctx = c->metrics;
        rc = brief_render(in, &j->out, &j->d);
    }
    for (size_t i = 0; i < built; i++)
        scene_free(&scenes[i]);
    free(scenes);
    free(sv);
    return rc;
}

int build_run(const BuildOptions *o, BuildStats *st, Diag *d)
{
    BuildStats dummy;
    if (!st)
        st = &dummy;
    memset(st, 0, sizeof *st);
    Ctx c = {.o = o, .st = st};
    char why[300];
    /* Temporaries of writers killed with SIGKILL (they could not clean up
     * after themselves) go before anything is written. */
    static const char *const out_dirs[] = {"data", "reports", "reports/charts", "reports/.build",
                                           DOCS_CACHE};
    for (size_t i = 0; i < sizeof out_dirs / sizeof *out_dirs; i++)
        fsio_sweep_temps(out_dirs[i]);
    c.s = bstate_load(BUILD_STATE_PATH, why, sizeof why);
    if (why[0] && strncmp(why, "no record", 9) != 0)
        say(&c, "everything", why);
    double t0 = now_ms();
    int rc = corpus_list(CORPUS_DIR, &c.corpus, d);
    if (rc == 0)
        rc = step_claims(&c, d);
    double t1 = now_ms();
    if (rc == 0)
        rc = step_findings(&c, d);
    double t2 = now_ms();
    if (rc == 0)
        rc = step_outputs(&c, d);
    st->ms_claims = t1 - t0;
    st->ms_findings = t2 - t1;
    st->ms_outputs = now_ms() - t2;
    /* Keep what was committed, even after a failure: those outputs are
     * made and need not be made again; the steps that did not run keep
     * their record (their outputs are still the last good ones). */
    if (rc < 0)
        bstate_keep_unseen(c.s, "doc:");
    if (bstate_dirty(c.s)) {
        Diag d2;
        int r2 = fsio_mkdirs("reports/.build", &d2);
        if (r2 == 0)
            r2 = bstate_save(c.s, BUILD_STATE_PATH, &d2);
        if (r2 < 0 && rc == 0) {
            *d = d2;
            rc = r2;
        }
    }
    free_inputs(&c);
    if (c.metrics)
        metrics_free(c.metrics);
    if (c.curation)
        curation_free(c.curation);
    free_list(c.fontv, c.nfont);
    corpus_free(&c.corpus);
    bstate_free(c.s);
    return rc;
}
