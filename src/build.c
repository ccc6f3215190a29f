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
#include "cmd.h"
#include "compare.h"
#include "findings.h"
#include "font.h"
#include "fsio.h"
#include "sources.h"

/* The chart module may be missing from a partial tree (it lands in
 * stages): referenced weakly, the build then skips charts and says so. */
#pragma weak chart_count
#pragma weak chart_name
#pragma weak chart_build
#pragma weak chart_data_csv
#pragma weak chart_alt_text
#pragma weak chart_format_ext
#pragma weak chart_size_parse
#pragma weak chart_render

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
    ChartInputs ci;
    /* Names of the files in fonts/ and the corpus, sorted. */
    char **fontv;
    size_t nfont;
} Ctx;

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
    return rc < 0 ? rc : 1;
}

/* ---- step 1: the claims table ---- */

static int step_claims(Ctx *c, Diag *d)
{
    size_t ndocs;
    char **docs = list_dir("data/corpus", ".txt", &ndocs);
    BNode n;
    bnode_init(&n, "claims");
    int rc = dep_files(&n, c, docs, ndocs, d);
    if (rc == 0)
        rc = bnode_dep_file(&n, c->s, "data/metrics.csv", d);
    if (rc == 0)
        rc = bnode_dep_file(&n, c->s, "data/curation.csv", d);
    dep_version(&n);
    bnode_out(&n, CLAIMS_PATH);
    char why[1100];
    c->st->checked++;
    if (rc == 0 && bstate_check(c->s, &n, why, sizeof why)) {
        const Command *ex = cmd_find("extract");
        if (!ex && access(CLAIMS_PATH, F_OK) == 0) {
            say(c, "claims", "kept as it is: this claimbrief has no extract step");
        } else if (!ex) {
            rc = diag_set(d, CB_EINPUT, NULL, 0,
                          "this claimbrief has no extract step: cannot make %s", CLAIMS_PATH);
        } else {
            if (c->o->progress)
                c->o->progress("extracting documents", 0, ndocs, c->o->ctx);
            /* The extract command in-process: the documents, curation and
             * metrics of the project, written atomically. It prints its
             * own errors and warnings (one line each). */
            char *argv[] = {(char *)"extract", (char *)"-o", (char *)CLAIMS_PATH,
                            (char *)"data/corpus", NULL};
            int st = ex->run(4, argv);
            if (c->o->progress)
                c->o->progress("extracting documents", ndocs, 0, c->o->ctx);
            if (st != 0)
                rc = diag_set(d, st == 3 ? CB_EWRITE : CB_EINPUT, NULL, 0,
                              "extract failed (exit status %d): %s kept as it was", st,
                              CLAIMS_PATH);
            else
                rc = bstate_commit(c->s, &n, d);
            if (rc == 0) {
                say(c, "claims", why);
                c->st->remade++;
            }
        }
    }
    bnode_fini(&n);
    free_list(docs, ndocs);
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

static int load_inputs(Ctx *c, Diag *d)
{
    if (c->loaded)
        return 0;
    int rc = claims_load(CLAIMS_PATH, &c->claims, d);
    if (rc == 0)
        rc = findings_load(FINDINGS_PATH, &c->findings, d);
    if (rc == 0 && access(SOURCES_PATH, F_OK) == 0)
        rc = sources_load(SOURCES_PATH, &c->sources, d);
    if (rc == 0)
        rc = fonts_load("fonts", &c->fonts, d);
    if (rc < 0)
        return rc;
    c->ci = (ChartInputs){&c->claims, &c->findings, &c->sources, c->fonts, NULL, NULL};
    c->loaded = 1;
    return 0;
}

static void free_inputs(Ctx *c)
{
    if (!c->loaded)
        return;
    claimlist_free(&c->claims);
    findinglist_free(&c->findings);
    sources_free(&c->sources);
    fonts_free(c->fonts);
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
        rc = dep_fonts(n, c, d);
    dep_version(n);
    return rc;
}

/* ---- step 3: charts, on N threads ---- */

typedef struct Job {
    const char *chart;
    ChartFormat fmt;
    char path[512];
    BNode node;
    char why[1100];
    Buf out;
    Diag d;
    int rc;
} Job;

typedef struct Pool {
    Ctx *c;
    Job *jobs;
    size_t n, next;
    ChartSize size;
    pthread_mutex_t mu;
} Pool;

static void *worker(void *arg)
{
    Pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        size_t i = p->next < p->n ? p->next++ : p->n;
        pthread_mutex_unlock(&p->mu);
        if (i >= p->n)
            return NULL;
        Job *j = &p->jobs[i];
        diag_clear(&j->d);
        j->rc = chart_render(j->chart, j->fmt, &p->c->ci, &p->size, 0, &j->out, &j->d);
        if (j->rc == 0)
            j->rc = fsio_write_atomic(j->path, j->out.data, j->out.len, &j->d);
        buf_free(&j->out);
    }
}

