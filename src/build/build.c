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
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "bstate.h"
#include "buf.h"
#include "buildctx.h"
#include "claim.h"
#include "compare.h"
#include "corpus.h"
#include "csvio.h"
#include "curation.h"
#include "extract.h"
#include "findings.h"
#include "fsio.h"
#include "ownpath.h"
#include "limits.h"
#include "metrics.h"
#include "project.h"
#include "rowindex.h"
#include "settings.h"
#include "sources.h"

/* CPU time of the whole process (every thread), ms. */
static double process_cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The kernel's part of it so far (over a step, not a short job: the
 * split is sampled), ms. */
static double process_sys_ms(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0;
    return (double)ru.ru_stime.tv_sec * 1e3 + (double)ru.ru_stime.tv_usec / 1e3;
}

double build_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void build_say(Ctx *c, const char *what, const char *why)
{
    char line[2500];
    snprintf(line, sizeof line, "%.1200s: %.1200s", what, why);
    if (c->o->say)
        c->o->say(line, c->o->ctx);
}

/* --explain: an output whose inputs changed but that came out the same
 * (not rewritten), or a document re-read, said as remade outputs are. */
void build_explain(Ctx *c, const char *what, const char *why)
{
    if (!c->o->explain)
        return;
    char line[1200];
    snprintf(line, sizeof line, "%.1100s (same bytes: kept)", why);
    build_say(c, what, line);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular files of dir whose names end in suffix ("" any), sorted,
 * as "dir/name" (the fonts; documents are the corpus module's). A missing
 * folder is an empty list. */
char **build_list_dir(const char *dir, const char *suffix, size_t *n)
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

void build_free_list(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void build_dep_version(BNode *n)
{
    bnode_dep(n, "claimbrief " CB_VERSION, bstate_hash(CB_VERSION, strlen(CB_VERSION)));
}

/* A shipped input (see METRICS_PATH): hashed where it is read from,
 * recorded under its project name; over CB_MAX_CSV_BYTES (the readers'
 * limit) it is refused before a byte is read. */
static int dep_input(BNode *n, Ctx *c, const char *name, Diag *d)
{
    uint64_t h = 0;
    int rc = bstate_hash_file(c->s, project_input(name), CB_MAX_CSV_BYTES, &h, d);
    if (rc < 0)
        return rc;
    bnode_dep(n, name, h);
    return 0;
}

/* The fonts, the project's or the defaults, each as "fonts/NAME". */
static int dep_fonts(BNode *n, Ctx *c, Diag *d)
{
    if (!c->fontv)
        c->fontv = build_list_dir(project_input(FONTS_DIR), ".ttf", &c->nfont);
    for (size_t i = 0; i < c->nfont; i++) {
        uint64_t h = 0;
        int rc = bstate_hash_file(c->s, c->fontv[i], CB_MAX_FONT_BYTES, &h, d);
        if (rc < 0)
            return rc;
        char name[600];
        const char *slash = strrchr(c->fontv[i], '/');
        snprintf(name, sizeof name, FONTS_DIR "/%s", slash ? slash + 1 : c->fontv[i]);
        bnode_dep(n, name, h);
    }
    return 0;
}

/* Write bytes to path only when they differ from the file there: 1 when
 * written, 0 when the file already held them. */
int build_write_if_changed(Ctx *c, const char *path, const void *p, size_t len, Diag *d)
{
    uint64_t h;
    Diag ignore;
    if (bstate_hash_file(c->s, path, BSTATE_MAX_OUTPUT_BYTES, &h, &ignore) == 0 &&
        h == bstate_hash(p, len)) {
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

/* What extracting one document said: errors make it bad; warnings are
 * printed and kept as the node's notes ("\tMESSAGE" about the document,
 * "ID\tMESSAGE" about the curation row ID), said again on every build
 * that does not remake it (say_notes). */
typedef struct DocRun {
    int bad;
    BNode *node;
    const char *doc;   /* its name: the curation rows of this document */
} DocRun;


/* Keep a converted document's text, map and metadata (extract's
 * on_text): what the analyst checks a claim against. */
static int keep_text(const Document *doc, void *ctx)
{
    Diag *d = ctx;
    int rc = ownpath_mkdirs(CORPUS_TEXT_DIR, d);
    return rc < 0 ? rc : document_save_text(doc, CORPUS_TEXT_DIR, d);
}

/* Remove a document's kept text (it is gone, or could not be read). */
static void drop_text(const char *name)
{
    static const char *const ext[] = {"txt", "map", "meta"};
    for (size_t i = 0; i < sizeof ext / sizeof *ext; i++) {
        char path[700];
        snprintf(path, sizeof path, CORPUS_TEXT_DIR "/%s.%s", name, ext[i]);
        ownpath_unlink(path);
    }
}

/* The bibliography: sources.csv and what each converted document says
 * of itself (its kept metadata fills the gaps: inputs.c). */
static int dep_sources(BNode *n, Ctx *c, Diag *d)
{
    int rc = bnode_dep_file(n, c->s, SOURCES_PATH, CB_MAX_CSV_BYTES, d);
    for (size_t i = 0; rc == 0 && i < c->corpus.n; i++) {
        if (c->corpus.v[i].type == DOC_TEXT)
            continue;
        char meta[700];
        snprintf(meta, sizeof meta, CORPUS_TEXT_DIR "/%s.meta", c->corpus.v[i].name);
        rc = bnode_dep_file(n, c->s, meta, CB_MAX_CSV_BYTES, d);
    }
    return rc;
}

/* The hash of a document's bibliography row: what of it extraction reads
 * (title, authors, publisher, date); a constant when it has none. */
static uint64_t bib_hash(const Source *r)
{
    if (!r)
        return 0x51ed270b27a5d8bbULL;
    Buf b;
    buf_init(&b, 0);
    const char *f[4] = {r->title, r->authors, r->publisher, r->date};
    for (int i = 0; i < 4; i++)
        buf_append(&b, f[i] ? f[i] : "", strlen(f[i] ? f[i] : "") + 1);
    uint64_t h = bstate_hash(b.data, b.len);
    buf_free(&b);
    return h;
}

static void note(BNode *n, const char *id, const char *msg)
{
    Buf b;
    buf_init(&b, 0);
    buf_printf(&b, "%s\t%s", id, msg);
    bnode_note(n, b.data);
    buf_free(&b);
}

static void on_doc_problem(const Diag *pd, int warning, void *ctx)
{
    DocRun *dr = ctx;
    if (warning) {
        diag_warn(pd->file[0] ? pd->file : NULL, pd->line, "%s", pd->msg);
        note(dr->node, "", pd->msg);
    } else {
        diag_print(pd);
        dr->bad = 1;
    }
}

static void on_row_unused(const Diag *w, const char *id, const char *doc, void *ctx)
{
    DocRun *dr = ctx;
    if (strcmp(doc, dr->doc) != 0)
        return;
    diag_warn(w->file, w->line, "%s", w->msg);
    note(dr->node, id, w->msg);
}

/* Say again what a document node kept from when it was made: its
 * curation rows by their lines now (rows elsewhere in the file may have
 * moved them), the rest about the document at path. */
static void say_notes(Ctx *c, const char *node, const char *path)
{
    size_t nn;
    char *const *v = bstate_notes(c->s, node, &nn);
    for (size_t i = 0; i < nn; i++) {
        const char *tab = strchr(v[i], '\t');
        if (!tab)
            continue;
        if (tab == v[i]) {
            diag_warn(path, 0, "%s", tab + 1);
            continue;
        }
        char id[32];
        snprintf(id, sizeof id, "%.*s", (int)(tab - v[i] < 31 ? tab - v[i] : 31), v[i]);
        long line = c->curation ? curation_line_of(c->curation, id) : 0;
        if (line)
            diag_warn("data/curation.csv", line, "%s", tab + 1);
    }
}

/* Extract one document (with its curation), appending its rows to out;
 * what it warned about goes to node's notes. *bad: the document could
 * not be read (reported; its rows are left out, as extract does, and its
 * kept text removed). */
static int extract_one(Ctx *c, const char *path, Buf *out, const SourceList *bib, BNode *node,
                       const char *name, int *bad, Diag *d)
{
    size_t start = out->len;
    DocRun dr = {0, node, name};
    char *paths[1] = {(char *)path};
    Diag wd;
    diag_clear(&wd);
    ExtractOptions eo = {.metrics = c->metrics, .curation = c->curation, .report = on_doc_problem,
                         .report_ctx = &dr, .sources = bib, .no_sources = bib == NULL,
                         .on_text = keep_text, .text_ctx = &wd,
                         .follow_links = c->o->follow_links};
    int rc = extract_paths(&eo, paths, 1, claim_to_buf, out, d);
    if (rc && wd.code)   /* the text could not be kept: that error, not extract's */
        *d = wd;
    /* this document's curation rows that met no claim, said and kept */
    if (rc == 0 && c->curation)
        curation_report_unused(c->curation, on_row_unused, &dr);
    *bad = dr.bad;
    if (rc == CB_EINPUT && *bad) {
        rc = 0;   /* reported; the document is skipped, as extract does */
        const char *base = strrchr(path, '/');
        drop_text(base ? base + 1 : path);
    }
    if (rc < 0 || *bad) {   /* no rows of it */
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
    }
    return rc;
}

/* A problem with one entry of the corpus while listing it: a link that
 * leads outside it is an error (the corpus counts it in refused), a FIFO
 * a warning. */
static void on_list_problem(const Diag *pd, int warning, void *ctx)
{
    (void)ctx;
    if (warning)
        diag_warn(pd->file[0] ? pd->file : NULL, pd->line, "%s", pd->msg);
    else
        diag_print(pd);
}

/* Is name (in folder dir of out_dirs in build_run) one of the build's
 * outputs? Only their temporaries are ever swept: never a user's file
 * that happens to look like one (data/curation.tmp.20240101.csv). */
static int is_output(const char *name, void *ctx)
{
    const char *dir = ctx;
    size_t l = strlen(name);
    if (!strcmp(dir, "data"))
        return !strcmp(name, "claims.csv");
    if (!strcmp(dir, "reports"))
        return !strcmp(name, "findings.csv") || !strcmp(name, "brief.pdf");
    if (!strcmp(dir, "reports/.build"))   /* the record, the no-op stamp, the row index, the chart list */
        return !strcmp(name, "state") || !strcmp(name, "stamp") || !strcmp(name, "claims.idx") ||
               !strcmp(name, "charts");
    if (!strcmp(dir, DOCS_CACHE))   /* older builds' caches, one per document */
        return l > 4 && !strcmp(name + l - 4, ".csv");
    if (!strcmp(dir, CORPUS_TEXT_DIR)) {   /* a converted document's text, map, metadata */
        const char *dot = strrchr(name, '.');
        return dot && (!strcmp(dot, ".txt") || !strcmp(dot, ".map") || !strcmp(dot, ".meta"));
    }
    /* reports/charts: the charts' files, one per part and format */
    static const char *const ext[] = {".png", ".svg", ".pdf", ".csv", ".txt"};
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && dot > name && i < sizeof ext / sizeof *ext; i++)
        if (!strcmp(dot, ext[i]))
            return 1;
    return 0;
}

/* The last good table and where each document's rows are in it, when the
 * record vouches for both (the claims node's outputs as it made them);
 * else nothing is trusted and every document is read again. */
static int load_old_rows(Ctx *c, Buf *table, RowIndex *idx, char *why, size_t cap)
{
    buf_init(table, 0);
    rowindex_init(idx);
    BNode n;
    bnode_init(&n, "claims");
    bnode_out(&n, CLAIMS_PATH);
    bnode_out(&n, CLAIMS_INDEX);
    Buf text;
    Diag ignore;
    buf_init(&text, 0);
    int ok = bstate_check_outputs(c->s, &n, why, cap) == 0 &&
             fsio_read(CLAIMS_PATH, CB_MAX_CSV_BYTES, table, &ignore) == 0 &&
             fsio_read(CLAIMS_INDEX, CB_MAX_CSV_BYTES, &text, &ignore) == 0 &&
             rowindex_parse(text.data ? text.data : "", text.len, table->len, idx) == 0;
    if (!ok && !why[0])
        snprintf(why, cap, "%s unreadable", CLAIMS_INDEX);
    buf_free(&text);
    bnode_fini(&n);
    if (!ok) {
        buf_free(table);
        rowindex_free(idx);
    }
    return ok;
}

/* Caches of one file per document (NAME.csv), as builds before the row
 * index kept them: removed once, when a document is next read, with
 * their writers' temporaries; the folder goes when nothing else is in
 * it. */
static void remove_old_caches(void)
{
    size_t n;
    char **v = build_list_dir(DOCS_CACHE, ".csv", &n);
    for (size_t i = 0; i < n; i++)
        ownpath_unlink(v[i]);   /* none when the folder is a link */
    build_free_list(v, n);
    fsio_sweep_temps(DOCS_CACHE, is_output, (void *)DOCS_CACHE);
    rmdir(DOCS_CACHE);
}

/* CB_EINPUT once the table being put together passes CB_MAX_CSV_BYTES:
 * a claims table its own reader would refuse is never written (the old
 * one stays). Checked after each document's rows, so the table in memory
 * passes the limit by one document's rows at most. */
static int check_table_size(const Buf *table, Diag *d)
{
    if (table->len <= CB_MAX_CSV_BYTES)
        return 0;
    return diag_set(d, CB_EINPUT, CLAIMS_PATH, 0,
                    "the claims table would pass %u bytes, the limit its reader takes; the old "
                    "table is kept",
                    CB_MAX_CSV_BYTES);
}

/* The curation rows against the project: every document they name in
 * the corpus, every metric and scope in metrics.csv. A node of its own
 * with no output: checked again only when curation.csv, metrics.csv or
 * the list of documents changed (a failed check is not recorded, so it
 * fails every build until the row is fixed). */
static int check_curation(Ctx *c, uint64_t metrics_h, Diag *d)
{
    BNode n;
    bnode_init(&n, "curation check");
    int rc = bnode_dep_file(&n, c->s, "data/curation.csv", CB_MAX_CSV_BYTES, d);
    bnode_dep(&n, METRICS_PATH, metrics_h);
    bnode_dep(&n, "the list of documents", c->corpus_h);
    build_dep_version(&n);
    char why[1100];
    if (rc == 0 && bstate_check(c->s, &n, why, sizeof why)) {
        if (!c->metrics)
            rc = metrics_load(project_input(METRICS_PATH), &c->metrics, d);
        if (rc == 0)
            rc = curation_check(c->curation, c->metrics, project_input(METRICS_PATH), &c->corpus, d);
        if (rc == 0)
            rc = bstate_commit(c->s, &n, d);
    }
    bnode_fini(&n);
    return rc;
}

/* The claims step (step_claims) on its way through its phases: what
 * they all read, and what one phase tells those after it. */
typedef struct Claims {
    Ctx *c;
    RowHashes rows;         /* each document's curation rows, hashed */
    uint64_t metrics_h;
    SourceList bib;
    int have_bib;
    BNode *node;            /* a node per document ("doc:NAME") */
    unsigned char *stale;   /* 1 to be read again, UNREADABLE: cannot even be hashed */
    size_t nstale;
    /* links out of the corpus (refused while listing it), documents that
     * cannot be hashed or read: reported, their claims left out */
    size_t bad_docs;
    char first_why[1100];   /* why the first stale document is */
    BNode all;              /* the table's node */
    char why[1100];         /* why the table is */
} Claims;

enum { UNREADABLE = 2 };

/* The table's node, made from every document's rows (added later). */
static void table_node_init(BNode *all)
{
    bnode_init(all, "claims");
    build_dep_version(all);
    bnode_out(all, CLAIMS_PATH);
    bnode_out(all, CLAIMS_INDEX);
}

/* --explain: why the claims of document name are read again. */
static void say_claims_of(Ctx *c, const char *name, const char *why)
{
    char what[700];
    snprintf(what, sizeof what, "claims of %s", name);
    build_say(c, what, why);
}

/* The inputs every document shares: its curation rows (each row
 * validated on every build, as extract does: a malformed row must fail
 * the build even when no document's rows changed), metrics.csv's hash,
 * the bibliography (each document's title, date and publisher). */
static int shared_inputs(Claims *k, Diag *d)
{
    Ctx *c = k->c;
    int rc = 0;
    if (access("data/curation.csv", F_OK) == 0) {
        rc = csvio_read_file("data/curation.csv", on_curation_row, &k->rows, d);
        if (rc == 0 && k->rows.n > 1)
            qsort(k->rows.v, k->rows.n, sizeof *k->rows.v, cmp_docrows);
        if (rc == 0)
            rc = curation_load("data/curation.csv", &c->curation, d);
    }
    if (rc == 0 &&
        bstate_hash_file(c->s, project_input(METRICS_PATH), CB_MAX_CSV_BYTES, &k->metrics_h, d) == 1)
        rc = diag_set(d, CB_EINPUT, project_input(METRICS_PATH), 0,
                      "cannot read: No such file or directory");
    if (rc == 0 && access(SOURCES_PATH, F_OK) == 0)
        k->have_bib = (rc = sources_load(SOURCES_PATH, &k->bib, d)) == 0;
    if (rc == 0 && c->curation)
        rc = check_curation(c, k->metrics_h, d);
    return rc;
}

/* Document i's node, and whether it changed (hashes only). A document
 * that cannot be hashed (over the limit, unreadable: /proc/self/mem) is
 * a bad document like one extract refuses: reported, left out of the
 * table (so the table is made again without it), the others built. */
static void doc_node(Claims *k, size_t i)
{
    Ctx *c = k->c;
    const CorpusEntry *doc = &c->corpus.v[i];
    BNode *n = &k->node[i];
    char nm[600], why[1100];
    snprintf(nm, sizeof nm, "doc:%s", doc->name);
    bnode_init(n, nm);
    Diag dd;
    if (bnode_dep_file(n, c->s, doc->path, CB_MAX_DOC_BYTES, &dd) < 0) {
        DocRun dr = {0, n, doc->name};
        on_doc_problem(&dd, 0, &dr);
        k->bad_docs++;
        drop_text(doc->name);
        k->stale[i] = UNREADABLE;
        k->nstale++;
        return;
    }
    bnode_dep(n, METRICS_PATH, k->metrics_h);
    bnode_dep(n, "data/curation.csv", rows_for(&k->rows, doc->name));
    bnode_dep(n, SOURCES_PATH, bib_hash(k->have_bib ? sources_find(&k->bib, doc->name) : NULL));
    build_dep_version(n);
    if (doc->type != DOC_TEXT) {
        char text[700];
        snprintf(text, sizeof text, CORPUS_TEXT_DIR "/%s.txt", doc->name);
        bnode_out(n, text);
    }
    if (bstate_check(c->s, n, why, sizeof why)) {
        k->stale[i] = 1;
        k->nstale++;
        if (!k->first_why[0])
            snprintf(k->first_why, sizeof k->first_why, "%s", why);
        if (c->o->explain)
            say_claims_of(c, doc->name, why);
    }
}

/* Nothing changed: is the table intact? 1 when it is to be made again;
 * 0 when it stands, and what the documents warned about is said again
 * (nothing read). */
static int table_stale(Claims *k)
{
    Ctx *c = k->c;
    for (size_t i = 0; i < c->corpus.n; i++) {
        uint64_t key = bstate_key(c->s, k->node[i].name);
        if (key)   /* a document without a key has not been read well */
            bnode_dep(&k->all, c->corpus.v[i].path, key);
    }
    int all_stale = bstate_check(c->s, &k->all, k->why, sizeof k->why);
    for (size_t i = 0; i < c->corpus.n && !all_stale; i++)
        say_notes(c, k->node[i].name, c->corpus.v[i].path);
    return all_stale;
}

/* The new table on its way: the last good one and where each document's
 * rows are in it (trusted or not, and why not), the new one and its
 * index. */
typedef struct Remake {
    Buf old, table, index;
    RowIndex oldx, newx;
    char distrust[1100];
    int trusted;
    int first_read;   /* no document read yet */
    size_t reread;
} Remake;

/* Document i read again, its rows appended to the table and its node
 * committed; *key its rows' hash, 0 when it is not committed (read
 * again next time). The first document read loads what extraction
 * needs (the curation check may have), clears the kept texts' folder of
 * temporaries a killed build left, and drops the one-file-per-document
 * caches of older builds (only now: a no-op lists no folder). */
static int doc_reread(Claims *k, Remake *r, size_t i, uint64_t *key, Diag *d)
{
    Ctx *c = k->c;
    const CorpusEntry *doc = &c->corpus.v[i];
    size_t start = r->table.len;
    int rc = 0;
    if (r->first_read) {
        r->first_read = 0;
        if (!c->metrics)
            rc = metrics_load(project_input(METRICS_PATH), &c->metrics, d);
        fsio_sweep_temps(CORPUS_TEXT_DIR, is_output, (void *)CORPUS_TEXT_DIR);
        remove_old_caches();
    }
    if (!k->stale[i] && c->o->explain)   /* its rows not in the old table */
        say_claims_of(c, doc->name, r->distrust[0] ? r->distrust : "its rows are not in " CLAIMS_PATH);
    int bad = 0;
    if (rc == 0)
        rc = extract_one(c, doc->path, &r->table, k->have_bib ? &k->bib : NULL, &k->node[i],
                         doc->name, &bad, d);
    k->bad_docs += bad;
    r->reread++;
    if (!k->first_why[0])
        snprintf(k->first_why, sizeof k->first_why, "%s", r->distrust);
    if (c->o->progress)
        c->o->progress("extracting", i + 1, c->corpus.n, c->o->ctx);
    if (rc == 0 && !bad)
        rc = check_table_size(&r->table, d);
    *key = 0;
    if (rc < 0 || bad)
        return rc;   /* not committed: read again next time */
    *key = bstate_hash(r->table.data + start, r->table.len - start) | 1;
    k->node[i].key = *key;
    return bstate_commit(c->s, &k->node[i], d);
}

/* The table's rows, in name order: an unchanged document's taken from
 * the old table when they still hash to its key (no span: no rows), the
 * stale ones read again. */
static int table_rows(Claims *k, Remake *r, Diag *d)
{
    Ctx *c = k->c;
    int rc = 0;
    corpus_batch_begin();   /* the documents share reader processes */
    for (size_t i = 0; i < c->corpus.n && rc == 0; i++) {
        const CorpusEntry *doc = &c->corpus.v[i];
        if (k->stale[i] == UNREADABLE)
            continue;   /* reported: no rows */
        uint64_t key = k->stale[i] || !r->trusted ? 0 : bstate_key(c->s, k->node[i].name);
        const RowSpan *sp = key ? rowindex_find(&r->oldx, doc->name) : NULL;
        size_t start = r->table.len;
        if (key && (bstate_hash(sp ? r->old.data + sp->off : "", sp ? sp->len : 0) | 1) == key) {
            if (sp)
                buf_append(&r->table, r->old.data + sp->off, sp->len);
            say_notes(c, k->node[i].name, doc->path);
            rc = check_table_size(&r->table, d);
        } else {
            rc = doc_reread(k, r, i, &key, d);
        }
        if (rc == 0 && key) {
            bnode_dep(&k->all, doc->path, key);
            if (r->table.len > start)
                rowindex_add(&r->newx, doc->name, start, r->table.len - start);
        }
    }
    corpus_batch_end();
    if (c->o->progress && r->reread)
        c->o->progress("extracting", c->corpus.n, 0, c->o->ctx);
    return rc;
}

/* The table and its index, written only when their bytes change; the
 * table's node committed when its inputs (the documents' rows) changed
 * and every document was read. Said in the words of the first document
 * re-read (the curation or metrics edit behind it), unless the table
 * itself was the reason. */
static int table_write(Claims *k, Remake *r, Diag *d)
{
    Ctx *c = k->c;
    /* data/ is a real folder (ownpath.h), as reports/ is */
    int rc = ownpath_mkdirs("data", d);
    if (rc == 0)
        rc = build_write_if_changed(c, CLAIMS_PATH, r->table.data, r->table.len, d);
    int wrote = rc;
    rowindex_write(&r->newx, &r->index);
    if (rc >= 0) {
        int m = ownpath_mkdirs("reports/.build", d);
        rc = m < 0 ? m : rc;
    }
    uint64_t h;
    Diag ignore;
    if (rc >= 0 && (bstate_hash_file(c->s, CLAIMS_INDEX, CB_MAX_CSV_BYTES, &h, &ignore) != 0 ||
                    h != bstate_hash(r->index.data, r->index.len))) {
        rc = bstate_write_file(CLAIMS_INDEX, r->index.data ? r->index.data : "", r->index.len, d);
        bstate_forget(c->s, CLAIMS_INDEX);
    }
    int changed = 0;
    if (rc >= 0) {
        char why2[1100] = "";
        rc = 0;
        changed = bstate_check(c->s, &k->all, why2, sizeof why2);
        if (changed && k->bad_docs == 0)
            rc = bstate_commit(c->s, &k->all, d);
        if (!k->why[0])
            snprintf(k->why, sizeof k->why, "%s", why2);
    }
    if (rc == 0 && wrote) {
        const char *w = k->first_why[0] && strcmp(k->first_why, "not built before") != 0 &&
                                strncmp(k->why, CLAIMS_PATH, strlen(CLAIMS_PATH)) != 0
                            ? k->first_why
                            : k->why;
        build_say(c, "claims", w);
        c->st->remade++;
    } else if (rc == 0 && changed) {
        build_explain(c, "claims", k->why);
    }
    return rc;
}

/* The new table: the old rows of unchanged documents, the stale ones
 * read again, in name order. */
static int table_remake(Claims *k, Diag *d)
{
    Remake r = {.first_read = 1};
    r.trusted = load_old_rows(k->c, &r.old, &r.oldx, r.distrust, sizeof r.distrust);
    buf_init(&r.table, 0);
    buf_init(&r.index, 0);
    rowindex_init(&r.newx);
    claims_write_header(&r.table);
    bnode_fini(&k->all);
    table_node_init(&k->all);
    int rc = table_rows(k, &r, d);
    if (rc == 0)
        rc = table_write(k, &r, d);
    buf_free(&r.old);
    buf_free(&r.table);
    buf_free(&r.index);
    rowindex_free(&r.oldx);
    rowindex_free(&r.newx);
    return rc;
}

/* Step 1, the claims table. Each document is a node ("doc:NAME": the
 * document, data/metrics.csv, its curation rows, its bibliography row,
 * the program; a converted document's kept text is its output) whose key
 * is the hash of its rows; the table is a node made from every
 * document's rows, in name order. Only stale documents are read; the
 * others' rows are copied from the last table (rowindex.h). A build with
 * no stale document and an intact table reads no document and no table. */
static int step_claims(Ctx *c, Diag *d)
{
    size_t ndocs = c->corpus.n;
    Claims k = {.c = c, .bad_docs = c->corpus.refused};
    int rc = shared_inputs(&k, d);
    /* 1. Which documents changed (hashes only). */
    k.node = xcalloc(ndocs + 1, sizeof *k.node);
    k.stale = xcalloc(ndocs + 1, 1);
    for (size_t i = 0; i < ndocs && rc == 0; i++)
        doc_node(&k, i);
    /* Documents deleted since: their kept text goes. */
    size_t ngone = 0;
    const char **gone = bstate_unseen(c->s, "doc:", &ngone);
    for (size_t i = 0; i < ngone && rc == 0; i++)
        drop_text(gone[i] + 4);
    free(gone);
    /* 2. Nothing changed and the table is intact: done, nothing read. */
    table_node_init(&k.all);
    int all_stale = 1;
    c->st->checked++;
    if (rc == 0 && k.nstale == 0)
        all_stale = table_stale(&k);
    /* 3. Else the new table. */
    if (rc == 0 && all_stale)
        rc = table_remake(&k, d);
    if (rc == 0 && k.bad_docs)
        rc = diag_set(d, CB_EINPUT, "data/corpus", 0,
                      "%zu document%s could not be read (see above); their claims are left out",
                      k.bad_docs, k.bad_docs == 1 ? "" : "s");
    bnode_fini(&k.all);
    for (size_t i = 0; i < ndocs; i++)
        if (k.node[i].name)
            bnode_fini(&k.node[i]);
    free(k.node);
    free(k.stale);
    for (size_t i = 0; i < k.rows.n; i++)
        free(k.rows.v[i].doc);
    free(k.rows.v);
    sources_free(&k.bib);
    return rc;
}

/* ---- step 2: the findings ---- */

static int step_findings(Ctx *c, Diag *d)
{
    BNode n;
    bnode_init(&n, "findings");
    int rc = bnode_dep_file(&n, c->s, CLAIMS_PATH, CB_MAX_CSV_BYTES, d);
    if (rc == 0)
        rc = dep_input(&n, c, RELATIONS_PATH, d);
    if (rc == 0)
        rc = dep_input(&n, c, REFERENCE_PATH, d);
    /* labels and items, and the bibliography's [n] and dates: sources.csv
     * as the corpus' documents show it (sources.h) */
    if (rc == 0)
        rc = dep_input(&n, c, METRICS_PATH, d);
    if (rc == 0)
        rc = dep_sources(&n, c, d);
    bnode_dep(&n, "the list of documents", c->corpus_h);
    build_dep_version(&n);
    bnode_out(&n, FINDINGS_PATH);
    char why[1100];
    c->st->checked++;
    if (rc == 0 && bstate_check(c->s, &n, why, sizeof why)) {
        FindingList fl = {0};
        rc = compare_files(CLAIMS_PATH, project_input(RELATIONS_PATH), project_input(REFERENCE_PATH),
                           project_input(METRICS_PATH), &c->sources, &fl, d);
        Buf b;
        buf_init(&b, 0);
        if (rc == 0) {
            findings_write_header(&b);
            for (size_t i = 0; i < fl.n; i++)
                findings_write_row(&b, &fl.v[i]);
            rc = ownpath_mkdirs("reports", d);
        }
        int wrote = 0;
        if (rc == 0)
            rc = wrote = build_write_if_changed(c, FINDINGS_PATH, b.data, b.len, d);
        if (rc >= 0)
            rc = bstate_commit(c->s, &n, d);
        if (rc == 0 && wrote) {
            build_say(c, "findings", why);
            c->st->remade++;
        } else if (rc == 0) {
            build_explain(c, "findings", why);
        }
        buf_free(&b);
        findinglist_free(&fl);
    }
    bnode_fini(&n);
    return rc;
}

/* ---- loading the tables for charts and the brief ---- */

int build_load_inputs(Ctx *c, Diag *d)
{
    if (c->loaded)
        return 0;
    /* build's own check (check_corpus) says the mismatches, once */
    int rc = inputs_load(&c->in, NULL, NULL, d);
    if (rc < 0) {
        inputs_free(&c->in);
        return rc;
    }
    c->plan = chart_plan_make(&c->in.ci);
    chartprefs_report_unused(c->in.prefs);
    c->loaded = 1;
    return 0;
}

static void free_inputs(Ctx *c)
{
    if (!c->loaded)
        return;
    chart_plan_free(c->plan);
    inputs_free(&c->in);
    c->plan = NULL;
    c->loaded = 0;
}

int build_dep_common(BNode *n, Ctx *c, Diag *d)
{
    int rc = bnode_dep_file(n, c->s, CLAIMS_PATH, CB_MAX_CSV_BYTES, d);
    if (rc == 0)
        rc = bnode_dep_file(n, c->s, FINDINGS_PATH, CB_MAX_CSV_BYTES, d);
    if (rc == 0)
        rc = dep_sources(n, c, d);
    /* the bibliography shows the corpus' documents (sources.h) */
    bnode_dep(n, "the list of documents", c->corpus_h);
    if (rc == 0)
        rc = dep_input(n, c, METRICS_PATH, d);   /* metric labels, places (placed.h) */
    if (rc == 0)
        rc = dep_input(n, c, REFERENCE_PATH, d);   /* key figures' exchange rates */
    if (rc == 0)
        rc = bnode_dep_file(n, c->s, CHARTPREFS_PATH, CB_MAX_CSV_BYTES, d);
    if (rc == 0)
        rc = dep_fonts(n, c, d);
    build_dep_version(n);
    return rc;
}

/* One build at a time per folder: an exclusive flock on reports/.build/lock
 * for the whole build (two builds racing left claims.csv stale with exit
 * 0). A second build waits for the first, then finds little to do. The
 * lock file stays (removing it would race with a waiter); *fd is closed,
 * releasing it, by the caller. */
static int build_lock(Ctx *c, int *fd, Diag *d)
{
    /* reports/ and reports/.build/ are real folders (ownpath.h): what a
     * build writes and removes there stays in the project */
    int rc = ownpath_mkdirs("reports/.build", d);
    if (rc < 0)
        return rc;
    *fd = open(BUILD_LOCK_PATH, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0666);
    if (*fd < 0)
        return diag_set(d, CB_EWRITE, BUILD_LOCK_PATH, 0, "cannot take the build lock: %s",
                        strerror(errno));
    if (flock(*fd, LOCK_EX | LOCK_NB) == 0)
        return 0;
    if (errno == EWOULDBLOCK) {
        build_say(c, "build", "waiting for another build of this folder to finish");
        while (flock(*fd, LOCK_EX) != 0)
            if (errno != EINTR)
                break;
        if (flock(*fd, LOCK_EX | LOCK_NB) == 0)
            return 0;
    }
    int e = errno;
    close(*fd);
    *fd = -1;
    return diag_set(d, CB_EWRITE, BUILD_LOCK_PATH, 0, "cannot take the build lock: %s", strerror(e));
}

/* A mismatch of sources.csv and the corpus: a warning, or with --strict
 * an error line (the build then stops after listing them all). */
static void on_bibliography(const Diag *w, void *ctx)
{
    if (((const Ctx *)ctx)->o->strict)
        diag_print(w);
    else
        diag_warn(w->file, w->line, "%s", w->msg);
}

/* The corpus, checked on every build: the hash of its list of names (the
 * findings, charts and brief show it), its bibliography against it with
 * the same warnings (or --strict errors) as `claimbrief brief`, and the
 * settings (a bad one is an error whether or not the brief is remade). */
static int check_corpus(Ctx *c, Diag *d)
{
    XXH3_state_t *h = XXH3_createState();
    if (!h)
        diag_oom();
    XXH3_64bits_reset(h);
    for (size_t i = 0; i < c->corpus.n; i++)
        XXH3_64bits_update(h, c->corpus.v[i].name, strlen(c->corpus.v[i].name) + 1);
    c->corpus_h = XXH3_64bits_digest(h);
    XXH3_freeState(h);
    if (!c->corpus.n)
        diag_warn(CORPUS_DIR, 0, "no documents yet: put the documents (.txt, .pdf, .html) here");
    size_t nbad = 0;
    int rc = sources_load_for(SOURCES_PATH, &c->corpus, &c->sources, on_bibliography, c, &nbad, d);
    if (rc == 0 && nbad && c->o->strict)
        rc = diag_set(d, CB_EINPUT, SOURCES_PATH, 0,
                      "%zu mismatch%s with the documents of " CORPUS_DIR " (see above; --strict)",
                      nbad, nbad == 1 ? "" : "es");
    if (rc == 0)
        rc = settings_load(PROJECT_SETTINGS, &c->settings, d);
    return rc;
}

/* ---- the stamp of a build with nothing to do (bstate.h) ---- */

/* What the outputs depend on besides the files the stamp names: the
 * program, the cover date (SOURCE_DATE_EPOCH's, else today's), where the
 * installed defaults are, --strict (it makes the bibliography's
 * warnings errors) and --follow-links (it lets documents that are links
 * out of the corpus in). */
static void stamp_key(const BuildOptions *o, char *key, size_t cap)
{
    char date[100];
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) {
        snprintf(date, sizeof date, "SOURCE_DATE_EPOCH=%.60s", epoch);
    } else {
        time_t now = time(NULL);
        struct tm tm;
        gmtime_r(&now, &tm);
        snprintf(date, sizeof date, "date %04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                 tm.tm_mday);
    }
    const char *def = project_defaults();
    /* the program is its executable's hash, as for the record (bstate.h):
     * a rebuilt claimbrief of the same version finds no stamp of its own */
    snprintf(key, cap, "claimbrief " CB_VERSION " program=%016llx %s defaults=%.600s%s%s",
             (unsigned long long)bstate_program_key(), date, def ? def : "(none)",
             o->strict ? " strict" : "", o->follow_links ? " follow-links" : "");
}

/* What the build warned about, kept for its stamp as "LINE\tFILE\tMSG"
 * (warnings may come from any thread). */
typedef struct Warned {
    pthread_mutex_t mu;
    char **v;
    size_t n, cap;
} Warned;

static void on_warn(const Diag *w, void *ctx)
{
    Warned *k = ctx;
    Buf b;
    buf_init(&b, 0);
    buf_printf(&b, "%ld\t%s\t%s", w->line, w->file, w->msg);
    pthread_mutex_lock(&k->mu);
    if (k->n == k->cap) {
        k->cap = k->cap ? 2 * k->cap : 8;
        k->v = xrealloc(k->v, k->cap * sizeof *k->v);
    }
    k->v[k->n++] = b.data ? b.data : xstrdup("");
    pthread_mutex_unlock(&k->mu);
}

/* Say again what the build that left the stamp warned about (a no-op
 * build says what a full check would: the same inputs, the same words),
 * and free the notes. */
static void say_again(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *tab1 = strchr(v[i], '\t');
        char *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
        if (tab2) {
            *tab2 = '\0';
            diag_warn(tab1 + 1, strtol(v[i], NULL, 10), "%s", tab2 + 1);
        }
        free(v[i]);
    }
    free(v);
}

/* A build that remade nothing leaves the stamp of the next no-op, when
 * every file it looked at was settled (usually the build after one that
 * wrote outputs). Besides the files hashed: the folders listed, and the
 * project's own inputs whether or not they exist (one that appears
 * replaces a default, or is read without being hashed). */
static void leave_stamp(Ctx *c, const char *key, const Warned *k)
{
    const char *const also[] = {CORPUS_DIR, FONTS_DIR, project_input(FONTS_DIR), "data/curation.csv",
                                PROJECT_SETTINGS, METRICS_PATH, RELATIONS_PATH, REFERENCE_PATH,
                                SOURCES_PATH, CHARTPREFS_PATH, NULL};
    Diag ignore;
    (void)bstate_stamp_write(c->s, BUILD_STAMP_PATH, key, BUILD_STATE_PATH, also,
                             (const char *const *)k->v, k->n, &ignore);
}

/* After a build that ran to its end: the outputs of every node it no
 * longer has (a step renamed or dropped by an upgrade: charts and kept
 * texts went already), under bstate_remove_outputs' rule. */
static void remove_unmade(Ctx *c)
{
    size_t n = 0;
    const char **gone = bstate_unseen(c->s, "", &n);
    for (size_t i = 0; i < n; i++)
        (void)bstate_remove_outputs(c->s, gone[i], NULL);
    free(gone);
}

int build_run(const BuildOptions *o, BuildStats *st, Diag *d)
{
    BuildStats dummy;
    if (!st)
        st = &dummy;
    memset(st, 0, sizeof *st);
    Ctx c = {.o = o, .st = st};
    char why[300];
    int lock = -1;
    /* The lock first: the stamp is read, removed and written under it, so
     * a no-op never trusts a stamp while another build is changing what
     * it names. */
    int rc = build_lock(&c, &lock, d);
    if (rc < 0)
        return rc;
    /* Nothing changed since a build that left nothing to do: done, after
     * one stat per file it looked at. Else the stamp goes before anything
     * is written (a build stopped halfway leaves none). */
    char key[800];
    stamp_key(o, key, sizeof key);
    char **notes;
    size_t nnotes;
    if (bstate_stamp_holds(BUILD_STAMP_PATH, key, &notes, &nnotes)) {
        say_again(notes, nnotes);
        close(lock);
        return 0;
    }
    ownpath_unlink(BUILD_STAMP_PATH);
    Warned warned = {.mu = PTHREAD_MUTEX_INITIALIZER};
    diag_on_warn(on_warn, &warned);
    /* Temporaries of writers killed with SIGKILL (they could not clean up
     * after themselves) go before anything is written: those of this
     * program's outputs only, and only when their writer is provably dead
     * (the documents' cache is swept when a document is extracted). */
    static const char *const out_dirs[] = {"data", "reports", "reports/charts", "reports/.build"};
    for (size_t i = 0; i < sizeof out_dirs / sizeof *out_dirs; i++)
        fsio_sweep_temps(out_dirs[i], is_output, (void *)out_dirs[i]);
    c.s = bstate_load(BUILD_STATE_PATH, why, sizeof why);
    if (why[0] && strncmp(why, "no record", 9) != 0)
        build_say(&c, "everything", why);
    double t0 = build_now_ms();
    /* The documents, by the corpus' rule; a link leading outside
     * data/corpus is reported and counted as a bad document. */
    CorpusOptions co = {o->follow_links, on_list_problem, NULL};
    rc = corpus_list_with(CORPUS_DIR, &co, &c.corpus, d);
    if (rc == 0)
        rc = check_corpus(&c, d);
    if (rc == 0)
        rc = step_claims(&c, d);
    double t1 = build_now_ms();
    if (rc == 0)
        rc = step_findings(&c, d);
    double t2 = build_now_ms(), c2 = process_cpu_ms(), k2 = process_sys_ms();
    if (rc == 0)
        rc = build_step_outputs(&c, d);
    st->ms_claims = t1 - t0;
    st->ms_findings = t2 - t1;
    st->ms_outputs = build_now_ms() - t2;
    st->ms_outputs_cpu = process_cpu_ms() - c2;
    st->ms_outputs_sys = process_sys_ms() - k2;
    /* Keep what was committed, even after a failure: those outputs are
     * made and need not be made again; the steps that did not run keep
     * their record (their outputs are still the last good ones). */
    if (rc < 0)
        bstate_keep_unseen(c.s, "doc:");
    else
        remove_unmade(&c);
    if (bstate_dirty(c.s)) {
        Diag d2;
        int r2 = ownpath_mkdirs("reports/.build", &d2);
        if (r2 == 0)
            r2 = bstate_save(c.s, BUILD_STATE_PATH, &d2);
        if (r2 < 0 && rc == 0) {
            *d = d2;
            rc = r2;
        }
    }
    diag_on_warn(NULL, NULL);
    if (rc == 0 && st->remade == 0)
        leave_stamp(&c, key, &warned);
    for (size_t i = 0; i < warned.n; i++)
        free(warned.v[i]);
    free(warned.v);
    free_inputs(&c);
    if (c.metrics)
        metrics_free(c.metrics);
    if (c.curation)
        curation_free(c.curation);
    build_free_list(c.fontv, c.nfont);
    corpus_free(&c.corpus);
    sources_free(&c.sources);
    settings_free(&c.settings);
    bstate_free(c.s);
    close(lock);
    return rc;
}