/* The key of what chart name shows: the numbers (NAME.csv), the alt
 * text (NAME.txt) and the picture itself, as SVG at slide size (a full,
 * deterministic description of everything drawn: labels, source line,
 * notes). Fonts and the program's version are inputs of every chart node
 * besides, so the PNG and PDF painters are covered too. */
static int chart_key(Ctx *c, const char *name, const ChartSize *size, Buf *csv, Buf *alt,
                     uint64_t *key, Diag *d)
{
    Buf svg;
    buf_init(&svg, 0);
    int rc = chart_data_csv(name, &c->ci, csv, d);
    if (rc == 0)
        rc = chart_alt_text(name, &c->ci, alt, d);
    if (rc == 0) {
        buf_free(&svg);
        rc = chart_render(name, CHART_SVG, &c->ci, size, 0, &svg, d);
    }
    if (rc == 0) {
        uint64_t h[3] = {bstate_hash(csv->data, csv->len), bstate_hash(alt->data, alt->len),
                         bstate_hash(svg.data, svg.len)};
        *key = bstate_hash(h, sizeof h) | 1;   /* never 0: 0 means "no key" */
    }
    buf_free(&svg);
    return rc;
}

static int step_charts(Ctx *c, Diag *d)
{
    if (!chart_render || !chart_count || !chart_data_csv) {
        say(c, "charts", "skipped: this claimbrief has no chart step");
        return 0;
    }
    int rc = fsio_mkdirs(CHARTS_DIR, d);
    size_t nch = chart_count();
    Job *jobs = xcalloc(nch * CHART_NFORMATS + 1, sizeof *jobs);
    size_t nj = 0;
    Pool p = {.c = c, .jobs = jobs};
    if (rc == 0)
        rc = chart_size_parse("slide", 144, &p.size, d);
    for (size_t i = 0; i < nch && rc == 0; i++) {
        const char *name = chart_name(i);
        uint64_t key = 0;
        int have_key = 0;
        /* NAME.csv and NAME.txt, then one node per format. */
        for (int f = -1; f < CHART_NFORMATS && rc == 0; f++) {
            BNode n;
            char nm[300], path[512], path2[512];
            if (f < 0) {
                snprintf(nm, sizeof nm, "chart:%s.data", name);
                snprintf(path, sizeof path, CHARTS_DIR "/%s.csv", name);
                snprintf(path2, sizeof path2, CHARTS_DIR "/%s.txt", name);
            } else {
                snprintf(nm, sizeof nm, "chart:%s.%s", name, chart_format_ext((ChartFormat)f));
                snprintf(path, sizeof path, CHARTS_DIR "/%s.%s", name,
                         chart_format_ext((ChartFormat)f));
            }
            bnode_init(&n, nm);
            rc = dep_common(&n, c, d);
            bnode_out(&n, path);
            if (f < 0)
                bnode_out(&n, path2);
            char why[1100];
            c->st->checked++;
            if (rc < 0 || !bstate_check(c->s, &n, why, sizeof why)) {
                bnode_fini(&n);
                continue;
            }
            /* Inputs changed: remake only if what the chart shows did. */
            Buf csv, alt;
            buf_init(&csv, 0);
            buf_init(&alt, 0);
            rc = load_inputs(c, d);
            if (rc == 0 && !have_key)
                rc = chart_key(c, name, &p.size, &csv, &alt, &key, d);
            have_key = rc == 0;
            n.key = key;
            char why2[1100];
            if (rc == 0 && bstate_key(c->s, nm) == key &&
                bstate_check_outputs(c->s, &n, why2, sizeof why2) == 0) {
                rc = bstate_commit(c->s, &n, d);   /* same picture: new inputs recorded */
                bnode_fini(&n);
            } else if (rc == 0 && f < 0) {
                if (!csv.len)
                    rc = chart_key(c, name, &p.size, &csv, &alt, &key, d);
                int w1 = 0, w2 = 0;
                if (rc == 0)
                    rc = w1 = write_if_changed(c, path, csv.data, csv.len, d);
                if (rc >= 0)
                    rc = w2 = write_if_changed(c, path2, alt.data, alt.len, d);
                if (rc >= 0)
                    rc = bstate_commit(c->s, &n, d);
                if (rc == 0 && (w1 || w2)) {
                    char what[320];
                    snprintf(what, sizeof what, "chart %s data", name);
                    say(c, what, why);
                    c->st->remade++;
                }
                bnode_fini(&n);
            } else if (rc == 0) {
                Job *j = &jobs[nj++];
                j->chart = name;
                j->fmt = (ChartFormat)f;
                snprintf(j->path, sizeof j->path, "%s", path);
                snprintf(j->why, sizeof j->why, "%s", why);
                j->node = n;
            } else {
                bnode_fini(&n);
            }
            buf_free(&csv);
            buf_free(&alt);
        }
    }
    /* Render the stale (chart, format) pairs on the pool. */
    if (rc == 0 && nj > 0) {
        p.n = nj;
        pthread_mutex_init(&p.mu, NULL);
        size_t nt = (size_t)(c->o->jobs > 0 ? c->o->jobs : 1);
        if (nt > nj)
            nt = nj;
        pthread_t *t = xcalloc(nt, sizeof *t);
        size_t started = 0;
        for (size_t i = 1; i < nt; i++)
            if (pthread_create(&t[i], NULL, worker, &p) == 0)
                started = i;
            else
                break;
        worker(&p);
        for (size_t i = 1; i <= started; i++)
            pthread_join(t[i], NULL);
        free(t);
        pthread_mutex_destroy(&p.mu);
    }
    /* Report and commit in the fixed order, whatever the threads did. */
    for (size_t i = 0; i < nj; i++) {
        Job *j = &jobs[i];
        if (rc == 0 && j->rc < 0) {
            *d = j->d;
            rc = j->rc;
        }
        if (rc == 0)
            rc = bstate_commit(c->s, &j->node, d);
        if (rc == 0) {
            char what[600];
            snprintf(what, sizeof what, "chart %s.%s", j->chart, chart_format_ext(j->fmt));
            say(c, what, j->why);
            c->st->remade++;
        }
        bnode_fini(&j->node);
    }
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

static int step_brief(Ctx *c, Diag *d)
{
    BNode n;
    bnode_init(&n, "brief");
    BriefInputs in = {0};
    char datekey[80];
    int rc = brief_date(&in.date, &in.date_is_fixed, datekey, sizeof datekey, d);
    if (rc == 0)
        rc = dep_common(&n, c, d);
    bnode_dep(&n, datekey, bstate_hash(datekey, strlen(datekey)));
    bnode_out(&n, BRIEF_PATH);
    char why[1100];
    c->st->checked++;
    if (rc == 0 && bstate_check(c->s, &n, why, sizeof why)) {
        rc = load_inputs(c, d);
        size_t nch = rc == 0 && chart_build && chart_count ? chart_count() : 0;
        Scene *scenes = xcalloc(nch + 1, sizeof *scenes);
        const Scene **sv = xcalloc(nch + 1, sizeof *sv);
        size_t built = 0;
        for (size_t i = 0; i < nch && rc == 0; i++) {
            rc = chart_build(chart_name(i), &c->ci, CHART_COLUMN_W, CHART_COLUMN_H, 0,
                             &scenes[i], d);
            built = i + 1;
            sv[i] = &scenes[i];
        }
        if (rc == 0) {
            size_t ndocs;
            char **docs = list_dir("data/corpus", ".txt", &ndocs);
            free_list(docs, ndocs);
            in.claims = &c->claims;
            in.findings = &c->findings;
            in.sources = &c->sources;
            in.fonts = c->fonts;
            in.charts = nch ? sv : NULL;
            in.ncharts = nch;
            in.ndocs = ndocs;
            rc = brief_write(&in, BRIEF_PATH, d);
        }
        for (size_t i = 0; i < built; i++)
            scene_free(&scenes[i]);
        free(scenes);
        free(sv);
        if (rc == 0)
            rc = bstate_commit(c->s, &n, d);
        if (rc == 0) {
            say(c, "brief", why);
            c->st->remade++;
        }
    }
    bnode_fini(&n);
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
    c.s = bstate_load(BUILD_STATE_PATH, why, sizeof why);
    if (why[0] && strncmp(why, "no record", 9) != 0)
        say(&c, "everything", why);
    int rc = step_claims(&c, d);
    if (rc == 0)
        rc = step_findings(&c, d);
    if (rc == 0)
        rc = step_charts(&c, d);
    if (rc == 0)
        rc = step_brief(&c, d);
    /* Keep what was committed, even after a failure: those outputs are
     * made and need not be made again. */
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
    free_list(c.fontv, c.nfont);
    bstate_free(c.s);
    return rc;
}
